"""The wired application shown until it quits: the composition on a checked store, the
window's first paint and what waits for it, and the ways a run ends (a quit, a signal from
logout or shutdown, ``--smoke-test``)."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QTimer
from PySide6.QtWidgets import QApplication

from hypnic import startup
from hypnic.app import Services, compose
from hypnic.domain.clock import SystemClock
from hypnic.first_paint import FirstPaint
from hypnic.paths import Paths, default_paths
from hypnic.store import Store
from hypnic.termination import TerminationWatch
from hypnic.theme_clock import theme_clock
from hypnic.ui.bedside.main_window import MainWindow
from hypnic.ui.common import announce, crash
from hypnic.ui.common.window_fit import present

# The start's chores wait for the window's first paint, but never longer than this.
CHORES_AT_THE_LATEST_MS = 2000

# Set by the crash harness (tests/robustness): one line per confirmed tap and per count shown.
TAP_JOURNAL_ENV = "HYPNIC_TAP_JOURNAL"


def run_window(
    app: QApplication,
    store: Store,
    paths: Paths,
    *,
    demo: bool,
    smoke_test: bool,
    notice: str | None = None,
    closing: Callable[[], None] = lambda: None,
) -> int:
    clock = SystemClock()
    composition = compose(store, paths, clock, demo=demo, theme_clock=theme_clock(clock))
    window, services = composition.window, composition.services
    crash.install(paths.log_dir, window)
    journal = os.environ.get(TAP_JOURNAL_ENV)
    if journal:
        _journal_taps(services, window, Path(journal))

    # Logout, shutdown and `kill` are heard before the window shows: from its first instant on
    # screen it may hold a tap.
    ending = _watch_termination(app, window, services, paths)
    chores_done: list[bool] = []

    def chores() -> None:
        """What nothing needs before the window is drawn; at its first paint, or at the latest
        after CHORES_AT_THE_LATEST_MS for a window never drawn (shown on another desktop)."""
        if chores_done:
            return
        chores_done.append(True)
        gc.enable()  # paused for the start (window_run)
        startup.show_app_icon()
        watcher = QFileSystemWatcher([str(startup.raise_file(paths))], window)
        watcher.fileChanged.connect(lambda _p: present(window))
        _after_first_paint(window, paths, store)

    def after_first_paint() -> None:
        chores()
        if smoke_test:
            QApplication.quit()

    FirstPaint(window, after_first_paint)
    QTimer.singleShot(CHORES_AT_THE_LATEST_MS, chores)
    window.show_as_preferred()
    if notice:
        window.panel.show_confirmation(notice)
    status = app.exec()
    # The window is gone; what follows (the last taps, a backup) can take a while on a big
    # store: a launch meanwhile waits for this process instead of raising nothing.
    closing()
    composition.windows.keep_typed()
    ending.close()
    services.event_log.shutdown()
    services.backups.run()
    store.close()
    return status


def _after_first_paint(window: MainWindow, paths: Paths, store: Store) -> None:
    """Start-up work the bedside does not need to be drawn: clearing what a killed run left
    half-written, naming taps it could only rescue into a file, and the accessibility types
    the first tap's announcement needs (still long before a person can tap)."""
    startup.clear_killed_writes(paths)
    _name_waiting_rescues(window, paths, store)
    announce.prepare()


def _name_waiting_rescues(window: MainWindow, paths: Paths, store: Store) -> None:
    """Taps a previous run could only rescue into a file: say where, until imported."""
    from hypnic.rescued import waiting_rescues

    waiting = waiting_rescues(paths, store)
    if waiting:
        files = ", ".join(str(p) for p in waiting)
        where = "" if paths == default_paths() else f" --data-dir {paths.data_dir}"
        window.show_error(
            QCoreApplication.translate(
                "MainWindow",
                "Taps not saved when Hypnic was last closed are kept in %s. "
                "Add them to the store with Menu → Import…, or with: hypnic%s import FILE",
            )
            % (files, where)
        )


def _watch_termination(
    app: QApplication, window: MainWindow, services: Services, paths: Paths
) -> TerminationWatch:
    watch = TerminationWatch(window)
    watch.terminated.connect(lambda signum: _end_on_signal(app, services, paths, signum))
    return watch


def _end_on_signal(app: QApplication, services: Services, paths: Paths, signum: int) -> None:
    """Logout, shutdown or `kill`: taps still held unsaved go to a rescue file first (there is
    no one to answer the quit question), then the window ends like a quit."""
    # The writer gets a moment to land what it is writing; the rest goes to the file (an
    # import skips any tap that landed after all, by its id).
    held = services.event_log.finish(timeout_s=1.0)
    if held:
        from hypnic.rescued import write_rescue

        rescue = write_rescue(paths, held)
        where = str(rescue) if rescue else "nowhere (no folder could be written)"
        print(f"hypnic: {len(held)} unsaved tap(s) were written to {where}", file=sys.stderr)
    app.exit(128 + signum)


def _journal_taps(services: Services, window: MainWindow, path: Path) -> None:
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

    services.event_log.tap_saved.connect(on_saved)
    services.event_log.changed.connect(on_changed)
    services.store_watch.changed.connect(on_changed)
