"""The morning diary: checks naming fields, the night's clock order, derived figures."""

from __future__ import annotations

from datetime import date, time

import pytest

from hypnic.domain.diary import DiaryEntry, check_diary, diary_figures, night_minutes, parse_clock
from hypnic.domain.errors import InputError
from hypnic.domain.limits import MAX_NOTE

NIGHT = date(2026, 11, 24)


def _full(**changes: object) -> DiaryEntry:
    entry = DiaryEntry(
        night=NIGHT,
        bed_time=time(22, 30),
        tried_sleep_time=time(23, 0),
        sleep_latency_min=30,
        awakenings=2,
        wake_after_sleep_onset_min=45,
        final_wake_time=time(6, 45),
        out_of_bed_time=time(7, 15),
        quality=3,
        comments="legs restless",
    )
    return entry.with_changes(**changes)


def test_figures_from_a_full_night() -> None:
    figures = diary_figures(_full())
    # In bed 22:30 → 07:15 (next morning) = 525 min.
    assert figures.time_in_bed_min == 525
    # Tried 23:00 → final wake 06:45 = 465 min, minus 30 latency, minus 45 awake = 390.
    assert figures.total_sleep_min == 390
    assert figures.sleep_efficiency == pytest.approx(390 / 525)


def test_missing_inputs_give_none() -> None:
    assert diary_figures(_full(out_of_bed_time=None)).time_in_bed_min is None
    assert diary_figures(_full(out_of_bed_time=None)).sleep_efficiency is None
    assert diary_figures(_full(sleep_latency_min=None)).total_sleep_min is None
    assert diary_figures(_full(wake_after_sleep_onset_min=None)).total_sleep_min is None
    empty = diary_figures(DiaryEntry(NIGHT))
    assert (empty.time_in_bed_min, empty.total_sleep_min, empty.sleep_efficiency) == (
        None, None, None
    )  # fmt: skip


def test_not_woken_means_no_time_awake() -> None:
    figures = diary_figures(_full(awakenings=0, wake_after_sleep_onset_min=None))
    assert figures.total_sleep_min == 465 - 30


def test_inconsistent_answers_give_none() -> None:
    # Latency and waking longer than the whole night: no sleep figure, no efficiency.
    figures = diary_figures(_full(sleep_latency_min=400, wake_after_sleep_onset_min=100))
    assert figures.total_sleep_min is None and figures.sleep_efficiency is None
    assert figures.time_in_bed_min == 525
    # Slept longer than in bed (tried to sleep before getting into bed is refused by the
    # check, but derived figures on unchecked data must not claim over 100 %).
    odd = _full(bed_time=time(5, 0), sleep_latency_min=0, wake_after_sleep_onset_min=0)
    assert diary_figures(odd).sleep_efficiency is None


def test_sol_and_waso_are_the_answers_as_given() -> None:
    figures = diary_figures(_full())
    assert (figures.sol_min, figures.waso_min) == (30, 45)
    # Woken 0 times and no minutes answered: 0 minutes awake; minutes given are kept as given.
    assert diary_figures(_full(awakenings=0, wake_after_sleep_onset_min=None)).waso_min == 0
    assert diary_figures(_full(awakenings=0, wake_after_sleep_onset_min=20)).waso_min == 20
    assert diary_figures(_full(awakenings=None, wake_after_sleep_onset_min=None)).waso_min is None
    # SOL and WASO stay as given even when total sleep does not add up.
    odd = diary_figures(_full(sleep_latency_min=400, wake_after_sleep_onset_min=100))
    assert (odd.sol_min, odd.waso_min, odd.total_sleep_min) == (400, 100, None)


def test_total_sleep_longer_than_time_in_bed_does_not_add_up() -> None:
    # Tried 23:00 → final wake 06:45 is 465 min, less 10 + 5: 450 min of sleep.
    entry = _full(bed_time=time(22, 50), tried_sleep_time=time(23, 0), out_of_bed_time=time(6, 50),
                  sleep_latency_min=10, wake_after_sleep_onset_min=5)  # fmt: skip
    figures = diary_figures(entry.with_changes(bed_time=time(22, 55)))  # in bed 22:55 → 06:50
    assert figures.time_in_bed_min == 475 and figures.total_sleep_min == 450
    assert figures.sleep_efficiency == pytest.approx(450 / 475)
    # In bed 23:00 → 06:00 (420 min) but 450 min asleep: final wake after out of bed would be
    # refused by the check, and unchecked data must not claim more sleep than time in bed:
    # total sleep and efficiency are null, time in bed is kept.
    short = entry.with_changes(bed_time=time(23, 0), out_of_bed_time=time(6, 0))
    figures = diary_figures(short)
    assert figures.time_in_bed_min == 420
    assert (figures.total_sleep_min, figures.sleep_efficiency) == (None, None)


def test_efficiency_is_a_share_and_null_without_time_in_bed() -> None:
    figures = diary_figures(_full(wake_after_sleep_onset_min=0, sleep_latency_min=0))
    assert figures.sleep_efficiency is not None and 0 <= figures.sleep_efficiency <= 1
    same = _full(
        bed_time=time(23, 0),
        out_of_bed_time=time(23, 0),
        tried_sleep_time=time(23, 0),
        final_wake_time=time(23, 0),
        sleep_latency_min=0,
        wake_after_sleep_onset_min=0,
    )
    figures = diary_figures(same)
    assert (figures.time_in_bed_min, figures.total_sleep_min) == (0, 0)
    assert figures.sleep_efficiency is None


def test_night_minutes_follow_the_day_boundary() -> None:
    assert night_minutes(time(12, 0)) == 0
    assert night_minutes(time(23, 0)) == 660
    assert night_minutes(time(0, 30)) == 750  # after midnight: still the same night
    assert night_minutes(time(11, 59)) == 1439
    assert night_minutes(time(19, 0), time(18, 0)) == 60
    assert night_minutes(time(17, 0), time(18, 0)) == 1380


def test_check_accepts_a_good_entry_and_drops_seconds() -> None:
    checked = check_diary(_full(bed_time=time(22, 30, 59)))
    assert checked == _full()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"quality": 0}, "quality"),
        ({"quality": 6}, "quality"),
        ({"awakenings": -1}, "awakenings"),
        ({"sleep_latency_min": -5}, "sleep_latency_min"),
        ({"wake_after_sleep_onset_min": 1441}, "wake_after_sleep_onset_min"),
        ({"tried_sleep_time": time(22, 0)}, "tried_sleep_time"),  # before into bed
        ({"final_wake_time": time(22, 45)}, "final_wake_time"),  # before trying to sleep
        ({"out_of_bed_time": time(6, 0)}, "out_of_bed_time"),  # before the final waking
        ({"comments": "x" * (MAX_NOTE + 1)}, "comments"),
    ],
)
def test_check_names_the_bad_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as info:
        check_diary(_full(**changes))
    assert info.value.field == field


def test_order_is_checked_only_between_answered_times() -> None:
    entry = DiaryEntry(NIGHT, bed_time=time(23, 0), out_of_bed_time=time(7, 0))
    assert check_diary(entry) == entry
    with pytest.raises(InputError, match="before bed time 23:00"):
        check_diary(entry.with_changes(out_of_bed_time=time(22, 0)))
    # With an 18:00 boundary, 17:00 is the end of the night and comes after 23:00.
    late = DiaryEntry(NIGHT, bed_time=time(23, 0), out_of_bed_time=time(17, 0))
    assert check_diary(late, time(18, 0)) == late


def test_empty_and_clock_text() -> None:
    assert DiaryEntry(NIGHT).is_empty
    assert not DiaryEntry(NIGHT, quality=4).is_empty
    assert not DiaryEntry(NIGHT, comments="x").is_empty
    assert parse_clock("07:05", field="f") == time(7, 5)
    for bad in ("7:05", "24:00", "07:60", "0705", "07:05:00"):
        with pytest.raises(InputError):
            parse_clock(bad, field="f")
