"""`hypnic check`: the full integrity check of the store and of every backup beside it."""

from __future__ import annotations

from pathlib import Path

from hypnic.paths import resolve_paths
from hypnic.store.backups import BackupManager, integrity_check
from hypnic.store.database import DB_NAME


def store_file(data_dir: str | None) -> Path:
    return resolve_paths(data_dir).data_dir / DB_NAME


def check_store_and_backups(data_dir: str | None) -> list[tuple[Path, str]]:
    """(file, "ok" or what is wrong) for the store, then each backup, oldest first."""
    folder = resolve_paths(data_dir).data_dir
    db = folder / DB_NAME
    return [(db, integrity_check(db) or "ok"), *BackupManager(folder).check_all()]
