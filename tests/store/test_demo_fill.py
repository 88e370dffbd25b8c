"""Filling a store with the demo history: everything lands, on the right nights."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from hypnic.domain.demo import generate_demo
from hypnic.store import Store
from hypnic.store.demo_fill import fill_demo_store


def test_fill_writes_every_event_and_night_record(store: Store) -> None:
    history = generate_demo(end_night=date(2026, 11, 24), zone=ZoneInfo("Europe/Berlin"))
    assert fill_demo_store(store, history) == len(history.events)
    assert store.events.between_nights(None, None) == history.events
    assert store.nights.between(None, None) == history.records
    for night in history.nights:
        assert store.events.of_night(night.night) == list(night.events)


def test_filling_twice_adds_no_duplicates(store: Store) -> None:
    history = generate_demo(end_night=date(2026, 3, 1), nights=5, zone=ZoneInfo("UTC"))
    fill_demo_store(store, history)
    assert fill_demo_store(store, history) == 0
    assert len(store.events.between_nights(None, None)) == len(history.events)


def test_fill_is_one_transaction(store: Store) -> None:
    history = generate_demo(end_night=date(2026, 3, 1), nights=5, zone=ZoneInfo("UTC"))
    before = store.change_serial()
    fill_demo_store(store, history)
    assert store.change_serial() == before + 1
