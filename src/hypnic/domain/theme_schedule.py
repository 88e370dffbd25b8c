"""When the night theme is on: the night hours, and a theme chosen by hand until the next switch.

In Automatic mode the night theme follows the night hours (20:00-07:00 by default). A click on
the theme button at 21:48 means "bright for now", not "bright from now on": it holds until the
next automatic switch (07:00 here), then the hours rule again, so the next night is dark.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from hypnic.domain.events import Instant
from hypnic.domain.limits import FUTURE_SLACK_MS

NIGHT = "night"
DAY = "day"


@dataclass(frozen=True, slots=True)
class ThemeOverride:
    """A theme chosen by hand in Automatic mode, kept until ``until_utc_ms``."""

    theme: str
    until_utc_ms: int

    def holds_at(self, now: Instant) -> bool:
        # The next switch is never more than a day ahead: a later end was not written by
        # Hypnic (a damaged or hand-edited settings file) and is not honoured.
        return now.utc_ms < self.until_utc_ms <= now.utc_ms + FUTURE_SLACK_MS


def is_night_at(moment: time, start: time, end: time) -> bool:
    """Whether ``moment`` lies in the night hours from ``start`` to ``end`` (across midnight
    when ``end`` comes first)."""
    if start <= end:
        return start <= moment < end
    return moment >= start or moment < end


def scheduled_theme(now: Instant, start: time, end: time) -> str:
    """The theme the night hours give at ``now`` (its own wall-clock time)."""
    return NIGHT if is_night_at(_wall(now).time(), start, end) else DAY


def next_switch(now: Instant, start: time, end: time) -> int:
    """The UTC instant (ms) of the next automatic switch after ``now``: the next time the wall
    clock shows ``start`` or ``end``. Counted in wall-clock time from ``now``'s offset (a DST
    change in between moves it by that hour at most)."""
    wall = _wall(now)
    candidates = []
    for moment in (start, end):
        at = datetime.combine(wall.date(), moment)
        while at <= wall:
            at += timedelta(days=1)
        candidates.append(at)
    # Whole milliseconds, counted exactly: through float seconds 07:00 came out as 06:59:59.999.
    return now.utc_ms + (min(candidates) - wall) // timedelta(milliseconds=1)


def theme_at(
    now: Instant, *, mode: str, start: time, end: time, override: ThemeOverride | None
) -> str:
    """The theme to show at ``now``: a fixed mode's, else a hand-chosen one while it holds,
    else the night hours'."""
    if mode in (NIGHT, DAY):
        return mode
    if override is not None and override.holds_at(now):
        return override.theme
    return scheduled_theme(now, start, end)


def _wall(now: Instant) -> datetime:
    return datetime(1970, 1, 1) + timedelta(milliseconds=now.local_ms)
