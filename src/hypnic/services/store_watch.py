"""Notices another process writing the store (`hypnic log`, `import`) while the window is open."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from hypnic.domain.changes import Changes
from hypnic.store import Store

WATCH_MS = 2000


class StoreWatch(QObject):
    """Looks at SQLite's ``PRAGMA data_version`` every few seconds.

    Signals:
        changed(Changes): another connection committed since the last look (anything may
            have changed).
    """

    changed = Signal(object)

    def __init__(self, *, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._version = store.data_version()
        self._timer = QTimer(self)
        self._timer.setInterval(WATCH_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> bool:
        """Emit ``changed`` when another connection committed since the last look."""
        version = self._store.data_version()
        if version is None or version == self._version:
            return False
        self._version = version
        self.changed.emit(Changes.everything())
        return True
