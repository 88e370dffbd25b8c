"""A theme override is kept until the next automatic switch, never more than a day ahead: one
read from a damaged or hand-edited settings file (until the year 5000, or past what a clock
can show) is not honoured. It used to keep the day theme for ever, or stop the window from
opening with an OverflowError."""

from __future__ import annotations

from hypnic.domain.events import Instant
from hypnic.domain.theme_schedule import ThemeOverride

NOW = Instant(1_796_000_000_000, 60)
HOUR = 3_600_000


def test_an_override_until_the_morning_holds() -> None:
    assert ThemeOverride("day", NOW.utc_ms + 9 * HOUR).holds_at(NOW)
    assert not ThemeOverride("day", NOW.utc_ms - 1).holds_at(NOW)


def test_an_override_more_than_a_day_ahead_is_not_honoured() -> None:
    assert not ThemeOverride("day", NOW.utc_ms + 25 * HOUR).holds_at(NOW)
    assert not ThemeOverride("day", 10**26).holds_at(NOW)
