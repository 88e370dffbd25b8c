"""Write a generated demo history into a (throw-away) store."""

from __future__ import annotations

from hypnic.domain.demo import DemoHistory
from hypnic.store.database import Store


def fill_demo_store(store: Store, history: DemoHistory) -> int:
    """Write the demo's night records and events in one transaction; returns the events added.

    Doses are not written yet: the store has no doses table until the medication feature
    lands (``history.doses`` already holds them).
    """
    with store.transaction() as conn:
        for record in history.records:
            store.nights.save_in(conn, record)
        return store.events.add_many_in(conn, history.events)
