"""A night after tonight does not exist yet: every write of the review, the bedside strip and the
diary refuses it, in the operations, so the window and the command line share the rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest

from hypnic.domain.clock import FixedClock
from hypnic.domain.diary import DiaryEntry
from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant
from hypnic.operations import diary, doses, events, night_records, tags
from hypnic.operations.tonight import tonight
from hypnic.store import Store
from timehelp import utc_ms

LONDON = ZoneInfo("Europe/London")
TONIGHT = date(2026, 11, 24)
TOMORROW = date(2026, 11, 25)


@pytest.fixture
def clock() -> FixedClock:
    # 10:00 on the 25th: before the 12:00 boundary, still the night of the 24th.
    return FixedClock(utc_ms(2026, 11, 25, 10, 0), LONDON)


def writes(store: Store, clock: FixedClock, night: date) -> dict[str, Callable[[], object]]:
    return {
        "add event": lambda: events.add_event(
            store, clock, night=night, kind="jerk", local_time=time(23, 0)
        ),
        "lights-out": lambda: night_records.set_typed_lights_out(store, clock, night, time(22, 0)),
        "lights-out instant": lambda: night_records.set_lights_out(
            store, night, Instant(clock.now().utc_ms, 0), clock=clock
        ),
        "wind-down": lambda: night_records.set_typed_winddown(store, clock, night, time(21, 0)),
        "note": lambda: night_records.set_note(store, night, "hot room", clock=clock),
        "tag": lambda: night_records.set_night_tag(store, night, "alcohol", True, clock=clock),
        "new tag": lambda: tags.add_tag(store, "Late nap", night=night, clock=clock),
        "dose": lambda: doses.log_typed_dose(
            store, clock, night=night, medication="clonazepam", local_time=time(22, 0)
        ),
        "diary": lambda: diary.save_diary(store, DiaryEntry(night, quality=3), clock=clock),
    }


def test_tonight_is_the_24th(store: Store, clock: FixedClock) -> None:
    assert tonight(store, clock) == TONIGHT


def test_every_write_refuses_a_night_after_tonight(store: Store, clock: FixedClock) -> None:
    for name, write in writes(store, clock, TOMORROW).items():
        with pytest.raises(InputError, match="has not come yet"):
            write()
        assert store.events.between_nights(None, None) == [], name
        assert not store.nights.get(TOMORROW).has_content, name
        assert store.tags.of_night(TOMORROW) == [], name
        assert store.diary.get(TOMORROW) is None, name
    assert "late_nap" not in [t.key for t in store.tags.all()]


def test_every_write_takes_tonight(store: Store, clock: FixedClock) -> None:
    for write in writes(store, clock, TONIGHT).values():
        write()
    assert len(store.events.of_night(TONIGHT)) == 1
    assert store.nights.get(TONIGHT).has_content
