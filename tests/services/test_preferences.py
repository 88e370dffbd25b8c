"""Preferences in the INI file and the day boundary in the store: kept, bounded, announced."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from hypnic.services.day_settings import DaySettings
from hypnic.services.preferences import Preferences
from hypnic.store import Store


def test_defaults(tmp_path: Path) -> None:
    prefs = Preferences(path=tmp_path / "hypnic.ini")
    assert (prefs.theme_mode, prefs.night_from, prefs.night_to, prefs.dimmer) == (
        "auto", time(20, 0), time(7, 0), 0
    )  # fmt: skip


def test_preferences_persist_across_instances_on_the_same_file(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "config" / "hypnic.ini"
    prefs = Preferences(path=path)
    with qtbot.waitSignal(prefs.changed):
        prefs.set_theme_mode("night")
    prefs.set_night_hours(time(21, 30), time(6, 15))
    prefs.set_dimmer(35)
    assert path.exists()

    again = Preferences(path=path)
    assert again.theme_mode == "night"
    assert (again.night_from, again.night_to) == (time(21, 30), time(6, 15))
    assert again.dimmer == 35


def test_night_hours_wrap_midnight(tmp_path: Path) -> None:
    prefs = Preferences(path=tmp_path / "hypnic.ini")
    prefs.set_night_hours(time(22, 0), time(6, 0))
    assert prefs.is_night_at(time(22, 0))
    assert prefs.is_night_at(time(23, 59))
    assert prefs.is_night_at(time(0, 30))
    assert prefs.is_night_at(time(5, 59))
    assert not prefs.is_night_at(time(6, 0))
    assert not prefs.is_night_at(time(12, 0))
    assert not prefs.is_night_at(time(21, 59))


def test_night_hours_within_one_day(tmp_path: Path) -> None:
    prefs = Preferences(path=tmp_path / "hypnic.ini")
    prefs.set_night_hours(time(1, 0), time(9, 0))  # a night-shift worker sleeping late
    assert prefs.is_night_at(time(1, 0)) and prefs.is_night_at(time(8, 59))
    assert not prefs.is_night_at(time(0, 59)) and not prefs.is_night_at(time(23, 0))


@pytest.mark.parametrize(("asked", "kept"), [(-10, 0), (0, 0), (45, 45), (80, 80), (200, 80)])
def test_dimmer_is_clamped_to_0_to_80(tmp_path: Path, asked: int, kept: int) -> None:
    path = tmp_path / "hypnic.ini"
    Preferences(path=path).set_dimmer(asked)
    assert Preferences(path=path).dimmer == kept


def test_a_damaged_ini_value_falls_back_to_the_default(tmp_path: Path) -> None:
    path = tmp_path / "hypnic.ini"
    path.write_text("[theme]\nmode=purple\nnight_from=late\ndimmer=lots\n")
    prefs = Preferences(path=path)
    assert (prefs.theme_mode, prefs.night_from, prefs.dimmer) == ("auto", time(20, 0), 0)


def test_day_boundary_defaults_to_noon_and_persists_in_the_store(
    qtbot, store: Store, tmp_path: Path
) -> None:
    days = DaySettings(store=store)
    assert days.day_boundary == time(12, 0)
    with qtbot.waitSignal(days.changed):
        days.set_day_boundary(time(15, 30, 42))
    assert days.day_boundary == time(15, 30)
    # The command line reads the same value from the store.
    assert store.settings.get("day_boundary") == "15:30"
    reopened = Store.open(store.path.parent)
    try:
        assert DaySettings(store=reopened).day_boundary == time(15, 30)
    finally:
        reopened.close()


def test_setting_the_same_day_boundary_announces_nothing(qtbot, store: Store) -> None:
    days = DaySettings(store=store)
    with qtbot.assertNotEmitted(days.changed):
        days.set_day_boundary(time(12, 0))
