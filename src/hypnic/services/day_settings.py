"""The day boundary, kept in the store because the command line needs it too."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QObject, Signal

from hypnic.operations import settings as settings_ops
from hypnic.store import Store


class DaySettings(QObject):
    """Reads and sets the time of day at which one night ends and the next begins.

    Signals:
        changed(Changes): the day boundary changed, so events may belong to other nights now.
    """

    changed = Signal(object)

    def __init__(self, *, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    @property
    def day_boundary(self) -> time:
        """Events before this local time belong to the previous night (12:00 by default)."""
        return settings_ops.day_boundary(self._store)

    def set_day_boundary(self, value: time) -> None:
        changes = settings_ops.set_day_boundary(self._store, value)
        if changes:
            self.changed.emit(changes)
