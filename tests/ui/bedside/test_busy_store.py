"""Presses while another process holds the store's write lock: none is lost, each keeps its own
press time and order, and the window shows them as waiting instead of freezing."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import time
from pathlib import Path

import pytest

from realapp import launch, run_cli, stop, wait_for, wait_for_window, xdotool, xvfb

pytestmark = pytest.mark.realwindow

# Holds BEGIN IMMEDIATE on the store for HOLD_S seconds, like a long `hypnic import` would.
_HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""
HOLD_S = 9.0
PRESSES = "jkijkijkijki"  # 12 presses, one every 0.5 s: all inside the held lock


def test_every_press_while_another_process_holds_the_lock_is_saved(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    db = data_dir / "hypnic.db"
    app_log = tmp_path / "app.log"
    with xvfb(tmp_path / "xvfb.log") as display:
        app = launch(display, data_dir, app_log)
        holder: subprocess.Popen[str] | None = None
        try:
            window = wait_for_window(display, app, app_log)
            holder = subprocess.Popen(
                [sys.executable, "-c", _HOLDER, str(db), str(HOLD_S)],
                stdout=subprocess.PIPE,
                text=True,
            )
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            started = time.monotonic()
            xdotool(display, "windowfocus", "--sync", window, "key", "--delay", "500", *PRESSES)
            # The whole burst was typed while the lock was held: the window did not freeze.
            assert time.monotonic() - started < HOLD_S, "typing took longer than the held lock"
            holder.wait(timeout=HOLD_S + 10)
            expected = [{"j": "jerk", "k": "kick", "i": "deep_itch"}[k] for k in PRESSES]

            def exported() -> list[dict[str, str]]:
                done = run_cli(data_dir, "export")
                return (
                    list(csv.DictReader(io.StringIO(done.stdout))) if done.returncode == 0 else []
                )

            wait_for("every held press", lambda: len(exported()) >= len(PRESSES), 30)
            rows = exported()
            # Every press, in the order pressed, with its own press time (not the time written).
            assert [r["kind"] for r in rows] == expected
            times = [r["time"] for r in rows]
            assert times == sorted(times) and len(set(times)) == len(times)
        finally:
            if holder is not None and holder.poll() is None:
                holder.kill()
            stop(app)
