"""Export and import: the same operations for `hypnic export/import` and the window."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from hypnic.domain.events import Event, Instant
from hypnic.exchange.atomic import write_atomic
from hypnic.exchange.csv_format import events_to_csv
from hypnic.exchange.fhir import fhir_bundle
from hypnic.exchange.importer import (
    ImportPlan,
    apply_import,
    changes_anything,
    plan_import,
    read_import_file,
    summary,
)
from hypnic.exchange.json_format import build_backup, dumps
from hypnic.operations.period import read_period
from hypnic.store import Store

__all__ = [
    "ImportPlan",
    "apply_import",
    "changes_anything",
    "export_text",
    "fhir_text",
    "plan_import",
    "read_import_file",
    "summary",
]


def export_text(
    store: Store, fmt: str, first: date | None, last: date | None, *, now: Instant
) -> tuple[str, int]:
    """The export of nights first..last as text in ``fmt`` (csv or json), and how many events
    it holds (trashed events are not exported)."""
    if fmt == "json":
        doc = build_backup(store, first=first, last=last, exported_at=now)
        return dumps(doc), len(doc["events"])
    if fmt == "fhir":
        return fhir_text(store, first, last, now=now)
    boundary = store.settings.day_boundary
    events = store.events.between_nights(first, last)
    return events_to_csv(events, day_boundary=boundary), len(events)


def fhir_text(
    store: Store, first: date | None, last: date | None, *, now: Instant
) -> tuple[str, int]:
    """The FHIR R4 bundle of nights first..last (DESIGN section 5) and how many events it
    holds, from the period reader's data."""
    data = read_period(store, first, last)
    events = [e for e in data.events() if not e.deleted]
    bundle = fhir_bundle(
        events=events,
        doses=[d for d in data.doses() if not d.deleted],
        diary=[n.diary for n in data.nights if n.diary is not None],
        kinds=list(data.kinds),
        patient=data.patient,
        exported_at=now,
        day_boundary=data.day_boundary,
    )
    return json.dumps(bundle, ensure_ascii=False, indent=2) + "\n", len(events)


def write_events_csv(path: Path, events: Sequence[Event]) -> None:
    """Events in Hypnic's CSV format, written atomically, so ``hypnic import`` takes them
    (the rescue of taps that could not be saved: the store is not needed)."""
    write_atomic(path, events_to_csv(events).encode("utf-8"))


def write_document(path: Path, data: bytes) -> None:
    """A finished document (a summary PDF, an export) written atomically to ``path``."""
    write_atomic(path, data)
