"""The inline form for adding a missed event: time, kind, observer, note and an Add button."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from hypnic.domain.events import Observer
from hypnic.domain.kinds import Kind
from hypnic.domain.limits import MAX_NOTE
from hypnic.ui.common.time_entry import TIME_FORMAT
from hypnic.ui.review.event_table_model import from_qtime, marker_icon_16


class AddEventPanel(QFrame):
    """A row of fields under the table; it only gathers input, the editor saves it.

    Signals:
        add_requested(object, str, object, str): local time, kind key, Observer, note.
        close_requested(): the person closed the form.
    """

    add_requested = Signal(object, str, object, str)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Add a missed event"))
        self.time_edit = QTimeEdit(QTime(23, 0), self)
        self.time_edit.setDisplayFormat(TIME_FORMAT)
        self.time_edit.setAccessibleName(self.tr("Time of the missed event"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of the missed event"))
        self.kind_combo.setMinimumContentsLength(10)
        self.by_combo = QComboBox(self)
        self.by_combo.setAccessibleName(self.tr("Who noticed the missed event"))
        self.by_combo.addItem(self.tr("Self"), Observer.SELF.value)
        self.by_combo.addItem(self.tr("Partner"), Observer.PARTNER.value)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setAccessibleName(self.tr("Note for the missed event"))
        self.note_edit.setPlaceholderText(self.tr("Note (optional)"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add the missed event"))
        self.add_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the add form"))

        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        for text, field in (
            (self.tr("&Time"), self.time_edit),
            (self.tr("&Kind"), self.kind_combo),
            (self.tr("&By"), self.by_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field)
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.close_button)

        self.add_button.clicked.connect(self._on_add_clicked)
        self.note_edit.returnPressed.connect(self._on_add_clicked)
        self.close_button.clicked.connect(self.close_requested)

    def set_kinds(self, kinds: list[Kind]) -> None:
        """Offer the active kinds, keeping the current choice when it is still offered."""
        current = self.kind_combo.currentData()
        self.kind_combo.clear()
        for kind in kinds:
            self.kind_combo.addItem(marker_icon_16(kind.shape, kind.colour), kind.label, kind.key)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(current), 0))

    def set_time(self, value: time) -> None:
        self.time_edit.setTime(QTime(value.hour, value.minute, value.second))

    def clear_note(self) -> None:
        self.note_edit.clear()

    def _on_add_clicked(self) -> None:
        self.add_requested.emit(
            from_qtime(self.time_edit.time()),
            str(self.kind_combo.currentData()),
            Observer(str(self.by_combo.currentData())),
            self.note_edit.text(),
        )
