"""The next automatic theme switch is counted in whole milliseconds, exactly."""

from __future__ import annotations

from datetime import time

from hypnic.domain.events import Instant
from hypnic.domain.theme_schedule import next_switch
from timehelp import utc_ms


def test_a_switch_at_seven_is_at_seven_whatever_the_milliseconds_of_now() -> None:
    for extra_ms in range(0, 60_000, 3):
        now = utc_ms(2026, 11, 24, 21, 48, 0) + extra_ms
        # Through float seconds, some of these came out 1 ms early: "until 06:59".
        assert next_switch(Instant(now, 0), time(20), time(7)) == utc_ms(2026, 11, 25, 7, 0, 0)
