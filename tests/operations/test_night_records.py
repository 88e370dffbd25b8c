"""Quiet nights and when the symptoms began: the operations the window and `hypnic night` share."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

import pytest

from hypnic.domain.clock import FixedClock
from hypnic.domain.errors import InputError
from hypnic.domain.events import Event, Instant, Observer
from hypnic.operations import night_records as ops
from hypnic.operations.events import log_event, new_event, trash_events
from hypnic.operations.period import read_period
from hypnic.store import Store
from timehelp import utc_ms

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2026, 11, 24)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(utc_ms(2026, 11, 24, 22, 50), BERLIN)  # 23:50 in Berlin


def _tap(store: Store, clock: FixedClock, minutes_ago: int, by: Observer = Observer.SELF) -> Event:
    at = Instant(clock.now().utc_ms - minutes_ago * 60_000, 60)
    event, _ = log_event(store, new_event("jerk", at, by=by), clock=clock)
    return event


def _quiet_in_figures(store: Store) -> bool:
    data = read_period(store, NIGHT, NIGHT)
    return data.figures(data.nights[0]).quiet


def test_set_quiet_marks_and_clears(store: Store, clock: FixedClock) -> None:
    changes = ops.set_quiet(store, clock, NIGHT)
    assert changes.touches(NIGHT)
    assert store.nights.get(NIGHT).quiet and ops.is_quiet(store, NIGHT)
    assert _quiet_in_figures(store)
    assert not ops.set_quiet(store, clock, NIGHT)  # already quiet: nothing changed
    ops.set_quiet(store, clock, NIGHT, False)
    assert not store.nights.get(NIGHT).quiet


def test_quiet_refused_with_own_taps_or_held_ones(store: Store, clock: FixedClock) -> None:
    with pytest.raises(InputError, match="1 tap of your own"):
        ops.set_quiet(store, clock, NIGHT, held=1)
    _tap(store, clock, 5)
    with pytest.raises(InputError, match="already has 1 tap"):
        ops.set_quiet(store, clock, NIGHT)
    assert not store.nights.get(NIGHT).quiet


def test_a_partner_tap_does_not_stop_a_quiet_mark(store: Store, clock: FixedClock) -> None:
    _tap(store, clock, 5, Observer.PARTNER)
    ops.set_quiet(store, clock, NIGHT)
    assert ops.is_quiet(store, NIGHT)


def test_quiet_refused_after_tonight(store: Store, clock: FixedClock) -> None:
    with pytest.raises(InputError, match="has not come yet"):
        ops.set_quiet(store, clock, date(2026, 11, 25))


def test_a_later_tap_outweighs_the_mark_and_its_undo_restores_it(
    store: Store, clock: FixedClock
) -> None:
    ops.set_quiet(store, clock, NIGHT)
    first = _tap(store, clock, 2)
    second = _tap(store, clock, 1)
    assert ops.quiet_ended_by(store, first)
    assert not ops.quiet_ended_by(store, second)  # the night was not quiet any more already
    assert not ops.is_quiet(store, NIGHT) and not _quiet_in_figures(store)
    assert store.nights.get(NIGHT).quiet  # the mark stays stored
    trash_events(store, clock, [first.id, second.id])
    assert ops.is_quiet(store, NIGHT) and _quiet_in_figures(store)


def test_quiet_ended_only_on_a_quiet_night(store: Store, clock: FixedClock) -> None:
    assert not ops.quiet_ended_by(store, _tap(store, clock, 1))


def test_symptoms_from_typed_now_and_cleared(store: Store, clock: FixedClock) -> None:
    ops.set_typed_symptoms_from(store, clock, NIGHT, time(19, 30))
    at = store.nights.get(NIGHT).symptoms_from
    assert at is not None and at.utc_ms == utc_ms(2026, 11, 24, 18, 30) and at.offset_min == 60
    now, changes = ops.symptoms_from_now(store, clock)
    assert changes.touches(NIGHT) and store.nights.get(NIGHT).symptoms_from == now
    ops.set_typed_symptoms_from(store, clock, NIGHT, None)
    assert store.nights.get(NIGHT).symptoms_from is None
    assert not store.nights.get(NIGHT).has_content


def test_symptoms_from_in_the_future_is_refused(store: Store, clock: FixedClock) -> None:
    # 11:00 on the night of the 24th is the 25th, 11:00: not more than a day ahead, accepted;
    # the night after next has not come yet.
    with pytest.raises(InputError, match="has not come yet"):
        ops.set_typed_symptoms_from(store, clock, date(2026, 11, 26), time(23, 0))
