"""Journeys in the real window: times and answers typed with xdotool as a person types them,
checked in the store with the command line.

Each failed while the review used QTimeEdit and the diary dropped its answers: 23:15 typed in
the add form was stored as 23:00:15, 00:45:10 typed in the table as 00:15:45 (or not at all),
a reopened add form saved its old time, and Escape in the diary lost every answer.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from realapp import launch, run_cli, stop, visible_windows, wait_for, wait_for_window, xdotool, xvfb

pytestmark = pytest.mark.realwindow

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


@contextmanager
def real_app(tmp_path: Path) -> Iterator[RealApp]:
    data_dir = tmp_path / "data"
    artifacts = tmp_path / "artifacts"
    artifacts.mkdir()
    log = artifacts / "app.log"
    app: subprocess.Popen[bytes] | None = None
    with xvfb(artifacts / "xvfb.log") as display:
        try:
            # UTC: the clock times typed are the times stored, whatever this machine's zone.
            app = launch(display, data_dir, log, extra_env={"TZ": "UTC", "LANG": "C.UTF-8"})
            main = wait_for_window(display, app, log)
            yield RealApp(display, app, data_dir, artifacts, log, main)
            xdotool(display, "windowfocus", "--sync", main, "key", "ctrl+q", check=False)
            try:
                app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                stop(app)
        finally:
            stop(app)
    print(f"real-window artifacts in {artifacts}")


def local_times(data_dir: Path) -> list[str]:
    """Each live event's clock time as `hypnic export` writes it (HH:MM:SS.mmm)."""
    done = run_cli(data_dir, "export")
    assert done.returncode == 0, done.stderr
    rows = csv.DictReader(io.StringIO(done.stdout))
    return sorted(row["time"][11:23] for row in rows)


def last_night() -> str:
    """The night before tonight (day boundary 12:00, UTC): every time in it is past."""
    now = datetime.now(UTC)
    return ((now - timedelta(hours=12)).date() - timedelta(days=1)).isoformat()


EVENT_TIMES = (
    "SELECT (utc_ms + offset_min * 60000) / 1000 % 86400 FROM events WHERE deleted_utc_ms IS NULL"
)


def clock(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def test_times_typed_in_the_review_are_stored_as_typed(tmp_path: Path) -> None:
    night = last_night()
    with real_app(tmp_path) as real:
        real.keys(real.main, "ctrl+r")
        review = real.new_window(real.main)
        real.keys(review, "alt+Left", "ctrl+n")

        # The add form: 23:15 typed, Enter adds, and the form stays open for the next one.
        real.type(review, "23:15")
        real.keys(review, "Return")
        real.wait_rows(
            "23:15:00 stored", EVENT_TIMES, lambda r: [clock(int(s)) for (s,) in r] == ["23:15:00"]
        )

        # The table: Shift+Tab up to the event just added, F2, 00:45:10 typed, Enter.
        real.keys(review, "shift+Tab", "F2")
        real.type(review, "00:45:10")
        real.keys(review, "Return")
        real.wait_rows(
            "00:45:10 stored", EVENT_TIMES, lambda r: [clock(int(s)) for (s,) in r] == ["00:45:10"]
        )

        # Close the add form (Tab to its Close button) and open it again: it takes new typing.
        real.keys(review, "ctrl+n", "Tab", "Tab", "Tab", "Tab", "Tab", "space", "ctrl+n")
        real.type(review, "0105")
        real.keys(review, "Return")
        real.wait_rows("01:05:00 stored", EVENT_TIMES, lambda r: len(r) == 2)
        real.screenshot("review-after-typing")

    assert local_times(real.data_dir) == ["00:45:10.000", "01:05:00.000"]
    nights = json.loads(run_cli(real.data_dir, "nights", "--json").stdout)
    assert [(n["night"], sum(n["counts"].values())) for n in nights] == [(night, 2)]
    assert "Traceback" not in real.log.read_text(errors="replace")


DIARY = "SELECT bed_time, tried_sleep_time, sleep_latency_min FROM diary"


def test_escape_in_the_diary_then_reopening_keeps_the_answers(tmp_path: Path) -> None:
    with real_app(tmp_path) as real:
        real.keys(real.main, "ctrl+r")
        review = real.new_window(real.main)
        # The night's side tab, then its Diary… button.
        real.keys(review, "alt+d", "alt+i")
        diary = real.new_window(real.main, review)
        real.type(diary, "2230")
        real.keys(diary, "Tab")
        real.type(diary, "23:05")
        real.keys(diary, "Tab")
        real.type(diary, "20")
        real.screenshot("diary-typed")
        real.keys(diary, "Escape")
        real.gone(diary)
        real.wait_rows("the answers kept", DIARY, lambda r: r == [("22:30", "23:05", 20)])

        # Reopened: the answers are there, and leaving again keeps them.
        real.keys(review, "alt+d", "alt+i")
        diary = real.new_window(real.main, review)
        real.screenshot("diary-reopened")
        real.keys(diary, "Escape")
        real.gone(diary)

    exported = json.loads(run_cli(real.data_dir, "export", "--format", "json").stdout)
    answers = [n.get("diary") for n in exported["nights"] if n.get("diary")]
    assert len(answers) == 1, exported["nights"]
    assert (answers[0]["bed_time"], answers[0]["tried_sleep_time"]) == ("22:30", "23:05")
    assert answers[0]["sleep_latency_min"] == 20
