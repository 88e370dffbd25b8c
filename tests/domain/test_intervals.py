"""Tests for the periodic-run finder and the interval histogram."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hypnic.domain.events import Event, Observer
from hypnic.domain.intervals import (
    RULE_5_90,
    RULE_10_90,
    find_runs,
    interval_histogram,
    log_edges,
    movements,
    periodic_runs,
)


def at_seconds(*seconds: float) -> list[int]:
    return [round(s * 1000) for s in seconds]


def every(step_s: float, count: int, start_s: float = 0.0) -> list[float]:
    return [start_s + step_s * i for i in range(count)]


# --- find_runs: the edges of the 5–90 s rule, in whole milliseconds --------------------------


def test_intervals_of_exactly_5_and_90_seconds_qualify() -> None:
    assert find_runs(at_seconds(0, 5, 10, 15)) == [(0, 4)]
    assert find_runs(at_seconds(0, 90, 180, 270)) == [(0, 4)]
    assert find_runs(at_seconds(0, 5, 95, 100)) == [(0, 4)]


def test_an_interval_of_4_999_seconds_breaks_a_run() -> None:
    # 0 -> 4.999 breaks; the four taps after it still make a run of their own.
    times = [0, 4_999, 9_999, 14_999, 19_999]
    assert find_runs(times) == [(1, 5)]
    assert find_runs([0, 5_000, 9_999, 14_999]) == []


def test_an_interval_of_90_001_seconds_breaks_a_run() -> None:
    assert find_runs([0, 90_001, 180_001, 270_001]) == []
    assert find_runs([0, 90_000, 180_001, 270_001]) == []


def test_fewer_than_four_taps_is_no_run() -> None:
    assert find_runs(at_seconds(0, 20, 40)) == []
    assert find_runs([]) == []
    assert find_runs([1234]) == []


def test_a_run_broken_in_the_middle_gives_two_runs_when_both_halves_are_long_enough() -> None:
    times = at_seconds(*every(20, 4), *every(20, 5, start_s=180))
    assert find_runs(times) == [(0, 4), (4, 9)]


def test_a_run_broken_in_the_middle_keeps_only_the_half_that_is_long_enough() -> None:
    times = at_seconds(*every(20, 3), *every(20, 4, start_s=160))
    assert find_runs(times) == [(3, 7)]


def test_a_run_broken_in_the_middle_into_two_short_halves_is_no_run() -> None:
    times = at_seconds(*every(20, 3), *every(20, 3, start_s=160))
    assert find_runs(times) == []


def test_two_taps_at_the_same_moment_break_a_run() -> None:
    assert find_runs(at_seconds(0, 20, 20, 40, 60)) == []


def test_the_wasm_rule_needs_10_seconds() -> None:
    times = at_seconds(*every(7, 5))
    assert find_runs(times) == [(0, 5)]
    assert find_runs(times, min_s=10.0) == []
    assert find_runs(at_seconds(0, 10, 20, 30), min_s=10.0) == [(0, 4)]


def test_min_taps_is_configurable_and_must_allow_an_interval() -> None:
    assert find_runs(at_seconds(0, 20, 40), min_taps=3) == [(0, 3)]
    with pytest.raises(ValueError):
        find_runs(at_seconds(0, 20), min_taps=1)


def test_unsorted_times_are_refused() -> None:
    with pytest.raises(ValueError, match="sorted"):
        find_runs([0, 20_000, 10_000, 30_000])


# --- find_runs: properties --------------------------------------------------------------------

gaps_ms = st.lists(
    st.one_of(
        st.integers(min_value=0, max_value=200_000),
        st.sampled_from([0, 4_999, 5_000, 5_001, 89_999, 90_000, 90_001]),
    ),
    max_size=40,
)


def in_range(gap: int) -> bool:
    return 5_000 <= gap <= 90_000


@given(gaps_ms)
def test_runs_are_disjoint_long_enough_in_range_and_maximal(gaps: list[int]) -> None:
    times = list(itertools.accumulate(gaps, initial=0))
    runs = find_runs(times)
    previous_stop = 0
    for start, stop in runs:
        assert previous_stop <= start < stop <= len(times)
        assert stop - start >= 4
        assert all(in_range(times[i + 1] - times[i]) for i in range(start, stop - 1))
        if start > 0:
            assert not in_range(times[start] - times[start - 1])
        if stop < len(times):
            assert not in_range(times[stop] - times[stop - 1])
        previous_stop = stop


@given(gaps_ms)
def test_every_tap_left_out_of_runs_sits_in_a_chain_too_short_to_be_one(gaps: list[int]) -> None:
    times = list(itertools.accumulate(gaps, initial=0))
    inside = {i for start, stop in find_runs(times) for i in range(start, stop)}
    for i in set(range(len(times))) - inside:
        left = i
        while left > 0 and in_range(times[left] - times[left - 1]):
            left -= 1
        right = i
        while right + 1 < len(times) and in_range(times[right + 1] - times[right]):
            right += 1
        assert right - left + 1 < 4


# --- movements and the 5–90 s rule with joining ----------------------------------------------


def taps_at(times_ms: list[int]) -> list[Event]:
    return [Event(f"t{i:04d}", "kick", ms, 0) for i, ms in enumerate(times_ms)]


def test_a_tap_under_5_seconds_after_a_movements_first_tap_joins_it() -> None:
    grouped = movements(taps_at([0, 4_999, 5_000, 9_999, 10_000]), 5_000)
    assert [[t.utc_ms for t in m] for m in grouped] == [[0, 4_999], [5_000, 9_999], [10_000]]
    assert len(movements(taps_at([0, 1, 2]), None)) == 3  # no joining: every tap a movement


def test_a_run_of_4_movements_keeps_its_joined_taps() -> None:
    (run,) = periodic_runs(taps_at([0, 3_000, 20_000, 40_000, 41_000, 60_000]), Observer.SELF)
    assert (run.movements, run.taps, run.start_utc_ms, run.end_utc_ms) == (4, 6, 0, 60_000)
    assert periodic_runs(taps_at([0, 3_000, 20_000, 40_000, 41_000, 60_000]), Observer.SELF,
                         RULE_10_90) == []  # fmt: skip


@given(gaps_ms)
def test_joining_never_adds_movements_and_keeps_every_tap_once(gaps: list[int]) -> None:
    times = list(itertools.accumulate(gaps, initial=0))
    taps = taps_at(times)
    grouped = movements(taps, RULE_5_90.join_under_ms)
    assert len(grouped) <= len(taps)
    assert [t for m in grouped for t in m] == taps
    for movement in grouped:
        assert all(t.utc_ms - movement[0].utc_ms < 5_000 for t in movement)
    for a, b in itertools.pairwise(grouped):
        assert b[0].utc_ms - a[0].utc_ms >= 5_000


@given(gaps_ms)
def test_runs_under_both_rules_are_disjoint_and_every_10_90_run_is_in_a_5_90_run(
    gaps: list[int],
) -> None:
    taps = taps_at(list(itertools.accumulate(gaps, initial=0)))
    aasm = periodic_runs(taps, Observer.SELF, RULE_5_90)
    wasm = periodic_runs(taps, Observer.SELF, RULE_10_90)
    for runs in (aasm, wasm):
        for a, b in itertools.pairwise(runs):
            assert a.end_utc_ms < b.start_utc_ms
        assert all(r.taps >= r.movements >= 4 for r in runs)
    assert sum(r.taps for r in aasm) <= len(taps)
    # Without taps under 5 s apart nothing joins, and a 10-90 s run is a 5-90 s one's part.
    # (With joining it need not be: a tap joined 1 ms after a movement's first tap leaves the
    # next interval measured from that first tap, which may then exceed 90 s.)
    if all(g >= 5_000 for g in gaps):
        assert all(r.taps == r.movements for r in aasm)
        for run in wasm:
            assert any(set(run.event_ids) <= set(r.event_ids) for r in aasm)


def test_a_joined_tap_does_not_shorten_the_next_interval() -> None:
    # 0 and 0.001 s are one movement; 90.001 s after its first tap breaks the 5–90 s rule,
    # while the 10–90 s rule (every tap a movement) sees 90.000, 10 and 10 s.
    taps = taps_at([0, 1, 90_001, 100_001, 110_001])
    assert periodic_runs(taps, Observer.SELF, RULE_5_90) == []
    (run,) = periodic_runs(taps, Observer.SELF, RULE_10_90)
    assert run.event_ids == tuple(t.id for t in taps[1:])


# --- histogram ----------------------------------------------------------------------------------


def test_log_edges_are_evenly_spaced_on_a_log_scale() -> None:
    edges = log_edges(1.0, 1000.0, 3)
    assert edges[0] == 1.0 and edges[-1] == 1000.0
    assert edges == pytest.approx([1.0, 10.0, 100.0, 1000.0])


def test_default_edges_run_from_one_second_to_one_hour() -> None:
    edges, counts = interval_histogram([])
    assert edges[0] == 1.0 and edges[-1] == 3600.0
    assert len(counts) == len(edges) - 1 and sum(counts) == 0
    ratios = [b / a for a, b in itertools.pairwise(edges)]
    assert all(r == pytest.approx(ratios[0]) for r in ratios)
    assert ratios[0] > 1


def test_histogram_bins_are_closed_on_the_left_and_open_ended_at_both_ends() -> None:
    edges, counts = interval_histogram([0.5, 1, 5, 10, 99.9, 100, 5000], [1, 10, 100])
    assert edges == [1, 10, 100]
    # [<10): 0.5 (below the first edge), 1, 5; [10, ...): 10, 99.9, 100 and 5000 (at or above).
    assert counts == [3, 4]


def test_histogram_puts_a_20_second_interval_in_the_bin_that_holds_it() -> None:
    edges, counts = interval_histogram([20.0, 20.0, 1800.0])
    index = next(i for i, c in enumerate(counts) if c)
    assert edges[index] <= 20.0 < edges[index + 1]
    assert counts[index] == 2 and sum(counts) == 3


def test_histogram_refuses_edges_that_do_not_increase() -> None:
    with pytest.raises(ValueError):
        interval_histogram([1.0], [1.0])
    with pytest.raises(ValueError):
        interval_histogram([1.0], [1.0, 10.0, 10.0])
    with pytest.raises(ValueError):
        log_edges(0.0, 10.0)


@given(st.lists(st.floats(min_value=0, max_value=1e6, allow_nan=False)))
def test_histogram_counts_every_interval_once(values: list[float]) -> None:
    edges, counts = interval_histogram(values)
    assert sum(counts) == len(values)
    assert all(math.isfinite(e) for e in edges)
