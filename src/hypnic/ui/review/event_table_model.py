"""A table model over one night's events (time, kind, by, note) that asks for edits by signal."""

from __future__ import annotations

from enum import IntEnum
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from hypnic.domain.events import Event, Observer
from hypnic.domain.kinds import Kind
from hypnic.domain.timerules import format_local
from hypnic.services.night_review import wall_time
from hypnic.ui.common.kind_icons import marker_icon
from hypnic.ui.common.locale_text import clock

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TIME = 0
    KIND = 1
    BY = 2
    NOTE = 3


# The field of NightReview.edit_event that each column edits.
FIELDS = {Column.TIME: "local_time", Column.KIND: "kind", Column.BY: "by", Column.NOTE: "note"}


@lru_cache(maxsize=64)
def marker_icon_16(shape: str, colour: str) -> QIcon:
    """The kind's marker at table-row size, drawn once per shape and colour."""
    return marker_icon(shape, colour, size=16)


class EventTableModel(QAbstractTableModel):
    """Shows events; an edit never changes the model itself, it asks the owner to save it.

    The owner calls the service and re-renders from the store, so the table only ever shows
    what was really saved.

    Signals:
        edit_requested(str, str, object): event id, NightReview.edit_event field, new value.
    """

    edit_requested = Signal(str, str, object)

    def __init__(self, *, editable: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editable = editable
        self._events: list[Event] = []
        self._kinds: dict[str, Kind] = {}

    def set_events(self, events: list[Event], kinds: dict[str, Kind]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self._kinds = dict(kinds)
        self.endResetModel()

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def row_of(self, event_id: str) -> int | None:
        return next((i for i, e in enumerate(self._events) if e.id == event_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time"), self.tr("Kind"), self.tr("By"), self.tr("Note"))[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if self._editable else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self._events[index.row()]
        column = Column(index.column())
        kind = self._kinds.get(event.kind)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, column, kind)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(event, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.KIND and kind:
            return marker_icon_16(kind.shape, kind.colour)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TIME:
            return format_local(event.utc_ms, event.offset_min)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(event, column, kind)
        return None

    def _display(self, event: Event, column: Column, kind: Kind | None) -> str:
        if column == Column.TIME:
            return clock(event.local_ms // 1000, seconds=True)
        if column == Column.KIND:
            return kind.label if kind else event.kind
        if column == Column.BY:
            return self.tr("Partner") if event.by == Observer.PARTNER else self.tr("Self")
        return event.note

    def _edit_value(self, event: Event, column: Column) -> object:
        if column == Column.TIME:
            return wall_time(event.local_ms).replace(microsecond=0)
        if column == Column.KIND:
            return event.kind
        if column == Column.BY:
            return event.by.value
        return event.note

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (self._editable and index.isValid() and role == Qt.ItemDataRole.EditRole):
            return False
        event = self._events[index.row()]
        column = Column(index.column())
        current: object
        if column == Column.TIME:
            new: object = value
            current = wall_time(event.local_ms).replace(microsecond=0)
        elif column == Column.BY:
            new, current = Observer(str(value)), event.by
        else:
            new, current = str(value), self._edit_value(event, column)
        if new == current:
            return False
        self.edit_requested.emit(event.id, FIELDS[column], new)
        return True


def event_table_view(parent: QWidget, model: EventTableModel, name: str) -> QTableView:
    """A table of events: whole rows selected, sized so times and kinds are never clipped."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table, so the window stays keyboard-usable
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    # Wide enough for a time with seconds (AM/PM too), a kind's name and "partner", in this
    # language and text size.
    chars = view.fontMetrics().averageCharWidth()
    for column, width in ((Column.TIME, 12), (Column.KIND, 20), (Column.BY, 12)):
        view.setColumnWidth(column, (width + 2) * chars)
    return view


def selected_event_ids(view: QTableView) -> list[str]:
    """Ids of the events in the selected rows, in table order."""
    model = view.model()
    assert isinstance(model, EventTableModel)
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [model.event_at(r).id for r in rows]
