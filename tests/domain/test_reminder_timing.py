"""The opt-in reminders' timing, with a clock: wind-down only while nothing is logged, the diary
within an hour of the first daytime start, each once, nothing when off."""

from __future__ import annotations

from datetime import date, time

from hypnic.domain.reminders import Moment, Reminder, ReminderSettings, ReminderTimer

NIGHT = date(2026, 11, 24)
ON = ReminderSettings(enabled=True, winddown_at=time(22, 0), diary=True)
MIN = 60_000


def _at(
    hh: int, mm: int, *, ms: int = 0, daytime: bool = False, logged: bool = False,
    diary: date | None = None, tonight: date = NIGHT,
) -> Moment:  # fmt: skip
    return Moment(ms, time(hh, mm), daytime, tonight, not logged, diary)


def test_off_by_default_nothing_is_due() -> None:
    timer = ReminderTimer()
    assert timer.due(_at(22, 0)) == []
    assert timer.due(_at(9, 0, daytime=True, diary=NIGHT)) == []


def test_winddown_at_its_time_once_and_only_while_nothing_is_logged() -> None:
    timer = ReminderTimer(ON)
    assert timer.due(_at(21, 59)) == []
    assert timer.due(_at(22, 0)) == [Reminder.WINDDOWN]
    assert timer.due(_at(22, 1)) == []  # once a night
    nxt = date(2026, 11, 25)
    assert timer.due(_at(22, 30, tonight=nxt, logged=True)) == []  # a tap, N or L: nothing
    assert timer.due(_at(22, 31, tonight=nxt)) == [Reminder.WINDDOWN]  # undone: it speaks


def test_winddown_across_midnight_and_not_hours_later() -> None:
    timer = ReminderTimer(ReminderSettings(enabled=True, winddown_at=time(23, 30)))
    assert timer.due(_at(0, 15)) == [Reminder.WINDDOWN]
    late = ReminderTimer(ReminderSettings(enabled=True, winddown_at=time(22, 0)))
    assert late.due(_at(0, 0)) == []  # two hours after: too late to help
    assert late.due(_at(3, 0)) == []


def test_diary_within_an_hour_of_the_first_daytime_start_when_unanswered() -> None:
    timer = ReminderTimer(ON)
    assert timer.due(_at(6, 0, ms=0, daytime=False, diary=None)) == []
    start = 10 * MIN
    assert timer.due(_at(7, 10, ms=start, daytime=True, diary=None)) == []  # nothing waiting
    assert timer.due(_at(7, 40, ms=start + 30 * MIN, daytime=True, diary=NIGHT)) == [Reminder.DIARY]
    assert timer.due(_at(7, 41, ms=start + 31 * MIN, daytime=True, diary=NIGHT)) == []  # once


def test_diary_not_offered_after_the_hour_or_at_night_or_when_switched_off() -> None:
    timer = ReminderTimer(ON)
    timer.due(_at(7, 0, ms=0, daytime=True))
    assert timer.due(_at(8, 1, ms=61 * MIN, daytime=True, diary=NIGHT)) == []
    off = ReminderTimer(ReminderSettings(enabled=True, diary=False))
    off.due(_at(7, 0, ms=0, daytime=True))
    assert off.due(_at(7, 5, ms=5 * MIN, daytime=True, diary=NIGHT)) == []
    night = ReminderTimer(ON)
    assert night.due(_at(2, 0, ms=0, daytime=False, diary=NIGHT)) == []


def test_the_next_morning_has_its_own_first_start() -> None:
    timer = ReminderTimer(ON)
    timer.due(_at(7, 0, ms=0, daytime=True))
    timer.due(_at(21, 0, ms=14 * 60 * MIN, daytime=False))
    day2 = 24 * 60 * MIN
    assert timer.due(_at(7, 0, ms=day2, daytime=True, diary=NIGHT)) == [Reminder.DIARY]
