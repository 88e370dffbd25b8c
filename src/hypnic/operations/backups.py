"""Backups: take one when the store changed, list and check them, plan a restore."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hypnic.store import Store
from hypnic.store.backups import BackupInfo, BackupManager, integrity_check
from hypnic.store.restore_request import cancel_restore, request_restore, requested_backup

__all__ = [
    "BackupInfo",
    "backup_if_changed",
    "cancel_restore",
    "check_backup",
    "list_backups",
    "request_restore",
    "requested_backup",
]


def backup_if_changed(store: Store, data_dir: Path) -> None:
    """A checked backup of ``store`` when it changed since the last one (thinned after)."""
    BackupManager(data_dir).backup_if_changed(store, datetime.now(UTC))


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """The backups beside the store, oldest first."""
    return BackupManager(data_dir).list_backups()


def check_backup(path: Path) -> str | None:
    """SQLite's full integrity check of one backup: None when sound, else what is wrong."""
    return integrity_check(path)
