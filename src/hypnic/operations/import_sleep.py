"""Import Sleep as Android records as nights: plan against the store, then one transaction.

Each record belongs to the night of its start (the store's day boundary). For that night:

- lights-out is the start of its longest record (a nap the same afternoon is not the night's
  sleep); a night that already has a lights-out keeps it (the bedside L is the patient's own
  record) and the summary says how many were kept;
- the note gets the records' comments as written, #tags included, one per line; a night with a
  note keeps it and the comment is added on a new line below it, unless the note already holds
  it; nothing the patient typed is ever replaced;
- each #tag becomes the Hypnic tag whose key or label it names, ignoring case and spaces,
  underscores or dashes (#LateMeal is "Late meal"), or a new tag of that name; the night keeps
  the tags it had.

So importing the same file again changes nothing. A record of a night after tonight is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant, NightRecord
from hypnic.domain.limits import MAX_NOTE
from hypnic.domain.tags import MAX_LABEL, Tag, key_for_label
from hypnic.domain.timerules import night_of
from hypnic.exchange.sleep_as_android import SleepFile as SleepFile
from hypnic.exchange.sleep_as_android import SleepRecord, parse_sleep_as_android
from hypnic.exchange.source_file import read_import_bytes
from hypnic.exchange.wording import some_of
from hypnic.store import Store
from hypnic.store.backups import BackupManager

_LOOSE = re.compile(r"[\s_\-]+")


@dataclass(slots=True)
class SleepImportPlan:
    """What importing a Sleep as Android file would change; ``apply_sleep_import`` writes it."""

    source: str
    records: int = 0
    nights: int = 0
    records_to_save: list[NightRecord] = field(default_factory=list)
    night_tags: dict[date, list[str]] = field(default_factory=dict)
    new_tags: list[Tag] = field(default_factory=list)
    lights_out_set: int = 0
    lights_out_kept: int = 0
    notes_set: int = 0
    notes_added_below: int = 0
    unchanged: int = 0

    @property
    def changes_anything(self) -> bool:
        return bool(self.records_to_save or self.night_tags or self.new_tags)


def plan_sleep_import(store: Store, parsed: SleepFile, *, now: Instant) -> SleepImportPlan:
    """Work out every change against the store; changes nothing."""
    boundary = store.settings.day_boundary
    tonight = night_of(now.utc_ms, now.offset_min, boundary)
    by_night: dict[date, list[SleepRecord]] = {}
    for record in parsed.records:
        night = night_of(record.start.utc_ms, record.start.offset_min, boundary)
        if night > tonight:
            raise InputError(f"starts on the night of {night}, after tonight",
                             source=parsed.source, line=record.line, field="Id")  # fmt: skip
        by_night.setdefault(night, []).append(record)
    plan = SleepImportPlan(source=parsed.source, records=len(parsed.records), nights=len(by_night))
    tags = _TagMatcher(store.tags.all())
    for night, records in sorted(by_night.items()):
        records.sort(key=lambda r: r.start.utc_ms)
        changed = _plan_record(store.nights.get(night), records, plan, parsed.source)
        keys = [tags.key_for(word) for r in records for word in r.tags]
        had = store.tags.of_night(night)
        wanted = list(dict.fromkeys([*had, *keys]))
        if wanted != had:
            plan.night_tags[night] = wanted
            changed = True
        plan.unchanged += not changed
    plan.new_tags = tags.new
    return plan


def _plan_record(
    stored: NightRecord, records: list[SleepRecord], plan: SleepImportPlan, source: str
) -> bool:
    main = max(records, key=lambda r: r.hours)  # the first of equals: max keeps the earliest
    record = stored
    if stored.lights_out is None:
        record = record.with_changes(lights_out=main.start)
        plan.lights_out_set += 1
    elif stored.lights_out != main.start:
        plan.lights_out_kept += 1
    comment = "\n".join(r.comment for r in records if r.comment)
    if comment and comment not in stored.note:
        note = f"{stored.note}\n{comment}" if stored.note else comment
        if len(note) > MAX_NOTE:
            last = records[-1]
            raise InputError(
                f"with the note already on the night of {stored.night} it would be "
                f"{len(note):,} characters; a note holds at most {MAX_NOTE:,}",
                source=source,
                line=last.line,
                field="Comment",
            )
        if stored.note:
            plan.notes_added_below += 1
        else:
            plan.notes_set += 1
        record = record.with_changes(note=note)
    if record != stored:
        plan.records_to_save.append(record)
        return True
    return False


class _TagMatcher:
    """A #tag's Hypnic tag: an existing one by key or label (case, spaces, '_' and '-' aside),
    else a new one named as written, made once for the whole file."""

    def __init__(self, existing: list[Tag]) -> None:
        self._keys = {t.key for t in existing}
        self._by_name: dict[str, str] = {}
        for tag in existing:
            self._by_name.setdefault(_loose(tag.key), tag.key)
            self._by_name.setdefault(_loose(tag.label), tag.key)
        self._position = max((t.position for t in existing), default=-1) + 1
        self.new: list[Tag] = []

    def key_for(self, word: str) -> str:
        found = self._by_name.get(_loose(word))
        if found is not None:
            return found
        label = word[:MAX_LABEL]
        tag = Tag(key_for_label(label, self._keys), label, position=self._position)
        self._position += 1
        self._keys.add(tag.key)
        self._by_name[_loose(word)] = tag.key
        self.new.append(tag)
        return tag.key


def _loose(name: str) -> str:
    return _LOOSE.sub("", name).casefold()


def apply_sleep_import(store: Store, plan: SleepImportPlan, *, now: datetime | None = None) -> None:
    """Back the store up, then write the plan in one transaction (nothing when it changes
    nothing), as the CSV and JSON import do."""
    if not plan.changes_anything:
        return
    BackupManager(store.path.parent).backup_before_import(store, now or datetime.now(UTC))
    with store.transaction() as conn:
        for tag in plan.new_tags:
            store.tags.save_in(conn, tag)
        for record in plan.records_to_save:
            store.nights.save_in(conn, record)
        for night, keys in plan.night_tags.items():
            store.tags.set_night_in(conn, night, keys)


def sleep_summary(plan: SleepImportPlan, *, dry_run: bool) -> str:
    """One line: what was (or would be) set, what was kept, what was already there."""
    changed = plan.nights - plan.unchanged
    line = (f"{'Would import' if dry_run else 'Imported'} {_n(plan.records, 'sleep record')} "
            f"from Sleep as Android into {_n(plan.nights, 'night')}")  # fmt: skip
    parts = []
    if changed:
        parts.append(f"{_n(changed, 'night')} changed: lights-out on {plan.lights_out_set}, "
                     f"notes on {plan.notes_set + plan.notes_added_below}, "
                     f"tags on {len(plan.night_tags)}")  # fmt: skip
    if plan.new_tags:
        parts.append(f"new tags: {some_of([t.label for t in plan.new_tags])}")
    if plan.lights_out_kept:
        parts.append(f"{_n(plan.lights_out_kept, 'night')} kept the lights-out already recorded")
    if plan.notes_added_below:
        parts.append(f"the comment was added below the note already on "
                     f"{_n(plan.notes_added_below, 'night')}")  # fmt: skip
    if plan.unchanged:
        parts.append(f"{_n(plan.unchanged, 'night')} already up to date")
    if parts:
        line += "; " + "; ".join(parts)
    return line + ("; nothing was changed (dry run)" if dry_run else "")


def _n(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def read_sleep_file(path: Path, *, now: Instant) -> SleepFile:
    """Read and parse a Sleep as Android CSV export (a regular file within the size limit)."""
    return parse_sleep_as_android(read_import_bytes(path), str(path), now_utc_ms=now.utc_ms)
