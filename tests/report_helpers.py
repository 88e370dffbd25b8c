"""Shared helpers for the summary's tests (imported by conftest and the test modules)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from hypnic.domain.demo import generate_demo
from hypnic.domain.medications import Dose, Medication
from hypnic.store import Store
from hypnic.store.demo_fill import fill_demo_store

END_NIGHT = date(2026, 11, 24)


def fill_demo(data_dir: Path, nights: int = 45) -> None:
    """The demo history, with its bedtime doses (written here if the demo fill does not)."""
    store = Store.open(data_dir)
    try:
        history = generate_demo(end_night=END_NIGHT, nights=nights, zone=ZoneInfo("Europe/Berlin"))
        fill_demo_store(store, history)
        if not store.doses.between_nights(None, None):
            store.medications.save(Medication("Clonazepam", 0.5, "mg", bedtime=True))
            with store.transaction() as conn:
                store.doses.add_many_in(conn, [
                    Dose(f"demo-dose-{i}", d.medication, d.amount, d.unit, d.at.utc_ms,
                         d.at.offset_min)
                    for i, d in enumerate(history.doses)
                ])  # fmt: skip
    finally:
        store.close()
