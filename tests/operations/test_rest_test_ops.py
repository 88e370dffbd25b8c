"""Saving a rest test: its night, its real length, and its result from the night's taps."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from hypnic.domain.clock import FixedClock
from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant
from hypnic.operations.events import log_event, new_event
from hypnic.operations.period import read_period
from hypnic.operations.rest_tests import rest_test_result, save_rest_test
from hypnic.store import Store
from timehelp import utc_ms

BERLIN = ZoneInfo("Europe/Berlin")


def test_saved_to_its_night_with_the_real_length(store: Store) -> None:
    clock = FixedClock(utc_ms(2026, 11, 24, 20, 0), BERLIN)
    start = clock.now()
    for _minute in (1, 2, 3):
        clock.advance(60_000)
        log_event(store, new_event("kick", clock.now()), clock=clock)
    clock.advance(60_000 * 27)  # stopped after 30 of 60 minutes
    test, changes = save_rest_test(store, clock, start=start, planned_min=60)
    assert test.night.isoformat() == "2026-11-24" and changes.touches(test.night)
    assert test.length_ms == 30 * 60_000 and test.planned_min == 60
    result = rest_test_result(store, test)
    assert result.counts == {"kick": 3} and result.per_hour == 6.0 and result.leg_per_hour == 6.0
    data = read_period(store, None, None)
    assert [t.per_hour for t in data.figures(data.nights[0]).rest_tests] == [6.0]


def test_a_test_that_ran_over_counts_its_planned_minutes(store: Store) -> None:
    clock = FixedClock(utc_ms(2026, 11, 24, 20, 0), BERLIN)
    start = clock.now()
    clock.advance(11 * 60_000)
    test, _ = save_rest_test(store, clock, start=start, planned_min=10)
    assert test.length_ms == 10 * 60_000


@pytest.mark.parametrize("planned", [0, 241])
def test_bad_lengths_are_refused(store: Store, planned: int) -> None:
    clock = FixedClock(utc_ms(2026, 11, 24, 20, 0), BERLIN)
    start = clock.now()
    clock.advance(60_000)
    with pytest.raises(InputError):
        save_rest_test(store, clock, start=start, planned_min=planned)
    assert store.rest_tests.between(None, None) == {}


def test_a_start_in_the_future_is_refused(store: Store) -> None:
    clock = FixedClock(utc_ms(2026, 11, 24, 20, 0), BERLIN)
    with pytest.raises(InputError):
        save_rest_test(
            store, clock, start=Instant(clock.now().utc_ms + 2 * 86_400_000, 60), planned_min=60
        )


def test_a_test_stopped_within_a_minute_is_refused(store: Store) -> None:
    clock = FixedClock(utc_ms(2026, 11, 24, 20, 0), BERLIN)
    start = clock.now()
    clock.advance(59_000)
    with pytest.raises(InputError, match="shorter than a minute"):
        save_rest_test(store, clock, start=start, planned_min=60)
