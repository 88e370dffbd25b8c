"""Filling a store with the demo history: everything lands, on the right nights."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from hypnic.domain.demo import DEMO_DOSE_AMOUNT, generate_demo
from hypnic.operations.period import compare_doses, read_period
from hypnic.store import Store
from hypnic.store.demo_fill import fill_demo_store


def test_fill_writes_every_event_and_night_record(store: Store) -> None:
    history = generate_demo(end_night=date(2026, 11, 24), zone=ZoneInfo("Europe/Berlin"))
    assert fill_demo_store(store, history) == len(history.events)
    assert store.events.between_nights(None, None) == history.events
    assert store.nights.between(None, None) == history.records
    for night in history.nights:
        assert store.events.of_night(night.night) == list(night.events)
        doses = store.doses.of_night(night.night)
        assert [(d.medication, d.amount, d.at) for d in doses] == (
            [(night.dose.medication, night.dose.amount, night.dose.at)] if night.dose else []
        )
    (med,) = store.medications.all()
    assert med.bedtime and med.usual_amount == DEMO_DOSE_AMOUNT


def test_filling_twice_adds_no_duplicates(store: Store) -> None:
    history = generate_demo(end_night=date(2026, 3, 1), nights=5, zone=ZoneInfo("UTC"))
    fill_demo_store(store, history)
    assert fill_demo_store(store, history) == 0
    assert len(store.events.between_nights(None, None)) == len(history.events)
    assert len(store.doses.between_nights(None, None)) == len(history.doses)


def test_fill_is_one_transaction(store: Store) -> None:
    history = generate_demo(end_night=date(2026, 3, 1), nights=5, zone=ZoneInfo("UTC"))
    before = store.change_serial()
    fill_demo_store(store, history)
    assert store.change_serial() == before + 1


def test_demo_comparison_shows_fewer_jerks_on_dose_nights(store: Store) -> None:
    history = generate_demo(end_night=date(2026, 11, 24), zone=ZoneInfo("Europe/Berlin"))
    fill_demo_store(store, history)
    (clonazepam,) = compare_doses(read_period(store, None, None))
    dosed = sum(1 for n in history.nights if n.dosed)
    assert (clonazepam.nights_with, clonazepam.nights_without) == (
        dosed,
        len(history.nights) - dosed,
    )
    assert clonazepam.comparable
    jerk = clonazepam.median("jerk")
    assert jerk is not None and jerk.with_dose < jerk.without_dose
    assert [m.kind for m in clonazepam.medians][:2] == ["jerk", "kick"]  # the user's kind order
