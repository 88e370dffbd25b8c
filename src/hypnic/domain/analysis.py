"""Per-night figures (DESIGN section 6), computed once for every view, and the summaries
drawn across nights."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time

from hypnic.domain.diary import DiaryEntry, DiaryFigures, diary_figures
from hypnic.domain.events import Event, Instant, NightRecord, Observer
from hypnic.domain.intervals import (
    RULE_5_90,
    RULE_10_90,
    PeriodicRun,
    find_runs,
    interval_histogram,
    intervals_s,
    periodic_runs,
    taps_of,
)
from hypnic.domain.kinds import BUILTIN_GROUPS, KindGroup, keys_in_group
from hypnic.domain.rest_tests import RestTest, RestTestFigures, rest_test_figures
from hypnic.domain.timerules import DEFAULT_DAY_BOUNDARY
from hypnic.domain.winddown import MIN_WINDOW_MS, WindDown, wind_down

__all__ = [
    "MIN_TREND_NIGHTS",
    "MIN_WINDOW_MS",
    "PATTERNS",
    "NightFigures",
    "PeriodicRun",
    "RunFigures",
    "Summary",
    "analyse_night",
    "find_runs",
    "interval_histogram",
    "rolling_median",
    "run_figures",
    "summarise",
]

# Trends need 3 or more nights (DESIGN section 6).
MIN_TREND_NIGHTS = 3
# The descriptive patterns of a night, in the order `nights --json` lists them (DESIGN 6).
PATTERNS = (
    "isolated_jerks",
    "jerk_series",
    "periodic_leg_movements",
    "evening_sensations",
    "after_winddown",
)
# Evening sensations count from 2 hours before the wind-down starts.
EVENING_BEFORE_MS = 2 * 3_600_000


@dataclass(frozen=True, slots=True)
class RunFigures:
    """How many runs, the most movements in one, and the share of the group's taps in runs
    (joined taps included; None when the group has no taps)."""

    periodic_runs: int
    longest_run: int
    in_runs_share: float | None


def run_figures(runs: Sequence[PeriodicRun], taps: int) -> RunFigures:
    """Figures for one observer's runs of one group, out of that observer's ``taps`` of it."""
    in_runs = sum(r.taps for r in runs)
    return RunFigures(
        periodic_runs=len(runs),
        longest_run=max((r.movements for r in runs), default=0),
        in_runs_share=in_runs / taps if taps else None,
    )


@dataclass(frozen=True, slots=True)
class NightFigures:
    """One night's figures, as DESIGN section 6 defines them; `nights --json` writes the
    fields named like its keys as they are. Figures use the patient's own (self) taps unless
    their name says partner.

    Wind-down: ``winddown_start`` (lights-out, else the first self tap), ``winddown_end``,
    ``winddown_hours`` (its span), ``winddown_counts`` (self taps in it by kind),
    ``events_per_hour``, ``after_winddown``, ``latency_min``.

    Runs (leg kinds only; a jerk is not a leg movement): ``periodic_runs``, ``longest_run``
    (movements) and ``in_runs_share`` under the 5–90 s rule with joining; ``wasm_runs`` under
    the 10–90 s rule; ``partner_periodic_runs`` the 5–90 s runs of the partner's leg taps.
    Jerk series (jerk kinds, the 5–90 s rule with joining): ``jerk_series``,
    ``longest_jerk_series``. ``quiet`` is the patient's "nothing tonight" mark, true only
    while the night has no self tap (a tap restored or imported later outweighs the mark).

    For the charts: ``runs`` holds the 5–90 s leg runs of both observers, ``runs_wasm`` the
    10–90 s ones, ``jerk_runs`` the patient's jerk series (see ``runs_of``), and
    ``intervals_s`` the intervals between the patient's successive leg taps (every tap, no
    joining, so a double tap shows as a short interval).
    """

    night: date
    counts: dict[str, int]
    partner_counts: dict[str, int]
    lights_out: Instant | None
    first_event: Event | None
    last_event: Event | None
    symptoms_from: Instant | None = None
    quiet: bool = False
    winddown_start: Instant | None = None
    winddown_end: Instant | None = None
    winddown_hours: float | None = None
    winddown_counts: dict[str, int] = field(default_factory=dict)
    events_per_hour: float | None = None
    latency_min: float | None = None
    after_winddown: int = 0
    periodic_runs: int = 0
    longest_run: int = 0
    in_runs_share: float | None = None
    wasm_runs: int = 0
    partner_periodic_runs: int = 0
    jerk_series: int = 0
    longest_jerk_series: int = 0
    patterns: tuple[str, ...] = ()
    diary: DiaryFigures | None = None
    rest_tests: tuple[RestTestFigures, ...] = ()
    intervals_s: tuple[float, ...] = ()
    runs: tuple[PeriodicRun, ...] = ()
    runs_wasm: tuple[PeriodicRun, ...] = ()
    jerk_runs: tuple[PeriodicRun, ...] = ()
    leg_taps: int = 0
    partner_leg_taps: int = 0
    jerk_taps: int = 0

    def runs_of(self, observer: Observer, *, wasm: bool = False) -> tuple[PeriodicRun, ...]:
        """One observer's leg runs under the 5–90 s rule, or the 10–90 s rule with ``wasm``."""
        return tuple(r for r in (self.runs_wasm if wasm else self.runs) if r.observer == observer)

    def run_figures_of(self, observer: Observer, *, wasm: bool = False) -> RunFigures:
        """Leg-run figures for either observer (the fields above are the patient's)."""
        taps = self.leg_taps if observer == Observer.SELF else self.partner_leg_taps
        return run_figures(self.runs_of(observer, wasm=wasm), taps)

    def jerk_series_figures(self) -> RunFigures:
        """The patient's jerk series, and the share of jerk taps in them."""
        return run_figures(self.jerk_runs, self.jerk_taps)


def analyse_night(
    night: date,
    events: Sequence[Event],
    record: NightRecord | None,
    groups: Mapping[str, KindGroup] = BUILTIN_GROUPS,
    *,
    diary: DiaryEntry | None = None,
    rest_tests: Sequence[RestTest] = (),
    day_boundary: time = DEFAULT_DAY_BOUNDARY,
) -> NightFigures:
    """Figures for ``night`` from its events (any order; trashed ones are ignored).

    The events are taken as the night's own: the caller chose them by night and day boundary.
    ``groups`` gives each kind key its group (a key it lacks is ``other``); ``diary`` and
    ``rest_tests`` are the night's, and ``day_boundary`` places the diary's clock times.
    """
    live = sorted((e for e in events if not e.deleted), key=lambda e: (e.utc_ms, e.id))
    own = [e for e in live if e.by == Observer.SELF]
    lights_out = record.lights_out if record is not None else None
    window = wind_down(own, lights_out)

    legs = keys_in_group(groups, KindGroup.LEG)
    own_legs = taps_of(live, Observer.SELF, legs)
    partner_legs = taps_of(live, Observer.PARTNER, legs)
    # Runs are per observer: a partner's tap between two of the patient's says nothing about
    # the patient's rhythm.
    runs = [*periodic_runs(own_legs, Observer.SELF), *periodic_runs(partner_legs, Observer.PARTNER)]
    runs_wasm = [
        *periodic_runs(own_legs, Observer.SELF, RULE_10_90),
        *periodic_runs(partner_legs, Observer.PARTNER, RULE_10_90),
    ]
    jerks = taps_of(live, Observer.SELF, keys_in_group(groups, KindGroup.JERK))
    jerk_runs = periodic_runs(jerks, Observer.SELF, RULE_5_90)

    own_runs = run_figures([r for r in runs if r.observer == Observer.SELF], len(own_legs))
    series = run_figures(jerk_runs, len(jerks))
    patterns = _patterns(own, window, groups, jerks, jerk_runs, own_runs.periodic_runs)
    return NightFigures(
        night=night,
        counts=_counts(own),
        partner_counts=_counts(e for e in live if e.by == Observer.PARTNER),
        lights_out=lights_out,
        first_event=own[0] if own else None,
        last_event=own[-1] if own else None,
        symptoms_from=record.symptoms_from if record is not None else None,
        quiet=record is not None and record.quiet and not own,
        winddown_start=window.start,
        winddown_end=window.end,
        winddown_hours=window.hours,
        winddown_counts=_counts(window.taps),
        events_per_hour=window.events_per_hour,
        latency_min=window.latency_min,
        after_winddown=window.after,
        periodic_runs=own_runs.periodic_runs,
        longest_run=own_runs.longest_run,
        in_runs_share=own_runs.in_runs_share,
        wasm_runs=sum(1 for r in runs_wasm if r.observer == Observer.SELF),
        partner_periodic_runs=sum(1 for r in runs if r.observer == Observer.PARTNER),
        jerk_series=series.periodic_runs,
        longest_jerk_series=series.longest_run,
        patterns=patterns,
        diary=None if diary is None else diary_figures(diary, day_boundary),
        rest_tests=tuple(
            rest_test_figures(test, own, groups)
            for test in sorted(rest_tests, key=lambda t: (t.start.utc_ms, t.id))
        ),
        intervals_s=tuple(intervals_s(own_legs)),
        runs=tuple(runs),
        runs_wasm=tuple(runs_wasm),
        jerk_runs=tuple(jerk_runs),
        leg_taps=len(own_legs),
        partner_leg_taps=len(partner_legs),
        jerk_taps=len(jerks),
    )


def _patterns(
    own: Sequence[Event],
    window: WindDown,
    groups: Mapping[str, KindGroup],
    jerks: Sequence[Event],
    jerk_runs: Sequence[PeriodicRun],
    leg_runs: int,
) -> tuple[str, ...]:
    """The night's descriptive patterns (DESIGN section 6), in the order of ``PATTERNS``.

    "In the wind-down" is from its start to ``winddown_end``, both included.
    """
    in_series = {event_id for run in jerk_runs for event_id in run.event_ids}
    found = {
        "isolated_jerks": any(window.holds(e.utc_ms) and e.id not in in_series for e in jerks),
        "jerk_series": any(window.holds(r.start_utc_ms) for r in jerk_runs),
        "periodic_leg_movements": leg_runs > 0,
        "evening_sensations": _evening_sensations(own, window, groups),
        "after_winddown": window.after > 0,
    }
    return tuple(name for name in PATTERNS if found[name])


def _evening_sensations(
    own: Sequence[Event], window: WindDown, groups: Mapping[str, KindGroup]
) -> bool:
    """A self sensation tap from 2 hours before the wind-down's start to its end (to the start
    when it has no end), both included."""
    if window.start is None:
        return False
    first = window.start.utc_ms - EVENING_BEFORE_MS
    last = window.end.utc_ms if window.end is not None else window.start.utc_ms
    return any(groups.get(e.kind) == KindGroup.SENSATION and first <= e.utc_ms <= last for e in own)


def _counts(events: Iterable[Event]) -> dict[str, int]:
    """Events by kind key, keys sorted so JSON output is stable."""
    counter = Counter(e.kind for e in events)
    return {kind: counter[kind] for kind in sorted(counter)}


@dataclass(frozen=True, slots=True)
class Summary:
    """Median and interquartile range of some values; all None when there are none."""

    median: float | None
    q1: float | None
    q3: float | None
    n: int


def summarise(values: Sequence[float]) -> Summary:
    """Median and quartiles, interpolated linearly (method "inclusive", as numpy's default)."""
    data = sorted(values)
    if not data:
        return Summary(None, None, None, 0)
    if len(data) == 1:
        return Summary(data[0], data[0], data[0], 1)
    q1, median, q3 = statistics.quantiles(data, n=4, method="inclusive")
    return Summary(median, q1, q3, len(data))


def rolling_median(
    values: Sequence[float | None], window: int = 7, *, min_values: int = MIN_TREND_NIGHTS
) -> list[float | None]:
    """Trailing median over ``window`` positions (one per calendar night), skipping Nones.

    A position gets None when its window holds fewer than ``min_values`` values, since a
    trend needs 3 or more nights. Pass None for nights with no data rather than leaving them
    out, so the window spans calendar nights and a gap is not bridged.
    """
    if window < 1:
        raise ValueError("window must be at least 1")
    out: list[float | None] = []
    for i in range(len(values)):
        present = [v for v in values[max(0, i - window + 1) : i + 1] if v is not None]
        out.append(statistics.median(present) if len(present) >= min_values else None)
    return out
