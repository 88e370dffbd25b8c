"""Export and import: the same operations for `hypnic export/import` and the window."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import fields
from datetime import date, timedelta
from pathlib import Path

from hypnic.domain.errors import InputError
from hypnic.domain.events import Event, Instant
from hypnic.domain.kinds import Kind
from hypnic.domain.limits import check_instant, check_night_date
from hypnic.domain.patient import BIRTH_KEY, NAME_KEY, check_patient
from hypnic.exchange.atomic import write_atomic
from hypnic.exchange.csv_format import events_to_csv
from hypnic.exchange.fhir import fhir_bundle
from hypnic.exchange.json_format import BackupContent, build_backup, dumps
from hypnic.exchange.parsed import ParsedFile, has_content
from hypnic.exchange.sniff import FileFormat, sniff_format
from hypnic.exchange.source_file import read_import_head
from hypnic.operations.importing import (
    ImportPlan,
    apply_import,
    changes_anything,
    plan_import,
    summary,
)
from hypnic.operations.importing import read_import_file as _read_file
from hypnic.operations.period import read_period, readable_nights
from hypnic.store import Store

JsonPath = tuple[str | int, ...]

__all__ = [
    "FileFormat",
    "ImportPlan",
    "ParsedFile",
    "apply_import",
    "changes_anything",
    "export_text",
    "fhir_text",
    "import_format",
    "kinds_to_add",
    "plan_import",
    "read_import_file",
    "summary",
]


def read_import_file(path: Path, *, now: Instant) -> ParsedFile:
    """Read and check a file to import, its times included: every instant it brings (an
    event's or a dose's time and trash time, a night's times) and every night it names lie
    within the bounds of DESIGN section 2, or the whole file is refused naming the first
    that does not (so a store never holds a time that its readers cannot place)."""
    parsed = _read_file(path)
    check_file_times(parsed, now_utc_ms=now.utc_ms)
    _check_patient(parsed, now=now)
    return parsed


def _check_patient(parsed: ParsedFile, *, now: Instant) -> None:
    """The patient a backup brings is held to the rules the window keeps (check_patient)."""
    name, birth = parsed.settings.get(NAME_KEY, ""), parsed.settings.get(BIRTH_KEY, "")
    today = date(1970, 1, 1) + timedelta(milliseconds=now.local_ms)
    try:
        check_patient(name, birth, today=today)
        return
    except InputError as exc:
        key = NAME_KEY if exc.field == "name" else BIRTH_KEY
        line = parsed.locate(("settings", key)) if parsed.locate is not None else None
        raise InputError(
            exc.message, source=parsed.source, line=line, field=f"settings.{key}"
        ) from None


def import_format(path: Path) -> FileFormat:
    """Which kind of file ``path`` is, from its name and first line (the window's "find out
    from the file"); InputError when it cannot be read."""
    return sniff_format(path, read_import_head(path))


def kinds_to_add(parsed: ParsedFile, plan: ImportPlan) -> list[Kind]:
    """The kinds a plan made with ``add_kinds`` creates for keys the file's events use but
    neither the store nor the file defines: what ``--add-kinds`` adds."""
    defined = {k.key for k in parsed.kinds}
    return [k for k in plan.new_kinds if k.key not in defined]


def check_file_times(parsed: ParsedFile, *, now_utc_ms: int) -> None:
    """InputError with the file, line and field of the first time out of bounds."""
    json_file = parsed.locate is not None

    def refuse(exc: InputError, path: JsonPath, line: int | None) -> InputError:
        if line is None and parsed.locate is not None:
            line = parsed.locate(path)
        field = _dotted(path) if json_file else str(path[-1])
        return InputError(exc.message, source=parsed.source, line=line, field=field)

    def check(utc_ms: int | None, offset: int, path: JsonPath, line: int | None = None) -> None:
        if utc_ms is not None:
            try:
                check_instant(utc_ms, offset, now_utc_ms=now_utc_ms)
            except InputError as exc:
                raise refuse(exc, path, line) from None

    def check_night(night: date, path: JsonPath) -> None:
        try:
            check_night_date(night, now_utc_ms=now_utc_ms)
        except InputError as exc:
            raise refuse(exc, path, None) from None

    for item in parsed.events:
        e = item.event
        check(e.utc_ms, e.offset_min, ("events", item.index, "time"), item.line)
        check(e.deleted_utc_ms, e.offset_min, ("events", item.index, "deleted"), item.line)
    for i, dose in enumerate(parsed.doses):
        check(dose.utc_ms, dose.offset_min, ("doses", i, "time"))
        check(dose.deleted_utc_ms, dose.offset_min, ("doses", i, "deleted"))
    for i, record in enumerate(parsed.nights):
        check_night(record.night, ("nights", i, "night"))
        # Every instant a night record holds: lights-out, wind-down, and any added later.
        for f in fields(record):
            value = getattr(record, f.name)
            if isinstance(value, Instant):
                check(value.utc_ms, value.offset_min, ("nights", i, f.name))
    for test, path in parsed.rest_tests:
        check_night(test.night, (*path, "night"))
        check(test.start.utc_ms, test.start.offset_min, (*path, "start"))
        check(test.start.utc_ms + test.length_ms, test.start.offset_min, (*path, "end"))
    for night in [*parsed.night_tags, *(d.night for d in parsed.diary)]:
        check_night(night, ("night",))


def _dotted(path: JsonPath) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


def export_text(
    store: Store, fmt: str, first: date | None, last: date | None, *, now: Instant
) -> tuple[str, int]:
    """The export of nights first..last as text in ``fmt`` (csv or json), and how many events
    it holds (trashed events are neither exported nor counted; a JSON backup keeps them). Nights
    and times out of bounds are left out (``period.left_out`` names them), so the export is a
    file ``import`` takes back."""
    first, last = readable_nights(first, last)
    if fmt == "json":
        content = backup_content(store, first, last)
        doc = build_backup(content, exported_at=now)
        # The backup keeps the trash too (to rebuild the store whole); the count says the taps.
        return dumps(doc), sum(1 for event in content.events if not event.deleted)
    if fmt == "fhir":
        return fhir_text(store, first, last, now=now)
    boundary = store.settings.day_boundary
    events = store.events.between_nights(first, last)
    return events_to_csv(events, day_boundary=boundary), len(events)


def backup_content(store: Store, first: date | None, last: date | None) -> BackupContent:
    """Everything a JSON backup of nights first..last holds: the lists whole, events and doses
    with their trash, and each night's record, tags, diary and rest tests."""
    return BackupContent(
        kinds=store.kinds.all(),
        medications=store.medications.all(),
        tags=store.tags.all(),
        events=store.events.between_nights(first, last)
        + store.events.between_nights(first, last, deleted=True),
        doses=store.doses.between_nights(first, last)
        + store.doses.between_nights(first, last, deleted=True),
        records={r.night: r for r in store.nights.between(first, last) if has_content(r)},
        night_tags=store.tags.between(first, last),
        diary={e.night: e for e in store.diary.between(first, last)},
        rest_tests=store.rest_tests.between(first, last),
        settings=store.settings.all(),
        day_boundary=store.settings.day_boundary,
    )


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
