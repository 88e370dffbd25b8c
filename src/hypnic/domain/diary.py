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
    """The morning-diary figures of DESIGN section 6, in clock minutes.

    time_in_bed_min  = out of bed − into bed
    sol_min          = the answered minutes to fall asleep, as given
    waso_min         = the answered minutes awake after falling asleep, as given
                       (0 when woken 0 times and no minutes were answered)
    total_sleep_min  = (final wake − tried to sleep) − sol − waso
    sleep_efficiency = total sleep / time in bed, a share from 0 to 1

    Time in bed, total sleep and efficiency are None when their answers are missing or do not
    add up: a negative span, or total sleep longer than time in bed. In that last case the
    answers contradict each other and total sleep and efficiency are None, while time in bed
    (two clock times in the night's order) is kept: it is the figure the patient gave most
    directly, and a doctor can still read it.
    """

    time_in_bed_min: int | None = None
    sol_min: int | None = None
    waso_min: int | None = None
    total_sleep_min: int | None = None
    sleep_efficiency: float | None = None


def diary_figures(entry: DiaryEntry, day_boundary: time = DEFAULT_DAY_BOUNDARY) -> DiaryFigures:
    """The figures of one night's answers (see DiaryFigures for each definition)."""

    def span(start: time | None, end: time | None) -> int | None:
        if start is None or end is None:
            return None
        minutes = night_minutes(end, day_boundary) - night_minutes(start, day_boundary)
        return minutes if minutes >= 0 else None

    tib = span(entry.bed_time, entry.out_of_bed_time)
    sol, waso = entry.sleep_latency_min, entry.wake_after_sleep_onset_min
    if waso is None and entry.awakenings == 0:
        waso = 0  # not woken at all: no time awake after sleep onset
    tst: int | None = None
    asleep_window = span(entry.tried_sleep_time, entry.final_wake_time)
    if asleep_window is not None and sol is not None and waso is not None:
        candidate = asleep_window - sol - waso
        tst = candidate if candidate >= 0 else None
    # Sleep cannot outlast the time in bed: such answers do not add up.
    if tst is not None and tib is not None and tst > tib:
        tst = None
    efficiency = tst / tib if tst is not None and tib else None
    return DiaryFigures(
        time_in_bed_min=tib,
        sol_min=sol,
        waso_min=waso,
        total_sleep_min=tst,
        sleep_efficiency=efficiency,
    )


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
