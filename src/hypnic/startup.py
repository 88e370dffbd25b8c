"""What happens before the window exists: one instance per store, a restore the backups window
asked for, the start-up ``quick_check`` (with the offer to restore a good backup) and the demo.
"""

from __future__ import annotations

import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from hypnic.domain.clock import SystemClock
from hypnic.domain.errors import HypnicError, InputError, StoreError, one_line
from hypnic.paths import Paths
from hypnic.store import Store
from hypnic.store.database import DB_NAME
from hypnic.store.lock import (
    InstanceLock,
    acquire_instance_lock,
    holder_is_closing,
    raise_request_path,
    request_raise,
    wait_for_instance_lock,
)

if TYPE_CHECKING:
    # A question box is made only when something is wrong (PySide builds its type on first use).
    from PySide6.QtWidgets import QMessageBox

# How long a launch waits for a Hypnic that is closing (a backup of a big store after an
# import can take a minute on a slow disk).
CLOSING_WAIT_S = 180.0

__all__ = [
    "InstanceLock",
    "StoreCheck",
    "clear_killed_writes",
    "fill_demo",
    "open_checked_store",
    "perform_requested_restore",
    "raise_request_path",
    "single_instance",
]


def _tr(text: str) -> str:
    return QApplication.translate("Startup", text)


def clear_killed_writes(paths: Paths) -> None:
    """Temporary files that a killed run left (a backup or restore cut short, an export or a
    summary being written) are cleared at the next start (DESIGN section 4)."""
    from hypnic.operations.outputs import clear_killed_outputs
    from hypnic.store.backups import clear_partials

    clear_killed_outputs(paths)
    clear_partials(paths.data_dir)


def single_instance(paths: Paths) -> InstanceLock | None:
    """The lock that makes this the one window on the store; None when another window holds
    it (that window is asked to come to the front). A Hypnic that is closing (its window gone,
    its last backup under way) is waited for: it has no window left to raise."""
    lock = acquire_instance_lock(paths.data_dir)
    if lock is None and holder_is_closing(paths.data_dir):
        print("hypnic: Hypnic is still closing on this store; it opens when that is done.")
        lock = wait_for_instance_lock(paths.data_dir, CLOSING_WAIT_S)
    if lock is None:
        request_raise(paths.data_dir)
        print("hypnic: Hypnic is already open on this store; its window was raised.")
    return lock


def perform_requested_restore(paths: Paths) -> str | None:
    """Restore the backup the backups window asked for, before anything opens the store.
    Returns what to tell the person, or None when nothing was asked."""
    from hypnic.store.errors import BackupError
    from hypnic.store.restore_request import perform_requested_restore as perform

    try:
        done = perform(paths.data_dir, now=datetime.now(UTC))
    except (BackupError, OSError) as exc:
        print(f"hypnic: the requested restore was not done: {exc}", file=sys.stderr)
        return _tr("The backup was not restored: %s") % exc
    if done is None:
        return None
    aside = done.kept_aside.name if done.kept_aside else "-"
    return _tr("Restored %s. The previous store is kept as %s.") % (
        done.backup.name,
        aside,
    )


class StoreCheck:
    """The start-up ``quick_check``, run on a thread of its own from the moment it is made.

    The window's modules load meanwhile: SQLite leaves Python free while it reads, so the
    check of a big store no longer adds its whole length to the start. ``problem()`` waits for
    it and says what it found (None when the store is sound or new); an error the check
    raised is raised there, on the caller's thread.
    """

    def __init__(self, paths: Paths) -> None:
        from hypnic.store.checks import missing_with_backups, quick_check

        db = paths.data_dir / DB_NAME
        self._answer: tuple[str | None] | None = None
        self._error: StoreError | OSError | None = None

        def check() -> None:
            try:
                # Gone with its backups beside it: offered back like a damaged one.
                self._answer = (quick_check(db) if db.exists() else missing_with_backups(db),)
            except (StoreError, OSError) as exc:  # raised again by problem(), on its thread
                self._error = exc

        self._thread = threading.Thread(target=check, name="hypnic-quick-check", daemon=True)
        self._thread.start()

    def problem(self) -> str | None:
        self._thread.join()
        if self._error is not None:
            raise self._error
        if self._answer is None:  # the check itself failed: a bug, already printed
            raise RuntimeError("the start-up check of the store ended without an answer")
        return self._answer[0]


def open_checked_store(
    paths: Paths, *, smoke_test: bool, check: StoreCheck | None = None
) -> Store | None:
    """``quick_check`` the store (``check``, if one was started earlier), offering the newest
    good backup when it is damaged, then open it. None when it cannot be used; the person was
    told why (a full or read-only disk as that, never as damage)."""
    try:
        if not _checked_or_restored(paths, smoke_test=smoke_test, check=check):
            return None
        return Store.open(paths.data_dir)
    except StoreError as exc:
        if smoke_test:
            raise
        _tell(str(exc))
        return None


def _checked_or_restored(
    paths: Paths, *, smoke_test: bool, check: StoreCheck | None = None
) -> bool:
    db = paths.data_dir / DB_NAME
    problem = (check or StoreCheck(paths)).problem()
    if problem is None:
        return True
    from hypnic.store.backups import BackupManager  # only for a damaged store

    manager = BackupManager(paths.data_dir)
    newest = manager.newest_good()
    if smoke_test or newest is None:
        message = f"The store {db} is damaged ({problem})"
        if newest is None:
            message += " and there is no good backup to restore. Run 'hypnic check' for details."
        if not smoke_test:
            _tell(
                _tr("Hypnic's store is damaged, and there is no good backup to restore."),
                details=message,
            )
        print(f"hypnic: {message}", file=sys.stderr)
        return False
    box = restore_question(db, problem, newest)
    box.exec()
    if box.clickedButton() is not box.defaultButton():
        return False
    manager.restore(newest, datetime.now(UTC))
    return True


def restore_question(db: Path, problem: str, backup: Path) -> QMessageBox:
    """The start-up question when the store is damaged: a few short lines that fit a small
    screen (1024×600), the file names and SQLite's findings under "Show Details…"."""
    from PySide6.QtWidgets import QMessageBox

    show_app_icon()
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Damaged store — Hypnic"))
    box.setText(_tr("Hypnic's store is damaged."))
    taken = _backup_time(backup)
    box.setInformativeText(
        _tr(
            "Restore the newest good backup (%s)? The damaged file is kept aside, not deleted.",
        )
        % taken
    )
    box.setDetailedText(
        _tr("Store: %s\nWhat is wrong: %s\nBackup to restore: %s") % (db, problem, backup)
    )
    restore = box.addButton(_tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    return box


def show_app_icon() -> None:
    """Hypnic's icon for every window from now on (set after the bedside's first paint, or for
    a question asked before it: loading the icon costs the start its share)."""
    from PySide6.QtGui import QIcon

    from hypnic.resources import app_icon_path

    QApplication.setWindowIcon(QIcon(str(app_icon_path())))


def _backup_time(backup: Path) -> str:
    """When a backup was taken, in local time ("2026-11-24 23:41"), from its file."""
    moment = datetime.fromtimestamp(backup.stat().st_mtime, UTC).astimezone()
    return f"{moment:%Y-%m-%d %H:%M}"


def tell_cannot_start(exc: HypnicError | OSError) -> None:
    """What stopped the start before the window, in a window (the command line prints it too:
    a person who started Hypnic from a menu sees no terminal)."""
    if isinstance(exc, OSError):
        where = exc.filename if exc.filename is not None else "-"
        _tell(_tr("Hypnic cannot use %s (%s).") % (where, exc.strerror or exc))
    else:
        _tell(one_line(exc.describe() if isinstance(exc, InputError) else str(exc)))


def _tell(text: str, *, details: str | None = None) -> None:
    """A critical message that fits a small screen (long paths go under "Show Details…")."""
    from PySide6.QtWidgets import QMessageBox

    show_app_icon()
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("app", "Cannot start — Hypnic"))
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.exec()


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
