"""The data commands: log, dose, export, import, nights and check (DESIGN section 5)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from hypnic.domain.clock import Clock, SystemClock
from hypnic.domain.errors import InputError, StoreError
from hypnic.domain.events import Event, Instant, Observer, new_event_id
from hypnic.domain.limits import check_note
from hypnic.domain.medications import (
    Dose,
    Medication,
    check_amount,
    clean_name,
    clean_unit,
    describe_dose,
    format_amount,
    new_dose_id,
    suggestion_for,
)
from hypnic.domain.patient import patient_from_settings
from hypnic.domain.timerules import format_local, night_of, parse_cli_time, parse_night
from hypnic.exchange.atomic import write_atomic
from hypnic.exchange.csv_format import events_to_csv
from hypnic.exchange.fhir import fhir_bundle
from hypnic.exchange.importer import apply_import, plan_import, read_import_file, summary
from hypnic.exchange.json_format import build_backup, dumps
from hypnic.exchange.sleep_as_android import parse_sleep_as_android
from hypnic.exchange.sleep_import import apply_sleep_import, plan_sleep_import, sleep_summary
from hypnic.exchange.source_file import read_import_bytes
from hypnic.paths import resolve_paths
from hypnic.store import Store
from hypnic.store.database import DB_NAME


def run(args: argparse.Namespace, *, clock: Clock | None = None) -> int:
    """Run one data command; returns the exit status (errors propagate to cli.main)."""
    handler = _HANDLERS.get(args.command)
    if handler is None:
        print(f"hypnic: {args.command} is not available yet", file=sys.stderr)
        return 1
    return handler(args, clock or SystemClock())


def _open_store(args: argparse.Namespace) -> Store:
    data_dir = resolve_paths(args.data_dir).data_dir
    try:
        return Store.open(data_dir)
    except OSError as exc:  # the folder cannot be made: a file in its place, no permission
        raise StoreError(f"Cannot use the data folder {data_dir}: {exc.strerror or exc}.") from exc


def _period(args: argparse.Namespace) -> tuple[date | None, date | None]:
    first = parse_night(args.first, field="--from") if args.first else None
    last = parse_night(args.last, field="--to") if args.last else None
    if first and last and first > last:
        raise InputError(f"{first} is after --to {last}", field="--from")
    return first, last


def _log(args: argparse.Namespace, clock: Clock) -> int:
    note = check_note(args.note, field="--note")
    store = _open_store(args)
    try:
        kind = store.kinds.get(args.kind)
        if kind is None:
            known = ", ".join(k.key for k in store.kinds.all(include_archived=False))
            raise InputError(f"unknown kind '{args.kind}' (known kinds: {known})", field="KIND")
        if kind.archived:
            raise InputError(
                f"the kind '{kind.key}' is archived; restore it in the app to log it again",
                field="KIND",
            )
        now = clock.now()
        if args.at:
            utc_ms, offset_min = parse_cli_time(args.at, now_utc_ms=now.utc_ms, zone=clock.zone)
        else:
            utc_ms, offset_min = now.utc_ms, now.offset_min
        event = Event(
            id=new_event_id(),
            kind=kind.key,
            utc_ms=utc_ms,
            offset_min=offset_min,
            by=Observer(args.by),
            note=note,
        )
        store.events.add(event)
        night = night_of(utc_ms, offset_min, store.settings.day_boundary)
    finally:
        store.close()
    who = " (partner)" if event.by == Observer.PARTNER else ""
    print(f"Logged {kind.key}{who} at {format_local(utc_ms, offset_min)} (night {night})")
    return 0


def _at(args: argparse.Namespace, clock: Clock) -> Instant:
    now = clock.now()
    if not args.at:
        return now
    return Instant(*parse_cli_time(args.at, now_utc_ms=now.utc_ms, zone=clock.zone))


def _dose(args: argparse.Namespace, clock: Clock) -> int:
    name = clean_name(args.medication, field="MEDICATION")
    amount = check_amount(args.amount, field="--amount")
    unit = clean_unit(args.unit, field="--unit")
    at = _at(args, clock)
    store = _open_store(args)
    try:
        med = store.medications.get(name)
        if med is None:
            # An unknown name is added rather than refused: the list only offers suggestions,
            # and a patient logging what they just took should not be sent off to set it up.
            suggestion = suggestion_for(name)
            if suggestion is not None:
                name = suggestion.name
                if unit is None and amount is not None:
                    unit = suggestion.units[0]
        else:
            amount, unit = _usual(med, amount, unit)
            if med.archived:
                store.medications.save(med.with_changes(archived=False))
        dose = store.doses.add(
            Dose(new_dose_id(), name, amount, unit, at.utc_ms, at.offset_min),
            create_medication=med is None,
        )
        night = dose.night(store.settings.day_boundary)
    finally:
        store.close()
    line = (
        f"Logged {describe_dose(dose)} at {format_local(at.utc_ms, at.offset_min)} (night {night})"
    )
    if med is None:
        usual = format_amount(dose.amount, dose.unit)
        line += (
            f"; {dose.medication} was not in your medications, so it was added"
            + (f" with {usual} as its usual dose" if usual else "")
            + " (mark it as a bedtime dose in the app if it is one)"
        )
    elif med.archived:
        line += f"; {dose.medication} is back in your medications"
    print(line)
    return 0


def _usual(
    med: Medication, amount: float | None, unit: str | None
) -> tuple[float | None, str | None]:
    """Fill what was not given from the medication's usual dose: an amount without a unit is in
    the usual unit; the usual amount is taken only when no other unit was given."""
    if unit is None or (med.unit or "").casefold() == unit.casefold():
        unit = med.unit  # "MG" is the list's "mg"
        if amount is None:
            amount = med.usual_amount
    return amount, unit


def _export(args: argparse.Namespace, clock: Clock) -> int:
    first, last = _period(args)
    store = _open_store(args)
    try:
        boundary = store.settings.day_boundary
        if args.format == "json":
            doc = build_backup(store, first=first, last=last, exported_at=clock.now())
            text, count = dumps(doc), len(doc["events"])
        elif args.format == "fhir":
            text, count = _fhir_text(store, first, last, clock)
        else:
            events = store.events.between_nights(first, last, day_boundary=boundary)
            text, count = events_to_csv(events, day_boundary=boundary), len(events)
    finally:
        store.close()
    if args.output:
        write_atomic(Path(args.output), text.encode("utf-8"))
        print(f"Exported {count} event{'s' if count != 1 else ''} to {args.output}")
    else:
        _write_stdout(text)
    return 0


def _fhir_text(
    store: Store, first: date | None, last: date | None, clock: Clock
) -> tuple[str, int]:
    """The FHIR bundle of the nights first..last and the number of events in it."""
    boundary = store.settings.day_boundary
    events = store.events.between_nights(first, last, day_boundary=boundary)
    bundle = fhir_bundle(
        events=events,
        doses=store.doses.between_nights(first, last, day_boundary=boundary),
        diary=store.diary.between(first, last),
        kinds=store.kinds.all(),
        patient=patient_from_settings(store.settings.all()),
        exported_at=clock.now(),
        day_boundary=boundary,
    )
    return json.dumps(bundle, ensure_ascii=False, indent=2) + "\n", len(events)


def _write_stdout(text: str) -> None:
    # Bytes, so the file is UTF-8 with the csv module's \r\n whatever the locale or platform.
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()


def _import(args: argparse.Namespace, clock: Clock) -> int:
    if args.source_format == "sleep-as-android":
        return _import_sleep(args, clock)
    parsed = read_import_file(Path(args.file))
    store = _open_store(args)
    try:
        plan = plan_import(store, parsed, add_kinds=args.add_kinds)
        if not args.dry_run:
            apply_import(store, plan)
    finally:
        store.close()
    print(summary(plan, dry_run=args.dry_run))
    return 0


def _import_sleep(args: argparse.Namespace, clock: Clock) -> int:
    """Sleep as Android's CSV export: nights with lights-out, tags and notes (sleep_import)."""
    now = clock.now()
    data = read_import_bytes(Path(args.file))
    parsed = parse_sleep_as_android(data, args.file, now_utc_ms=now.utc_ms)
    store = _open_store(args)
    try:
        plan = plan_sleep_import(store, parsed, now=now)
        if not args.dry_run:
            apply_sleep_import(store, plan)
    finally:
        store.close()
    print(sleep_summary(plan, dry_run=args.dry_run))
    return 0


def _nights(args: argparse.Namespace, clock: Clock) -> int:
    from hypnic.cli.nights import night_objects, nights_table

    first, last = _period(args)
    store = _open_store(args)
    try:
        objects = night_objects(store, first, last)
        kind_order = [k.key for k in store.kinds.all()]
    finally:
        store.close()
    if args.json:
        # UTF-8 whatever the locale, as JSON must be (and as export writes it).
        _write_stdout(json.dumps(objects, ensure_ascii=False, indent=2) + "\n")
    elif objects:
        print(nights_table(objects, kind_order))
    else:
        print("No nights with events or records in this period.")
    return 0


def _report(args: argparse.Namespace, clock: Clock) -> int:
    from hypnic.report.command import run_report

    return run_report(args, clock, lambda: _open_store(args))


def _check(args: argparse.Namespace, clock: Clock) -> int:
    from hypnic.store.backups import BackupManager, integrity_check

    data_dir = resolve_paths(args.data_dir).data_dir
    db = data_dir / DB_NAME
    if not db.is_file():
        print(f"hypnic: there is no store in {data_dir}", file=sys.stderr)
        return 1
    results = [(db, integrity_check(db) or "ok"), *BackupManager(data_dir).check_all()]
    for path, verdict in results:
        print(f"{'ok' if verdict == 'ok' else 'FAILED'}  {path}" + ("" if verdict == "ok" else
              f": {verdict}"))  # fmt: skip
    if len(results) == 1:
        print("no backups yet")
    return 0 if all(verdict == "ok" for _, verdict in results) else 1


_HANDLERS: dict[str, Callable[[argparse.Namespace, Clock], int]] = {
    "log": _log,
    "dose": _dose,
    "export": _export,
    "import": _import,
    "nights": _nights,
    "report": _report,
    "check": _check,
}
