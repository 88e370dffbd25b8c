"""Rest tests (DESIGN sections 2 and 11): a timed sit-still session saved to its night."""

from __future__ import annotations

from datetime import date

from hypnic.domain.changes import Changes
from hypnic.domain.clock import Clock
from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant, new_event_id
from hypnic.domain.kinds import kind_groups
from hypnic.domain.limits import check_instant
from hypnic.domain.rest_tests import RestTest, RestTestFigures, check_rest_test, rest_test_figures
from hypnic.operations.events import events_of_night
from hypnic.operations.tonight import night_of_instant
from hypnic.store import Store

# A test stopped sooner is taken as started by mistake: its rate would mean nothing.
MIN_SAVED_MS = 60_000


def save_rest_test(
    store: Store, clock: Clock, *, start: Instant, planned_min: int, end: Instant | None = None
) -> tuple[RestTest, Changes]:
    """Save a rest test that ran from ``start`` to ``end`` (default: now) to the night ``start``
    belongs to. Stopped early, its length is the real one (the rate uses it); one that ran past
    its plan (the window was busy) counts the planned minutes only."""
    now = clock.now()
    check_instant(start.utc_ms, start.offset_min, now_utc_ms=now.utc_ms, field="start")
    stop = end or now
    length = min(stop.utc_ms - start.utc_ms, planned_min * 60_000)
    if 0 <= length < MIN_SAVED_MS:
        raise InputError(
            f"it was stopped after {length // 1000} s; a rest test shorter than a minute gives "
            "no rate, so it was not saved",
            field="end",
        )
    test = check_rest_test(
        RestTest(
            id=new_event_id(),
            night=night_of_instant(store, start),
            start=start,
            length_ms=length,
            planned_min=planned_min,
        )
    )
    store.rest_tests.add(test)
    return test, Changes.of_nights([test.night])


def rest_test_result(store: Store, test: RestTest) -> RestTestFigures:
    """The test's taps per hour by kind, from its night's live taps of the patient's own."""
    groups = kind_groups(store.kinds.all())
    return rest_test_figures(test, events_of_night(store, test.night), groups)


def rest_tests_of(store: Store, night: date) -> list[RestTest]:
    return store.rest_tests.of_night(night)


def delete_rest_test(store: Store, test_id: str, night: date) -> Changes:
    """Remove a test (its taps stay: they are the night's own)."""
    store.rest_tests.delete(test_id)
    return Changes.of_nights([night])
