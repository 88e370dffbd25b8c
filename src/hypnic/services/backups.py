"""The store's backups for the window: taken every so often when data changed, listed,
checked, and one restored at the next start."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from hypnic.domain.errors import HypnicError
from hypnic.operations import backups as backup_ops
from hypnic.operations.backups import BackupInfo
from hypnic.store import Store

BACKUP_EVERY_MS = 15 * 60_000

__all__ = ["BackupInfo", "Backups"]


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
        try:
            backup_ops.backup_if_changed(self._store, self._data_dir)
        except (HypnicError, OSError) as exc:
            print(f"hypnic: backup failed: {exc}", file=sys.stderr)

    def list(self) -> list[BackupInfo]:
        return backup_ops.list_backups(self._data_dir)

    def check(self, path: Path) -> str | None:
        return backup_ops.check_backup(path)

    def request_restore(self, path: Path) -> None:
        backup_ops.request_restore(self._data_dir, path)

    def cancel_restore(self) -> None:
        backup_ops.cancel_restore(self._data_dir)

    def requested(self) -> Path | None:
        return backup_ops.requested_backup(self._data_dir)
