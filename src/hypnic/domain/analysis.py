"""Per-night figures (DESIGN section 6) and the summaries drawn across nights."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from hypnic.domain.events import Event, Instant, NightRecord, Observer
from hypnic.domain.intervals import (
    AASM_MIN_S,
    RUN_MAX_S,
    WASM_MIN_S,
    PeriodicRun,
    find_runs,
    interval_histogram,
    intervals_s,
    movement_taps,
    periodic_runs,
)
from hypnic.domain.kinds import MOVEMENT_KINDS

__all__ = [
    "MIN_TREND_NIGHTS",
    "MIN_WINDOW_MS",
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

# A rate over a few minutes of wind-down says nothing (DESIGN section 6).
MIN_WINDOW_MS = 10 * 60_000
# Trends need 3 or more nights (DESIGN section 6).
MIN_TREND_NIGHTS = 3


@dataclass(frozen=True, slots=True)
class RunFigures:
    """How many runs, the most taps in one, and the share of movement taps inside runs."""

    periodic_runs: int
    longest_run: int
    in_runs_share: float | None


def run_figures(runs: Sequence[PeriodicRun], movement_taps: int) -> RunFigures:
    """Figures for one observer's runs out of that observer's ``movement_taps``."""
    in_runs = sum(r.taps for r in runs)
    return RunFigures(
        periodic_runs=len(runs),
        longest_run=max((r.taps for r in runs), default=0),
        in_runs_share=in_runs / movement_taps if movement_taps else None,
    )


@dataclass(frozen=True, slots=True)
class NightFigures:
    """One night's figures. Run figures (and the wind-down ones) are for the patient's own
    taps; ``runs`` and ``runs_wasm`` hold the partner's runs too (see ``runs_of``), and
    ``intervals_s`` holds each observer's intervals, the patient's first, none across them."""

    night: date
    counts: dict[str, int]
    partner_counts: dict[str, int]
    lights_out: Instant | None
    first_event: Event | None
    last_event: Event | None
    window_hours: float | None
    events_per_hour: float | None
    latency_min: float | None
    intervals_s: tuple[float, ...]
    runs: tuple[PeriodicRun, ...]
    runs_wasm: tuple[PeriodicRun, ...]
    periodic_runs: int
    longest_run: int
    in_runs_share: float | None
    periodic_runs_wasm: int
    longest_run_wasm: int
    in_runs_share_wasm: float | None
    movement_taps: int = 0
    partner_movement_taps: int = 0

    def runs_of(self, observer: Observer, *, wasm: bool = False) -> tuple[PeriodicRun, ...]:
        """One observer's runs under the 5–90 s rule, or the 10–90 s rule with ``wasm``."""
        return tuple(r for r in (self.runs_wasm if wasm else self.runs) if r.observer == observer)

    def run_figures_of(self, observer: Observer, *, wasm: bool = False) -> RunFigures:
        """Run figures for either observer (the fields above are the patient's)."""
        taps = self.movement_taps if observer == Observer.SELF else self.partner_movement_taps
        return run_figures(self.runs_of(observer, wasm=wasm), taps)


def analyse_night(
    night: date,
    events: Sequence[Event],
    record: NightRecord | None,
    movement_kinds: frozenset[str] = MOVEMENT_KINDS,
) -> NightFigures:
    """Figures for ``night`` from its events (any order; trashed ones are ignored).

    The events are taken as the night's own: the caller chose them by night and day boundary.
    """
    live = sorted((e for e in events if not e.deleted), key=lambda e: (e.utc_ms, e.id))
    own = [e for e in live if e.by == Observer.SELF]
    lights_out = record.lights_out if record is not None else None
    window_hours, per_hour = _wind_down(own, lights_out)

    intervals: list[float] = []
    runs: list[PeriodicRun] = []
    runs_wasm: list[PeriodicRun] = []
    tap_counts: dict[Observer, int] = {}
    # Intervals and runs are per observer: a partner's tap between two of the patient's
    # says nothing about the patient's rhythm.
    for observer in Observer:
        taps = movement_taps(live, observer, movement_kinds)
        tap_counts[observer] = len(taps)
        intervals.extend(intervals_s(taps))
        runs.extend(periodic_runs(taps, observer, min_s=AASM_MIN_S, max_s=RUN_MAX_S))
        runs_wasm.extend(periodic_runs(taps, observer, min_s=WASM_MIN_S, max_s=RUN_MAX_S))

    own_taps = tap_counts[Observer.SELF]
    aasm = run_figures([r for r in runs if r.observer == Observer.SELF], own_taps)
    wasm = run_figures([r for r in runs_wasm if r.observer == Observer.SELF], own_taps)
    return NightFigures(
        night=night,
        counts=_counts(own),
        partner_counts=_counts(e for e in live if e.by == Observer.PARTNER),
        lights_out=lights_out,
        first_event=own[0] if own else None,
        last_event=own[-1] if own else None,
        window_hours=window_hours,
        events_per_hour=per_hour,
        latency_min=_latency_min(own, lights_out),
        intervals_s=tuple(intervals),
        runs=tuple(runs),
        runs_wasm=tuple(runs_wasm),
        periodic_runs=aasm.periodic_runs,
        longest_run=aasm.longest_run,
        in_runs_share=aasm.in_runs_share,
        periodic_runs_wasm=wasm.periodic_runs,
        longest_run_wasm=wasm.longest_run,
        in_runs_share_wasm=wasm.in_runs_share,
        movement_taps=own_taps,
        partner_movement_taps=tap_counts[Observer.PARTNER],
    )


def _counts(events: Iterable[Event]) -> dict[str, int]:
    """Events by kind key, keys sorted so JSON output is stable."""
    counter = Counter(e.kind for e in events)
    return {kind: counter[kind] for kind in sorted(counter)}


def _wind_down(
    own: Sequence[Event], lights_out: Instant | None
) -> tuple[float | None, float | None]:
    """(window length in hours, self events per hour in it) for time-sorted self events.

    The window runs from lights-out (or the first self event) to the last self event; taps
    before lights-out are wind-down, not sleep onset, and stay out of the rate.
    """
    if not own:
        return None, None
    start_ms = lights_out.utc_ms if lights_out is not None else own[0].utc_ms
    end_ms = own[-1].utc_ms
    if end_ms < start_ms:
        return None, None
    hours = (end_ms - start_ms) / 3_600_000
    if end_ms - start_ms < MIN_WINDOW_MS:
        return hours, None
    in_window = sum(1 for e in own if start_ms <= e.utc_ms <= end_ms)
    return hours, in_window / hours


def _latency_min(own: Sequence[Event], lights_out: Instant | None) -> float | None:
    """Minutes from lights-out to the first self event at or after it."""
    if lights_out is None:
        return None
    after = next((e for e in own if e.utc_ms >= lights_out.utc_ms), None)
    return (after.utc_ms - lights_out.utc_ms) / 60_000 if after is not None else None


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
