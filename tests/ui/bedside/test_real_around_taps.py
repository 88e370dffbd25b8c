"""Real-window journeys of issue 15: N then `nights --json`, a one-minute rest test with taps
during it, and F1's help, typed with xdotool into the real app on Xvfb."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
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

EXIT_TIMEOUT_S = 15.0


@contextmanager
def running_app(tmp_path: Path, *, theme: str = "night") -> Iterator[tuple[str, str, Path]]:
    """The app on a private X server: (display, window id, artifacts folder)."""
    data_dir = tmp_path / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    # With --data-dir the settings live beside the store: a fixed theme, whatever the hour.
    (data_dir / "hypnic.ini").write_text(f"[theme]\nmode={theme}\n", encoding="utf-8")
    artifacts = tmp_path / "artifacts"
    artifacts.mkdir(exist_ok=True)
    log = artifacts / "app.log"
    with xvfb(artifacts / "xvfb.log") as display:
        app = launch(display, data_dir, log)
        try:
            window = wait_for_window(display, app, log)
            yield display, window, artifacts
            quit_with_ctrl_q(display, window, app, EXIT_TIMEOUT_S)
        finally:
            stop(app)


def keys(display: str, window: str, *pressed: str) -> None:
    xdotool(display, "windowfocus", "--sync", window, "key", "--delay", "300", *pressed)


def screenshot(display: str, path: Path) -> Path:
    if shutil.which("import"):
        subprocess.run(
            ["import", "-window", "root", str(path)],
            env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
            timeout=30,
            check=True,
        )
    return path


def _painted(shot: Path) -> bool:
    """True once the screen holds more than one colour (the window has drawn its buttons)."""
    done = subprocess.run(
        ["convert", str(shot), "-format", "%[fx:standard_deviation]", "info:"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    return done.returncode == 0 and float(done.stdout or 0) > 0.01


def _nights(data_dir: Path) -> list[dict[str, object]]:
    done = run_cli(data_dir, "nights", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_n_marks_the_night_quiet(tmp_path: Path) -> None:
    with running_app(tmp_path) as (display, window, _artifacts):
        keys(display, window, "n")
        wait_for(
            "the quiet mark",
            lambda: any(n["quiet"] for n in _nights(tmp_path / "data")),
        )
    nights = _nights(tmp_path / "data")
    assert len(nights) == 1 and nights[0]["quiet"] is True and nights[0]["counts"] == {}


def test_a_one_minute_rest_test_with_taps_is_saved(tmp_path: Path) -> None:
    with running_app(tmp_path) as (display, window, artifacts):
        keys(display, window, "ctrl+shift+t")
        # Focus is on Start; the length is the field before it.
        keys(display, window, "shift+Tab", "ctrl+a", "1", "Return")
        keys(display, window, "k", "k", "j")
        screenshot(display, artifacts / "rest-test-running.png")
        wait_for(
            "the rest test's end and save",
            lambda: any(n["rest_tests"] for n in _nights(tmp_path / "data")),
            timeout_s=120,
        )
        screenshot(display, artifacts / "rest-test-result.png")
        keys(display, window, "Escape")
    night = next(n for n in _nights(tmp_path / "data") if n["rest_tests"])
    (test,) = night["rest_tests"]  # type: ignore[misc]
    assert test["minutes"] == pytest.approx(1.0)
    assert test["counts"] == {"jerk": 1, "kick": 2}
    assert test["per_hour"] == pytest.approx(180.0)
    assert night["counts"] == {"jerk": 1, "kick": 2}  # the test's taps are the night's too


def differing_pixels(a: Path, b: Path) -> int:
    done = subprocess.run(
        ["compare", "-metric", "AE", "-fuzz", "2%", str(a), str(b), "null:"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    return int(float(done.stderr.split()[0]))


@pytest.mark.skipif(shutil.which("compare") is None, reason="imagemagick's compare is missing")
def test_f1_shows_the_help_and_escape_closes_it(tmp_path: Path) -> None:
    with running_app(tmp_path) as (display, window, artifacts):
        before = artifacts / "before-help.png"
        wait_for("the window's first paint", lambda: _painted(screenshot(display, before)))
        keys(display, window, "F1")
        shown = artifacts / "help.png"
        wait_for(  # the help covers the window
            "the help", lambda: differing_pixels(before, screenshot(display, shown)) > 50_000
        )
        keys(display, window, "Escape")
        after = artifacts / "after-help.png"
        wait_for(  # and is gone again
            "the help gone", lambda: differing_pixels(before, screenshot(display, after)) < 5_000
        )
        # A tap still logs while the help was open and after it: the bedside keeps working.
        keys(display, window, "j")
        wait_for("the tap after the help", lambda: bool(_nights(tmp_path / "data")))
