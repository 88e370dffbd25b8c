"""The composition root: paths → store → services → main window, wired once."""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QTimer
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from hypnic import APP_ID, APP_NAME, __version__
from hypnic.domain.clock import Clock, SystemClock
from hypnic.domain.errors import StoreError
from hypnic.paths import Paths, resolve_paths
from hypnic.resources import app_icon_path
from hypnic.services.event_log import EventLog
from hypnic.services.kinds import KindCatalog
from hypnic.services.night_context import build_night_context
from hypnic.services.preferences import Preferences
from hypnic.store import Store
from hypnic.store.lock import acquire_instance_lock, raise_request_path, request_raise
from hypnic.ui.bedside.bedside_context import install_bedside_context
from hypnic.ui.bedside.main_window import MainWindow
from hypnic.ui.common import crash
from hypnic.ui.secondary import SecondaryWindows

if TYPE_CHECKING:
    from hypnic.ui.settings.backups_window import BackupsWindow

BACKUP_EVERY_MS = 15 * 60_000
# Set by the crash harness (tests/robustness): one line per confirmed tap and per count shown.
TAP_JOURNAL_ENV = "HYPNIC_TAP_JOURNAL"


class _FirstPaint(QObject):
    """Quits the application right after the window's first paint (``--smoke-test``)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def run_gui(*, data_dir: str | None, demo: bool, smoke_test: bool) -> int:
    """Open the window; returns the process exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(app_icon_path())))

    demo_dir = tempfile.TemporaryDirectory(prefix="hypnic-demo-") if demo else None
    paths = resolve_paths(demo_dir.name if demo_dir else data_dir)
    lock = acquire_instance_lock(paths.data_dir)
    if lock is None:
        request_raise(paths.data_dir)
        print("hypnic: Hypnic is already open on this store; its window was raised.")
        return 0
    try:
        restored = _perform_requested_restore(paths)
        if not _checked_or_restored(paths, smoke_test=smoke_test):
            return 1
        try:
            store = Store.open(paths.data_dir)
        except StoreError as exc:
            if smoke_test:
                raise
            QMessageBox.critical(None, APP_NAME, str(exc))
            return 1
        if demo_dir:
            _fill_demo(store)
        return _run(app, store, paths, demo=demo, smoke_test=smoke_test, notice=restored)
    finally:
        lock.close()
        if demo_dir:
            demo_dir.cleanup()


@dataclass(frozen=True, slots=True)
class Composition:
    """The wired application: what ``run_gui`` shows, and what the screenshot script draws."""

    window: MainWindow
    secondary: SecondaryWindows
    event_log: EventLog


def compose(store: Store, paths: Paths, clock: Clock, *, demo: bool = False) -> Composition:
    """Build the services and windows on ``store`` and wire them together (nothing shown)."""
    event_log = EventLog(store=store, clock=clock)
    kinds = KindCatalog(store=store)
    preferences = Preferences(path=paths.settings_file)
    context = build_night_context(
        store=store, clock=clock, event_log=event_log, preferences=preferences
    )
    window = MainWindow(
        event_log=event_log,
        kinds=kinds,
        preferences=preferences,
        history=context.history,
        title_suffix=" — DEMO (nothing here is real)" if demo else "",
    )
    secondary = SecondaryWindows(
        store=store,
        event_log=event_log,
        kinds=kinds,
        preferences=preferences,
        owner=window,
        theme=window.theme,
        context=context,
    )
    install_bedside_context(window, context, show_diary=secondary.show_diary)
    window.theme_changed.connect(secondary.set_theme)
    window.review_requested.connect(lambda: secondary.show_review())
    window.history_requested.connect(secondary.show_history)
    window.settings_requested.connect(secondary.show_settings)
    window.summary_requested.connect(secondary.show_summary)
    _add_backups_action(window, paths.data_dir)
    return Composition(window, secondary, event_log)


def _run(
    app: QApplication,
    store: Store,
    paths: Paths,
    *,
    demo: bool,
    smoke_test: bool,
    notice: str | None = None,
) -> int:
    composition = compose(store, paths, SystemClock(), demo=demo)
    window, event_log = composition.window, composition.event_log
    crash.install(paths.log_dir, window)
    journal = os.environ.get(TAP_JOURNAL_ENV)
    if journal:
        _journal_taps(event_log, window, Path(journal))

    raise_file = raise_request_path(paths.data_dir)
    raise_file.touch()
    watcher = QFileSystemWatcher([str(raise_file)], window)
    watcher.fileChanged.connect(lambda _p: _raise(window))

    backups = _Backups(store, paths.data_dir, window)
    if smoke_test:
        window.installEventFilter(_FirstPaint(window))
    window.show()
    if notice:
        window.panel.show_confirmation(notice)
    status = app.exec()
    event_log.retry_pending()
    backups.run()
    store.close()
    return status


def _checked_or_restored(paths: Paths, *, smoke_test: bool) -> bool:
    """``quick_check`` the store; when it is damaged, offer the newest good backup."""
    from hypnic.store.backups import BackupManager, quick_check
    from hypnic.store.database import DB_NAME

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


def _perform_requested_restore(paths: Paths) -> str | None:
    """Restore the backup the backups window asked for, before anything opens the store."""
    from hypnic.store.backups import BackupError
    from hypnic.store.restore_request import perform_requested_restore

    try:
        done = perform_requested_restore(paths.data_dir, now=datetime.now(UTC))
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


def _add_backups_action(window: MainWindow, data_dir: Path) -> None:
    """Ctrl+Shift+B opens the backups window (made the first time it is asked for)."""
    holder: list[BackupsWindow] = []

    def show() -> None:
        from hypnic.ui.settings.backups_window import BackupsWindow

        if not holder:
            holder.append(BackupsWindow(data_dir=data_dir, parent=window))
        holder[0].present()

    action = QAction(window.tr("Backups…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+B"))
    action.triggered.connect(show)
    window.add_menu_action(action)


def _journal_taps(event_log: EventLog, window: MainWindow, path: Path) -> None:
    """Append a line per confirmed tap and per refreshed count (crash harness only).

    Connected after the panel, so a line is written only once the panel has shown it.
    """

    def append(line: str) -> None:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")

    def on_saved(event: object) -> None:
        append(f"saved\t{getattr(event, 'id', '')}\t{getattr(event, 'kind', '')}")

    def on_changed() -> None:
        for key, button in window.panel.buttons().items():
            append(f"shown\t{key}\t{button.accessibleDescription()}")

    event_log.tap_saved.connect(on_saved)
    event_log.changed.connect(on_changed)


def _raise(window: MainWindow) -> None:
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()


class _Backups(QObject):
    """Backs the store up every so often and at quit, only when something changed."""

    def __init__(self, store: Store, data_dir: Path, parent: QObject) -> None:
        super().__init__(parent)
        from hypnic.store.backups import BackupManager

        self._store = store
        self._manager = BackupManager(data_dir)
        self._timer = QTimer(self, interval=BACKUP_EVERY_MS)
        self._timer.timeout.connect(self.run)
        self._timer.start()

    def run(self) -> None:
        try:
            self._manager.backup_if_changed(self._store, datetime.now(UTC))
        except Exception as exc:
            print(f"hypnic: backup failed: {exc}", file=sys.stderr)


def _fill_demo(store: Store) -> None:
    from hypnic.domain.demo import generate_demo
    from hypnic.store.demo_fill import fill_demo_store

    clock = SystemClock()
    event_log_night = EventLog(store=store, clock=clock).tonight()
    history = generate_demo(end_night=event_log_night - timedelta(days=1), zone=clock.zone)
    fill_demo_store(store, history)
