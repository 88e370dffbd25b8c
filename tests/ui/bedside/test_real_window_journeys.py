"""Bedside journeys in the real window (xdotool keys, the store read back), each one a mistake
a drowsy patient could not notice, and each one failing before it was fixed:

- undo after lights-out took back the last kick and left the lights-out; a second D the same
  night stored a second dose silently;
- Alt+Right on tonight opened a night that has not come yet, and an event typed there was
  stored in the future;
- T could be bound to a kind: then T logged nothing, opened nothing, and Qt warned of an
  "Ambiguous shortcut overload";
- one click on the theme button at 21:48 chose the day theme for ever, so the app opened bright
  the next night;
- the bedside counted the partner's taps as the patient's own.
"""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from realapp import (
    RealApp,
    accessibility_bus,
    accessible_buttons,
    brightness,
    real_app,
    run_cli,
    wait_for,
    window_title,
)

pytestmark = pytest.mark.realwindow

LIVE_EVENTS = "SELECT kind, by FROM events WHERE deleted_utc_ms IS NULL ORDER BY utc_ms"
LIVE_DOSES = "SELECT medication FROM doses WHERE deleted_utc_ms IS NULL"
LIGHTS_OUT = "SELECT lights_out_utc_ms FROM nights WHERE lights_out_utc_ms IS NOT NULL"


def tonight() -> date:
    """Tonight with the default day boundary (12:00), in UTC as the app runs here."""
    return (datetime.now(UTC) - timedelta(hours=12)).date()


def no_traceback(log: Path) -> None:
    text = log.read_text(errors="replace")
    assert "Traceback" not in text, text
    assert "Ambiguous shortcut" not in text, text


def seed_bedtime_medication(tmp_path: Path) -> None:
    """Clonazepam 0.5 mg as the usual bedtime dose, imported as a person's backup would be."""
    doc = {
        "format": "hypnic",
        "version": 2,
        "medications": [
            {"name": "clonazepam", "usual_amount": 0.5, "unit": "mg", "bedtime": True,
             "archived": False}
        ],
    }  # fmt: skip
    path = tmp_path / "medication.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    done = run_cli(tmp_path / "data", "import", str(path))
    assert done.returncode == 0, done.stderr


def test_undo_takes_back_lights_out_and_the_dose_in_order(tmp_path: Path) -> None:
    seed_bedtime_medication(tmp_path)
    with real_app(tmp_path) as real:
        real.keys(real.main, "k")
        real.wait_rows("the kick", LIVE_EVENTS, lambda r: r == [("kick", "self")])
        real.keys(real.main, "l")
        real.wait_rows("lights-out", LIGHTS_OUT, lambda r: len(r) == 1)
        real.screenshot("bedside-lights-out")

        # Undo right after lights-out takes back the lights-out, not the kick before it.
        real.keys(real.main, "ctrl+z")
        real.wait_rows("lights-out undone", LIGHTS_OUT, lambda r: r == [])
        assert real.rows(LIVE_EVENTS) == [("kick", "self")]

        # D logs the usual dose; a second D the same night only asks.
        real.keys(real.main, "d", "d")
        real.wait_rows("the dose", LIVE_DOSES, lambda r: r == [("clonazepam",)])
        real.screenshot("bedside-second-d-asks")
        assert real.rows(LIVE_DOSES) == [("clonazepam",)]

        # Undo after D takes back the dose; the next undo the kick.
        real.keys(real.main, "ctrl+z")
        real.wait_rows("the dose undone", LIVE_DOSES, lambda r: r == [])
        assert real.rows(LIVE_EVENTS) == [("kick", "self")]
        real.keys(real.main, "BackSpace")
        real.wait_rows("the kick undone", LIVE_EVENTS, lambda r: r == [])
    no_traceback(real.log)


def test_alt_right_on_tonight_stays_on_tonight(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    typed = now - timedelta(minutes=2)
    if (typed - timedelta(hours=12)).date() != tonight():
        pytest.skip("two minutes ago was last night (just after the day boundary)")
    with real_app(tmp_path) as real:
        real.keys(real.main, "ctrl+r")
        review = real.new_window(real.main)
        opened_on = window_title(real, review)
        night = tonight()
        # The date as the locale writes it ("1 December 2026", "December 1, 2026").
        assert re.search(rf"\b{night.day}\b", opened_on) and str(night.year) in opened_on, opened_on

        # Alt+Right on tonight: still tonight (it says there is no later night yet).
        real.keys(review, "alt+Right")
        real.screenshot("review-no-later-night")
        assert window_title(real, review) == opened_on

        # A missed kick typed there is stored in tonight, not in a night still to come.
        real.keys(review, "ctrl+n")
        real.type(review, typed.strftime("%H:%M"))
        real.keys(review, "Return")
        real.wait_rows("the added event", LIVE_EVENTS, lambda r: len(r) == 1)
    nights = json.loads(run_cli(real.data_dir, "nights", "--json").stdout)
    assert [n["night"] for n in nights] == [night.isoformat()]
    no_traceback(real.log)


DARK = 0.2  # the night theme's mean grey is far below, the day theme's far above


# The theme's clock alone starts at these times (hypnic.theme_clock); the night hours are the
# default 20:00-07:00, so 21:48 is night and the top-bar button chooses the day theme "for now".
def _theme_time(day: date, clock: str) -> dict[str, str]:
    return {"HYPNIC_TEST_THEME_TIME": f"{day.isoformat()}T{clock}:00+00:00"}


def test_a_theme_chosen_at_night_lasts_that_night_and_not_the_next(tmp_path: Path) -> None:
    first = date(2026, 11, 24)

    def bright(real: RealApp) -> bool:
        return brightness(real, real.main) > DARK

    def dark(real: RealApp) -> bool:
        # Painted and dark: an unpainted window is black, so the toggle below proves it.
        return brightness(real, real.main) < DARK

    with real_app(tmp_path, extra_env=_theme_time(first, "21:48")) as real:
        assert dark(real)
        real.keys(real.main, "ctrl+t")
        wait_for("the day theme for tonight", lambda: bright(real))
        real.screenshot("theme-day-for-tonight")

    # Restarted the same night: still the day theme chosen for tonight.
    with real_app(tmp_path, extra_env=_theme_time(first, "22:30")) as real:
        wait_for("the day theme after a restart", lambda: bright(real))
        real.screenshot("theme-after-restart")

    # The next night: the night hours rule again. The window is dark, and the button's press
    # now chooses the day theme (it would go dark if the day theme had stayed).
    with real_app(tmp_path, extra_env=_theme_time(first + timedelta(days=1), "21:48")) as real:
        wait_for("the window painted", lambda: brightness(real, real.main) > 0.0)
        real.screenshot("theme-next-night")
        assert dark(real)
        real.keys(real.main, "ctrl+t")
        wait_for("the day theme", lambda: bright(real))
    no_traceback(real.log)


JERK_KEYS = "SELECT keys FROM kinds WHERE key = 'jerk'"


def test_a_taken_key_is_refused_and_a_free_one_logs(tmp_path: Path) -> None:
    with real_app(tmp_path) as real:
        before = real.rows(JERK_KEYS)
        real.keys(real.main, "ctrl+comma")
        settings = real.new_window(real.main)
        # The Kinds page opens on Jerk; Alt+E is its key field. T is tonight's tags: refused.
        real.keys(settings, "alt+e", "t")
        # The field takes a key a second after the last press; then T must still be unbound.
        time.sleep(2.0)
        real.screenshot("settings-key-t-refused")
        assert real.rows(JERK_KEYS) == before
        # A free key is taken, and the field lets go: the next key pressed does not replace it.
        real.keys(settings, "alt+e", "x")
        real.wait_rows("X bound to Jerk", JERK_KEYS, lambda r: r != before)
        real.keys(settings, "y")
        real.screenshot("settings-key-x-bound")
        real.keys(settings, "Escape")
        real.gone(settings)
        keys = str(real.rows(JERK_KEYS)[0][0])

        # At the bedside X logs a jerk, and T still opens tonight's tags and logs nothing.
        real.keys(real.main, "x")
        real.wait_rows("the jerk", LIVE_EVENTS, lambda r: r == [("jerk", "self")])
        real.keys(real.main, "t")
        real.screenshot("bedside-t-after-binding")
        real.keys(real.main, "Escape", "j")
        real.wait_rows("the second jerk", LIVE_EVENTS, lambda r: len(r) == 2)
        assert real.rows(LIVE_EVENTS) == [("jerk", "self"), ("jerk", "self")]
    assert "X" in keys and "T" not in keys and "Y" not in keys, (before, keys)
    no_traceback(real.log)


def test_the_bedside_counts_own_taps_and_shows_the_partners_apart(tmp_path: Path) -> None:
    with accessibility_bus() as bus, real_app(tmp_path, extra_env=bus) as real:

        def jerk_says(words: str) -> bool:
            return accessible_buttons(bus).get("Log Jerk", "").startswith(words)

        real.keys(real.main, "j")
        real.wait_rows("my jerk", LIVE_EVENTS, lambda r: len(r) == 1)
        # P: the partner logs. A person's pace: a press within 0.25 s of the last is a bounce.
        time.sleep(0.3)
        real.keys(real.main, "p", "j")
        real.wait_rows("the partner's first", LIVE_EVENTS, lambda r: len(r) == 2)
        time.sleep(0.3)
        real.keys(real.main, "j")
        real.wait_rows("the partner's second", LIVE_EVENTS, lambda r: len(r) == 3)
        wait_for("the partner's count big", lambda: jerk_says("Partner 2 tonight, yours 1."))
        real.screenshot("bedside-partner-mode")

        # P again: back to the patient's own count, the partner's apart.
        real.keys(real.main, "p")
        wait_for("my count big", lambda: jerk_says("1 tonight, partner 2."))
        real.screenshot("bedside-own-count")
        assert real.rows(LIVE_EVENTS) == [
            ("jerk", "self"),
            ("jerk", "partner"),
            ("jerk", "partner"),
        ]
    no_traceback(real.log)


def test_keys_typed_into_a_field_still_log_at_the_bedside(tmp_path: Path) -> None:
    """After J was typed anywhere (a file name here), every J at the bedside still logs: the
    shortcut's press kept the typed letter's time, so the bedside took each later J for the
    same press held down and logged only the first."""
    with real_app(tmp_path) as real:
        real.keys(real.main, "ctrl+e")
        export = real.new_window(real.main)
        real.keys(export, "Return")  # the file dialog; a name typed into it, then cancelled
        dialog = real.new_window(real.main, export)
        real.type(dialog, "jkj")
        real.keys(dialog, "Escape")
        real.gone(dialog)
        real.keys(export, "Escape")
        real.gone(export)
        for _ in range(3):
            real.keys(real.main, "j")
            time.sleep(1.0)  # a second apart, as a person taps
        real.wait_rows("three jerks", LIVE_EVENTS, lambda r: len(r) == 3)
        assert real.rows(LIVE_EVENTS) == [("jerk", "self")] * 3
    no_traceback(real.log)
