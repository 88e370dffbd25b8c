"""When the opt-in reminders speak (DESIGN section 11): the wind-down reminder at a chosen time
only while nothing is logged tonight, and the morning-diary offer within an hour of the first
daytime start while last night's diary is unanswered. Pure: the caller gives the moment."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum

# The wind-down reminder is given from its time until this much later (a window that opens
# late, or a machine woken late, still hears it; one started at 3 a.m. does not).
WINDDOWN_WINDOW_MIN = 120
# The diary is offered within this long of the first daytime start.
DIARY_OFFER_WINDOW_MS = 3_600_000
DEFAULT_WINDDOWN_AT = time(22, 0)


class Reminder(StrEnum):
    WINDDOWN = "winddown"
    DIARY = "diary"


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """What the person chose: reminders on or off (off by default), the wind-down time, and
    whether the morning diary is offered."""

    enabled: bool = False
    winddown_at: time = DEFAULT_WINDDOWN_AT
    diary: bool = True


@dataclass(frozen=True, slots=True)
class Moment:
    """What the reminders look at, read by the caller at one moment."""

    utc_ms: int
    local_time: time
    daytime: bool  # outside the night hours
    tonight: date
    nothing_logged_tonight: bool  # no taps, no quiet mark, no lights-out
    diary_night: date | None  # last night, when its diary is waiting for an answer


@dataclass
class ReminderTimer:
    """Decides, minute by minute, which reminder is due; each is given once per night."""

    settings: ReminderSettings = field(default_factory=ReminderSettings)
    _reminded: set[date] = field(default_factory=set)
    _offered: set[date] = field(default_factory=set)
    _first_day_start_ms: int | None = None
    _was_daytime: bool = False

    def due(self, moment: Moment) -> list[Reminder]:
        """The reminders to give now (and remembered as given)."""
        self._note_daytime(moment)
        if not self.settings.enabled:
            return []
        out = []
        if self._winddown_due(moment):
            self._reminded.add(moment.tonight)
            out.append(Reminder.WINDDOWN)
        if self._diary_due(moment):
            assert moment.diary_night is not None
            self._offered.add(moment.diary_night)
            out.append(Reminder.DIARY)
        return out

    def _note_daytime(self, moment: Moment) -> None:
        # The first daytime start: the first moment seen in daytime after a night (or at start).
        if moment.daytime and not self._was_daytime:
            self._first_day_start_ms = moment.utc_ms
        self._was_daytime = moment.daytime

    def _winddown_due(self, moment: Moment) -> bool:
        if not moment.nothing_logged_tonight or moment.tonight in self._reminded:
            return False
        return (
            0
            <= _minutes_since(self.settings.winddown_at, moment.local_time)
            < (WINDDOWN_WINDOW_MIN)
        )

    def _diary_due(self, moment: Moment) -> bool:
        night = moment.diary_night
        if not self.settings.diary or night is None or night in self._offered:
            return False
        start = self._first_day_start_ms
        return (
            moment.daytime
            and start is not None
            and 0 <= moment.utc_ms - start <= DIARY_OFFER_WINDOW_MS
        )


def _minutes_since(start: time, now: time) -> int:
    """Minutes from ``start`` to ``now`` on the clock, across midnight (0–1439)."""
    return ((now.hour * 60 + now.minute) - (start.hour * 60 + start.minute)) % 1440
