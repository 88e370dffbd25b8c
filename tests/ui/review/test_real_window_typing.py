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
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from realapp import real_app, run_cli

pytestmark = pytest.mark.realwindow


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
