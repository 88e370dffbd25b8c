"""Shared helpers for the summary's tests (imported by conftest and the test modules)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, time
from pathlib import Path
from zoneinfo import ZoneInfo

from hypnic.domain.demo import generate_demo
from hypnic.domain.diary import DiaryEntry
from hypnic.domain.events import Event, NightRecord
from hypnic.domain.kinds import BUILTIN_KINDS, Kind
from hypnic.domain.medications import Dose, Medication
from hypnic.domain.patient import Patient
from hypnic.domain.period import NightData, PeriodData
from hypnic.domain.tags import Tag
from hypnic.domain.timerules import DEFAULT_DAY_BOUNDARY, night_of
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


def period_data(
    *,
    events: Iterable[Event] = (),
    records: Iterable[NightRecord] = (),
    kinds: Sequence[Kind] = BUILTIN_KINDS,
    doses: Iterable[Dose] = (),
    diary: Iterable[DiaryEntry] = (),
    tags: Mapping[date, Sequence[str]] | None = None,
    tag_labels: Mapping[str, str] | None = None,
    medications: Sequence[Medication] = (),
    patient: str | None = None,
    date_of_birth: date | None = None,
    day_boundary: time = DEFAULT_DAY_BOUNDARY,
) -> PeriodData:
    """Plain per-night data as the period reader gives it, from loose lists (for model tests)."""
    by_night: dict[date, dict[str, list[object]]] = defaultdict(lambda: defaultdict(list))
    for e in events:
        by_night[night_of(e.utc_ms, e.offset_min, day_boundary)]["events"].append(e)
    for d in doses:
        by_night[d.night(day_boundary)]["doses"].append(d)
    recs = {r.night: r for r in records}
    entries = {d.night: d for d in diary}
    tag_map = dict(tags or {})
    nights = sorted({*by_night, *recs, *entries, *tag_map})
    return PeriodData(
        nights=tuple(
            NightData(
                night=n,
                events=tuple(sorted(by_night[n]["events"], key=lambda e: (e.utc_ms, e.id))),  # type: ignore[attr-defined]
                doses=tuple(by_night[n]["doses"]),  # type: ignore[arg-type]
                record=recs.get(n),
                diary=entries.get(n),
                tags=tuple(tag_map.get(n, ())),
            )
            for n in nights
        ),
        kinds=tuple(kinds),
        medications=tuple(medications),
        tags=tuple(Tag(k, v) for k, v in (tag_labels or {}).items()),
        day_boundary=day_boundary,
        patient=Patient(patient, date_of_birth),
    )
