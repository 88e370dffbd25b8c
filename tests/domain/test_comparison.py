"""Medication comparison: the 3-night rule on each side, medians by kind, dose nights."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypnic.domain.comparison import compare_medications
from hypnic.domain.medications import Dose, new_dose_id

D0 = date(2026, 11, 1)


def _night(i: int) -> date:
    return D0 + timedelta(days=i)


def _dose(medication: str, night: date, clock: time, offset_min: int = 60) -> Dose:
    # Clock times before noon are on the next calendar date, like the night editor reads them.
    day = night + timedelta(days=1) if clock < time(12, 0) else night
    local = datetime.combine(day, clock)
    utc_ms = int((local - timedelta(minutes=offset_min)).replace(tzinfo=UTC).timestamp() * 1000)
    return Dose(new_dose_id(), medication, 0.5, "mg", utc_ms, offset_min)


def _counts(jerks: list[int]) -> dict[date, dict[str, int]]:
    return {_night(i): ({"jerk": n} if n else {}) for i, n in enumerate(jerks)}


def test_medians_with_and_without() -> None:
    counts = _counts([2, 4, 6, 10, 20, 30, 40])
    for night in (_night(0), _night(1), _night(2)):
        counts[night]["kick"] = 1
    doses = [_dose("clonazepam", _night(i), time(22, 30)) for i in (0, 1, 2)]
    (result,) = compare_medications(counts, doses, kinds=["jerk", "kick", "deep_itch"])
    assert result.medication == "clonazepam" and result.comparable
    assert (result.nights_with, result.nights_without) == (3, 4)
    assert [(m.kind, m.with_dose, m.without_dose) for m in result.medians] == [
        ("jerk", 4.0, 25.0),  # median of 10, 20, 30, 40
        ("kick", 1.0, 0.0),  # a kind not counted on a night counts as 0 there
        ("deep_itch", 0.0, 0.0),
    ]
    jerk = result.median("jerk")
    assert jerk is not None and jerk.without_dose == 25.0
    assert result.median("hiccup") is None


def test_two_nights_on_one_side_give_no_comparison() -> None:
    counts = _counts([1, 2, 3, 4, 5, 6])
    two_with = [_dose("clonazepam", _night(i), time(22, 0)) for i in (0, 1)]
    (result,) = compare_medications(counts, two_with)
    assert (result.nights_with, result.nights_without) == (2, 4)
    assert not result.comparable and result.medians == ()
    # Dosed on all but two nights: too few nights without.
    four_with = [_dose("clonazepam", _night(i), time(22, 0)) for i in (0, 1, 2, 3)]
    (result,) = compare_medications(counts, four_with)
    assert (result.nights_with, result.nights_without) == (4, 2)
    assert not result.comparable and result.medians == ()
    # Three and three compare.
    (result,) = compare_medications(counts, four_with[:3])
    assert result.comparable and result.medians[0].with_dose == 2.0


def test_a_dose_after_midnight_counts_for_the_evening_before() -> None:
    counts = _counts([0, 0, 0, 9, 9, 9])
    # Taken at 00:30 after nights 0..2 (calendar dates 1..3): must count for nights 0..2.
    doses = [_dose("ropinirole", _night(i), time(0, 30)) for i in (0, 1, 2)]
    assert {d.night() for d in doses} == {_night(0), _night(1), _night(2)}
    (result,) = compare_medications(counts, doses, kinds=["jerk"])
    assert result.medians[0].with_dose == 0.0 and result.medians[0].without_dose == 9.0


def test_several_doses_a_night_trash_and_nights_outside_are_ignored() -> None:
    counts = _counts([1, 1, 1, 5, 5, 5])
    doses = [_dose("baclofen", _night(i), time(21, 0)) for i in (0, 1, 2)]
    doses.append(_dose("baclofen", _night(0), time(23, 0)))  # a second dose, same night
    trashed = _dose("baclofen", _night(3), time(22, 0)).with_changes(deleted_utc_ms=1)
    outside = _dose("baclofen", _night(30), time(22, 0))
    (result,) = compare_medications(counts, [*doses, trashed, outside])
    assert (result.nights_with, result.nights_without) == (3, 3)


def test_each_medication_is_compared_on_its_own_nights_sorted_by_name() -> None:
    counts = _counts([1, 2, 3, 4, 5, 6])
    doses = [_dose("temazepam", _night(i), time(22, 0)) for i in (3, 4, 5)]
    doses += [_dose("Baclofen", _night(i), time(22, 0)) for i in (0, 1)]
    baclofen, temazepam = compare_medications(counts, doses)
    assert (baclofen.medication, baclofen.comparable) == ("Baclofen", False)
    assert temazepam.comparable and temazepam.medians[0].with_dose == 5.0
    assert temazepam.medians[0].without_dose == 2.0
    assert compare_medications(counts, []) == ()
