"""NightReview: times typed for a night, DST gap and fold, edits, trash, and the night's record."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hypnic.domain.clock import FixedClock
from hypnic.domain.errors import AmbiguousTimeError, InputError
from hypnic.domain.events import Event, Observer
from hypnic.domain.timerules import night_of
from hypnic.services.night_review import NightReview, wall_time
from hypnic.store import Store
from timehelp import utc_ms

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def make(store: Store, zone: ZoneInfo = LONDON) -> tuple[NightReview, list[int]]:
    clock = FixedClock(utc_ms(2026, 11, 25, 10, 0), zone)
    review = NightReview(store=store, clock=clock)
    emitted: list[int] = []
    review.changed.connect(lambda: emitted.append(1))
    return review, emitted


def local_of(event: Event) -> datetime:
    return datetime.fromtimestamp(event.utc_ms / 1000, UTC).astimezone(LONDON).replace(tzinfo=None)


@pytest.fixture
def review(store: Store) -> NightReview:
    return make(store)[0]


def test_add_after_midnight_goes_to_next_date_of_same_night(store: Store) -> None:
    review, emitted = make(store)
    night = date(2026, 11, 24)
    event = review.add_event(night=night, kind="jerk", local_time=time(0, 40), note=" missed ")
    assert local_of(event) == datetime(2026, 11, 25, 0, 40)
    assert event.offset_min == 0
    assert event.note == "missed"
    assert night_of(event.utc_ms, event.offset_min) == night
    assert [e.id for e in review.events(night)] == [event.id]
    assert review.events(date(2026, 11, 25)) == []
    assert emitted == [1]


def test_add_before_midnight_stays_on_the_evening_date(review: NightReview) -> None:
    event = review.add_event(night=date(2026, 11, 24), kind="kick", local_time=time(23, 5, 30))
    assert local_of(event) == datetime(2026, 11, 24, 23, 5, 30)


def test_add_in_summer_time_stores_the_offset_in_force(store: Store) -> None:
    review, _ = make(store, NEW_YORK)
    event = review.add_event(night=date(2026, 7, 1), kind="jerk", local_time=time(22, 0))
    assert event.offset_min == -240
    assert event.utc_ms == utc_ms(2026, 7, 2, 2, 0)


def test_day_boundary_setting_decides_the_date(store: Store) -> None:
    store.settings.set_day_boundary(time(18, 0))
    review, _ = make(store)
    event = review.add_event(night=date(2026, 11, 24), kind="jerk", local_time=time(15, 0))
    assert local_of(event) == datetime(2026, 11, 25, 15, 0)
    assert [e.id for e in review.events(date(2026, 11, 24))] == [event.id]


def test_gap_time_is_refused_and_nothing_stored(store: Store) -> None:
    review, emitted = make(store)
    with pytest.raises(InputError, match="does not exist") as caught:
        review.add_event(night=date(2026, 3, 28), kind="jerk", local_time=time(1, 30))
    assert not isinstance(caught.value, AmbiguousTimeError)
    assert review.events(date(2026, 3, 28)) == []
    assert emitted == []


def test_fold_time_asks_then_stores_the_chosen_instant(store: Store) -> None:
    review, _ = make(store)
    night = date(2026, 10, 24)
    with pytest.raises(AmbiguousTimeError) as caught:
        review.add_event(night=night, kind="jerk", local_time=time(1, 30))
    first, second = caught.value.choices
    assert (first, second) == (utc_ms(2026, 10, 25, 0, 30), utc_ms(2026, 10, 25, 1, 30))
    assert review.events(night) == []
    bst = review.add_event(night=night, kind="jerk", local_time=time(1, 30), fold=0)
    gmt = review.add_event(night=night, kind="kick", local_time=time(1, 30), fold=1)
    assert (bst.utc_ms, bst.offset_min) == (first, 60)
    assert (gmt.utc_ms, gmt.offset_min) == (second, 0)
    assert [e.id for e in review.events(night)] == [bst.id, gmt.id]


def test_unknown_or_archived_kind_is_refused(store: Store) -> None:
    review, emitted = make(store)
    with pytest.raises(InputError, match="unknown kind"):
        review.add_event(night=date(2026, 11, 24), kind="sneeze", local_time=time(23, 0))
    kick = store.kinds.get("kick")
    assert kick is not None
    store.kinds.save(kick.with_changes(archived=True))
    with pytest.raises(InputError, match="archived"):
        review.add_event(night=date(2026, 11, 24), kind="kick", local_time=time(23, 0))
    assert emitted == []


def test_edit_each_field(store: Store) -> None:
    review, emitted = make(store)
    night = date(2026, 11, 24)
    event = review.add_event(night=night, kind="jerk", local_time=time(23, 0))
    edited = review.edit_event(event.id, kind="deep_itch", by=Observer.PARTNER, note="left calf")
    assert (edited.kind, edited.by, edited.note) == ("deep_itch", Observer.PARTNER, "left calf")
    moved = review.edit_event(event.id, local_time=time(0, 15, 9))
    assert local_of(moved) == datetime(2026, 11, 25, 0, 15, 9)
    stored = store.events.get(event.id)
    assert stored == moved
    assert stored.kind == "deep_itch" and stored.note == "left calf"
    assert [e.id for e in review.events(night)] == [event.id]
    assert len(emitted) == 3


def test_edit_keeps_an_archived_kind_but_refuses_switching_to_one(store: Store) -> None:
    review, _ = make(store)
    event = review.add_event(night=date(2026, 11, 24), kind="kick", local_time=time(23, 0))
    kick = store.kinds.get("kick")
    assert kick is not None
    store.kinds.save(kick.with_changes(archived=True))
    assert review.edit_event(event.id, kind="kick", note="still a kick").note == "still a kick"
    other = review.add_event(night=date(2026, 11, 24), kind="jerk", local_time=time(23, 1))
    with pytest.raises(InputError, match="archived"):
        review.edit_event(other.id, kind="kick")
    assert store.events.get(other.id) == other


def test_edit_time_into_gap_or_fold(store: Store) -> None:
    review, _ = make(store)
    event = review.add_event(night=date(2026, 3, 28), kind="jerk", local_time=time(0, 50))
    with pytest.raises(InputError, match="does not exist"):
        review.edit_event(event.id, local_time=time(1, 10))
    assert store.events.get(event.id) == event
    late = review.add_event(night=date(2026, 10, 24), kind="jerk", local_time=time(0, 50))
    with pytest.raises(AmbiguousTimeError):
        review.edit_event(late.id, local_time=time(1, 10))
    chosen = review.edit_event(late.id, local_time=time(1, 10), fold=1)
    assert (chosen.utc_ms, chosen.offset_min) == (utc_ms(2026, 10, 25, 1, 10), 0)


def test_delete_and_restore(store: Store) -> None:
    review, emitted = make(store)
    night = date(2026, 11, 24)
    a = review.add_event(night=night, kind="jerk", local_time=time(23, 0))
    b = review.add_event(night=night, kind="kick", local_time=time(23, 1))
    review.delete(a.id)
    assert [e.id for e in review.events(night)] == [b.id]
    trashed = review.trash(night)
    assert [e.id for e in trashed] == [a.id]
    assert trashed[0].deleted_utc_ms == utc_ms(2026, 11, 25, 10, 0)
    with pytest.raises(InputError, match="trash"):
        review.edit_event(a.id, note="x")
    review.restore(a.id)
    assert [e.id for e in review.events(night)] == [a.id, b.id]
    assert review.trash(night) == []
    assert review.delete_many([a.id, b.id]) == 2
    assert review.events(night) == []
    assert review.restore_many([a.id, b.id]) == 2
    assert review.restore_many([a.id]) == 0
    assert [e.id for e in review.events(night)] == [a.id, b.id]
    assert len(emitted) == 2 + 4


def test_delete_unknown_event_is_refused(review: NightReview) -> None:
    with pytest.raises(InputError, match="no longer exists"):
        review.delete("no-such-id")
    with pytest.raises(InputError, match="no longer exists"):
        review.restore("no-such-id")


def test_lights_out_winddown_and_note(store: Store) -> None:
    review, emitted = make(store)
    night = date(2026, 11, 24)
    review.set_winddown(night, time(22, 10))
    review.set_lights_out(night, time(0, 5))
    review.set_note(night, "  hot room  ")
    record = review.record(night)
    assert record.winddown is not None and record.lights_out is not None
    assert wall_time(record.winddown.local_ms) == time(22, 10)
    assert record.lights_out.utc_ms == utc_ms(2026, 11, 25, 0, 5)
    assert record.note == "hot room"
    review.set_lights_out(night, None)
    review.set_winddown(night, None)
    cleared = store.nights.get(night)
    assert cleared.lights_out is None and cleared.winddown is None and cleared.note == "hot room"
    assert len(emitted) == 5


def test_lights_out_in_gap_refused_and_fold_chosen(store: Store) -> None:
    review, emitted = make(store)
    with pytest.raises(InputError, match="does not exist"):
        review.set_lights_out(date(2026, 3, 28), time(1, 0))
    assert review.record(date(2026, 3, 28)).lights_out is None
    with pytest.raises(AmbiguousTimeError):
        review.set_lights_out(date(2026, 10, 24), time(1, 0))
    review.set_lights_out(date(2026, 10, 24), time(1, 0), fold=0)
    lights_out = review.record(date(2026, 10, 24)).lights_out
    assert lights_out is not None and lights_out.offset_min == 60
    assert len(emitted) == 1


def test_tonight_follows_the_clock(tmp_path: Path) -> None:
    opened = Store.open(tmp_path / "other")
    try:
        clock = FixedClock(utc_ms(2026, 11, 25, 0, 40), LONDON)
        assert NightReview(store=opened, clock=clock).tonight() == date(2026, 11, 24)
    finally:
        opened.close()
