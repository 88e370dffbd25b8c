"""The per-night figures of DESIGN section 6 as analyse_night gives them, and the summaries."""

from __future__ import annotations

import itertools
import random
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from night_helpers import NIGHT, ev, lights_out_at, seconds_after, utc_ms

from hypnic.domain.analysis import (
    PATTERNS,
    NightFigures,
    Summary,
    analyse_night,
    rolling_median,
    summarise,
)
from hypnic.domain.diary import DiaryEntry
from hypnic.domain.events import Event, Instant, NightRecord, Observer
from hypnic.domain.kinds import BUILTIN_GROUPS, KindGroup
from hypnic.domain.timerules import night_of


# A hand-worked night: an itch before lights-out at 22:00, a series of four jerks 20 s apart
# at 22:05, then a kick, an itch and a last jerk until 23:00.
def worked_night() -> list[Event]:
    return [
        ev("deep_itch", "2026-11-24 21:50:00"),
        *seconds_after("2026-11-24 22:05:00", 0, 20, 40, 60, kind="jerk"),
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
    # Wind-down 22:00-23:00 holds 7 taps (the 21:50 itch was before lights-out).
    assert fig.winddown_start == fig.lights_out
    assert fig.winddown_end == Instant(utc_ms("2026-11-24 23:00:00"), 0)
    assert fig.winddown_hours == 1.0
    assert fig.winddown_counts == {"deep_itch": 1, "jerk": 5, "kick": 1}
    assert fig.events_per_hour == 7.0
    assert fig.latency_min == 5.0
    assert fig.after_winddown == 0
    # One kick: no leg interval, no run. The jerks are not leg movements.
    assert fig.intervals_s == ()
    assert (fig.periodic_runs, fig.longest_run, fig.in_runs_share) == (0, 0, 0.0)
    assert (fig.wasm_runs, fig.partner_periodic_runs) == (0, 0)
    assert fig.runs == () and fig.runs_wasm == ()
    # The four jerks 20 s apart are a jerk series; the 23:00 jerk is isolated.
    assert (fig.jerk_series, fig.longest_jerk_series) == (1, 4)
    (series,) = fig.jerk_runs
    assert (series.movements, series.taps) == (4, 4)
    assert series.start_utc_ms == utc_ms("2026-11-24 22:05:00")
    assert series.end_utc_ms == utc_ms("2026-11-24 22:06:00")
    assert fig.patterns == ("isolated_jerks", "jerk_series", "evening_sensations")
    assert fig.diary is None and fig.rest_tests == ()
    assert fig.quiet is False and fig.symptoms_from is None


def test_without_lights_out_the_wind_down_starts_at_the_first_self_tap() -> None:
    fig = analyse_night(NIGHT, worked_night(), None)
    assert fig.lights_out is None and fig.latency_min is None
    assert fig.winddown_start == Instant(utc_ms("2026-11-24 21:50:00"), 0)
    # 21:50-23:00 is 70 minutes and holds all 8 taps.
    assert fig.winddown_hours == pytest.approx(70 / 60)
    assert fig.events_per_hour == pytest.approx(8 / (70 / 60))


def test_a_record_without_lights_out_is_the_same_as_none() -> None:
    with_record = analyse_night(NIGHT, worked_night(), NightRecord(night=NIGHT))
    assert with_record.latency_min is None
    assert with_record.winddown_hours == pytest.approx(70 / 60)


def test_a_recorded_wind_down_start_is_not_used_in_figures() -> None:
    record = lights_out_at("2026-11-24 22:00:00").with_changes(
        winddown=Instant(utc_ms("2026-11-24 21:00:00"), 0)
    )
    fig = analyse_night(NIGHT, worked_night(), record)
    assert fig.winddown_start == record.lights_out
    assert fig.events_per_hour == 7.0


def test_a_night_with_taps_only_before_lights_out() -> None:
    fig = analyse_night(NIGHT, worked_night(), lights_out_at("2026-11-24 23:30:00"))
    assert fig.winddown_start == Instant(utc_ms("2026-11-24 23:30:00"), 0)
    assert fig.winddown_end is None and fig.winddown_hours is None
    assert fig.events_per_hour is None and fig.latency_min is None
    assert fig.after_winddown == 0  # taps before lights-out count in neither
    assert fig.winddown_counts == {}
    assert fig.counts["jerk"] == 5  # the taps still count
    # Sensations from 21:30 to the start (no end): the itches of 21:50 and 22:45.
    assert fig.patterns == ("evening_sensations",)
    assert fig.jerk_series == 1  # a series, but not in the wind-down: no pattern for it


def test_an_event_at_lights_out_has_zero_latency() -> None:
    events = [ev("jerk", "2026-11-24 22:00:00"), ev("jerk", "2026-11-24 22:30:00")]
    fig = analyse_night(NIGHT, events, lights_out_at("2026-11-24 22:00:00"))
    assert fig.latency_min == 0.0
    assert fig.events_per_hour == 4.0  # 2 taps in half an hour


def test_the_time_from_lights_out_to_the_first_tap_is_latency_never_a_gap() -> None:
    events = [ev("jerk", "2026-11-24 23:30:00"), ev("jerk", "2026-11-24 23:40:00")]
    fig = analyse_night(NIGHT, events, lights_out_at("2026-11-24 22:00:00"))
    assert fig.latency_min == 90.0
    assert fig.winddown_end == Instant(utc_ms("2026-11-24 23:40:00"), 0)
    assert fig.after_winddown == 0
    assert fig.events_per_hour == pytest.approx(2 / (100 / 60))


def test_taps_before_lights_out_count_in_neither_rate_nor_after() -> None:
    events = [
        ev("jerk", "2026-11-24 21:00:00"),
        ev("jerk", "2026-11-24 21:30:00"),
        ev("jerk", "2026-11-24 22:10:00"),
        ev("jerk", "2026-11-24 22:30:00"),
    ]
    fig = analyse_night(NIGHT, events, lights_out_at("2026-11-24 22:00:00"))
    assert fig.winddown_counts == {"jerk": 2}
    assert fig.events_per_hour == 4.0  # 2 taps in the half hour 22:00-22:30
    assert fig.after_winddown == 0
    assert fig.first_event is not None and fig.first_event.utc_ms == utc_ms("2026-11-24 21:00:00")


@pytest.mark.parametrize(
    ("third", "end", "after"),
    [
        ("2026-11-24 23:10:00.000", "2026-11-24 23:10:00.000", 0),  # 60:00.000: still wind-down
        ("2026-11-24 23:10:00.001", "2026-11-24 22:10:00.000", 1),  # 60:00.001 ends it
    ],
)
def test_a_gap_of_more_than_60_minutes_ends_the_wind_down(third: str, end: str, after: int) -> None:
    events = [
        ev("jerk", "2026-11-24 22:00:00"),
        ev("jerk", "2026-11-24 22:10:00"),
        ev("jerk", third),
    ]
    fig = analyse_night(NIGHT, events, lights_out_at("2026-11-24 22:00:00"))
    assert fig.winddown_end == Instant(utc_ms(end), 0)
    assert fig.after_winddown == after
    assert ("after_winddown" in fig.patterns) == bool(after)
    if after:
        # One tap next morning no longer cuts the rate: 2 taps in the first 10 minutes.
        assert fig.events_per_hour == 12.0
    else:
        assert fig.events_per_hour == pytest.approx(3 / (70 / 60))


def test_every_tap_after_the_first_long_gap_is_after_the_wind_down() -> None:
    events = [
        *seconds_after("2026-11-24 22:00:00", 0, 600, 1200, kind="jerk"),
        ev("jerk", "2026-11-25 01:00:00"),  # a night waking
        ev("kick", "2026-11-25 01:05:00"),
        ev("jerk", "2026-11-25 06:30:00"),  # the morning
        ev("kick", "2026-11-25 01:06:00", by=Observer.PARTNER),  # partner: in neither
    ]
    fig = analyse_night(NIGHT, events, None)
    assert fig.winddown_end == Instant(utc_ms("2026-11-24 22:20:00"), 0)
    assert fig.after_winddown == 3
    assert fig.events_per_hour == pytest.approx(3 / (20 / 60))


def test_events_per_hour_is_null_under_ten_minutes_and_set_at_ten() -> None:
    start = utc_ms("2026-11-24 22:00:00")
    short = [ev("jerk", start), ev("kick", start + 599_999)]
    fig = analyse_night(NIGHT, short, None)
    assert fig.winddown_hours == pytest.approx(599_999 / 3_600_000)
    assert fig.events_per_hour is None

    exact = [ev("jerk", start), ev("kick", start + 600_000)]
    assert analyse_night(NIGHT, exact, None).events_per_hour == pytest.approx(12.0)


def test_one_event_alone_gives_no_rate() -> None:
    fig = analyse_night(NIGHT, [ev("kick", "2026-11-24 22:00:00")], None)
    assert fig.winddown_hours == 0.0
    assert fig.events_per_hour is None
    assert fig.intervals_s == ()
    assert fig.in_runs_share == 0.0


def test_an_empty_night() -> None:
    fig = analyse_night(NIGHT, [], None)
    assert fig.counts == {} and fig.partner_counts == {}
    assert fig.first_event is None and fig.last_event is None
    assert fig.winddown_start is None and fig.winddown_end is None
    assert fig.winddown_hours is None and fig.events_per_hour is None
    assert fig.latency_min is None and fig.after_winddown == 0
    assert fig.runs == () and fig.runs_wasm == () and fig.jerk_runs == ()
    assert fig.periodic_runs == 0 and fig.longest_run == 0 and fig.in_runs_share is None
    assert fig.patterns == ()


def test_a_quiet_mark_holds_only_while_the_night_has_no_self_tap() -> None:
    quiet = NightRecord(night=NIGHT, quiet=True)
    assert analyse_night(NIGHT, [], quiet).quiet is True
    partner = [ev("kick", "2026-11-25 02:00:00", by=Observer.PARTNER)]
    assert analyse_night(NIGHT, partner, quiet).quiet is True
    assert analyse_night(NIGHT, [ev("jerk", "2026-11-24 22:00:00")], quiet).quiet is False
    assert analyse_night(NIGHT, [], None).quiet is False


def test_symptoms_from_is_passed_through() -> None:
    onset = Instant(utc_ms("2026-11-24 19:30:00"), 60)
    fig = analyse_night(NIGHT, [], NightRecord(night=NIGHT, symptoms_from=onset))
    assert fig.symptoms_from == onset


def test_a_night_of_sensations_only_has_no_run_figures() -> None:
    events = seconds_after("2026-11-24 22:00:00", 0, 20, 40, 60, 80, kind="deep_itch")
    fig = analyse_night(NIGHT, events, None)
    assert fig.counts == {"deep_itch": 5}
    assert fig.intervals_s == ()
    assert fig.periodic_runs == 0 and fig.longest_run == 0
    assert fig.in_runs_share is None
    assert fig.jerk_series == 0
    assert fig.patterns == ("evening_sensations",)


# --- leg runs: the 5–90 s rule with joining, the 10–90 s rule --------------------------------


@pytest.mark.parametrize(
    ("seconds", "runs", "longest"),
    [
        ((0, 5, 10, 15), 1, 4),  # 5.000 s qualifies
        ((0, 4.999, 9.998, 14.997), 0, 0),  # 4.999 s joins: two movements, no run
        ((0, 90, 180, 270), 1, 4),  # 90.000 s qualifies
        ((0, 90.001, 180.002, 270.003), 0, 0),  # 90.001 s breaks
        ((0, 90, 180.001, 270.001), 0, 0),
    ],
)
def test_the_5_to_90_second_edges_to_the_millisecond(
    seconds: tuple[float, ...], runs: int, longest: int
) -> None:
    fig = analyse_night(NIGHT, seconds_after("2026-11-24 22:00:00", *seconds), None)
    assert (fig.periodic_runs, fig.longest_run) == (runs, longest)


@pytest.mark.parametrize(
    ("seconds", "runs"),
    [
        ((0, 10, 20, 30), 1),  # 10.000 s qualifies
        ((0, 9.999, 19.998, 29.997), 0),
        ((0, 90, 180, 270), 1),
        ((0, 90.001, 180.002, 270.003), 0),
    ],
)
def test_the_10_to_90_second_edges_to_the_millisecond(
    seconds: tuple[float, ...], runs: int
) -> None:
    fig = analyse_night(NIGHT, seconds_after("2026-11-24 22:00:00", *seconds), None)
    assert fig.wasm_runs == runs


def test_a_double_tap_inside_a_run_joins_under_5_to_90_and_breaks_10_to_90() -> None:
    # Kicks every 20 s with a double tap 2 s after the second one.
    events = seconds_after("2026-11-24 22:00:00", 0, 20, 22, 40, 60)
    fig = analyse_night(NIGHT, events, None)
    (run,) = fig.runs
    assert (run.movements, run.taps) == (4, 5)
    assert (fig.periodic_runs, fig.longest_run, fig.in_runs_share) == (1, 4, 1.0)
    assert fig.wasm_runs == 0 and fig.runs_wasm == ()
    # The raw intervals still show the double tap.
    assert fig.intervals_s == (20.0, 2.0, 18.0, 20.0)


def test_in_runs_share_counts_joined_taps() -> None:
    events = [
        *seconds_after("2026-11-24 22:00:00", 0, 20, 22, 40, 60),
        ev("kick", "2026-11-24 22:30:00"),  # a stray kick
    ]
    fig = analyse_night(NIGHT, events, None)
    assert fig.in_runs_share == pytest.approx(5 / 6)


def test_the_next_interval_is_measured_from_the_first_tap_of_a_movement() -> None:
    # 4 s joins the kick at 0; 8 s is 8 s after that first tap (not 4 s after the joined one),
    # so it starts a movement: onsets 0, 8, 28, 48.
    fig = analyse_night(NIGHT, seconds_after("2026-11-24 22:00:00", 0, 4, 8, 28, 48), None)
    (run,) = fig.runs
    assert (run.movements, run.taps) == (4, 5)
    # 4.999 joins 0; 9.998 is 9.998 s after 0 (a new movement) although 4.999 s after the
    # joined tap; 14.000 is 4.002 s after 9.998 and joins it.
    fig = analyse_night(NIGHT, seconds_after("2026-11-24 22:00:00", 0, 4.999, 9.998, 14), None)
    assert fig.runs == ()


def test_jerks_and_kicks_interleaved_a_jerk_never_joins_a_kick_run() -> None:
    kicks = seconds_after("2026-11-24 22:00:00", 0, 20, 40, 60)
    jerks = seconds_after("2026-11-24 22:00:00", 2, 10, 30, kind="jerk")
    fig = analyse_night(NIGHT, kicks + jerks, None)
    (run,) = fig.runs
    assert run.event_ids == tuple(e.id for e in kicks)
    assert (fig.longest_run, fig.in_runs_share) == (4, 1.0)
    assert fig.jerk_series == 0
    # Three kicks and a jerk 20 s apart are no leg run, and no jerk series either.
    mixed = [
        *seconds_after("2026-11-24 23:00:00", 0, 20, 40),
        *seconds_after("2026-11-24 23:00:00", 60, kind="jerk"),
    ]
    fig = analyse_night(NIGHT, mixed, None)
    assert (fig.periodic_runs, fig.jerk_series) == (0, 0)


def test_sensations_between_kicks_neither_break_nor_join_runs() -> None:
    kicks = seconds_after("2026-11-24 22:00:00", 0, 20, 40, 60)
    itches = seconds_after("2026-11-24 22:00:00", 1, 21, 41, kind="deep_itch")
    fig = analyse_night(NIGHT, kicks + itches, None)
    assert [r.taps for r in fig.runs] == [4]
    # Kicks 0-40 s and 140-180 s are 100 s apart; itches fill the gap every 20 s.
    kicks = seconds_after("2026-11-24 23:00:00", 0, 20, 40, 140, 160, 180)
    itches = seconds_after("2026-11-24 23:00:00", 60, 80, 100, 120, kind="deep_itch")
    assert analyse_night(NIGHT, kicks + itches, None).runs == ()


def test_partner_and_self_taps_interleaved_never_form_one_run() -> None:
    # Together they tap every 10 s; each observer alone taps every 20 s, three times.
    own = seconds_after("2026-11-24 23:00:00", 0, 20, 40)
    partner = seconds_after("2026-11-24 23:00:00", 10, 30, 50, by=Observer.PARTNER)
    fig = analyse_night(NIGHT, own + partner, None)
    assert fig.runs == () and fig.runs_wasm == ()
    assert fig.intervals_s == (20.0, 20.0)  # the patient's own leg taps only
    assert fig.counts == {"kick": 3} and fig.partner_counts == {"kick": 3}
    assert (fig.in_runs_share, fig.partner_periodic_runs) == (0.0, 0)


def test_partner_runs_are_kept_apart_from_the_nightly_self_figures() -> None:
    partner = seconds_after("2026-11-25 02:00:00", 0, 30, 32, 60, 90, 120, by=Observer.PARTNER)
    own = [ev("jerk", "2026-11-24 22:10:00"), ev("jerk", "2026-11-24 22:40:00")]
    fig = analyse_night(NIGHT, own + partner, lights_out_at("2026-11-24 22:00:00"))
    assert (fig.periodic_runs, fig.longest_run, fig.in_runs_share) == (0, 0, None)
    assert fig.partner_periodic_runs == 1
    # The wind-down figures ignore the partner's taps after the patient's last one.
    assert fig.winddown_end == Instant(utc_ms("2026-11-24 22:40:00"), 0)
    assert fig.after_winddown == 0
    assert fig.events_per_hour == pytest.approx(2 / (40 / 60))
    (run,) = fig.runs_of(Observer.PARTNER)
    assert (run.movements, run.taps, run.observer) == (5, 6, Observer.PARTNER)
    assert fig.runs_of(Observer.SELF) == ()
    partner_figures = fig.run_figures_of(Observer.PARTNER)
    assert (partner_figures.periodic_runs, partner_figures.longest_run) == (1, 5)
    assert partner_figures.in_runs_share == 1.0
    assert "periodic_leg_movements" not in fig.patterns  # the partner's runs: not self


def test_a_users_kind_in_the_leg_group_makes_runs_and_other_kinds_do_not() -> None:
    events = [
        *seconds_after("2026-11-24 22:00:00", 0, 40, kind="kick"),
        *seconds_after("2026-11-24 22:00:00", 20, 60, kind="toe_flex"),
    ]
    assert analyse_night(NIGHT, events, None).runs == ()  # toe_flex is unknown: other
    groups = {**BUILTIN_GROUPS, "toe_flex": KindGroup.LEG}
    fig = analyse_night(NIGHT, events, None, groups)
    assert [r.movements for r in fig.runs] == [4]


def test_trashed_events_are_ignored() -> None:
    kicks = seconds_after("2026-11-24 22:00:00", 0, 20, 40, 60)
    trashed = [ev("kick", utc_ms("2026-11-24 22:00:50"), deleted=True)]
    trashed.append(ev("kick", "2026-11-24 23:30:00", deleted=True))
    fig = analyse_night(NIGHT, kicks + trashed, None)
    assert fig.counts == {"kick": 4}
    assert [r.taps for r in fig.runs] == [4]
    assert fig.last_event is not None and not fig.last_event.deleted
    assert fig.winddown_hours == pytest.approx(1 / 60)


def test_the_10_to_90_second_rule_leaves_out_7_second_intervals() -> None:
    fig = analyse_night(NIGHT, seconds_after("2026-11-24 22:00:00", 0, 7, 14, 21, 28), None)
    assert (fig.periodic_runs, fig.longest_run, fig.in_runs_share) == (1, 5, 1.0)
    assert fig.wasm_runs == 0 and fig.runs_wasm == ()


# --- jerk series -------------------------------------------------------------------------------


def test_jerk_series_use_the_5_to_90_second_rule_with_joining() -> None:
    jerks = seconds_after("2026-11-24 22:00:00", 0, 1, 15, 30, 45, 200, 215, kind="jerk")
    arm = seconds_after("2026-11-24 22:00:00", 230, 245, kind="arm_jerk")  # a jerk kind too
    fig = analyse_night(NIGHT, jerks + arm, None)
    assert [(r.movements, r.taps) for r in fig.jerk_runs] == [(4, 5), (4, 4)]
    assert (fig.jerk_series, fig.longest_jerk_series) == (2, 4)
    assert fig.periodic_runs == 0 and fig.runs == ()  # never leg runs
    assert fig.jerk_series_figures().in_runs_share == 1.0


# --- patterns ------------------------------------------------------------------------------------


def _patterns(events: list[Event], record: NightRecord | None = None) -> tuple[str, ...]:
    return analyse_night(NIGHT, events, record).patterns


def test_isolated_jerks_need_a_jerk_in_the_wind_down_outside_every_series() -> None:
    assert "isolated_jerks" in _patterns([ev("jerk", "2026-11-24 22:10:00")])
    series = seconds_after("2026-11-24 22:10:00", 0, 20, 40, 60, kind="jerk")
    assert "isolated_jerks" not in _patterns(series)
    # A jerk before lights-out, or after the wind-down ended, is not in the wind-down.
    record = lights_out_at("2026-11-24 22:00:00")
    early = [ev("jerk", "2026-11-24 21:50:00"), ev("kick", "2026-11-24 22:10:00")]
    assert "isolated_jerks" not in _patterns(early, record)
    late = [ev("kick", "2026-11-24 22:10:00"), ev("jerk", "2026-11-24 23:10:01")]
    assert _patterns(late, record) == ("after_winddown",)


def test_jerk_series_pattern_needs_a_series_that_starts_in_the_wind_down() -> None:
    series = seconds_after("2026-11-24 22:10:00", 0, 20, 40, 60, kind="jerk")
    assert _patterns(series) == ("jerk_series",)
    later = seconds_after("2026-11-24 23:30:00", 0, 20, 40, 60, kind="jerk")
    events = [ev("kick", "2026-11-24 22:00:00"), *later]
    fig = analyse_night(NIGHT, events, None)
    assert fig.jerk_series == 1
    assert fig.patterns == ("after_winddown",)


def test_periodic_leg_movements_pattern_is_any_self_leg_run() -> None:
    assert _patterns(seconds_after("2026-11-24 22:00:00", 0, 20, 40, 60)) == (
        "periodic_leg_movements",
    )
    assert _patterns(seconds_after("2026-11-24 22:00:00", 0, 20, 40)) == ()


@pytest.mark.parametrize(
    ("itch", "present"),
    [
        ("2026-11-24 20:00:00.000", True),  # exactly 2 hours before lights-out
        ("2026-11-24 19:59:59.999", False),
        # An itch is a self tap: 60:00.000 after the last jerk it ends the wind-down itself,
        # 60:00.001 after it comes after the wind-down.
        ("2026-11-24 23:20:00.000", True),
        ("2026-11-24 23:20:00.001", False),
    ],
)
def test_evening_sensations_run_from_2_hours_before_the_start_to_the_end(
    itch: str, present: bool
) -> None:
    events = [
        ev("jerk", "2026-11-24 22:10:00"),
        ev("jerk", "2026-11-24 22:20:00"),
        ev("deep_itch", itch),
    ]
    assert ("evening_sensations" in _patterns(events, lights_out_at("2026-11-24 22:00:00"))) == (
        present
    )


def test_evening_sensations_without_lights_out_start_at_the_first_tap() -> None:
    assert _patterns([ev("creeping", "2026-11-24 21:00:00")]) == ("evening_sensations",)
    assert _patterns([ev("hiccup", "2026-11-24 21:00:00")]) == ()


def test_patterns_come_in_their_order_when_all_are_present() -> None:
    events = [
        ev("burning", "2026-11-24 21:00:00"),
        ev("jerk", "2026-11-24 22:01:00"),
        *seconds_after("2026-11-24 22:10:00", 0, 20, 40, 60, kind="jerk"),
        *seconds_after("2026-11-24 22:20:00", 0, 20, 40, 60, kind="kick"),
        ev("jerk", "2026-11-25 04:00:00"),
    ]
    assert _patterns(events, lights_out_at("2026-11-24 22:00:00")) == PATTERNS


# --- the diary and rest tests in the night's figures ---------------------------------------------


def test_the_diary_figures_are_part_of_the_night_and_null_without_answers() -> None:
    assert analyse_night(NIGHT, [], None).diary is None
    entry = DiaryEntry(NIGHT, quality=4)
    fig = analyse_night(NIGHT, [], None, diary=entry)
    assert fig.diary is not None and fig.diary.total_sleep_min is None


# --- clock changes -------------------------------------------------------------------------------


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
    assert [r.movements for r in fig.runs] == [4]
    assert fig.first_event == events[0] and fig.last_event == events[3]


def test_the_wind_down_gap_across_the_autumn_clock_change_is_real_time() -> None:
    # 02:30 CEST, then 03:10 CET: 40 minutes on the wall clock, 100 minutes really.
    night = date(2026, 10, 24)
    first = ev("jerk", "2026-10-25 00:30:00", offset_min=120)
    second = ev("jerk", "2026-10-25 02:10:00", offset_min=60)
    assert second.local_ms - first.local_ms == 40 * 60_000
    fig = analyse_night(night, [first, second], None)
    assert fig.winddown_end == Instant(first.utc_ms, 120)
    assert fig.after_winddown == 1


def test_latency_across_the_spring_clock_change_counts_real_minutes() -> None:
    # Berlin, 29 Mar 2026: 02:00 CET jumps to 03:00 CEST at 01:00 UTC.
    # Lights out at 01:59 local (+01:00), first kick at 03:01 local (+02:00): 2 minutes.
    night = date(2026, 3, 28)
    record = NightRecord(night=night, lights_out=Instant(utc_ms("2026-03-29 00:59:00"), 60))
    events = [
        ev("kick", "2026-03-29 01:01:00", offset_min=120),
        ev("kick", "2026-03-29 01:31:00", offset_min=120),
    ]
    fig = analyse_night(night, events, record)
    assert fig.latency_min == 2.0
    assert fig.winddown_hours == pytest.approx(32 / 60)
    assert fig.winddown_end == Instant(utc_ms("2026-03-29 01:31:00"), 120)
    assert fig.intervals_s == (1800.0,)


# --- properties of analyse_night -------------------------------------------------------------

taps = st.lists(
    st.tuples(
        st.sampled_from(["jerk", "kick", "deep_itch", "arm_jerk", "hiccup"]),
        st.one_of(
            st.integers(min_value=0, max_value=3_600_000),
            # Clustered taps, so joining and runs happen often.
            st.integers(min_value=0, max_value=400).map(lambda n: n * 2_500),
        ),
        st.sampled_from(list(Observer)),
        st.booleans(),
    ),
    max_size=60,
)
lights = st.none() | st.integers(min_value=-3_600_000, max_value=3_600_000)


def _events(drawn: list[tuple[str, int, Observer, bool]]) -> list[Event]:
    start = utc_ms("2026-11-24 22:00:00")
    return [ev(kind, start + ms, by=by, deleted=trashed) for kind, ms, by, trashed in drawn]


def _record(offset_ms: int | None) -> NightRecord | None:
    if offset_ms is None:
        return None
    return NightRecord(NIGHT, lights_out=Instant(utc_ms("2026-11-24 22:00:00") + offset_ms, 0))


@given(taps, lights)
def test_runs_are_well_formed_and_never_overlap(
    drawn: list[tuple[str, int, Observer, bool]], lights_ms: int | None
) -> None:
    events = _events(drawn)
    fig = analyse_night(NIGHT, events, _record(lights_ms))
    by_id = {e.id: e for e in events}
    assert fig.in_runs_share is None or 0.0 <= fig.in_runs_share <= 1.0
    assert (fig.in_runs_share is None) == (fig.leg_taps == 0)
    groups = [
        (fig.runs, {"kick"}),
        (fig.runs_wasm, {"kick"}),
        (fig.jerk_runs, {"jerk", "arm_jerk"}),
    ]
    for runs, kinds in groups:
        for observer in Observer:
            mine = sorted((r for r in runs if r.observer == observer), key=lambda r: r.start_utc_ms)
            for a, b in itertools.pairwise(mine):
                assert a.end_utc_ms < b.start_utc_ms  # runs never overlap
        for run in runs:
            members = [by_id[i] for i in run.event_ids]
            # Every tap of a run is a live tap of the run's group and observer.
            assert all(m.by == run.observer and m.kind in kinds for m in members)
            assert not any(m.deleted for m in members)
            assert len(members) == run.taps >= run.movements >= 4
            assert (members[0].utc_ms, members[-1].utc_ms) == (run.start_utc_ms, run.end_utc_ms)
    assert all(r.observer == Observer.SELF for r in fig.jerk_runs)
    assert all(r.taps == r.movements for r in fig.runs_wasm)  # no joining under 10-90 s


@given(taps, lights)
def test_counts_and_wind_down_add_up(
    drawn: list[tuple[str, int, Observer, bool]], lights_ms: int | None
) -> None:
    events = _events(drawn)
    record = _record(lights_ms)
    fig = analyse_night(NIGHT, events, record)
    live = [e for e in events if not e.deleted]
    own = [e for e in live if e.by == Observer.SELF]
    assert sum(fig.counts.values()) == len(own)
    assert sum(fig.partner_counts.values()) == sum(1 for e in live if e.by == Observer.PARTNER)
    assert len(fig.intervals_s) == max(fig.leg_taps - 1, 0)
    assert all(i >= 0 for i in fig.intervals_s)
    assert fig.longest_run <= fig.leg_taps and fig.longest_jerk_series <= fig.jerk_taps
    before = sum(1 for e in own if fig.winddown_start and e.utc_ms < fig.winddown_start.utc_ms)
    assert sum(fig.winddown_counts.values()) + fig.after_winddown + before == len(own)
    assert (fig.winddown_end is None) == (sum(fig.winddown_counts.values()) == 0)
    assert list(fig.patterns) == [p for p in PATTERNS if p in fig.patterns]
    assert ("after_winddown" in fig.patterns) == (fig.after_winddown > 0)
    assert ("periodic_leg_movements" in fig.patterns) == (fig.periodic_runs > 0)
    if fig.events_per_hour is not None:
        assert fig.winddown_hours is not None and fig.winddown_hours >= 1 / 6
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
