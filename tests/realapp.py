"""Helpers to drive the real app as separate processes on a private Xvfb display."""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pytest

WINDOW_TIMEOUT_S = 60.0
_SERVERS: dict[str, tuple[subprocess.Popen[bytes], Path]] = {}
STEP_TIMEOUT_S = 30.0


def require_tools(*tools: str) -> None:
    missing = [tool for tool in ("Xvfb", "xdotool", *tools) if shutil.which(tool) is None]
    if not missing:
        return
    message = f"{' and '.join(missing)} not on PATH (apt-get install xvfb xdotool)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message}; under CI the real-process tests must run, not skip")
    pytest.skip(message)


def hypnic_command() -> list[str]:
    script = Path(sys.executable).with_name("hypnic")
    return [str(script)] if script.exists() else [sys.executable, "-m", "hypnic"]


def wait_for(what: str, condition: Callable[[], bool], timeout_s: float = STEP_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(0.05)


def stop(proc: subprocess.Popen[bytes] | None, *, timeout_s: float = 15.0) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=timeout_s)


@contextmanager
def xvfb(log: Path, screen: str = "1280x800x24") -> Iterator[str]:
    """A private X server; ``-displayfd`` lets it pick a display nobody uses (no races with
    other X servers on this machine). ``-noreset``: by default Xvfb resets when its last client
    disconnects and drops a client connecting meanwhile, so the app could abort with "could not
    connect to display" right after the readiness probe below hung up."""
    require_tools()
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [
            *("Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen),
            *("-nolisten", "tcp", "-noreset"),
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=log.open("ab"),
    )
    os.close(write_fd)
    try:
        ready, _, _ = select.select([read_fd], [], [], 20.0)
        number = os.read(read_fd, 64).decode().strip() if ready else ""
        if not number:
            raise AssertionError(f"Xvfb did not start: {log.read_text(errors='replace')}")
        _SERVERS[f":{number}"] = (server, log)
        # A client may still be refused for a moment (seen with other servers starting on this
        # shared machine): wait until one connects, so the app does not abort on its first try.
        wait_for(
            f"a client to connect to Xvfb :{number}",
            lambda: xdotool(f":{number}", "getdisplaygeometry", check=False).returncode == 0,
            20.0,
        )
        yield f":{number}"
    finally:
        os.close(read_fd)
        _SERVERS.pop(f":{number}" if "number" in locals() else "", None)
        stop(server)


def server_state(display: str) -> str:
    """For a failure message: is the X server still there? (Others share this machine.)"""
    server, log = _SERVERS.get(display, (None, None))
    if server is None or log is None:
        return "no server recorded"
    if server.poll() is None:
        return f"Xvfb {display} (pid {server.pid}) is running"
    return (
        f"Xvfb {display} exited with {server.returncode}: {log.read_text(errors='replace')[-800:]}"
    )


def xdotool(display: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT_S,
        check=check,
    )


def launch(
    display: str, data_dir: Path, log: Path, *, extra_env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", **(extra_env or {})}
    with log.open("ab") as out:
        return subprocess.Popen(
            [*hypnic_command(), "--data-dir", str(data_dir)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def visible_windows(display: str, pid: int | None = None) -> list[str]:
    args = ["search", "--onlyvisible", "--name", "Hypnic"]
    if pid is not None:
        args[1:1] = ["--pid", str(pid)]
    found = xdotool(display, *args, check=False)
    return found.stdout.split()


def wait_for_window(display: str, app: subprocess.Popen[bytes], log: Path) -> str:
    window: list[str] = []

    def shown() -> bool:
        if app.poll() is not None:
            raise AssertionError(
                f"hypnic exited with {app.returncode} before its window appeared "
                f"({server_state(display)}):\n" + log.read_text(errors="replace")[-3000:]
            )
        window[:] = visible_windows(display, app.pid)
        return bool(window)

    wait_for("the Hypnic window", shown, WINDOW_TIMEOUT_S)
    return window[0]


def run_cli(
    data_dir: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*hypnic_command(), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, **(env or {})},
    )


def exported_ids(data_dir: Path) -> set[str]:
    done = run_cli(data_dir, "export")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()[1:]
    return {line.split(",", 1)[0] for line in lines if line}


def journal_lines(path: Path, tag: str) -> list[list[str]]:
    if not path.exists():
        return []
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    # A line cut short by SIGKILL has fewer fields; it was never fully written.
    return [row[1:] for row in rows if row[0] == tag and len(row) == 3]


def kinds_typed(keys: Sequence[str]) -> list[str]:
    return [{"j": "jerk", "k": "kick", "i": "deep_itch"}[k] for k in keys]


STEP_S = 20.0
# Typed as a person types: one key every 80 ms, as TESTING.md shows.
TYPE_DELAY_MS = "80"


@dataclass
class RealApp:
    display: str
    app: subprocess.Popen[bytes]
    data_dir: Path
    artifacts: Path
    log: Path
    main: str

    def keys(self, window: str, *keys: str) -> None:
        xdotool(self.display, "windowfocus", "--sync", window, "key", "--delay", "150", *keys)

    def type(self, window: str, text: str) -> None:
        xdotool(
            self.display, "windowfocus", "--sync", window, "type", "--delay", TYPE_DELAY_MS, text
        )

    def new_window(self, *known: str) -> str:
        """The window this app showed next (no window manager: found by being new)."""
        found: list[str] = []

        def shown() -> bool:
            found[:] = [w for w in visible_windows(self.display, self.app.pid) if w not in known]
            return bool(found)

        wait_for("a new window", shown, STEP_S)
        return found[0]

    def gone(self, window: str) -> None:
        wait_for("the window to close", lambda: window not in visible_windows(self.display), STEP_S)

    def rows(self, sql: str) -> list[tuple[object, ...]]:
        """Read the store while the app runs (read-only: the app owns it)."""
        db = self.data_dir / "hypnic.db"
        if not db.exists():
            return []
        try:
            conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
            try:
                return list(conn.execute(sql))
            finally:
                conn.close()
        except sqlite3.Error:
            return []

    def wait_rows(
        self, what: str, sql: str, want: Callable[[list[tuple[object, ...]]], bool]
    ) -> None:
        wait_for(what, lambda: want(self.rows(sql)), STEP_S)

    def screenshot(self, name: str) -> None:
        if shutil.which("import"):
            subprocess.run(
                ["import", "-window", "root", str(self.artifacts / f"{name}.png")],
                env={"DISPLAY": self.display, "PATH": "/usr/bin:/bin"},
                timeout=STEP_S,
                check=False,
            )


def quit_with_ctrl_q(
    display: str, window: str, app: subprocess.Popen[bytes], timeout_s: float = 15.0
) -> None:
    """Quit as a person does (Ctrl+Q in the window); stopped if it does not end in time."""
    xdotool(display, "windowfocus", "--sync", window, "key", "ctrl+q", check=False)
    try:
        app.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        stop(app)


@contextmanager
def real_app(
    tmp_path: Path, *, extra_env: dict[str, str] | None = None, screen: str = "1280x800x24"
) -> Iterator[RealApp]:
    """The app on a private Xvfb, on the store in ``tmp_path/data`` (kept between calls, so a
    second call is a restart); quit with Ctrl+Q at the end."""
    data_dir = tmp_path / "data"
    artifacts = tmp_path / "artifacts"
    artifacts.mkdir(exist_ok=True)
    log = artifacts / "app.log"
    app: subprocess.Popen[bytes] | None = None
    with xvfb(artifacts / "xvfb.log", screen) as display:
        try:
            # UTC: the clock times typed are the times stored, whatever this machine's zone.
            app = launch(
                display,
                data_dir,
                log,
                extra_env={"TZ": "UTC", "LANG": "C.UTF-8", **(extra_env or {})},
            )
            main = wait_for_window(display, app, log)
            yield RealApp(display, app, data_dir, artifacts, log, main)
            quit_with_ctrl_q(display, main, app, 10.0)
        finally:
            stop(app)
    print(f"real-window artifacts in {artifacts}")


def brightness(real: RealApp, window: str) -> float:
    """How bright ``window`` is, 0 (black) to 1 (white): the night theme from the day one."""
    shot = subprocess.run(
        ["import", "-window", window, "png:-"],
        env={"DISPLAY": real.display, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        timeout=STEP_S,
        check=True,
    ).stdout
    mean = subprocess.run(
        ["convert", "png:-", "-colorspace", "Gray", "-format", "%[fx:mean]", "info:"],
        input=shot,
        capture_output=True,
        timeout=STEP_S,
        check=True,
    ).stdout
    return float(mean)


def window_title(real: RealApp, window: str) -> str:
    return xdotool(real.display, "getwindowname", window).stdout.strip()


# The accessibility tree is read with the system's Python (pyatspi is a Debian package, not a
# wheel): it is what a screen reader hears, and the one way to read a count the window shows.
SYSTEM_PYTHON = "/usr/bin/python3"
_READ_BUTTONS = """
import json, pyatspi
found = []
def walk(node):
    if node is None:
        return
    if node.getRoleName() == "push button":
        found.append([node.name, node.description])
    for i in range(node.childCount):
        walk(node.getChildAtIndex(i))
desktop = pyatspi.Registry.getDesktop(0)
for i in range(desktop.childCount):
    app = desktop.getChildAtIndex(i)
    if app is not None and app.name == "Hypnic":
        walk(app)
print(json.dumps(found))
"""


@contextmanager
def accessibility_bus() -> Iterator[dict[str, str]]:
    """A private session bus with the accessibility bus on it; the app launched with the
    environment this yields shows its widgets there (``accessible_buttons`` reads them)."""
    require_tools("dbus-daemon")
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30, check=False
    )
    if probe.returncode != 0:
        message = "pyatspi not importable by /usr/bin/python3 (apt-get install python3-pyatspi)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{message}; under CI the real-process tests must run, not skip")
        pytest.skip(message)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        # Its own process group: the accessibility bus and registry it starts go with it.
        start_new_session=True,
    )
    try:
        assert bus.stdout is not None
        ready, _, _ = select.select([bus.stdout], [], [], 20.0)
        address = bus.stdout.readline().decode().strip() if ready else ""
        if not address:
            raise AssertionError("dbus-daemon gave no address")
        env = {"DBUS_SESSION_BUS_ADDRESS": address, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
        # Start the accessibility bus before the app: Qt looks for it once, at start.
        accessible_buttons(env)
        yield env
    finally:
        with suppress(ProcessLookupError):
            os.killpg(bus.pid, signal.SIGTERM)
        bus.wait(timeout=15)


def accessible_buttons(env: dict[str, str]) -> dict[str, str]:
    """Each push button of the running app on ``env``'s bus: accessible name -> description
    (empty when it could not be read this time)."""
    done = subprocess.run(
        [SYSTEM_PYTHON, "-c", _READ_BUTTONS],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        return {}  # the tree was changing under the reader: the caller asks again
    return {name: description for name, description in json.loads(done.stdout)}
