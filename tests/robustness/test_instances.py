"""One writer per store, as separate processes on Xvfb: a second launch raises the first and
exits; a lock left by a killed window does not stop the next start; command-line writes while
the window is open are shown without a restart."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from hypnic.store import Store
from hypnic.store.lock import acquire_instance_lock, raise_request_path
from realapp import (
    hypnic_command,
    journal_lines,
    launch,
    run_cli,
    stop,
    visible_windows,
    wait_for,
    wait_for_window,
    xvfb,
)

pytestmark = pytest.mark.realwindow


def test_second_launch_raises_the_first_and_exits(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log = tmp_path / "app.log"
    with xvfb(tmp_path / "xvfb.log") as display:
        first = launch(display, data_dir, log)
        second = third = None
        try:
            wait_for_window(display, first, log)
            before = raise_request_path(data_dir).read_text()
            second = launch(display, data_dir, tmp_path / "second.log")
            assert second.wait(timeout=60) == 0
            assert "already open" in (tmp_path / "second.log").read_text()
            assert raise_request_path(data_dir).read_text() != before
            assert first.poll() is None, "the first window must keep running"
            assert len(visible_windows(display)) == 1, "exactly one Hypnic window"

            # A crash leaves the lock file behind; the next start must not be refused.
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=30)
            assert (data_dir / "hypnic.lock").exists()
            third = launch(display, data_dir, tmp_path / "third.log")
            wait_for_window(display, third, tmp_path / "third.log")
            assert third.poll() is None
        finally:
            for proc in (first, second, third):
                stop(proc)


def test_command_line_write_shows_in_the_open_window(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log = tmp_path / "app.log"
    journal = tmp_path / "journal.tsv"
    with xvfb(tmp_path / "xvfb.log") as display:
        app = launch(display, data_dir, log, extra_env={"HYPNIC_TAP_JOURNAL": str(journal)})
        try:
            wait_for_window(display, app, log)
            for expected in ("1 tonight", "2 tonight"):
                done = run_cli(data_dir, "log", "kick")
                assert done.returncode == 0, done.stderr
                # The journal copies the kick button's accessible description after it changed.
                wait_for(
                    f"the window to show {expected}",
                    lambda e=expected: any(
                        k == "kick" and text.startswith(e)
                        for k, text in journal_lines(journal, "shown")
                    ),
                )
            assert app.poll() is None
            done = run_cli(data_dir, "export")
            assert done.stdout.count(",kick,") == 2
        finally:
            stop(app)


def test_a_launch_while_hypnic_is_closing_waits_and_then_opens(tmp_path: Path) -> None:
    """Ctrl+Q, then Hypnic again at once: the first process has no window any more but is
    still saving its last taps and taking a backup. The launch used to ask it to raise a
    window it no longer had, and exit: nothing appeared. Now it waits, then opens."""
    data_dir = tmp_path / "data"
    Store.open(data_dir).close()
    closing = acquire_instance_lock(data_dir)  # this test plays the closing process
    assert closing is not None
    closing.mark_closing()
    out = tmp_path / "second.log"
    with out.open("wb") as log:
        second = subprocess.Popen(
            [*hypnic_command(), "--data-dir", str(data_dir), "--smoke-test"],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        time.sleep(2.0)
        assert second.poll() is None, "it must wait for the closing process"
        assert "still closing" in out.read_text()
        closing.close()  # the backup is done: the lock is let go
        assert second.wait(timeout=60) == 0
        assert "already open" not in out.read_text()
    finally:
        closing.close()
        stop(second)
