"""Tests for the per-night figures, the rolling median and the summary statistics."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hypnic.domain.analysis import (
    NightFigures,
    Summary,
    analyse_night,
    rolling_median,
    summarise,
)
from hypnic.domain.events import Event, Instant, NightRecord, Observer
from hypnic.domain.timerules import night_of

NIGHT = date(2026, 11, 24)
_ids = itertools.count()


def utc_ms(text: str) -> int:
    """'2026-11-24 22:05:20' read as UTC, in milliseconds."""
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp() * 1000)


def ev(
    kind: str,
    when: str | int,
    *,
    by: Observer = Observer.SELF,
    offset_min: int = 0,
    deleted: bool = False,
) -> Event:
    ms = utc_ms(when) if isinstance(when, str) else when
    return Event(
        id=f"e{next(_ids):04d}",
        kind=kind,
        utc_ms=ms,
        offset_min=offset_min,
        by=by,
        deleted_utc_ms=ms + 1 if deleted else None,
    )


def lights_out_at(when: str, offset_min: int = 0) -> NightRecord:
    return NightRecord(night=NIGHT, lights_out=Instant(utc_ms(when), offset_min))


def seconds_after(
    base: str, *seconds: float, kind: str = "jerk", by: Observer = Observer.SELF
) -> list[Event]:
    start = utc_ms(base)
    return [ev(kind, start + round(s * 1000), by=by) for s in seconds]


# A hand-worked night: an itch during wind-down, lights out at 22:00, a burst of four jerks
# 20 s apart at 22:05, then scattered taps until 23:00.
def worked_night() -> list[Event]:
    return [
        ev("deep_itch", "2026-11-24 21:50:00"),
        *seconds_after("2026-11-24 22:05:00", 0, 20, 40, 60),
        ev("kick", "2026-11-24 22:30:00"),
        ev("deep_itch", "2026-11-24 22:45:00"),
        ev("jerk", "2026-11-24 23:00:00"),
    ]


def test_worked_night_with_lights_out() -> None:
    events = worked_night()
    random.Random(7).shuffle(events)  # the caller may pass them in any order
    fig = analyse_night(NIGHT, events, lights_out_at("2026-11-24 22:00:00"))

    assert fig.night == NIGHT
    assert fig.counts == {"deep_itch": 2, "jerk": 5, "kick": 1}
    assert fig.partner_counts == {}
    assert fig.lights_out == Instant(utc_ms("2026-11-24 22:00:00"), 0)
    assert fig.first_event is not None and fig.first_event.utc_ms == utc_ms("2026-11-24 21:50:00")
    assert fig.last_event is not None and fig.last_event.utc_ms == utc_ms("2026-11-24 23:00:00")
    # Window 22:00-23:00 holds 7 taps (the 21:50 itch was before lights-out).
    assert fig.window_hours == 1.0
    assert fig.events_per_hour == 7.0
    assert fig.latency_min == 5.0
    # Six movement taps: 20, 20, 20, then 22:06 -> 22:30 and 22:30 -> 23:00.
    assert fig.intervals_s == (20.0, 20.0, 20.0, 1440.0, 1800.0)
    assert fig.periodic_runs == 1 and fig.longest_run == 4
    assert fig.in_runs_share == pytest.approx(4 / 6)
    assert fig.periodic_runs_wasm == 1 and fig.longest_run_wasm == 4
    assert fig.in_runs_share_wasm == pytest.approx(4 / 6)
    (run,) = fig.runs
    assert run.observer == Observer.SELF and run.taps == 4
    assert run.start_utc_ms == utc_ms("2026-11-24 22:05:00")
    assert run.end_utc_ms == utc_ms("2026-11-24 22:06:00")
    assert len(run.event_ids) == 4


def test_without_lights_out_the_window_starts_at_the_first_self_event() -> None:
    fig = analyse_night(NIGHT, worked_night(), None)
    assert fig.lights_out is None
    assert fig.latency_min is None
    # 21:50-23:00 is 70 minutes and holds all 8 taps.
    assert fig.window_hours == pytest.approx(70 / 60)
    assert fig.events_per_hour == pytest.approx(8 / (70 / 60))


def test_a_record_without_lights_out_is_the_same_as_none() -> None:
    fig = analyse_night(NIGHT, worked_night(), NightRecord(night=NIGHT))
    assert fig.latency_min is None
    assert fig.window_hours == pytest.approx(70 / 60)


def test_lights_out_after_the_last_event_leaves_no_window_and_no_latency() -> None:
    fig = analyse_night(NIGHT, worked_night(), lights_out_at("2026-11-24 23:30:00"))
    assert fig.window_hours is None
    assert fig.events_per_hour is None
    assert fig.latency_min is None
    assert fig.counts["jerk"] == 5  # the taps still count


def test_an_event_at_lights_out_has_zero_latency() -> None:
    events = [ev("jerk", "2026-11-24 22:00:00"), ev("jerk", "2026-11-24 22:30:00")]
    fig = analyse_night(NIGHT, events, lights_out_at("2026-11-24 22:00:00"))
    assert fig.latency_min == 0.0
    assert fig.events_per_hour == 4.0  # 2 taps in half an hour


def test_events_per_hour_is_null_under_ten_minutes_and_set_at_ten() -> None:
    start = utc_ms("2026-11-24 22:00:00")
    short = [ev("jerk", start), ev("kick", start + 599_999)]
    fig = analyse_night(NIGHT, short, None)
    assert fig.window_hours == pytest.approx(599_999 / 3_600_000)
    assert fig.events_per_hour is None

    exact = [ev("jerk", start), ev("kick", start + 600_000)]
    assert analyse_night(NIGHT, exact, None).events_per_hour == pytest.approx(12.0)


def test_one_event_alone_gives_no_rate() -> None:
    fig = analyse_night(NIGHT, [ev("jerk", "2026-11-24 22:00:00")], None)
    assert fig.window_hours == 0.0
    assert fig.events_per_hour is None
    assert fig.intervals_s == ()
    assert fig.in_runs_share == 0.0


def test_an_empty_night() -> None:
    fig = analyse_night(NIGHT, [], None)
    assert fig.counts == {} and fig.partner_counts == {}
    assert fig.first_event is None and fig.last_event is None
    assert fig.window_hours is None and fig.events_per_hour is None
    assert fig.latency_min is None
    assert fig.runs == () and fig.runs_wasm == ()
    assert fig.periodic_runs == 0 and fig.longest_run == 0
    assert fig.in_runs_share is None and fig.in_runs_share_wasm is None


def test_a_night_of_sensations_only_has_no_movement_figures() -> None:
    events = seconds_after("2026-11-24 22:00:00", 0, 20, 40, 60, 80, kind="deep_itch")
    fig = analyse_night(NIGHT, events, None)
    assert fig.counts == {"deep_itch": 5}
    assert fig.intervals_s == ()
    assert fig.periodic_runs == 0 and fig.longest_run == 0
    assert fig.in_runs_share is None


def test_partner_and_self_taps_interleaved_never_form_one_run() -> None:
    # Together they tap every 10 s; each observer alone taps every 20 s, three times.
    own = seconds_after("2026-11-24 23:00:00", 0, 20, 40, kind="kick")
    partner = seconds_after("2026-11-24 23:00:00", 10, 30, 50, kind="kick", by=Observer.PARTNER)
    fig = analyse_night(NIGHT, own + partner, None)
    assert fig.runs == () and fig.runs_wasm == ()
    assert fig.intervals_s == (20.0, 20.0, 20.0, 20.0)
    assert fig.counts == {"kick": 3}
    assert fig.partner_counts == {"kick": 3}
    assert fig.in_runs_share == 0.0


def test_partner_runs_are_kept_apart_from_the_nightly_self_figures() -> None:
    partner = seconds_after(
        "2026-11-25 02:00:00", 0, 30, 60, 90, 120, kind="kick", by=Observer.PARTNER
    )
    own = [ev("jerk", "2026-11-24 22:10:00"), ev("jerk", "2026-11-24 22:40:00")]
    fig = analyse_night(NIGHT, own + partner, lights_out_at("2026-11-24 22:00:00"))
    assert fig.periodic_runs == 0 and fig.longest_run == 0 and fig.in_runs_share == 0.0
    # The wind-down figures ignore the partner's taps after the patient's last one.
    assert fig.last_event is not None and fig.last_event.utc_ms == utc_ms("2026-11-24 22:40:00")
    assert fig.events_per_hour == pytest.approx(2 / (40 / 60))
    (run,) = fig.runs_of(Observer.PARTNER)
    assert run.taps == 5 and run.observer == Observer.PARTNER
    assert fig.runs_of(Observer.SELF) == ()
    partner_figures = fig.run_figures_of(Observer.PARTNER)
    assert (partner_figures.periodic_runs, partner_figures.longest_run) == (1, 5)
    assert partner_figures.in_runs_share == 1.0
    assert fig.run_figures_of(Observer.PARTNER, wasm=True).periodic_runs == 1


def test_deep_itch_between_movement_taps_does_not_break_a_run() -> None:
    jerks = seconds_after("2026-11-24 22:00:00", 0, 20, 40, 60)
    # An itch 1 s after a jerk would break the run if it were counted as movement.
    itches = seconds_after("2026-11-24 22:00:00", 1, 21, 41, kind="deep_itch")
    fig = analyse_night(NIGHT, jerks + itches, None)
    assert [r.taps for r in fig.runs] == [4]
    assert fig.intervals_s == (20.0, 20.0, 20.0)
    assert fig.in_runs_share == 1.0


def test_deep_itch_between_movement_taps_does_not_join_two_runs() -> None:
    # Jerks 0-40 s and 140-180 s are 100 s apart; itches fill the gap every 20 s.
    jerks = seconds_after("2026-11-24 22:00:00", 0, 20, 40, 140, 160, 180)
    itches = seconds_after("2026-11-24 22:00:00", 60, 80, 100, 120, kind="deep_itch")
    fig = analyse_night(NIGHT, jerks + itches, None)
    assert fig.runs == ()
    assert fig.in_runs_share == 0.0


def test_jerks_and_kicks_together_make_one_run() -> None:
    events = [
        *seconds_after("2026-11-24 22:00:00", 0, 40, kind="jerk"),
        *seconds_after("2026-11-24 22:00:00", 20, 60, kind="kick"),
    ]
    fig = analyse_night(NIGHT, events, None)
    assert [r.taps for r in fig.runs] == [4]


def test_movement_kinds_can_include_a_kind_the_user_made() -> None:
    events = [
        *seconds_after("2026-11-24 22:00:00", 0, 40, kind="jerk"),
        *seconds_after("2026-11-24 22:00:00", 20, 60, kind="arm_jerk"),
    ]
    assert analyse_night(NIGHT, events, None).runs == ()
    fig = analyse_night(NIGHT, events, None, frozenset({"jerk", "kick", "arm_jerk"}))
    assert [r.taps for r in fig.runs] == [4]


def test_trashed_events_are_ignored() -> None:
    jerks = seconds_after("2026-11-24 22:00:00", 0, 20, 40, 60)
    trashed = [ev("jerk", utc_ms("2026-11-24 22:00:50"), deleted=True)]
    trashed.append(ev("kick", "2026-11-24 23:30:00", deleted=True))
    fig = analyse_night(NIGHT, jerks + trashed, None)
    assert fig.counts == {"jerk": 4}
    assert [r.taps for r in fig.runs] == [4]
    assert fig.last_event is not None and not fig.last_event.deleted
    assert fig.window_hours == pytest.approx(1 / 60)


def test_the_10_to_90_second_rule_leaves_out_7_second_intervals() -> None:
    fig = analyse_night(NIGHT, seconds_after("2026-11-24 22:00:00", 0, 7, 14, 21, 28), None)
    assert (fig.periodic_runs, fig.longest_run, fig.in_runs_share) == (1, 5, 1.0)
    assert (fig.periodic_runs_wasm, fig.longest_run_wasm, fig.in_runs_share_wasm) == (0, 0, 0.0)
    assert fig.runs_wasm == ()


def test_a_night_across_the_autumn_clock_change_uses_utc_intervals() -> None:
    # Berlin, 25 Oct 2026: 03:00 CEST (+02:00) becomes 02:00 CET (+01:00) at 01:00 UTC.
    # Local clock: 02:59:20, 02:59:40, then 02:00:00, 02:00:20 - really 20 s apart each.
    night = date(2026, 10, 24)
    events = [
        ev("kick", "2026-10-25 00:59:20", offset_min=120),
        ev("kick", "2026-10-25 00:59:40", offset_min=120),
        ev("kick", "2026-10-25 01:00:00", offset_min=60),
        ev("kick", "2026-10-25 01:00:20", offset_min=60),
    ]
    assert {night_of(e.utc_ms, e.offset_min) for e in events} == {night}
    assert events[2].local_ms < events[1].local_ms  # the wall clock went back
    fig = analyse_night(night, list(reversed(events)), None)
    assert fig.intervals_s == (20.0, 20.0, 20.0)
    assert [r.taps for r in fig.runs] == [4]
    assert fig.first_event == events[0] and fig.last_event == events[3]


def test_latency_across_the_spring_clock_change_counts_real_minutes() -> None:
    # Berlin, 29 Mar 2026: 02:00 CET jumps to 03:00 CEST at 01:00 UTC.
    # Lights out at 01:59 local (+01:00), first jerk at 03:01 local (+02:00): 2 minutes.
    night = date(2026, 3, 28)
    record = NightRecord(night=night, lights_out=Instant(utc_ms("2026-03-29 00:59:00"), 60))
    events = [
        ev("jerk", "2026-03-29 01:01:00", offset_min=120),
        ev("jerk", "2026-03-29 01:31:00", offset_min=120),
    ]
    fig = analyse_night(night, events, record)
    assert fig.latency_min == 2.0
    assert fig.window_hours == pytest.approx(32 / 60)
    assert fig.intervals_s == (1800.0,)


# --- properties of analyse_night -------------------------------------------------------------

taps = st.lists(
    st.tuples(
        st.sampled_from(["jerk", "kick", "deep_itch"]),
        st.integers(min_value=0, max_value=3_600_000),
        st.sampled_from(list(Observer)),
        st.booleans(),
    ),
    max_size=60,
)


def _events(drawn: list[tuple[str, int, Observer, bool]]) -> list[Event]:
    start = utc_ms("2026-11-24 22:00:00")
    return [ev(kind, start + ms, by=by, deleted=trashed) for kind, ms, by, trashed in drawn]


@given(taps)
def test_shares_lie_in_zero_to_one_and_runs_are_well_formed(
    drawn: list[tuple[str, int, Observer, bool]],
) -> None:
    events = _events(drawn)
    fig = analyse_night(NIGHT, events, None)
    by_id = {e.id: e for e in events}
    for share in (fig.in_runs_share, fig.in_runs_share_wasm):
        assert share is None or 0.0 <= share <= 1.0
    assert (fig.in_runs_share is None) == (fig.movement_taps == 0)
    for run in fig.runs + fig.runs_wasm:
        members = [by_id[i] for i in run.event_ids]
        assert len(members) == run.taps >= 4
        assert all(m.by == run.observer and m.kind != "deep_itch" for m in members)
        assert not any(m.deleted for m in members)
        assert (members[0].utc_ms, members[-1].utc_ms) == (run.start_utc_ms, run.end_utc_ms)
        gaps = [b.utc_ms - a.utc_ms for a, b in itertools.pairwise(members)]
        assert all(5_000 <= g <= 90_000 for g in gaps)
    # Every 10-90 s run lies inside a 5-90 s run of the same observer.
    for wasm in fig.runs_wasm:
        assert any(
            r.observer == wasm.observer and set(wasm.event_ids) <= set(r.event_ids)
            for r in fig.runs
        )


@given(taps)
def test_counts_and_intervals_add_up(drawn: list[tuple[str, int, Observer, bool]]) -> None:
    events = _events(drawn)
    fig = analyse_night(NIGHT, events, None)
    live = [e for e in events if not e.deleted]
    assert sum(fig.counts.values()) == sum(1 for e in live if e.by == Observer.SELF)
    assert sum(fig.partner_counts.values()) == sum(1 for e in live if e.by == Observer.PARTNER)
    moving = (fig.movement_taps, fig.partner_movement_taps)
    assert len(fig.intervals_s) == sum(max(n - 1, 0) for n in moving)
    assert all(i >= 0 for i in fig.intervals_s)
    assert fig.longest_run <= fig.movement_taps
    assert isinstance(fig, NightFigures)


# --- summaries across nights ---------------------------------------------------------------------


def test_summarise_gives_median_and_interquartile_range() -> None:
    assert summarise([4, 1, 3, 2]) == Summary(median=2.5, q1=1.75, q3=3.25, n=4)
    assert summarise([3, 1, 2]) == Summary(median=2, q1=1.5, q3=2.5, n=3)
    assert summarise([5.0]) == Summary(median=5.0, q1=5.0, q3=5.0, n=1)
    assert summarise([]) == Summary(median=None, q1=None, q3=None, n=0)


def test_rolling_median_needs_three_nights_and_skips_gaps() -> None:
    values: list[float | None] = [4, None, 2, 6, None, 8, None, None, None, None, None, 1]
    assert rolling_median(values) == [
        None,  # 4
        None,  # 4
        None,  # 4, 2
        4,  # 4, 2, 6
        4,  # 4, 2, 6
        5.0,  # 4, 2, 6, 8
        5.0,  # 4, 2, 6, 8
        6,  # 2, 6, 8 (the first night has left the 7-night window)
        6,  # 2, 6, 8
        None,  # 6, 8
        None,  # 8
        None,  # 8, 1
    ]


def test_rolling_median_window_and_minimum_are_configurable() -> None:
    assert rolling_median([1, 2, 3, 10], window=3) == [None, None, 2, 3]
    assert rolling_median([1, 2, 3, 10], window=3, min_values=1) == [1, 1.5, 2, 3]
    assert rolling_median([]) == []
    with pytest.raises(ValueError):
        rolling_median([1.0], window=0)
