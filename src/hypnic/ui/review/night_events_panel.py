"""The review's events page: the night's events in a table to edit in place, the buttons under
it, the add form, the trash, and the line where the window says what happened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hypnic.domain.events import Event, Observer
from hypnic.domain.kinds import Kind
from hypnic.services.kinds import KindCatalog
from hypnic.ui.common.close_keys import cancel_cell_edit
from hypnic.ui.common.locale_text import integer
from hypnic.ui.common.theme import mark_problem
from hypnic.ui.review.add_event_panel import AddEventPanel
from hypnic.ui.review.event_delegates import Choice, ChoiceDelegate, NoteDelegate, TimeDelegate
from hypnic.ui.review.event_table_model import (
    Column,
    EventTableModel,
    event_table_view,
    marker_icon_16,
    selected_event_ids,
)
from hypnic.ui.review.trash_panel import TrashPanel


def _tr(text: str) -> str:
    # Under the window's context: these words were translated as the night editor's.
    return QCoreApplication.translate("NightEditor", text)


class NightEventsPanel(QWidget):
    """The events of one night to fix: edited in the table, added in the form, trashed and
    restored. Each edit is one service call the window makes.

    Signals are those of its parts: ``model.edit_requested``, ``add_panel.add_requested``,
    ``trash_panel.restore_requested`` and the clicks of ``add_button`` and ``delete_button``.
    """

    def __init__(self, *, kinds: KindCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kinds = kinds
        self.model = EventTableModel(editable=True, parent=self)
        self.table = event_table_view(self, self.model, _tr("Events of the night"))
        time_delegate = TimeDelegate(self.table)
        time_delegate.refused.connect(self.show_error)
        self.table.setItemDelegateForColumn(Column.TIME, time_delegate)
        kind_delegate = ChoiceDelegate(self._kind_choices, _tr("Event kind"), self.table)
        self.table.setItemDelegateForColumn(Column.KIND, kind_delegate)
        by_delegate = ChoiceDelegate(self._by_choices, _tr("Who noticed it"), self.table)
        self.table.setItemDelegateForColumn(Column.BY, by_delegate)
        self.table.setItemDelegateForColumn(Column.NOTE, NoteDelegate(self.table))

        self.add_button = self._button(_tr("Add missed event…"), _tr("Add a missed event"))
        self.delete_button = self._button(
            _tr("Delete"), _tr("Move the selected events to the trash")
        )
        self.trash_button = self._button("", _tr("Show or hide the trash"))
        self.trash_button.setCheckable(True)
        self.add_panel = AddEventPanel(self)
        self.add_panel.refused.connect(self.show_error)
        self.add_panel.close_requested.connect(self.add_panel.hide)
        self.add_panel.hide()
        # The add form sits under the table: Tab from the table enters it, Shift+Tab from its
        # time goes back up to the table (to edit the event just added, F2).
        self.add_panel.chain_after(self.table)

        self.trash_panel = TrashPanel(self)
        self.trash_button.toggled.connect(self.trash_panel.setVisible)
        self.trash_panel.hide()

        self.message = QLabel(self)
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(_tr("Message"))
        self._lay_out()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        return button

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.trash_button)
        events = QVBoxLayout(self)
        events.setContentsMargins(0, 0, 0, 0)
        events.addWidget(self.table, 3)
        events.addWidget(self.message)
        events.addLayout(buttons)
        events.addWidget(self.add_panel)
        events.addWidget(self.trash_panel, 2)

    def show_events(self, events: list[Event], trash: list[Event], kinds: dict[str, Kind]) -> None:
        """Show the night's ``events`` and its ``trash``; the add form offers the active kinds."""
        self.model.set_events(events, kinds)
        self.trash_panel.set_events(trash, kinds)
        self.add_panel.set_kinds(self._kinds.active())
        self.trash_button.setText(_tr("Trash (%1)").replace("%1", integer(len(trash))))
        self.delete_button.setEnabled(bool(events))

    def selected_ids(self) -> list[str]:
        return selected_event_ids(self.table)

    def select(self, event_ids: list[str], *, only: bool = False) -> None:
        """Select the rows of ``event_ids`` (only those with ``only``), the first one current."""
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        if only:
            selection.clearSelection()
        rows = [r for r in map(self.model.row_of, event_ids) if r is not None]
        for row in rows:
            selection.select(self.model.index(row, 0), flags.Select | flags.Rows)
        if rows:
            selection.setCurrentIndex(self.model.index(rows[0], 0), flags.NoUpdate)

    def show_added(self, event_id: str) -> None:
        """Select the row of the event just added and scroll to it."""
        row = self.model.row_of(event_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def put_away(self) -> bool:
        """Escape first drops a cell's edit, then puts the add form away; False when neither
        was open (the window closes)."""
        return cancel_cell_edit(self.table) or self.add_panel.put_away(focus=self.table)

    def show_error(self, text: str) -> None:
        mark_problem(self.message, True)
        self.message.setText(text)

    def show_info(self, text: str) -> None:
        mark_problem(self.message, False)
        self.message.setText(text)

    def _kind_choices(self, current: str) -> list[Choice]:
        offered = self._kinds.active()
        kind = self._kinds.get(current)
        if kind is not None and all(k.key != current for k in offered):
            offered.append(kind)  # an archived kind stays shown for its old events
        return [(k.key, k.label, marker_icon_16(k.shape, k.colour)) for k in offered]

    def _by_choices(self, _current: str) -> list[Choice]:
        return [
            (Observer.SELF.value, _tr("Self"), None),
            (Observer.PARTNER.value, _tr("Partner"), None),
        ]
