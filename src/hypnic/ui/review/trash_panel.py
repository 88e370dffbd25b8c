"""The night's trash: the events deleted from it, and a button to bring the selected ones back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hypnic.domain.events import Event
from hypnic.domain.kinds import Kind
from hypnic.ui.review.event_table_model import EventTableModel, event_table_view, selected_event_ids


class TrashPanel(QWidget):
    """A read-only table of trashed events with a Restore button.

    Signals:
        restore_requested(list): ids of the events to bring back.
    """

    restore_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EventTableModel(editable=False, parent=self)
        self.table = event_table_view(self, self.model, self.tr("Trash of the night"))
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setAccessibleName(self.tr("Restore the selected events from the trash"))
        self.restore_button.clicked.connect(self._on_restore_button_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Trash (deleted events of this night)"), self))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout.addLayout(row)

    def set_events(self, events: list[Event], kinds: dict[str, Kind]) -> None:
        self.model.set_events(events, kinds)
        self.restore_button.setEnabled(bool(events))

    def _on_restore_button_clicked(self) -> None:
        ids = selected_event_ids(self.table)
        if ids:
            self.restore_requested.emit(ids)
