"""The morning diary (Consensus Sleep Diary core items) and the figures derived from it.

Carney et al. (2012), "The Consensus Sleep Diary", SLEEP 35(2):287–302. Times are clock times
of the night as the night editor reads them: a time before the day boundary is on the next
calendar date (with the default 12:00 boundary, 07:10 on the night of the 24th is the 25th).
Durations are clock minutes: on the night the clocks change they are off by that hour.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, time

from hypnic.domain.errors import InputError
from hypnic.domain.limits import check_note
from hypnic.domain.timerules import DEFAULT_DAY_BOUNDARY

QUALITY_MIN, QUALITY_MAX = 1, 5
QUALITY_WORDS = {1: "very poor", 2: "poor", 3: "fair", 4: "good", 5: "very good"}
MAX_MINUTES = 24 * 60
# The clock times in the order they happen in a night, by field name.
TIME_ORDER = ("bed_time", "tried_sleep_time", "final_wake_time", "out_of_bed_time")


@dataclass(frozen=True, slots=True)
class DiaryEntry:
    """The patient's morning answers about one night; every item may be left unanswered."""

    night: date
    bed_time: time | None = None
    tried_sleep_time: time | None = None
    sleep_latency_min: int | None = None
    awakenings: int | None = None
    wake_after_sleep_onset_min: int | None = None
    final_wake_time: time | None = None
    out_of_bed_time: time | None = None
    quality: int | None = None
    comments: str = ""

    def with_changes(self, **changes: object) -> DiaryEntry:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def is_empty(self) -> bool:
        """True when nothing was answered (such an entry need not be kept)."""
        return all(getattr(self, f.name) in (None, "") for f in fields(self) if f.name != "night")


def night_minutes(t: time, day_boundary: time = DEFAULT_DAY_BOUNDARY) -> int:
    """Minutes from the start of the night (the day boundary) to clock time ``t`` in it."""
    start = day_boundary.hour * 60 + day_boundary.minute
    return (t.hour * 60 + t.minute - start) % MAX_MINUTES


def check_diary(entry: DiaryEntry, day_boundary: time = DEFAULT_DAY_BOUNDARY) -> DiaryEntry:
    """The entry with its clock times to the minute, or InputError naming the first bad field:
    quality 1–5, counts and minutes not negative (nor over a day), times in the night's order."""
    entry = entry.with_changes(**{name: _to_minute(getattr(entry, name)) for name in TIME_ORDER})
    if entry.quality is not None and not QUALITY_MIN <= entry.quality <= QUALITY_MAX:
        raise InputError(
            f"{entry.quality} is not a sleep quality from {QUALITY_MIN} (very poor) to "
            f"{QUALITY_MAX} (very good)",
            field="quality",
        )
    if entry.awakenings is not None and entry.awakenings < 0:
        raise InputError("cannot be below zero", field="awakenings")
    if entry.awakenings is not None and entry.awakenings > 99:
        raise InputError(f"{entry.awakenings} times woken is more than 99", field="awakenings")
    for name in ("sleep_latency_min", "wake_after_sleep_onset_min"):
        value = getattr(entry, name)
        if value is not None and not 0 <= value <= MAX_MINUTES:
            raise InputError(f"{value} is not a number of minutes from 0 to 1440", field=name)
    check_note(entry.comments, field="comments")
    previous: tuple[str, int, time] | None = None
    for name in TIME_ORDER:
        clock: time | None = getattr(entry, name)
        if clock is None:
            continue
        minutes = night_minutes(clock, day_boundary)
        if previous is not None and minutes < previous[1]:
            raise InputError(
                f"{clock:%H:%M} comes before {previous[0].replace('_', ' ')} "
                f"{previous[2]:%H:%M}; the times must be in the order of the night",
                field=name,
            )
        previous = (name, minutes, clock)
    return entry


def _to_minute(t: time | None) -> time | None:
    # The diary asks for clock times to the minute; seconds from a time editor are noise.
    return None if t is None else time(t.hour, t.minute)


@dataclass(frozen=True, slots=True)
class DiaryFigures:
    """Derived figures, each None when its inputs are missing or do not add up.

    time_in_bed_min  = out of bed − into bed
    total_sleep_min  = (final wake − tried to sleep) − sleep latency − wake after sleep onset
                       (wake after sleep onset counts as 0 when the patient woke 0 times)
    sleep_efficiency = total sleep / time in bed (a share, 0–1)
    """

    time_in_bed_min: int | None
    total_sleep_min: int | None
    sleep_efficiency: float | None


def diary_figures(entry: DiaryEntry, day_boundary: time = DEFAULT_DAY_BOUNDARY) -> DiaryFigures:
    """Time in bed, total sleep time and sleep efficiency from one night's answers."""

    def span(start: time | None, end: time | None) -> int | None:
        if start is None or end is None:
            return None
        minutes = night_minutes(end, day_boundary) - night_minutes(start, day_boundary)
        return minutes if minutes >= 0 else None

    tib = span(entry.bed_time, entry.out_of_bed_time)
    tst: int | None = None
    asleep_window = span(entry.tried_sleep_time, entry.final_wake_time)
    latency, waso = entry.sleep_latency_min, entry.wake_after_sleep_onset_min
    if waso is None and entry.awakenings == 0:
        waso = 0  # not woken at all: no time awake after sleep onset
    if asleep_window is not None and latency is not None and waso is not None:
        candidate = asleep_window - latency - waso
        tst = candidate if candidate >= 0 else None
    efficiency: float | None = None
    # Sleep cannot outlast the time in bed; a share over 1 means the answers disagree.
    if tib and tst is not None and tst <= tib:
        efficiency = tst / tib
    return DiaryFigures(tib, tst, efficiency)


def parse_clock(text: str, *, field: str) -> time:
    """A diary clock time written HH:MM."""
    parts = text.strip().split(":")
    if len(parts) == 2 and all(p.isdigit() and len(p) == 2 for p in parts):
        hour, minute = int(parts[0]), int(parts[1])
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise InputError(f"'{text}' is not a clock time like 23:30", field=field)


def format_clock(t: time | None) -> str | None:
    return None if t is None else f"{t:%H:%M}"
