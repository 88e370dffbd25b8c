"""The day boundary, kept in the store because the command line needs it too."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QObject, Signal

from hypnic.store import Store


class DaySettings(QObject):
    """Reads and sets the time of day at which one night ends and the next begins.

    Signals:
        changed(): the day boundary changed, so events may belong to other nights now.
    """

    changed = Signal()

    def __init__(self, *, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    @property
    def day_boundary(self) -> time:
        """Events before this local time belong to the previous night (12:00 by default)."""
        return self._store.settings.day_boundary

    def set_day_boundary(self, value: time) -> None:
        # The store keeps whole minutes (HH:MM), as the CLI and the JSON format expect.
        boundary = value.replace(second=0, microsecond=0, tzinfo=None)
        if boundary == self.day_boundary:
            return
        self._store.settings.set_day_boundary(boundary)
        self.changed.emit()
