"""The real app in a real X window: keys typed with xdotool, the result read back with the CLI."""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from realapp import (
    launch,
    quit_with_ctrl_q,
    run_cli,
    stop,
    wait_for,
    wait_for_window,
    xdotool,
    xvfb,
)

pytestmark = pytest.mark.realwindow

SAVE_TIMEOUT_S = 15.0
EXIT_TIMEOUT_S = 10.0


def _live_events(db: Path) -> int:
    """Live events in the store, read-only (the app is still running and owns the store)."""
    if not db.exists():
        return -1
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
        try:
            row = conn.execute("SELECT COUNT(*) FROM events WHERE deleted_utc_ms IS NULL")
            return int(row.fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return -1


def test_keys_typed_into_the_real_window_are_logged(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    artifacts = tmp_path / "artifacts"
    artifacts.mkdir()
    db = data_dir / "hypnic.db"
    app_log = artifacts / "app.log"
    app: subprocess.Popen[bytes] | None = None
    with xvfb(artifacts / "xvfb.log") as display:
        try:
            app = launch(display, data_dir, app_log)
            window = wait_for_window(display, app, app_log)
            # No window manager under Xvfb: windowfocus, not windowactivate.
            xdotool(
                display, "windowfocus", "--sync", window, "key", "--delay", "250", "j", "k", "i"
            )
            wait_for("three saved taps", lambda: _live_events(db) >= 3, SAVE_TIMEOUT_S)

            # A held key auto-repeats at the X server; it must still log exactly one jerk.
            xdotool(display, "windowfocus", "--sync", window, "keydown", "j")
            time.sleep(0.8)  # how long the key is held, not a wait for the app
            xdotool(display, "keyup", "j")
            wait_for("the held key's tap", lambda: _live_events(db) >= 4, SAVE_TIMEOUT_S)

            if shutil.which("import"):
                subprocess.run(
                    ["import", "-window", "root", str(artifacts / "real-window.png")],
                    env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
                    timeout=SAVE_TIMEOUT_S,
                    check=False,
                )
            print(f"real-window artifacts in {artifacts}")

            quit_with_ctrl_q(display, window, app, EXIT_TIMEOUT_S)
        finally:
            stop(app)

    exported = run_cli(data_dir, "export")
    assert exported.returncode == 0, exported.stderr
    # Qt ignores a key bound twice ("Ambiguous shortcut overload"): the press does nothing.
    assert "Ambiguous shortcut" not in app_log.read_text(errors="replace"), app_log.read_text()
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert Counter(row["kind"] for row in rows) == {"jerk": 2, "kick": 1, "deep_itch": 1}, (
        exported.stdout
    )
    assert {row["by"] for row in rows} == {"self"}
