"""Rest tests: taps per hour by kind over the test's real length, from the night's self taps."""

from __future__ import annotations

import pytest
from night_helpers import NIGHT, ev, seconds_after, utc_ms

from hypnic.domain.analysis import analyse_night
from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant, Observer
from hypnic.domain.kinds import BUILTIN_GROUPS
from hypnic.domain.rest_tests import RestTest, check_rest_test, rest_test_figures

START = "2026-11-24 21:00:00"


def _test(minutes: float = 60, planned: int = 60) -> RestTest:
    return RestTest("r1", NIGHT, Instant(utc_ms(START), 60), round(minutes * 60_000), planned)


def test_taps_per_hour_by_kind_over_an_hour() -> None:
    events = [
        *seconds_after(START, 0, 600, 1200, 1800, kind="kick"),  # the first at the very start
        *seconds_after(START, 3600, kind="kick"),  # at the very end: counted
        *seconds_after(START, 3600.001, kind="kick"),  # 1 ms after: not counted
        *seconds_after(START, -0.001, kind="kick"),  # 1 ms before: not counted
        *seconds_after(START, 900, kind="deep_itch"),
        *seconds_after(START, 1000, kind="kick", by=Observer.PARTNER),  # not the patient's
        ev("jerk", utc_ms(START) + 5_000, deleted=True),  # trashed
    ]
    figures = rest_test_figures(_test(), events, BUILTIN_GROUPS)
    assert figures.counts == {"deep_itch": 1, "kick": 5}
    assert figures.minutes == 60.0
    assert figures.per_hour == 6.0
    assert figures.per_hour_by_kind == {"deep_itch": 1.0, "kick": 5.0}
    assert figures.leg_per_hour == 5.0
    assert figures.start == Instant(utc_ms(START), 60)


def test_a_test_stopped_early_uses_its_real_length() -> None:
    events = seconds_after(START, *range(0, 1800, 180), kind="kick")  # 10 kicks in 30 minutes
    figures = rest_test_figures(_test(minutes=30), events, BUILTIN_GROUPS)
    assert figures.minutes == 30.0
    assert figures.per_hour == 20.0 and figures.leg_per_hour == 20.0


def test_a_test_without_taps_has_zero_per_hour() -> None:
    figures = rest_test_figures(_test(), [], BUILTIN_GROUPS)
    assert (figures.counts, figures.per_hour, figures.leg_per_hour) == ({}, 0.0, 0.0)


def test_the_nights_figures_hold_its_rest_tests_in_time_order() -> None:
    later = RestTest("r0", NIGHT, Instant(utc_ms("2026-11-24 21:30:00"), 60), 600_000)
    events = seconds_after(START, 60, 120, kind="kick")
    fig = analyse_night(NIGHT, events, None, rest_tests=[later, _test()])
    assert [t.start.utc_ms for t in fig.rest_tests] == [utc_ms(START), utc_ms("2026-11-24 21:30")]
    assert [t.counts for t in fig.rest_tests] == [{"kick": 2}, {}]
    # The test's taps are the night's taps too.
    assert fig.counts == {"kick": 2}


@pytest.mark.parametrize(
    ("test", "field"),
    [
        (_test(planned=0), "planned_minutes"),
        (_test(planned=241), "planned_minutes"),
        (_test(minutes=0), "end"),
        (_test(minutes=241), "end"),
    ],
)
def test_impossible_tests_are_refused_naming_the_field(test: RestTest, field: str) -> None:
    with pytest.raises(InputError) as info:
        check_rest_test(test)
    assert info.value.field == field


def test_a_sound_test_passes_its_check() -> None:
    assert check_rest_test(_test(minutes=0.5, planned=1)) == _test(minutes=0.5, planned=1)
