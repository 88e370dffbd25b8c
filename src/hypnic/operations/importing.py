"""Importing a Hypnic file (CSV or JSON backup): read, plan against the store, apply at once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from hypnic.domain.diary import DiaryEntry
from hypnic.domain.errors import InputError
from hypnic.domain.events import Event, NightRecord
from hypnic.domain.kinds import Kind, valid_kind_key
from hypnic.domain.kinds import new_kind as make_kind
from hypnic.domain.limits import check_note
from hypnic.domain.medications import Dose, Medication
from hypnic.domain.rest_tests import RestTest
from hypnic.domain.tags import Tag
from hypnic.exchange.csv_format import parse_csv
from hypnic.exchange.json_format import parse_json
from hypnic.exchange.parsed import ParsedEvent, ParsedFile, has_content
from hypnic.exchange.source_file import read_import_bytes
from hypnic.exchange.wording import some_of
from hypnic.store import Store
from hypnic.store.backups import BackupManager

# A NUL inside a note is kept as a character: the store can hold one and export writes it, so
# refusing it would break the round trip; a NUL anywhere else fails that field's own check.
MAX_KIND_KEY = 64
# In a message, a value longer than this is shortened, and control characters (a line break,
# a NUL) are shown escaped: one clear line, whatever the file held.
_LONG_VALUE = re.compile(r"[^\s,()]{61,}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(slots=True)
class ImportPlan:
    """What an import would change; ``apply_import`` writes exactly this."""

    source: str
    new_events: list[Event] = field(default_factory=list)
    present_events: int = 0
    new_kinds: list[Kind] = field(default_factory=list)
    updated_kinds: list[Kind] = field(default_factory=list)
    new_nights: list[NightRecord] = field(default_factory=list)
    present_nights: int = 0
    settings: dict[str, str] = field(default_factory=dict)
    medications: list[Medication] = field(default_factory=list)  # new or changed
    new_medication_names: list[str] = field(default_factory=list)
    tags: list[Tag] = field(default_factory=list)  # new or changed
    new_tag_keys: list[str] = field(default_factory=list)
    new_doses: list[Dose] = field(default_factory=list)
    present_doses: int = 0
    night_tags: dict[date, list[str]] = field(default_factory=dict)
    new_diary: list[DiaryEntry] = field(default_factory=list)
    present_context: int = 0  # nights whose tags or diary the store already had (kept)
    new_rest_tests: list[RestTest] = field(default_factory=list)
    present_rest_tests: int = 0


def read_import_file(path: Path) -> ParsedFile:
    """Read and check a file, choosing JSON or CSV by extension, else by its first character."""
    source = str(path)
    data = read_import_bytes(path)
    try:
        suffix = path.suffix.lower()
        first = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        if suffix == ".json" or (suffix != ".csv" and first == b"{"):
            parsed = parse_json(data, source)
        else:
            parsed = parse_csv(data, source)
        _refuse_unfit_values(parsed)
    except InputError as exc:
        raise _shortened(exc) from None
    return parsed


def plan_import(store: Store, parsed: ParsedFile, *, add_kinds: bool) -> ImportPlan:
    """Check the parsed file against the store and work out what to add; changes nothing."""
    try:
        return _plan(store, parsed, add_kinds=add_kinds)
    except InputError as exc:
        raise _shortened(exc) from None


def _plan(store: Store, parsed: ParsedFile, *, add_kinds: bool) -> ImportPlan:
    plan = ImportPlan(source=parsed.source)
    _refuse_duplicate_ids(parsed)
    stored_kinds = {k.key: k for k in store.kinds.all()}
    for kind in parsed.kinds:
        old = stored_kinds.get(kind.key)
        if old is None:
            plan.new_kinds.append(kind)
        elif old != kind:
            # A backup is restored as it was: its kinds' labels, colours and order win.
            plan.updated_kinds.append(kind)
    known = set(stored_kinds) | {k.key for k in parsed.kinds}
    _plan_unknown_kinds(store, parsed, plan, known, add_kinds=add_kinds)
    present = store.events.existing_ids(p.event.id for p in parsed.events)
    plan.new_events = [p.event for p in parsed.events if p.event.id not in present]
    plan.present_events = len(parsed.events) - len(plan.new_events)
    stored_nights = {r.night for r in store.nights.between(None, None) if has_content(r)}
    for record in parsed.nights:
        if record.night in stored_nights:
            plan.present_nights += 1
        elif has_content(record):
            plan.new_nights.append(record)
    stored_settings = store.settings.all()
    plan.settings = {k: v for k, v in parsed.settings.items() if stored_settings.get(k) != v}
    _plan_context(store, parsed, plan)
    return plan


def _plan_context(store: Store, parsed: ParsedFile, plan: ImportPlan) -> None:
    """Medications, tags, doses, night tags and diary answers: lists from the file win; what
    a night or a dose already has in the store is kept."""
    stored_meds = {m.name.casefold(): m for m in store.medications.all()}
    names = {k: m.name for k, m in stored_meds.items()}
    for med in parsed.medications:
        names[med.name.casefold()] = med.name
        old = stored_meds.get(med.name.casefold())
        if old != med:
            plan.medications.append(med)
            if old is None:
                plan.new_medication_names.append(med.name)
    present = store.doses.existing_ids(d.id for d in parsed.doses)
    for dose in parsed.doses:
        if dose.id in present:
            plan.present_doses += 1
            continue
        if dose.medication.casefold() not in names:
            names[dose.medication.casefold()] = dose.medication
            plan.medications.append(Medication(dose.medication))
            plan.new_medication_names.append(dose.medication)
        plan.new_doses.append(dose.with_changes(medication=names[dose.medication.casefold()]))

    stored_tags = {t.key: t for t in store.tags.all()}
    known = set(stored_tags)
    for tag in parsed.tags:
        known.add(tag.key)
        if stored_tags.get(tag.key) != tag:
            plan.tags.append(tag)
            if tag.key not in stored_tags:
                plan.new_tag_keys.append(tag.key)
    taken = [*stored_tags.values(), *parsed.tags]
    position = max((t.position for t in taken), default=-1) + 1
    tagged = store.tags.between(None, None)
    for night, keys in parsed.night_tags.items():
        if night in tagged:
            plan.present_context += 1
            continue
        plan.night_tags[night] = keys
        for key in keys:
            if key not in known:
                known.add(key)
                plan.tags.append(Tag(key, key.replace("_", " ").capitalize(), position=position))
                plan.new_tag_keys.append(key)
                position += 1
    stored_diary = {e.night for e in store.diary.between(None, None)}
    for entry in parsed.diary:
        if entry.night in stored_diary:
            plan.present_context += 1
        else:
            plan.new_diary.append(entry)
    tests = [test for test, _ in parsed.rest_tests]
    present_tests = store.rest_tests.existing_ids(t.id for t in tests)
    plan.new_rest_tests = [t for t in tests if t.id not in present_tests]
    plan.present_rest_tests = len(tests) - len(plan.new_rest_tests)


def changes_anything(plan: ImportPlan) -> bool:
    return bool(
        plan.new_events or plan.new_kinds or plan.updated_kinds or plan.new_nights or plan.settings
        or plan.medications or plan.tags or plan.new_doses or plan.night_tags or plan.new_diary
        or plan.new_rest_tests
    )  # fmt: skip


def apply_import(store: Store, plan: ImportPlan, *, now: datetime | None = None) -> int:
    """Back the store up, then write the plan in one transaction; returns events added.

    The checked backup (``backups/hypnic-before-import-*.db``) comes first, so an import the
    person regrets can be undone by restoring it; a plan that changes nothing writes nothing.
    """
    if not changes_anything(plan):
        return 0
    BackupManager(store.path.parent).backup_before_import(store, now or datetime.now(UTC))
    with store.transaction() as conn:
        for kind in (*plan.new_kinds, *plan.updated_kinds):
            store.kinds.save_in(conn, kind)
        for record in plan.new_nights:
            store.nights.save_in(conn, record)
        for key, value in plan.settings.items():
            store.settings.set_in(conn, key, value)
        for med in plan.medications:
            store.medications.save_in(conn, med)
        for tag in plan.tags:
            store.tags.save_in(conn, tag)
        store.doses.add_many_in(conn, plan.new_doses)
        for night, keys in plan.night_tags.items():
            store.tags.set_night_in(conn, night, keys)
        # After the settings: the diary's times are checked against the day boundary.
        for entry in plan.new_diary:
            store.diary.save_in(conn, entry)
        store.rest_tests.add_many_in(conn, plan.new_rest_tests)
        return store.events.add_many_in(conn, plan.new_events)


def summary(plan: ImportPlan, *, dry_run: bool) -> str:
    """One line for the person: what was (or would be) added and what was skipped."""
    count = len(plan.new_events)
    line = f"{'Would import' if dry_run else 'Imported'} {count} event{'s' if count != 1 else ''}"
    if plan.present_events:
        line += f" ({plan.present_events} already present, skipped)"
    extras = []
    if plan.new_kinds:
        extras.append(f"new kinds: {', '.join(k.key for k in plan.new_kinds)}")
    if plan.updated_kinds:
        extras.append(f"updated kinds: {', '.join(k.key for k in plan.updated_kinds)}")
    if plan.new_nights or plan.present_nights:
        extras.append(f"{len(plan.new_nights)} night records")
        if plan.present_nights:
            extras[-1] += f" ({plan.present_nights} already present, kept)"
    if plan.new_doses or plan.present_doses:
        extras.append(f"{len(plan.new_doses)} dose{'s' if len(plan.new_doses) != 1 else ''}")
        if plan.present_doses:
            extras[-1] += f" ({plan.present_doses} already present, skipped)"
    if plan.new_medication_names:
        extras.append(f"new medications: {', '.join(plan.new_medication_names)}")
    if plan.new_tag_keys:
        extras.append(f"new tags: {', '.join(plan.new_tag_keys)}")
    if plan.night_tags or plan.new_diary or plan.present_context:
        extras.append(f"tags for {len(plan.night_tags)} nights, "
                      f"{len(plan.new_diary)} diary entries")  # fmt: skip
        if plan.present_context:
            extras[-1] += f" ({plan.present_context} already present, kept)"
    if plan.new_rest_tests or plan.present_rest_tests:
        tests = len(plan.new_rest_tests)
        extras.append(f"{tests} rest test{'s' if tests != 1 else ''}")
        if plan.present_rest_tests:
            extras[-1] += f" ({plan.present_rest_tests} already present, skipped)"
    if plan.settings:
        extras.append(f"settings: {', '.join(sorted(plan.settings))}")
    if extras:
        line += "; " + "; ".join(extras)
    return line + ("; nothing was changed (dry run)" if dry_run else "")


def _refuse_unfit_values(parsed: ParsedFile) -> None:
    def refuse(item: ParsedEvent | None, field: str, message: str) -> None:
        line = parsed.line_of(item) if item is not None else None
        raise InputError(message, source=parsed.source, line=line, field=field)

    for item in parsed.events:
        event = item.event
        if len(event.kind) > MAX_KIND_KEY:
            refuse(item, "kind", f"is {len(event.kind):,} characters; at most {MAX_KIND_KEY}")
        try:
            check_note(event.note)  # the one rule for a note, as the window and `log` keep it
        except InputError as exc:
            refuse(item, "note", exc.message)
    for record in parsed.nights:
        try:
            check_note(record.note)
        except InputError as exc:
            refuse(None, f"nights[{record.night}].note", exc.message)


def _shortened(exc: InputError) -> InputError:
    """The same error with any huge value in its message cut to a readable length."""

    def cut(match: re.Match[str]) -> str:
        value = match.group(0)
        return f"{value[:40]}…({len(value):,} characters)"

    message = _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", exc.message)
    message = _LONG_VALUE.sub(cut, message)
    if message == exc.message:
        return exc
    return InputError(message, source=exc.source, line=exc.line, field=exc.field)


def _refuse_duplicate_ids(parsed: ParsedFile) -> None:
    first_seen: dict[str, int] = {}
    for i, item in enumerate(parsed.events):
        earlier = first_seen.setdefault(item.event.id, i)
        if earlier != i:
            a = parsed.line_of(parsed.events[earlier])
            b = parsed.line_of(item)
            raise InputError(
                f"the id {item.event.id} appears twice, on lines {a} and {b}",
                source=parsed.source,
                line=b,
                field="id",
            )


def _plan_unknown_kinds(
    store: Store, parsed: ParsedFile, plan: ImportPlan, known: set[str], *, add_kinds: bool
) -> None:
    unknown: dict[str, int | None] = {}
    for item in parsed.events:
        if item.event.kind not in known and item.event.kind not in unknown:
            unknown[item.event.kind] = parsed.line_of(item)
    if not unknown:
        return
    first_line = next(iter(unknown.values()))
    if not add_kinds:
        names = some_of(list(unknown))
        raise InputError(
            f"unknown kind{'s' if len(unknown) > 1 else ''} {names} (known: "
            f"{some_of(sorted(known), shown=12)}); add --add-kinds to create them",
            source=parsed.source,
            line=first_line,
            field="kind",
        )
    for key, line in unknown.items():
        if not valid_kind_key(key):
            raise InputError(
                f"'{key}' cannot become a kind key (use a-z, 0-9 and _, starting with a letter)",
                source=parsed.source,
                line=line,
                field="kind",
            )
    existing = [*store.kinds.all(), *plan.new_kinds]
    position = max((k.position for k in existing), default=-1) + 1
    for key in unknown:
        kind = new_kind(key, existing, position)
        plan.new_kinds.append(kind)
        existing.append(kind)
        position += 1


def new_kind(key: str, existing: list[Kind], position: int) -> Kind:
    """A kind made for an imported key: its label from the key, its look and group as every
    new kind's (``domain.kinds.new_kind``), placed at ``position``."""
    label = key.replace("_", " ").strip().capitalize()
    return make_kind(key, label, existing).with_changes(position=position)
