"""A TZ value the C library would not read never stops a command: an offset beyond a day
(``UTC+25``) ended in a ValueError traceback at the first time shown, and a name longer than a
file name can be in an OSError naming a 5,000-character path."""

from __future__ import annotations

import time

import pytest

from hypnic.domain.timerules import local_zone, offset_at, zone_from_tz


@pytest.mark.parametrize("value", ["UTC+25", "XYZ-99", "A" * 5000, "Europe/" + "x" * 300])
def test_a_tz_no_one_can_read_gives_a_usable_zone(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", value)  # the C library reads it too
    time.tzset()
    try:
        zone = local_zone()
    finally:
        monkeypatch.undo()
        time.tzset()
    for utc_ms in (0, 1_796_000_000_000):
        assert -24 * 60 < offset_at(utc_ms, zone) < 24 * 60


def test_a_posix_rule_within_a_day_is_still_honoured() -> None:
    assert offset_at(1_796_000_000_000, zone_from_tz("<+0545>-5:45")) == 345
