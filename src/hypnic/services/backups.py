"""The store's backups for the window: taken every so often when data changed, listed,
checked, and one restored at the next start."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from hypnic.domain.errors import HypnicError
from hypnic.store import Store

BACKUP_EVERY_MS = 15 * 60_000

if TYPE_CHECKING:
    from hypnic.operations.backups import BackupInfo as BackupInfo

# The backup operations are imported where they are used: the bedside's first paint needs
# none of them (the first backup is due long after it, or at quit).


class Backups(QObject):
    """Backs the store up every so often (and at quit) when something changed, and gives the
    backups window its list, checks and restore requests."""

    def __init__(self, *, store: Store, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._data_dir = data_dir
        self._timer = QTimer(self, interval=BACKUP_EVERY_MS)
        self._timer.timeout.connect(self.run)
        self._timer.start()

    def run(self) -> None:
        """Take a backup now if the store changed; a failure is reported, never fatal."""
        from hypnic.operations.backups import backup_if_changed

        try:
            backup_if_changed(self._store, self._data_dir)
        except (HypnicError, OSError) as exc:
            print(f"hypnic: backup failed: {exc}", file=sys.stderr)

    def list(self) -> list[BackupInfo]:
        from hypnic.operations.backups import list_backups

        return list_backups(self._data_dir)

    def check(self, path: Path) -> str | None:
        from hypnic.operations.backups import check_backup

        return check_backup(path)

    def request_restore(self, path: Path) -> None:
        from hypnic.operations.backups import request_restore

        request_restore(self._data_dir, path)

    def cancel_restore(self) -> None:
        from hypnic.operations.backups import cancel_restore

        cancel_restore(self._data_dir)

    def requested(self) -> Path | None:
        from hypnic.operations.backups import requested_backup

        return requested_backup(self._data_dir)
