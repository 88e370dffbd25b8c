"""Tests for the history builder: rows per calendar night, counts, raster minutes, intervals."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from hypnic.domain.analysis import analyse_night
from hypnic.domain.demo import generate_demo
from hypnic.domain.events import Event, Instant, NightRecord, Observer
from hypnic.domain.history import build_history
from hypnic.domain.kinds import BUILTIN_KINDS, Kind, KindGroup
from hypnic.domain.timerules import night_of

_ids = itertools.count()
KINDS = list(BUILTIN_KINDS)  # jerk, kick, deep_itch enabled, in that order


def ev(
    kind: str,
    when: str,
    *,
    offset_min: int = 0,
    by: Observer = Observer.SELF,
    deleted: bool = False,
) -> Event:
    """An event at local wall time ``when`` logged with ``offset_min`` in force."""
    local = datetime.fromisoformat(when).replace(tzinfo=UTC)
    ms = int(local.timestamp() * 1000) - offset_min * 60_000
    return Event(
        id=f"h{next(_ids):05d}",
        kind=kind,
        utc_ms=ms,
        offset_min=offset_min,
        by=by,
        deleted_utc_ms=ms + 1 if deleted else None,
    )


def test_rows_are_calendar_nights_newest_first_with_gaps_unlogged() -> None:
    events = [ev("jerk", "2026-03-01 22:00"), ev("kick", "2026-03-04 23:00")]
    data = build_history(events, [], KINDS)
    assert [r.night for r in data.rows] == [
        date(2026, 3, 4),
        date(2026, 3, 3),
        date(2026, 3, 2),
        date(2026, 3, 1),
    ]
    assert [r.logged for r in data.rows] == [True, False, False, True]
    assert data.logged_nights() == 2
    assert data.logged_nights(2) == 1


def test_counts_per_kind_are_the_patients_own_and_skip_trash() -> None:
    events = [
        ev("jerk", "2026-03-01 22:00"),
        ev("jerk", "2026-03-01 22:01"),
        ev("jerk", "2026-03-01 22:02", deleted=True),
        ev("kick", "2026-03-02 00:30"),  # after midnight: still the night of the 1st
        ev("kick", "2026-03-02 00:31", by=Observer.PARTNER),
        ev("deep_itch", "2026-03-01 21:00"),
    ]
    data = build_history(events, [], KINDS)
    assert [k.key for k in data.kinds] == ["jerk", "kick", "deep_itch"]
    (row,) = data.rows
    assert row.night == date(2026, 3, 1)
    assert row.counts == (2, 1, 1)
    figures = analyse_night(row.night, events, None)
    assert dict(zip([k.key for k in data.kinds], row.counts, strict=True)) == figures.counts


def test_raster_minutes_run_from_1800_across_midnight_in_time_order() -> None:
    events = [
        ev("kick", "2026-03-02 01:15"),
        ev("jerk", "2026-03-01 18:00"),
        ev("jerk", "2026-03-01 23:59"),
        ev("deep_itch", "2026-03-01 15:30"),  # before 18:00 but after the 12:00 boundary
    ]
    (row,) = build_history(events, [], KINDS).rows
    assert row.minutes == (-150, 0, 359, 435)
    assert row.kinds == (2, 0, 0, 1)


def test_a_spring_forward_night_keeps_wall_clock_minutes() -> None:
    # Europe/Berlin, 2026-03-29: 02:00 CET jumps to 03:00 CEST.
    before = ev("kick", "2026-03-29 01:30", offset_min=60)
    after = ev("kick", "2026-03-29 03:30", offset_min=120)
    record = NightRecord(
        night=date(2026, 3, 28),
        lights_out=Instant(before.utc_ms - 30 * 60_000, 60),
    )
    (row,) = build_history([before, after], [record], KINDS).rows
    assert row.night == date(2026, 3, 28)
    assert row.minutes == (450, 570)  # 01:30 and 03:30 on the clock
    assert row.lights_out_minute == 420
    # ...while the interval is real elapsed time: one hour, not two.
    assert row.intervals_s == (3600.0,)


def test_intervals_are_between_the_patients_leg_taps_only() -> None:
    events = [
        ev("kick", "2026-03-01 22:00:00"),
        ev("deep_itch", "2026-03-01 22:00:05"),
        ev("jerk", "2026-03-01 22:00:10"),
        ev("kick", "2026-03-01 22:00:20"),
        ev("kick", "2026-03-01 22:00:25", by=Observer.PARTNER),
        ev("kick", "2026-03-01 22:01:00"),
    ]
    (row,) = build_history(events, [], KINDS).rows
    assert row.intervals_s == (20.0, 40.0)


def test_a_users_kind_in_the_leg_group_makes_intervals() -> None:
    toe = Kind("toe_flex", "Toe flex", "#000000", "o", group=KindGroup.LEG, position=20)
    events = [ev("toe_flex", "2026-03-01 22:00:00"), ev("toe_flex", "2026-03-01 22:00:30")]
    (row,) = build_history(events, [], [*KINDS, toe]).rows
    assert row.intervals_s == (30.0,)
    (row,) = build_history(events, [], KINDS).rows  # unknown to the list: other, no intervals
    assert row.intervals_s == ()


def test_a_night_with_only_a_record_is_logged_with_zero_counts() -> None:
    record = NightRecord(night=date(2026, 3, 2), note="quiet night")
    data = build_history([ev("jerk", "2026-03-01 22:00")], [record], KINDS)
    assert [(r.night, r.logged, r.counts) for r in data.rows] == [
        (date(2026, 3, 2), True, (0, 0, 0)),
        (date(2026, 3, 1), True, (1, 0, 0)),
    ]


def test_unknown_and_disabled_kinds_with_events_still_show() -> None:
    events = [ev("hiccup", "2026-03-01 22:00"), ev("toe_curl", "2026-03-01 22:05")]
    data = build_history(events, [], KINDS)
    keys = [k.key for k in data.kinds]
    assert keys == ["jerk", "kick", "deep_itch", "hiccup", "toe_curl"]
    assert data.rows[0].counts == (0, 0, 0, 1, 1)


def test_rolling_median_needs_three_logged_nights_and_skips_gaps() -> None:
    events = [ev("jerk", f"2026-03-0{d} 22:00") for d in (1, 2, 2, 4, 4, 4, 4)]
    data = build_history(events, [], KINDS)
    by_night = {r.night: r for r in data.rows}
    assert by_night[date(2026, 3, 1)].medians[0] is None
    assert by_night[date(2026, 3, 2)].medians[0] is None
    assert by_night[date(2026, 3, 3)].medians[0] is None  # unlogged: still only 2 values
    assert by_night[date(2026, 3, 4)].medians[0] == 2  # median of 1, 2, 4


def test_empty_history_has_no_rows() -> None:
    data = build_history([], [], KINDS)
    assert data.rows == ()
    assert [k.key for k in data.kinds] == ["jerk", "kick", "deep_itch"]


def test_demo_history_matches_per_night_analysis() -> None:
    zone = ZoneInfo("Europe/Berlin")
    demo = generate_demo(end_night=date(2026, 4, 10), nights=45, zone=zone)
    events = demo.events
    data = build_history(events, demo.records, KINDS)
    assert data.rows[0].night == date(2026, 4, 10)
    assert len(data.rows) == (data.rows[0].night - data.rows[-1].night).days + 1
    keys = [k.key for k in data.kinds]
    for row in data.rows:
        own = [e for e in events if night_of(e.utc_ms, e.offset_min) == row.night]
        figures = analyse_night(row.night, own, None)
        counts = {k: c for k, c in zip(keys, row.counts, strict=True) if c}
        assert counts == figures.counts
        assert row.intervals_s == figures.intervals_s


def test_a_later_day_boundary_moves_afternoon_events_to_the_night_before() -> None:
    events = [ev("jerk", "2026-03-02 14:00"), ev("jerk", "2026-03-02 22:00")]
    data = build_history(events, [], KINDS, day_boundary=time(15, 0))
    assert [(r.night, r.counts[0], r.minutes) for r in data.rows] == [
        (date(2026, 3, 2), 1, (240,)),
        (date(2026, 3, 1), 1, (1200,)),  # 14:00 next day is minute 1200 from 18:00
    ]


def test_quiet_nights_are_logged_with_zero_taps_and_other_records_count() -> None:
    quiet = NightRecord(date(2026, 3, 2), quiet=True)
    events = [ev("jerk", "2026-03-01 22:00"), ev("jerk", "2026-03-05 22:00")]
    # A dose, a diary or tags alone make a night logged too, as the summary counts it.
    data = build_history(events, [quiet], KINDS, other_nights=[date(2026, 3, 4)])
    rows = {r.night: r for r in data.rows}
    assert rows[date(2026, 3, 2)].logged and rows[date(2026, 3, 2)].quiet
    assert rows[date(2026, 3, 2)].counts == (0, 0, 0)
    assert rows[date(2026, 3, 4)].logged and not rows[date(2026, 3, 4)].quiet
    assert not rows[date(2026, 3, 3)].logged
    assert data.logged_nights() == 4 and data.quiet_nights() == 1
    # A tap of the patient's later outweighs the mark, as analyse_night says.
    late = ev("kick", "2026-03-02 23:00")
    assert not build_history([*events, late], [quiet], KINDS).rows[3].quiet
    partner = ev("kick", "2026-03-02 23:00", by=Observer.PARTNER)
    assert build_history([*events, partner], [quiet], KINDS).rows[3].quiet


def test_onsets_per_night_as_minutes_from_18_with_a_rolling_median() -> None:
    def onset(day: int, hour: int, minute: int) -> NightRecord:
        at = datetime(2026, 3, day, hour, minute, tzinfo=UTC)
        return NightRecord(date(2026, 3, day), symptoms_from=Instant(int(at.timestamp() * 1000), 0))

    records = [onset(1, 21, 0), onset(2, 20, 0), onset(4, 17, 30), onset(5, 19, 0)]
    data = build_history([], records, KINDS)
    rows = {r.night: r for r in data.rows}
    assert rows[date(2026, 3, 1)].onset_minute == 180  # 21:00 is 3 h after 18:00
    assert rows[date(2026, 3, 4)].onset_minute == -30  # 17:30, before 18:00
    assert rows[date(2026, 3, 3)].onset_minute is None
    # The median needs 3 onsets in its 7-night window: 180, 120, -30 -> 120; then 60 added.
    assert [rows[date(2026, 3, d)].onset_median for d in (2, 4, 5)] == [None, 120, 90]
    assert data.has_onsets


def test_leg_runs_and_jerk_series_are_spans_apart_as_analyse_night_finds_them() -> None:
    times = ("23:00:00", "23:00:20", "23:00:40", "23:01:00", "23:01:20")
    kicks = [ev("kick", f"2026-03-01 {t}") for t in times]
    jerks = [ev("jerk", f"2026-03-01 22:10:{s:02d}") for s in (0, 15, 30, 45)]
    lone = [ev("jerk", "2026-03-01 21:00"), ev("kick", "2026-03-01 21:30")]
    (row,) = build_history([*kicks, *jerks, *lone], [], KINDS).rows
    assert row.leg_runs == ((300, 301),)  # 23:00–23:01 is minutes 300–301 after 18:00
    assert row.jerk_series == ((250, 250),)
    # Jerks never make a leg run, kicks never a jerk series.
    (only_jerks,) = build_history(jerks, [], KINDS).rows
    assert only_jerks.leg_runs == () and only_jerks.jerk_series == ((250, 250),)
