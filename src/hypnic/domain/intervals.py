"""Onset-to-onset intervals, the periodic-run rules (5–90 s with joining, 10–90 s), and the
interval histogram."""

from __future__ import annotations

import bisect
import math
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from hypnic.domain.events import Event, Observer

# PLM-style interval rules (DESIGN section 6): AASM counts 5–90 s, WASM 10–90 s; both inclusive.
AASM_MIN_S = 5.0
WASM_MIN_S = 10.0
RUN_MAX_S = 90.0
RUN_MIN_TAPS = 4


@dataclass(frozen=True, slots=True)
class RunRule:
    """How taps become movements and movements become runs, in whole milliseconds.

    A run is a maximal sequence of ``min_movements`` or more movements whose onset-to-onset
    intervals all lie within ``min_ms``..``max_ms`` inclusive. With ``join_under_ms``, a tap
    less than that after the first tap of the movement before it is part of that movement
    (it neither breaks a run nor counts as another movement, and the next interval is measured
    from that first tap); without it every tap is a movement.
    """

    min_ms: int
    max_ms: int
    join_under_ms: int | None
    min_movements: int = RUN_MIN_TAPS


# After AASM: bilateral movements (or a double tap) under 5 s apart count as one.
RULE_5_90 = RunRule(min_ms=5_000, max_ms=90_000, join_under_ms=5_000)
# After WASM: every tap is a movement; an interval under 10 s or over 90 s ends the series.
RULE_10_90 = RunRule(min_ms=10_000, max_ms=90_000, join_under_ms=None)


@dataclass(frozen=True, slots=True)
class PeriodicRun:
    """A run of one observer's taps of one group (leg runs, or jerk series).

    ``start_utc_ms`` is the first movement's onset and ``end_utc_ms`` the run's last tap (a
    tap joined to the last movement included); ``event_ids`` are every tap in it, joined taps
    included, so ``taps >= movements``.
    """

    observer: Observer
    start_utc_ms: int
    end_utc_ms: int
    taps: int
    event_ids: tuple[str, ...] = ()
    movements: int = 0


def find_runs(
    times_ms: Sequence[int],
    *,
    min_s: float = AASM_MIN_S,
    max_s: float = RUN_MAX_S,
    min_taps: int = RUN_MIN_TAPS,
) -> list[tuple[int, int]]:
    """Half-open index ranges ``(start, stop)`` of the periodic runs in sorted ``times_ms``.

    ``times_ms[start:stop]`` is a run: ``stop - start >= min_taps`` taps whose successive
    intervals all lie within ``[min_s, max_s]``; each run is maximal and runs never overlap.
    Bounds are compared in whole milliseconds so 5.000 s qualifies and 4.999 s does not,
    with no floating-point doubt at the edges. No joining: see ``periodic_runs`` for that.
    """
    if min_taps < 2:
        raise ValueError("a run needs at least 2 taps to have an interval")
    lo_ms, hi_ms = round(min_s * 1000), round(max_s * 1000)
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(times_ms) + 1):
        if i < len(times_ms):
            gap = times_ms[i] - times_ms[i - 1]
            if gap < 0:
                raise ValueError("times_ms must be sorted in ascending order")
            if lo_ms <= gap <= hi_ms:
                continue
        # The chain ending at i - 1 is broken here (or the taps ended): keep it if long enough.
        if i - start >= min_taps:
            runs.append((start, i))
        start = i
    return runs


def taps_of(events: Iterable[Event], observer: Observer, kinds: Collection[str]) -> list[Event]:
    """One observer's live taps of ``kinds`` in time order (the id breaks ties, for stable
    output)."""
    taps = [e for e in events if e.by == observer and e.kind in kinds and not e.deleted]
    taps.sort(key=lambda e: (e.utc_ms, e.id))
    return taps


def movements(taps: Sequence[Event], join_under_ms: int | None) -> list[tuple[Event, ...]]:
    """Sorted taps grouped into movements: each starts at its onset tap, and a tap less than
    ``join_under_ms`` after that onset joins it (None: every tap is its own movement)."""
    out: list[list[Event]] = []
    for tap in taps:
        if join_under_ms is not None and out and tap.utc_ms - out[-1][0].utc_ms < join_under_ms:
            out[-1].append(tap)
        else:
            out.append([tap])
    return [tuple(m) for m in out]


def intervals_s(taps: Sequence[Event]) -> list[float]:
    """Onset-to-onset intervals in seconds between successive taps (already one observer's).

    UTC milliseconds are used, so a DST change in the night does not add or remove an hour.
    """
    return [(b.utc_ms - a.utc_ms) / 1000 for a, b in pairwise(taps)]


def periodic_runs(
    taps: Sequence[Event], observer: Observer, rule: RunRule = RULE_5_90
) -> list[PeriodicRun]:
    """The runs of ``rule`` in one observer's sorted taps (already of one group)."""
    grouped = movements(taps, rule.join_under_ms)
    ranges = find_runs(
        [m[0].utc_ms for m in grouped],
        min_s=rule.min_ms / 1000,
        max_s=rule.max_ms / 1000,
        min_taps=rule.min_movements,
    )
    runs = []
    for start, stop in ranges:
        members = [tap for movement in grouped[start:stop] for tap in movement]
        runs.append(
            PeriodicRun(
                observer=observer,
                start_utc_ms=members[0].utc_ms,
                end_utc_ms=members[-1].utc_ms,
                taps=len(members),
                event_ids=tuple(e.id for e in members),
                movements=stop - start,
            )
        )
    return runs


def log_edges(lo_s: float = 1.0, hi_s: float = 3600.0, bins: int = 24) -> list[float]:
    """``bins + 1`` log-spaced bin edges from ``lo_s`` to ``hi_s`` (both included exactly)."""
    if not (0 < lo_s < hi_s) or bins < 1:
        raise ValueError("need 0 < lo_s < hi_s and at least one bin")
    step = math.log(hi_s / lo_s) / bins
    inner = [lo_s * math.exp(step * k) for k in range(1, bins)]
    return [lo_s, *inner, hi_s]


def interval_histogram(
    intervals: Sequence[float], edges: Sequence[float] | None = None
) -> tuple[list[float], list[int]]:
    """Count intervals into bins ``[edges[i], edges[i+1])``; returns (edges, counts).

    The end bins are open-ended: an interval below the first edge counts in the first bin and
    one at or above the last edge in the last, so no tap silently disappears from the chart.
    """
    bin_edges = list(edges) if edges is not None else log_edges()
    if len(bin_edges) < 2 or any(b <= a for a, b in pairwise(bin_edges)):
        raise ValueError("edges must be at least two strictly increasing values")
    counts = [0] * (len(bin_edges) - 1)
    last = len(counts) - 1
    for value in intervals:
        index = bisect.bisect_right(bin_edges, value) - 1
        counts[min(max(index, 0), last)] += 1
    return bin_edges, counts
