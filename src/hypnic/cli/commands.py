"""The data commands: log, dose, export, import, nights and check (DESIGN section 5)."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from hypnic.cli.stdout import write_stdout
from hypnic.domain.clock import Clock, SystemClock
from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant, Observer
from hypnic.domain.limits import check_note
from hypnic.domain.medications import describe_dose, format_amount
from hypnic.domain.timerules import format_local, parse_cli_time, parse_night
from hypnic.operations.checks import check_store_and_backups, store_file
from hypnic.operations.doses import log_dose
from hypnic.operations.events import log_event, new_event, usable_kind
from hypnic.operations.exchange import (
    apply_import,
    export_text,
    plan_import,
    read_import_file,
    summary,
)
from hypnic.operations.import_sleep import (
    apply_sleep_import,
    plan_sleep_import,
    read_sleep_file,
    sleep_summary,
)
from hypnic.operations.night_entry import NightFacts, NightRecorded, check_facts, record_night
from hypnic.operations.night_records import quiet_ended_by
from hypnic.operations.opening import (
    open_for_export,
    open_for_import,
    open_for_reading,
    open_for_writing,
    reason,
)
from hypnic.operations.outputs import clear_killed_outputs, output_target, write_output
from hypnic.operations.period import left_out, read_period
from hypnic.operations.tonight import night_of_instant
from hypnic.paths import resolve_paths


def run(args: argparse.Namespace, *, clock: Clock | None = None) -> int:
    """Run one data command; returns the exit status (errors propagate to cli.main)."""
    handler = _HANDLERS.get(args.command)
    if handler is None:
        print(f"hypnic: {args.command} is not available yet", file=sys.stderr)
        return 1
    clear_killed_outputs(resolve_paths(args.data_dir))
    return handler(args, clock or SystemClock())


def _period(args: argparse.Namespace) -> tuple[date | None, date | None]:
    first = parse_night(args.first, field="--from") if args.first is not None else None
    last = parse_night(args.last, field="--to") if args.last is not None else None
    if first and last and first > last:
        raise InputError(f"{first} is after --to {last}", field="--from")
    return first, last


def _log(args: argparse.Namespace, clock: Clock) -> int:
    note = check_note(args.note, field="--note")  # bad input fails before the store opens
    now = clock.now()
    at = _at(args, now, clock)
    with open_for_writing(args.data_dir) as store:
        kind = usable_kind(store, args.kind, field="KIND")
        event, _changes = log_event(
            store,
            new_event(kind.key, at, by=Observer(args.by), note=note),
            clock=clock,
            time_field="--at",
        )
        night = night_of_instant(store, at)
        ended_quiet = quiet_ended_by(store, event)
    who = " (partner)" if event.by == Observer.PARTNER else ""
    line = f"Logged {kind.key}{who} at {format_local(at.utc_ms, at.offset_min)} (night {night})"
    if ended_quiet:
        line += "; not quiet any more: the night was marked quiet (nothing tonight)"
    _confirm(line)
    return 0


def _night(args: argparse.Namespace, clock: Clock) -> int:
    facts = NightFacts(
        night=parse_night(args.date, field="DATE") if args.date is not None else None,
        lights_out=args.lights_out,
        symptoms_from=args.symptoms_from,
        quiet=args.quiet,
        tags=tuple(args.tag),
        note=args.note,
    )
    check_facts(facts)  # bad input fails before the store opens
    with open_for_writing(args.data_dir) as store:
        recorded = record_night(store, clock, facts)
    _confirm(_recorded_line(recorded))
    return 0


def _recorded_line(done: NightRecorded) -> str:
    """'Night 2026-11-24: lights-out 23:15, symptoms from 20:30, quiet, tags caffeine, note'."""
    parts = []
    if done.lights_out is not None:
        at = done.lights_out
        parts.append(f"lights-out {format_local(at.utc_ms, at.offset_min)}")
    if done.symptoms_from is not None:
        at = done.symptoms_from
        parts.append(f"symptoms from {format_local(at.utc_ms, at.offset_min)}")
    if done.quiet:
        parts.append("quiet (nothing tonight)")
    if done.tags:
        parts.append("tagged " + ", ".join(t.key for t in done.tags))
    if done.note is not None:
        parts.append("note set" if done.note else "note cleared")
    return f"Recorded for the night of {done.night}: " + "; ".join(parts or ["no change"])


def _confirm(line: str) -> None:
    """Say what was committed. It is done whether or not this can be shown (standard output
    closed or on a full disk): the exit status stays 0, so no script logs it a second time."""
    try:
        print(line, flush=True)
    except OSError:
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)


def _at(args: argparse.Namespace, now: Instant, clock: Clock) -> Instant:
    if args.at is None:  # an empty --at "$T" is refused, not taken for now
        return now
    return Instant(*parse_cli_time(args.at, now_utc_ms=now.utc_ms, zone=clock.zone))


def _dose(args: argparse.Namespace, clock: Clock) -> int:
    at = _at(args, clock.now(), clock)
    with open_for_writing(args.data_dir) as store:
        logged = log_dose(
            store,
            clock,
            medication=args.medication,
            at=at,
            amount=args.amount,
            unit=args.unit,
            fields=("MEDICATION", "--amount", "--unit", "--at"),
        )
        night = night_of_instant(store, at)
    dose = logged.dose
    line = (
        f"Logged {describe_dose(dose)} at {format_local(at.utc_ms, at.offset_min)} (night {night})"
    )
    if logged.medication_added:
        usual = format_amount(dose.amount, dose.unit)
        line += (
            f"; {dose.medication} was not in your medications, so it was added"
            + (f" with {usual} as its usual dose" if usual else "")
            + " (mark it as a bedtime dose in the app if it is one)"
        )
    elif logged.medication_restored:
        line += f"; {dose.medication} is back in your medications"
    _confirm(line)
    return 0


def _export(args: argparse.Namespace, clock: Clock) -> int:
    first, last = _period(args)
    paths = resolve_paths(args.data_dir)
    # Checked before anything is read: a refused target costs nothing and changes nothing.
    target = output_target(args.output, paths=paths) if args.output is not None else None
    with open_for_export(args.data_dir) as source:
        text, count = export_text(source.store, args.format, first, last, now=clock.now())
        note = left_out(source.store)
    if target is not None:
        write_output(target, text.encode("utf-8"), paths=paths)
        print(f"Exported {count} event{'s' if count != 1 else ''} to {target}")
    else:
        _write_stdout(text)
    if source.damage is not None:
        db = store_file(args.data_dir)
        where = f" to {target}" if target is not None else ""
        events = f"{count} event{'s' if count != 1 else ''}"
        lost = source.lost()
        saved = (
            f"exported what could be read ({events}){where}; could not read {lost}"
            if lost
            else f"every row could still be read and was exported ({events}){where}"
        )
        print(
            f"hypnic: the store {db} is damaged ({reason(source.damage)}): {saved}. "
            "Open Hypnic to restore the newest good backup.",
            file=sys.stderr,
        )
        return 1
    if note:
        print(f"hypnic: {note}", file=sys.stderr)
    return 0


def _write_stdout(text: str) -> None:
    write_stdout(text.encode("utf-8"))


def _import(args: argparse.Namespace, clock: Clock) -> int:
    if args.source_format == "sleep-as-android":
        return _import_sleep(args, clock)
    parsed = read_import_file(Path(args.file), now=clock.now())
    with open_for_import(args.data_dir, dry_run=args.dry_run) as store:
        plan = plan_import(store, parsed, add_kinds=args.add_kinds)
        if not args.dry_run:
            apply_import(store, plan)
    print(summary(plan, dry_run=args.dry_run))
    return 0


def _import_sleep(args: argparse.Namespace, clock: Clock) -> int:
    """Sleep as Android's CSV export: nights with lights-out, tags and notes."""
    now = clock.now()
    parsed = read_sleep_file(Path(args.file), now=now)
    with open_for_import(args.data_dir, dry_run=args.dry_run) as store:
        plan = plan_sleep_import(store, parsed, now=now)
        if not args.dry_run:
            apply_sleep_import(store, plan)
    print(sleep_summary(plan, dry_run=args.dry_run))
    return 0


def _nights(args: argparse.Namespace, clock: Clock) -> int:
    from hypnic.cli.nights import night_objects, nights_table

    first, last = _period(args)
    with open_for_reading(args.data_dir, checked=True) as store:
        data = read_period(store, first, last)
        note = left_out(store)
    if note:
        print(f"hypnic: {note}", file=sys.stderr)
    objects = night_objects(data)
    kind_order = [k.key for k in data.kinds]
    if args.json:
        # UTF-8 whatever the locale, as JSON must be (and as export writes it).
        _write_stdout(json.dumps(objects, ensure_ascii=False, indent=2) + "\n")
    elif objects:
        print(nights_table(objects, kind_order))
    else:
        print("No nights with events or records in this period.")
    return 0


def _report(args: argparse.Namespace, clock: Clock) -> int:
    from hypnic.cli.report import run_report

    return run_report(args, clock)


def _check(args: argparse.Namespace, clock: Clock) -> int:
    db = store_file(args.data_dir)
    if not db.is_file():
        print(f"hypnic: There is no store in {db.parent}; nothing was checked.", file=sys.stderr)
        return 1
    results = check_store_and_backups(args.data_dir)
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
    "night": _night,
    "nights": _nights,
    "report": _report,
    "check": _check,
}
