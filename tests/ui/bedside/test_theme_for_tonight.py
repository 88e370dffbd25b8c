"""A theme click at night is for tonight (issue 13, outcome 4).

In Automatic mode one click on the theme button at 21:48 used to set "always day": the screen
stayed bright for the rest of the night and the app opened bright the next night. Now the
click holds until the next automatic switch (07:00), survives a restart the same night, is
said on the button and undone by pressing it again; the next night is dark.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from appkit import compose_app
from hypnic.app import Composition
from hypnic.domain.clock import FixedClock
from hypnic.services.preferences import Preferences
from hypnic.store import Store
from hypnic.ui.common.theme import DAY, NIGHT
from timehelp import utc_ms

LONDON = ZoneInfo("Europe/London")  # GMT in November: local time is UTC
HOUR = 3_600_000


def open_app(qtbot, store: Store, folder: Path, clock: FixedClock) -> Composition:
    app = compose_app(qtbot, store, folder, clock)
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.window)
    return app


def quit_app(app: Composition) -> None:
    app.window.close()  # qtbot deletes the window after the test (compose_app registers it)


def prefs(folder: Path) -> Preferences:
    return Preferences(path=folder / "hypnic.ini")


def test_a_click_at_night_holds_until_the_morning_switch_and_survives_a_restart(
    qtbot, store: Store, tmp_path: Path
) -> None:
    clock = FixedClock(utc_ms(2026, 11, 24, 21, 48), LONDON)
    app = open_app(qtbot, store, tmp_path, clock)
    assert app.window.theme is NIGHT
    qtbot.mouseClick(app.window.theme_button, Qt.MouseButton.LeftButton)
    assert app.window.theme is DAY
    assert app.window.theme_button.text() == "Day theme until 07:00 · Undo"
    assert prefs(tmp_path).theme_mode == "auto"  # not "always day"
    quit_app(app)

    # Restarted at 23:00 the same night: still the day theme, still said so.
    clock.utc_ms = utc_ms(2026, 11, 24, 23, 0)
    app = open_app(qtbot, store, tmp_path, clock)
    assert app.window.theme is DAY
    assert app.window.theme_button.text() == "Day theme until 07:00 · Undo"
    quit_app(app)

    # The next night: dark again, and the old choice is forgotten in the settings file.
    clock.utc_ms = utc_ms(2026, 11, 25, 21, 48)
    app = open_app(qtbot, store, tmp_path, clock)
    assert app.window.theme is NIGHT
    assert app.window.theme_button.text() == "Day theme"
    assert prefs(tmp_path).theme_override is None


def test_the_switch_ends_the_choice_in_a_window_left_open(
    qtbot, store: Store, tmp_path: Path
) -> None:
    clock = FixedClock(utc_ms(2026, 11, 24, 21, 48), LONDON)
    app = open_app(qtbot, store, tmp_path, clock)
    qtbot.keyClick(app.window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert app.window.theme is DAY
    clock.utc_ms = utc_ms(2026, 11, 25, 7, 1)
    app.window.apply_preferences()  # the window's minute timer
    assert app.window.theme is DAY and app.window.theme_button.text() == "Night theme"
    clock.utc_ms = utc_ms(2026, 11, 25, 20, 1)
    app.window.apply_preferences()
    assert app.window.theme is NIGHT


def test_pressing_the_button_again_undoes_the_choice(qtbot, store: Store, tmp_path: Path) -> None:
    clock = FixedClock(utc_ms(2026, 11, 24, 21, 48), LONDON)
    app = open_app(qtbot, store, tmp_path, clock)
    button = app.window.theme_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert app.window.theme is DAY
    assert "press to go back to the night theme now" in button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert app.window.theme is NIGHT and button.text() == "Day theme"
    assert prefs(tmp_path).theme_override is None


def test_a_night_theme_chosen_by_day_holds_until_the_evening_switch(
    qtbot, store: Store, tmp_path: Path
) -> None:
    clock = FixedClock(utc_ms(2026, 11, 24, 15, 0), LONDON)
    app = open_app(qtbot, store, tmp_path, clock)
    assert app.window.theme is DAY
    qtbot.keyClick(app.window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert app.window.theme is NIGHT
    assert app.window.theme_button.text() == "Night theme until 20:00 · Undo"


def test_a_fixed_mode_chosen_in_the_settings_is_kept(qtbot, store: Store, tmp_path: Path) -> None:
    prefs(tmp_path).set_theme_mode("night")
    clock = FixedClock(utc_ms(2026, 11, 24, 15, 0), LONDON)
    app = open_app(qtbot, store, tmp_path, clock)
    assert app.window.theme is NIGHT
    qtbot.mouseClick(app.window.theme_button, Qt.MouseButton.LeftButton)
    assert app.window.theme is DAY and prefs(tmp_path).theme_mode == "day"


@pytest.mark.parametrize(
    ("key", "expected"), [(Qt.Key.Key_Down, [40, 50]), (Qt.Key.Key_Up, [20, 10])]
)
def test_keys_work_the_dimmer(
    qtbot, store: Store, tmp_path: Path, key: Qt.Key, expected: list[int]
) -> None:
    prefs(tmp_path).set_dimmer(30)
    clock = FixedClock(utc_ms(2026, 11, 24, 21, 48), LONDON)
    app = open_app(qtbot, store, tmp_path, clock)
    seen = []
    for _ in range(2):
        qtbot.keyClick(app.window, key, Qt.KeyboardModifier.ControlModifier)
        seen.append(app.window.dimmer.percent)
    assert seen == expected
    assert app.window.dimmer_slider.value() == expected[-1]
    # Documented where a person looks for them: the window's menu, with their keys.
    texts = {a.text(): a.shortcut().toString() for a in app.window.menu.actions()}
    assert texts["&Brighter"] == "Ctrl+Up" and texts["&Dimmer"] == "Ctrl+Down"
