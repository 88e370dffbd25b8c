"""The real window at the edges of a session, on Xvfb: the restore question on a 1024×600
screen, and SIGTERM / SIGHUP (logout, shutdown) while taps are held unsaved: they are written
to a rescue file that `hypnic import` takes back, and the next start says where it is."""

from __future__ import annotations

import contextlib
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hostile import corrupt_page_of, filled_store

from hypnic.paths import resolve_paths
from hypnic.rescued import waiting_rescues
from hypnic.store import Store
from hypnic.store.backups import BackupManager
from realapp import (
    launch,
    run_cli,
    stop,
    visible_windows,
    wait_for,
    wait_for_window,
    xdotool,
    xvfb,
)

pytestmark = pytest.mark.realwindow


def _geometry(display: str, window: str) -> tuple[int, int, int, int]:
    shape = xdotool(display, "getwindowgeometry", "--shell", window).stdout
    values = dict(line.split("=", 1) for line in shape.split())
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def test_the_restore_question_fits_a_1024x600_screen(tmp_path: Path) -> None:
    data = tmp_path / "data"
    filled_store(data, 1500)
    store = Store.open(data)
    try:
        assert BackupManager(data).backup_if_changed(store, datetime.now(UTC)) is not None
    finally:
        store.close()
    # A torn interior page: SQLite's check lists hundreds of faults, which the question once
    # put in its text, pushing its buttons off the screen.
    corrupt_page_of(data / "hypnic.db", "events", kind="internal")
    log = tmp_path / "app.log"
    with xvfb(tmp_path / "xvfb.log", "1024x600x24") as display:
        app = launch(display, data, log)
        try:
            box = wait_for_window(display, app, log)
            x, y, width, height = _geometry(display, box)
            assert x >= 0 and y >= 0 and x + width <= 1024 and y + height <= 600, (
                x, y, width, height,
            )  # fmt: skip
            # Enter takes the default button: restore.
            xdotool(display, "windowfocus", "--sync", box, "key", "Return")
            wait_for(
                "the bedside window after the restore",
                lambda: any(w != box for w in visible_windows(display, app.pid)),
            )
        finally:
            stop(app)
    assert list(data.glob("hypnic.db.damaged-*"))
    assert run_cli(data, "check").returncode == 0


_HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(120)
"""


@contextlib.contextmanager
def _write_lock_held(db: Path) -> Iterator[subprocess.Popen[str]]:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        holder.kill()
        holder.wait()


def _held_on_screen(data: Path) -> int:
    conn = sqlite3.connect(f"{(data / 'hypnic.db').as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGHUP])
def test_logout_with_taps_held_writes_them_to_a_rescue_file(
    tmp_path: Path, ending: signal.Signals
) -> None:
    data = tmp_path / "data"
    Store.open(data).close()
    log = tmp_path / "app.log"
    with xvfb(tmp_path / "xvfb.log") as display:
        app = launch(display, data, log)
        try:
            window = wait_for_window(display, app, log)
            with _write_lock_held(data / "hypnic.db"):
                # Each press waits out the busy store, is held, and shows the banner.
                xdotool(display, "windowfocus", "--sync", window, "key", "j")
                xdotool(display, "windowfocus", "--sync", window, "key", "k")
                # Each press waits out SQLite's 5 s busy timeout before it is held.
                time.sleep(12)
                app.send_signal(ending)
                app.wait(timeout=60)
        finally:
            stop(app)
    assert app.returncode == 128 + ending, log.read_text(errors="replace")
    said = log.read_text(errors="replace")
    assert "2 unsaved tap(s) were written to" in said and "Traceback" not in said, said
    rescued = list((resolve_paths(data).log_dir / "rescued").glob("*.csv"))
    assert len(rescued) == 1 and (rescued[0].stat().st_mode & 0o777) == 0o600
    rows = rescued[0].read_text(encoding="utf-8").splitlines()[1:]
    assert sorted(r.split(",")[3] for r in rows) == ["jerk", "kick"]

    # The next start names the file until its taps are in the store.
    store = Store.open(data)
    try:
        waiting = waiting_rescues(resolve_paths(data), store)
        assert waiting == rescued
        done = run_cli(data, "import", str(rescued[0]))
        assert done.returncode == 0, done.stderr
        assert waiting_rescues(resolve_paths(data), store) == []
    finally:
        store.close()
    assert _held_on_screen(data) == 2
