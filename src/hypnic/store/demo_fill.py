"""Write a generated demo history into a (throw-away) store."""

from __future__ import annotations

import uuid

from hypnic.domain.demo import DEMO_DOSE_AMOUNT, DEMO_DOSE_UNIT, DEMO_MEDICATION, DemoHistory
from hypnic.domain.medications import Dose, Medication
from hypnic.store.database import Store

# Dose ids derive from the dose's instant, so filling twice adds no duplicate doses.
_DOSE_IDS = uuid.UUID("6f1d3c2e-7a4b-4e59-9b1a-0d2c3e4f5a6b")


def fill_demo_store(store: Store, history: DemoHistory) -> int:
    """Write the demo's medication, night records, doses and events in one transaction;
    returns the events added."""
    with store.transaction() as conn:
        if history.doses and store.medications.get(DEMO_MEDICATION) is None:
            store.medications.save_in(
                conn, Medication(DEMO_MEDICATION, DEMO_DOSE_AMOUNT, DEMO_DOSE_UNIT, bedtime=True)
            )
        for record in history.records:
            store.nights.save_in(conn, record)
        store.doses.add_many_in(
            conn,
            (
                Dose(str(uuid.uuid5(_DOSE_IDS, f"{d.medication}@{d.at.utc_ms}")), d.medication,
                     d.amount, d.unit, d.at.utc_ms, d.at.offset_min)
                for d in history.doses
            ),
        )  # fmt: skip
        return store.events.add_many_in(conn, history.events)
