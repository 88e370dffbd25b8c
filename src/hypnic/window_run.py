"""Running the window: the application object, the checks before the window (``startup``),
then the wired application (``window_session``) until it quits."""

from __future__ import annotations

import gc
import sys
import tempfile

from PySide6.QtWidgets import QApplication

from hypnic import APP_ID, APP_NAME, __version__, languages, startup
from hypnic.domain.errors import HypnicError
from hypnic.paths import resolve_paths
from hypnic.services.preferences import Preferences


def run_gui(*, data_dir: str | None, demo: bool, smoke_test: bool) -> int:
    """Open the window; returns the process exit status.

    Python's cycle collector is paused until the window's first paint: a start makes
    thousands of classes, enum members and widgets and frees none of them, yet the collector
    would walk them all some thirty times (~20 ms). ``window_session`` resumes it at the
    paint; any other ending of the start resumes it here.
    """
    gc.disable()
    try:
        return _run_gui(data_dir=data_dir, demo=demo, smoke_test=smoke_test)
    finally:
        gc.enable()


def _run_gui(*, data_dir: str | None, demo: bool, smoke_test: bool) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)

    demo_dir = tempfile.TemporaryDirectory(prefix="hypnic-demo-") if demo else None
    try:
        paths = resolve_paths(demo_dir.name if demo_dir else data_dir)
        # Before any window or question: each takes its words when it is made.
        languages.install(app, Preferences(path=paths.settings_file).language)
        lock = startup.single_instance(paths)
    except (HypnicError, OSError) as exc:
        # Started from a menu, there is no terminal to read: it is said in a window too.
        if not smoke_test:
            startup.tell_cannot_start(exc)
        raise
    if lock is None:
        return 0
    try:
        restored = startup.perform_requested_restore(paths)
        # The store is checked on a thread of its own while the window's modules load.
        check = startup.StoreCheck(paths)
        from hypnic.window_session import run_window

        store = startup.open_checked_store(paths, smoke_test=smoke_test, check=check)
        if store is None:
            return 1
        if demo_dir:
            startup.fill_demo(store)
        return run_window(
            app, store, paths, demo=demo, smoke_test=smoke_test, notice=restored,
            closing=lock.mark_closing,
        )  # fmt: skip
    finally:
        lock.close()
        if demo_dir:
            demo_dir.cleanup()
