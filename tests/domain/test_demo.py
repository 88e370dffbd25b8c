"""The demo history: deterministic, attributed to the right nights, and shaped like real nights."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from statistics import median
from zoneinfo import ZoneInfo

import pytest

from hypnic.domain.demo import DemoHistory, DemoNight, generate_demo
from hypnic.domain.events import Observer
from hypnic.domain.intervals import RunRule, periodic_runs, taps_of
from hypnic.domain.kinds import BUILTIN_KINDS, KindGroup, keys_in_group, kind_groups
from hypnic.domain.timerules import night_of, offset_at

# 2026-10-25 (Berlin) and 2026-11-01 (New York) fall inside the 45 nights: clocks go back.
END = date(2026, 11, 24)
ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kathmandu", "UTC"]
MIN = 60_000


def _demo(zone: str = "Europe/Berlin", **kwargs: object) -> DemoHistory:
    return generate_demo(end_night=END, zone=ZoneInfo(zone), **kwargs)  # type: ignore[arg-type]


def _local_time(utc_ms: int, zone: str) -> time:
    return datetime.fromtimestamp(utc_ms / 1000, UTC).astimezone(ZoneInfo(zone)).time()


def _jerks(night: DemoNight) -> list[int]:
    return [e.utc_ms for e in night.events if e.kind == "jerk"]


def test_same_seed_gives_the_same_history_and_another_seed_does_not() -> None:
    assert _demo() == _demo()
    assert _demo(seed=8).events != _demo().events


def test_nights_span_the_period_with_a_few_skipped_never_the_last() -> None:
    history = _demo(nights=45)
    logged = [n.night for n in history.nights]
    assert logged == sorted(logged)
    assert sorted([*logged, *history.skipped]) == [
        END - timedelta(days=i) for i in range(44, -1, -1)
    ]
    assert 2 <= len(history.skipped) <= 6
    assert logged[-1] == END


def test_about_forty_percent_of_logged_nights_are_dose_nights_with_a_bedtime_dose() -> None:
    history = _demo()
    share = len(history.dose_nights) / len(history.nights)
    assert 0.35 <= share <= 0.45
    for night in history.nights:
        if night.dose is not None:
            lights_out = night.record.lights_out
            assert lights_out is not None
            assert 20 * MIN <= lights_out.utc_ms - night.dose.at.utc_ms <= 60 * MIN
            assert night.dose.amount > 0 and night.dose.unit == "mg"


def test_ids_are_unique_version_4_uuids_and_kinds_are_built_in() -> None:
    events = _demo().events
    ids = [e.id for e in events]
    assert len(set(ids)) == len(ids)
    assert all(uuid.UUID(i).version == 4 for i in ids)
    assert {e.kind for e in events} == {"jerk", "kick", "deep_itch"}
    assert {e.kind for e in events} <= {k.key for k in BUILTIN_KINDS}


@pytest.mark.parametrize("zone", ZONES)
def test_every_event_and_record_belongs_to_its_intended_night(zone: str) -> None:
    for night in _demo(zone).nights:
        record = night.record
        assert record.lights_out is not None and record.winddown is not None
        for moment in (record.winddown, record.lights_out, *night.events):
            assert night_of(moment.utc_ms, moment.offset_min) == night.night
            assert moment.offset_min == offset_at(moment.utc_ms, ZoneInfo(zone))


@pytest.mark.parametrize("zone", ZONES)
def test_lights_out_is_between_22_30_and_23_30_after_wind_down(zone: str) -> None:
    for night in _demo(zone).nights:
        lights_out, winddown = night.record.lights_out, night.record.winddown
        assert lights_out is not None and winddown is not None
        assert time(22, 30) <= _local_time(lights_out.utc_ms, zone) <= time(23, 30)
        assert 15 * MIN <= lights_out.utc_ms - winddown.utc_ms <= 45 * MIN


def test_every_night_has_a_jerk_burst_within_forty_minutes_of_lights_out() -> None:
    for night in _demo().nights:
        lights_out = night.record.lights_out
        assert lights_out is not None
        jerks = _jerks(night)
        assert 3 <= len(jerks) <= 15
        assert all(lights_out.utc_ms < t <= lights_out.utc_ms + 40 * MIN for t in jerks)


def test_dose_nights_have_fewer_jerks() -> None:
    history = _demo()
    dosed = [len(_jerks(n)) for n in history.nights if n.dosed]
    undosed = [len(_jerks(n)) for n in history.nights if not n.dosed]
    assert median(dosed) < median(undosed) - 2


def test_most_nights_have_periodic_kick_runs_fifteen_to_forty_seconds_apart() -> None:
    nights = _demo().nights
    with_runs = 0
    for night in nights:
        kicks = [e for e in night.events if e.kind == "kick" and e.by == Observer.SELF]
        rule = RunRule(min_ms=15_000, max_ms=40_000, join_under_ms=None, min_movements=5)
        runs = periodic_runs(kicks, Observer.SELF, rule)
        # Every self kick sits in such a run: the generator makes no stray kicks.
        assert sum(r.taps for r in runs) == len(kicks)
        assert all(5 <= r.taps <= 30 for r in runs)
        with_runs += bool(runs)
    assert with_runs >= len(nights) // 2


def test_runs_show_up_in_the_leg_movement_analysis() -> None:
    night = next(n for n in _demo().nights if any(e.kind == "kick" for e in n.events))
    legs = keys_in_group(kind_groups(BUILTIN_KINDS), KindGroup.LEG)
    taps = taps_of(night.events, Observer.SELF, legs)
    assert any(r.taps >= 5 for r in periodic_runs(taps, Observer.SELF))


def test_a_few_nights_have_partner_kicks_later_in_the_night_and_some_deep_itch() -> None:
    nights = _demo().nights
    partner_nights = 0
    for night in nights:
        partner = [e for e in night.events if e.by == Observer.PARTNER]
        if partner:
            partner_nights += 1
            lights_out = night.record.lights_out
            assert lights_out is not None
            assert {e.kind for e in partner} == {"kick"}
            assert min(e.utc_ms for e in partner) >= lights_out.utc_ms + 60 * MIN
    assert 2 <= partner_nights <= len(nights) // 4
    itch_nights = sum(any(e.kind == "deep_itch" for e in n.events) for n in nights)
    assert 3 <= itch_nights <= len(nights) // 2


def test_events_are_sorted_and_a_short_history_works() -> None:
    history = _demo(nights=1)
    assert [n.night for n in history.nights] == [END]
    assert history.skipped == ()
    events = _demo().events
    assert [e.utc_ms for e in events] == sorted(e.utc_ms for e in events)
    with pytest.raises(ValueError):
        _demo(nights=0)
