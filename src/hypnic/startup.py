"""What happens before the window exists: one instance per store, a restore the backups window
asked for, the start-up ``quick_check`` (with the offer to restore a good backup) and the demo.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from hypnic import APP_NAME
from hypnic.domain.clock import SystemClock
from hypnic.domain.errors import StoreError
from hypnic.paths import Paths
from hypnic.store import Store
from hypnic.store.database import DB_NAME
from hypnic.store.lock import (
    InstanceLock,
    acquire_instance_lock,
    raise_request_path,
    request_raise,
)

__all__ = [
    "InstanceLock",
    "fill_demo",
    "open_checked_store",
    "perform_requested_restore",
    "raise_request_path",
    "single_instance",
]


def single_instance(paths: Paths) -> InstanceLock | None:
    """The lock that makes this the one window on the store; None when another window holds
    it (that window is asked to come to the front)."""
    lock = acquire_instance_lock(paths.data_dir)
    if lock is None:
        request_raise(paths.data_dir)
        print("hypnic: Hypnic is already open on this store; its window was raised.")
    return lock


def perform_requested_restore(paths: Paths) -> str | None:
    """Restore the backup the backups window asked for, before anything opens the store.
    Returns what to tell the person, or None when nothing was asked."""
    from hypnic.store.backups import BackupError
    from hypnic.store.restore_request import perform_requested_restore as perform

    try:
        done = perform(paths.data_dir, now=datetime.now(UTC))
    except (BackupError, OSError) as exc:
        print(f"hypnic: the requested restore was not done: {exc}", file=sys.stderr)
        return QApplication.translate("app", "The backup was not restored: %s") % exc
    if done is None:
        return None
    aside = done.kept_aside.name if done.kept_aside else "-"
    return QApplication.translate("app", "Restored %s. The previous store is kept as %s.") % (
        done.backup.name,
        aside,
    )


def open_checked_store(paths: Paths, *, smoke_test: bool) -> Store | None:
    """``quick_check`` the store (offering the newest good backup when it is damaged), then
    open it. None when it cannot be used; the person was told why."""
    if not _checked_or_restored(paths, smoke_test=smoke_test):
        return None
    try:
        return Store.open(paths.data_dir)
    except StoreError as exc:
        if smoke_test:
            raise
        QMessageBox.critical(None, APP_NAME, str(exc))
        return None


def _checked_or_restored(paths: Paths, *, smoke_test: bool) -> bool:
    from hypnic.store.backups import BackupManager, quick_check

    db = paths.data_dir / DB_NAME
    if not db.exists():
        return True
    problem = quick_check(db)
    if problem is None:
        return True
    manager = BackupManager(paths.data_dir)
    newest = manager.newest_good()
    if smoke_test or newest is None:
        message = f"The store {db} is damaged ({problem})"
        if newest is None:
            message += " and there is no good backup to restore. Run 'hypnic check' for details."
        if not smoke_test:
            QMessageBox.critical(None, APP_NAME, message)
        print(f"hypnic: {message}", file=sys.stderr)
        return False
    answer = QMessageBox.question(
        None,
        APP_NAME,
        f"The store {db} is damaged ({problem}).\n\nRestore the newest good backup "
        f"({newest.name})? The damaged file is kept aside, not deleted.",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    manager.restore(newest, datetime.now(UTC))
    return True


def fill_demo(store: Store) -> None:
    """Fill a throw-away store with the generated demo history, up to last night."""
    from hypnic.domain.demo import generate_demo
    from hypnic.operations.tonight import tonight
    from hypnic.store.demo_fill import fill_demo_store

    clock = SystemClock()
    history = generate_demo(end_night=tonight(store, clock) - timedelta(days=1), zone=clock.zone)
    fill_demo_store(store, history)


def raise_file(paths: Paths) -> Path:
    """The file a second launch touches to bring this window to the front."""
    path = raise_request_path(paths.data_dir)
    path.touch()
    return path
