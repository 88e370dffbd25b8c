"""Doses, the bedside undo history, evening tags and note, and the morning diary's offer."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from appkit import NightContext, build_night_context, settle
from hypnic.domain.clock import FixedClock
from hypnic.domain.diary import DiaryEntry
from hypnic.domain.errors import (
    InputError,
    StoreBusyError,
)
from hypnic.domain.events import Event, Observer
from hypnic.domain.medications import Medication
from hypnic.services.event_log import EventLog
from hypnic.services.history import HistoryLoader
from hypnic.services.preferences import Preferences
from hypnic.store import Store
from timehelp import utc_ms

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 24)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(utc_ms(2026, 11, 24, 22, 31), LONDON)


@pytest.fixture
def log(store: Store, clock: FixedClock) -> EventLog:
    return EventLog(store=store, clock=clock)


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(path=tmp_path / "hypnic.ini")


@pytest.fixture
def ctx(store: Store, clock: FixedClock, log: EventLog, prefs: Preferences) -> NightContext:
    return build_night_context(store=store, clock=clock, event_log=log, preferences=prefs)


def bedtime_clonazepam(ctx: NightContext) -> None:
    ctx.medications.add("clonazepam", usual_amount=0.5, unit="mg", bedtime=True)


def test_bedtime_dose_without_a_bedtime_medication_logs_nothing(ctx: NightContext, qtbot) -> None:
    ctx.medications.add("gabapentin", usual_amount=300, unit="mg")
    with qtbot.assertNotEmitted(ctx.doses.logged):
        assert ctx.doses.log_bedtime() == []
    assert not ctx.doses.has_bedtime_medication()


def test_bedtime_dose_is_committed_before_it_is_announced(
    ctx: NightContext, store: Store, qtbot
) -> None:
    bedtime_clonazepam(ctx)
    seen: list[int] = []
    ctx.doses.logged.connect(lambda _d: seen.append(len(store.doses.of_night(NIGHT))))
    with qtbot.waitSignal(ctx.doses.logged):
        (dose,) = ctx.doses.log_bedtime()
    assert seen == [1]
    assert (dose.medication, dose.amount, dose.unit) == ("clonazepam", 0.5, "mg")
    assert dose.night() == NIGHT


def test_undo_takes_back_the_latest_of_tap_or_dose_and_redo_brings_them_back(
    qtbot, ctx: NightContext, log: EventLog, store: Store, clock: FixedClock
) -> None:
    bedtime_clonazepam(ctx)
    log.log_tap("jerk")
    settle(qtbot, log)
    clock.advance(60_000)
    ctx.doses.log_bedtime()
    clock.advance(60_000)

    first = ctx.history.undo()
    assert first is not None and first.event is None
    assert [d.medication for d in first.doses] == ["clonazepam"]
    assert store.doses.of_night(NIGHT) == []
    assert [e.kind for e in store.events.of_night(NIGHT)] == ["jerk"]

    second = ctx.history.undo()
    assert second is not None and second.event is not None and second.event.kind == "jerk"
    assert store.events.of_night(NIGHT) == []

    assert ctx.history.redo().event.kind == "jerk"  # type: ignore[union-attr]
    assert len(ctx.history.redo().doses) == 1  # type: ignore[union-attr]
    assert len(store.doses.of_night(NIGHT)) == 1
    assert ctx.history.redo() is None


def test_an_undo_that_fails_to_write_still_takes_back_the_dose_next_time(
    qtbot, ctx: NightContext, log: EventLog, store: Store, clock: FixedClock, monkeypatch
) -> None:
    bedtime_clonazepam(ctx)
    log.log_tap("jerk")
    settle(qtbot, log)
    clock.advance(60_000)
    ctx.doses.log_bedtime()

    def busy(_ids: object, _at: int) -> None:
        raise StoreBusyError("The store is busy: another program is writing to it.")

    monkeypatch.setattr(store.doses, "trash_many", busy)
    with pytest.raises(StoreBusyError):
        ctx.history.undo()
    monkeypatch.undo()
    # Pressed again once the store is free: the dose, still the latest, goes; the tap stays.
    again = ctx.history.undo()
    assert again is not None and len(again.doses) == 1
    assert store.doses.of_night(NIGHT) == []
    assert [e.kind for e in store.events.of_night(NIGHT)] == ["jerk"]


@pytest.mark.parametrize("other_offset_ms", [-120_000, 600_000])
def test_undo_takes_back_the_tap_just_made_by_its_id(
    qtbot, ctx: NightContext, log: EventLog, store: Store, clock: FixedClock, other_offset_ms: int
) -> None:
    """Not "the latest event": with an event logged ahead (a typed time, `hypnic log --at`), or
    after the clock stepped back, the tap just made is still the one undone."""
    clock.advance(5 * 60_000)
    made = log.log_tap("kick")
    settle(qtbot, log)
    # Another event of tonight, later than the tap (logged ahead) or earlier (the clock stepped
    # back after it was logged): either way it is not the bedside's latest act.
    store.events.add(Event("other", "jerk", made.utc_ms + other_offset_ms, 0))
    undone = ctx.history.undo()
    assert undone is not None and undone.event is not None and undone.event.id == made.id
    assert [e.id for e in store.events.of_night(NIGHT)] == ["other"]
    assert [e.id for e in store.events.of_night(NIGHT, deleted=True)] == [made.id]


def test_a_new_tap_after_undo_forgets_the_redo(ctx: NightContext, log: EventLog) -> None:
    bedtime_clonazepam(ctx)
    ctx.doses.log_bedtime()
    ctx.history.undo()
    log.log_tap("kick")
    assert ctx.history.redo() is None


def test_a_dose_typed_after_midnight_belongs_to_the_evening_before(
    ctx: NightContext, store: Store
) -> None:
    dose = ctx.doses.add(night=NIGHT, medication="Temazepam", local_time=time(0, 30), amount=10)
    assert dose.night() == NIGHT
    assert datetime.fromtimestamp(dose.utc_ms / 1000, UTC) == datetime(
        2026, 11, 25, 0, 30, tzinfo=UTC
    )
    assert store.medications.get("temazepam") is not None  # an unknown name joins the list
    moved = ctx.doses.edit(dose.id, local_time=time(23, 5), amount=20, unit="mg")
    assert (moved.amount, moved.unit, moved.night()) == (20, "mg", NIGHT)
    ctx.doses.delete_many([dose.id])
    assert [d.id for d in ctx.doses.trash(NIGHT)] == [dose.id]
    ctx.doses.restore_many([dose.id])
    assert [d.id for d in ctx.doses.of_night(NIGHT)] == [dose.id]


def test_a_refused_amount_names_the_field(ctx: NightContext) -> None:
    with pytest.raises(InputError) as caught:
        ctx.doses.add(night=NIGHT, medication="baclofen", local_time=time(22, 0), amount=-1)
    assert caught.value.field == "amount"


def test_medication_list_refuses_a_duplicate_and_keeps_one_with_doses(ctx: NightContext) -> None:
    ctx.medications.add("Clonazepam", usual_amount=0.5, unit="mg")
    with pytest.raises(InputError):
        ctx.medications.add("clonazepam")
    ctx.doses.add(night=NIGHT, medication="clonazepam", local_time=time(22, 0))
    assert not ctx.medications.delete("clonazepam")
    ctx.medications.add("pregabalin")
    assert ctx.medications.delete("pregabalin")
    assert [m.name for m in ctx.medications.all()] == ["Clonazepam"]


def test_tags_toggle_one_at_a_time_and_the_note_is_saved(
    ctx: NightContext, store: Store, qtbot
) -> None:
    with qtbot.waitSignal(ctx.evening.changed):
        ctx.evening.set_tag(NIGHT, "alcohol", True)
    ctx.evening.set_tag(NIGHT, "stress", True)
    assert ctx.evening.set_tag(NIGHT, "alcohol", False) == ["stress"]
    own = ctx.evening.add_tag("Late nap", night=NIGHT)
    assert store.tags.of_night(NIGHT) == ["stress", own.key]
    ctx.evening.set_note(NIGHT, "  hot   room ")
    assert store.nights.get(NIGHT).note == "hot room"


def test_diary_is_offered_in_the_daytime_after_a_logged_night(
    ctx: NightContext, store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    store.events.add(Event("e1", "jerk", utc_ms(2026, 11, 24, 23, 0), 0, Observer.SELF))
    clock.utc_ms = utc_ms(2026, 11, 25, 2, 0)  # still the night: not offered
    assert ctx.diary.night_to_offer() is None
    clock.utc_ms = utc_ms(2026, 11, 25, 8, 30)
    assert ctx.diary.night_to_offer() == NIGHT
    clock.utc_ms = utc_ms(2026, 11, 25, 15, 0)  # after the day boundary: still last night
    assert ctx.diary.night_to_offer() == NIGHT
    ctx.diary.skip(NIGHT)
    assert ctx.diary.night_to_offer() is None
    # The skip is remembered in the preferences file, not only in memory.
    assert Preferences(path=tmp_path / "hypnic.ini").diary_skipped(NIGHT)


def test_answered_diary_is_not_offered_and_figures_come_from_the_domain(
    ctx: NightContext, store: Store, clock: FixedClock
) -> None:
    store.events.add(Event("e1", "jerk", utc_ms(2026, 11, 24, 23, 0), 0, Observer.SELF))
    clock.utc_ms = utc_ms(2026, 11, 25, 8, 30)
    entry = DiaryEntry(
        NIGHT,
        bed_time=time(22, 30),
        tried_sleep_time=time(23, 0),
        sleep_latency_min=30,
        awakenings=2,
        wake_after_sleep_onset_min=30,
        final_wake_time=time(6, 30),
        out_of_bed_time=time(7, 0),
        quality=3,
    )
    ctx.diary.save(entry)
    assert ctx.diary.night_to_offer() is None
    figures = ctx.diary.figures(ctx.diary.entry(NIGHT))
    assert (figures.time_in_bed_min, figures.total_sleep_min) == (510, 390)
    assert figures.sleep_efficiency == pytest.approx(390 / 510)


def test_comparison_needs_three_nights_on_each_side(ctx: NightContext, store: Store) -> None:
    store.medications.save(Medication("clonazepam", 0.5, "mg", bedtime=True))
    for day in range(1, 7):
        night = date(2026, 11, day)
        for minute in range(2 if day <= 2 else 6):
            at = utc_ms(2026, 11, day, 23, minute)
            store.events.add(Event(f"e{day}-{minute}", "jerk", at, 0, Observer.SELF))
        if day <= 2:
            ctx.doses.add(night=night, medication="clonazepam", local_time=time(22, 0))
    (few,) = HistoryLoader(store=store).comparison(None, None)
    assert not few.comparable and (few.nights_with, few.nights_without) == (2, 4)
    ctx.doses.add(night=date(2026, 11, 3), medication="clonazepam", local_time=time(22, 0))
    (enough,) = HistoryLoader(store=store).comparison(None, None)
    assert enough.comparable
    jerk = enough.median("jerk")
    assert jerk is not None and (jerk.with_dose, jerk.without_dose) == (2.0, 6.0)
