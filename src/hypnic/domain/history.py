"""The plain data the history charts draw: one row per calendar night, newest first."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from hypnic.domain.analysis import MIN_TREND_NIGHTS, rolling_median
from hypnic.domain.events import Event, NightRecord, Observer
from hypnic.domain.intervals import (
    RUN_MIN_TAPS,
    PeriodicRun,
    intervals_s,
    periodic_runs,
    taps_of,
)
from hypnic.domain.kinds import Kind, KindGroup
from hypnic.domain.timerules import DEFAULT_DAY_BOUNDARY, night_local_bounds

# The raster's x axis is clock time counted from 18:00 of the night (DESIGN section 7).
ANCHOR_HOUR = 18
MEDIAN_WINDOW = 7
_MS_PER_MIN = 60_000
_MS_PER_DAY = 86_400_000
_EPOCH = date(1970, 1, 1)
_FALLBACK_COLOUR = "#999999"


@dataclass(frozen=True, slots=True)
class NightRow:
    """One calendar night of the history.

    ``counts`` and ``medians`` line up with ``HistoryData.kinds``; ``minutes`` (local minutes
    since 18:00 of the night, negative before it) and ``kinds`` (indexes into
    ``HistoryData.kinds``) describe the patient's events in time order, for the raster.
    ``intervals_s`` are the onset-to-onset intervals between the patient's leg taps.
    A night with nothing recorded is not ``logged``: its counts are zeros, not data; a
    ``quiet`` night ("nothing tonight", no tap of the patient's) is logged with zero taps.
    ``onset_minute`` is when the evening symptoms began (minutes since 18:00, negative before)
    and ``onset_median`` the rolling 7-night median of it (3 or more onsets in the window).
    ``leg_runs`` (the patient's 5–90 s leg runs) and ``jerk_series`` are (first, last) tap
    minutes since 18:00, as ``analyse_night`` finds them, so the actogram shades them apart.
    """

    night: date
    logged: bool
    counts: tuple[int, ...]
    medians: tuple[float | None, ...]
    minutes: tuple[int, ...]
    kinds: tuple[int, ...]
    intervals_s: tuple[float, ...]
    lights_out_minute: int | None = None
    quiet: bool = False
    onset_minute: int | None = None
    onset_median: float | None = None
    leg_runs: tuple[tuple[int, int], ...] = ()
    jerk_series: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class HistoryData:
    """Everything the history view draws, newest night first; no database behind it."""

    kinds: tuple[Kind, ...]
    rows: tuple[NightRow, ...]

    @property
    def event_count(self) -> int:
        return sum(len(row.minutes) for row in self.rows)

    @property
    def has_onsets(self) -> bool:
        return any(row.onset_minute is not None for row in self.rows)

    def quiet_nights(self, limit: int | None = None) -> int:
        """How many of the newest ``limit`` rows (all with None) are quiet nights."""
        rows = self.rows if limit is None else self.rows[:limit]
        return sum(1 for row in rows if row.quiet)

    def logged_nights(self, limit: int | None = None) -> int:
        """How many of the newest ``limit`` rows (all rows with None) hold a logged night."""
        rows = self.rows if limit is None else self.rows[:limit]
        return sum(1 for row in rows if row.logged)


EMPTY_HISTORY = HistoryData(kinds=(), rows=())


def minute_of_night(local_ms: int, night: date) -> int:
    """Local wall-clock minutes from 18:00 of ``night`` (a DST night keeps its clock times)."""
    anchor_ms = ((night - _EPOCH).days * 24 + ANCHOR_HOUR) * 3_600_000
    return (local_ms - anchor_ms) // _MS_PER_MIN


def build_history(
    events: Iterable[Event],
    records: Iterable[NightRecord],
    kinds: Sequence[Kind],
    day_boundary: time = DEFAULT_DAY_BOUNDARY,
    *,
    other_nights: Iterable[date] = (),
) -> HistoryData:
    """Rows for every calendar night from the first to the last logged one, newest first.

    A night is logged when it has an event, a record (a quiet mark is one) or is among
    ``other_nights`` (nights with only a dose, diary answers, tags or a rest test), as the
    summary and `nights` count them.

    Counts and intervals are the patient's own (``by = self``), exactly as
    ``analysis.analyse_night`` counts them, computed directly here because a history can
    hold thousands of nights. Trashed events are left out. The rolling median runs over
    calendar nights (an unlogged night is a gap, not a zero) and needs 3 nights in its window.
    A kind's group comes from ``kinds`` (a key they lack is ``other``), as in analyse_night.
    """
    # Grouped by day number first (timerules.night_of's rule, on integers): thousands of
    # nights of events would otherwise build a date object per event.
    boundary_ms = night_local_bounds(_EPOCH, day_boundary)[0]
    by_day: dict[int, list[Event]] = {}
    days: set[int] = set()
    for event in events:
        if event.deleted:
            continue
        day = (event.local_ms - boundary_ms) // _MS_PER_DAY
        days.add(day)
        if event.by == Observer.SELF:
            by_day.setdefault(day, []).append(event)
    logged = {_EPOCH + timedelta(days=day) for day in days}
    by_night = {_EPOCH + timedelta(days=day): evs for day, evs in by_day.items()}
    lights_out: dict[date, int] = {}
    onsets: dict[date, int] = {}
    quiet: set[date] = set()
    for record in records:
        logged.add(record.night)
        if record.lights_out is not None:
            lights_out[record.night] = minute_of_night(record.lights_out.local_ms, record.night)
        if record.symptoms_from is not None:
            onsets[record.night] = minute_of_night(record.symptoms_from.local_ms, record.night)
        if record.quiet:
            quiet.add(record.night)
    logged.update(other_nights)
    if not logged:
        return HistoryData(kinds=_shown_kinds(kinds, set()), rows=())

    used = {e.kind for evs in by_night.values() for e in evs}
    groups = {k.key: k.group for k in kinds}
    legs = {key for key in used if groups.get(key) == KindGroup.LEG}
    jerk_keys = {key for key in used if groups.get(key) == KindGroup.JERK}
    shown = _shown_kinds(kinds, used)
    index = {kind.key: i for i, kind in enumerate(shown)}
    first, last = min(logged), max(logged)
    nights = [first + timedelta(days=d) for d in range((last - first).days + 1)]

    per_night_counts: list[list[int]] = []
    for night in nights:
        counts = [0] * len(shown)
        for event in by_night.get(night, ()):
            counts[index[event.kind]] += 1
        per_night_counts.append(counts)
    medians = [
        rolling_median(
            [
                counts[k] if night in logged else None
                for night, counts in zip(nights, per_night_counts, strict=True)
            ],
            MEDIAN_WINDOW,
            min_values=MIN_TREND_NIGHTS,
        )
        for k in range(len(shown))
    ]

    onset_medians = rolling_median(
        [onsets.get(night) for night in nights], MEDIAN_WINDOW, min_values=MIN_TREND_NIGHTS
    )
    rows: list[NightRow] = []
    for i in range(len(nights) - 1, -1, -1):
        night = nights[i]
        own = sorted(by_night.get(night, ()), key=lambda e: (e.utc_ms, e.id))
        taps = taps_of(own, Observer.SELF, legs)
        anchor_ms = ((night - _EPOCH).days * 24 + ANCHOR_HOUR) * 3_600_000
        jerks = taps_of(own, Observer.SELF, jerk_keys) if jerk_keys else []
        rows.append(
            NightRow(
                night=night,
                logged=night in logged,
                counts=tuple(per_night_counts[i]),
                medians=tuple(m[i] for m in medians),
                minutes=tuple((e.local_ms - anchor_ms) // _MS_PER_MIN for e in own),
                kinds=tuple(index[e.kind] for e in own),
                intervals_s=tuple(intervals_s(taps)),
                lights_out_minute=lights_out.get(night),
                # Quiet only while the patient has no tap that night (as analyse_night says).
                quiet=night in quiet and night not in by_night,
                onset_minute=onsets.get(night),
                onset_median=onset_medians[i],
                leg_runs=_run_spans(taps, anchor_ms),
                jerk_series=_run_spans(jerks, anchor_ms),
            )
        )
    return HistoryData(kinds=shown, rows=tuple(rows))


def _run_spans(taps: Sequence[Event], anchor_ms: int) -> tuple[tuple[int, int], ...]:
    """The 5–90 s runs in one group's sorted self taps, as (first, last) tap minutes since
    the night's 18:00 (``anchor_ms``, local)."""
    if len(taps) < RUN_MIN_TAPS:
        return ()
    minute = {e.id: (e.local_ms - anchor_ms) // _MS_PER_MIN for e in taps}
    runs: Iterable[PeriodicRun] = periodic_runs(taps, Observer.SELF)
    return tuple((minute[r.event_ids[0]], minute[r.event_ids[-1]]) for r in runs if r.event_ids)


def _shown_kinds(kinds: Sequence[Kind], used: set[str]) -> tuple[Kind, ...]:
    """Enabled, unarchived kinds plus any kind with events, in the user's order.

    An event of a kind the list does not know (an import, a removed preset) still shows,
    drawn in grey, so no tap disappears from the history.
    """
    ordered = sorted(kinds, key=lambda k: k.position)
    shown = [k for k in ordered if (k.enabled and not k.archived) or k.key in used]
    known = {k.key for k in shown}
    for key in sorted(used - known):
        shown.append(
            Kind(
                key=key,
                label=key.replace("_", " ").capitalize(),
                colour=_FALLBACK_COLOUR,
                shape="o",
                position=len(shown),
            )
        )
    return tuple(shown)
