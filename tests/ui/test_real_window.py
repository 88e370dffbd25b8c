"""The real app in a real X window (Xvfb): keys typed with xdotool, read back through the CLI.

This catches what the offscreen widget tests hide: the xcb plugin and its libraries, focus,
shortcuts that never fire, a window that never appears, auto-repeat of a held key.
"""

from __future__ import annotations

import csv
import io
import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.realwindow

WINDOW_TIMEOUT_S = 40.0
SAVE_TIMEOUT_S = 15.0
EXIT_TIMEOUT_S = 10.0


def _require_tools() -> None:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if not missing:
        return
    message = f"{' and '.join(missing)} not on PATH (apt-get install xvfb xdotool)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message}; under CI the real-window test must run, not skip")
    pytest.skip(message)


def _hypnic_command() -> list[str]:
    script = Path(sys.executable).with_name("hypnic")
    return [str(script)] if script.exists() else [sys.executable, "-m", "hypnic"]


def _wait_for(what: str, condition: Callable[[], bool], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(0.1)


def _stop(proc: subprocess.Popen[bytes] | None, *, timeout_s: float = EXIT_TIMEOUT_S) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=timeout_s)


@pytest.fixture
def xvfb_display(tmp_path: Path) -> Iterator[str]:
    """A private X server; ``-displayfd`` lets it pick a free display number (no races)."""
    _require_tools()
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "xvfb.log").open("wb"),
    )
    os.close(write_fd)
    try:
        ready, _, _ = select.select([read_fd], [], [], 20.0)
        number = os.read(read_fd, 64).decode().strip() if ready else ""
        if not number:
            raise AssertionError(f"Xvfb did not start: {(tmp_path / 'xvfb.log').read_text()}")
        yield f":{number}"
    finally:
        os.close(read_fd)
        _stop(server)


def _xdotool(display: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=SAVE_TIMEOUT_S,
        check=check,
    )


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


def test_keys_typed_into_the_real_window_are_logged(xvfb_display: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    artifacts = tmp_path / "artifacts"
    artifacts.mkdir()
    db = data_dir / "hypnic.db"
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"}
    app_log = artifacts / "app.log"
    app: subprocess.Popen[bytes] | None = None
    try:
        with app_log.open("wb") as log:
            app = subprocess.Popen(
                [*_hypnic_command(), "--data-dir", str(data_dir)],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        window = ""

        def window_shown() -> bool:
            nonlocal window
            if app is not None and app.poll() is not None:
                raise AssertionError(
                    f"hypnic exited with {app.returncode} before its window appeared:\n"
                    + app_log.read_text(errors="replace")[-3000:]
                )
            found = _xdotool(
                xvfb_display, "search", "--onlyvisible", "--name", "Hypnic", check=False
            )
            window = found.stdout.split()[0] if found.stdout.split() else ""
            return bool(window)

        _wait_for("the Hypnic window", window_shown, WINDOW_TIMEOUT_S)
        # No window manager under Xvfb: windowfocus, not windowactivate.
        _xdotool(
            xvfb_display, "windowfocus", "--sync", window, "key", "--delay", "250", "j", "k", "i"
        )
        _wait_for("three saved taps", lambda: _live_events(db) >= 3, SAVE_TIMEOUT_S)

        # A held key auto-repeats at the X server; it must still log exactly one jerk.
        _xdotool(xvfb_display, "windowfocus", "--sync", window, "keydown", "j")
        time.sleep(0.8)  # how long the key is held, not a wait for the app
        _xdotool(xvfb_display, "keyup", "j")
        _wait_for("the held key's tap", lambda: _live_events(db) >= 4, SAVE_TIMEOUT_S)

        if shutil.which("import"):
            subprocess.run(
                ["import", "-window", "root", str(artifacts / "real-window.png")],
                env=env,
                timeout=SAVE_TIMEOUT_S,
                check=False,
            )
        print(f"real-window artifacts in {artifacts}")

        _xdotool(xvfb_display, "windowfocus", "--sync", window, "key", "ctrl+q", check=False)
        try:
            app.wait(timeout=EXIT_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            _stop(app)
    finally:
        _stop(app)

    exported = subprocess.run(
        [*_hypnic_command(), "--data-dir", str(data_dir), "export"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    # Qt ignores a key bound twice ("Ambiguous shortcut overload"): the press does nothing.
    assert "Ambiguous shortcut" not in app_log.read_text(errors="replace"), app_log.read_text()
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert Counter(row["kind"] for row in rows) == {"jerk": 2, "kick": 1, "deep_itch": 1}, (
        exported.stdout
    )
    assert {row["by"] for row in rows} == {"self"}
