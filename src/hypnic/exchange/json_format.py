"""The JSON full backup, version 2: kinds (with their groups), medications, tags, events and doses
(trashed ones too), nights (with their tags, diary answers and rest tests) and settings.
Version-1 files still import."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any, TypeVar

from hypnic.domain.diary import DiaryEntry
from hypnic.domain.errors import InputError
from hypnic.domain.events import Event, Instant, NightRecord
from hypnic.domain.kinds import SHAPES, Kind, KindGroup, builtin_group, valid_kind_key
from hypnic.domain.medications import Dose, Medication
from hypnic.domain.rest_tests import RestTest
from hypnic.domain.tags import Tag
from hypnic.domain.timerules import format_local, night_of, parse_night
from hypnic.exchange.json_bounds import read_document
from hypnic.exchange.json_context import (
    diary_doc,
    dose_doc,
    medication_doc,
    parse_diary,
    parse_dose,
    parse_medication,
    parse_night_tags,
    parse_rest_tests,
    parse_tag,
    rest_test_doc,
    tag_doc,
)
from hypnic.exchange.json_fields import BadValueError as _BadValueError
from hypnic.exchange.json_fields import as_object as _obj
from hypnic.exchange.json_fields import get_value as _get
from hypnic.exchange.json_fields import instant_at as _instant_at
from hypnic.exchange.json_fields import list_at as _list
from hypnic.exchange.parsed import (
    ParsedEvent,
    ParsedFile,
    decode_utf8,
    parse_event_id,
    parse_observer,
)

# Choices the DESIGN leaves open, kept here so the format has one place that explains it:
# - "events" holds trashed events too, with "deleted" (TIME, written with the event's offset);
#   live events have "deleted": null. "night" is informative and recomputed on import.
# - "nights" holds the nights that have a record that says something (wind-down, lights-out,
#   symptoms-from, a quiet mark or a note), context tags, diary answers or rest tests; each has
#   "tags" (tag keys), "diary" (an object of the morning answers, clock times as "HH:MM", or
#   null) and "rest_tests" (each {"id", "start", "end", "planned_minutes"}: the test's taps are
#   the night's events, so they are not repeated).
# - Version 2 adds each kind's "group" and each night's "symptoms_from", "quiet" and
#   "rest_tests", and drops the kinds' "movement" (groups replaced it). Reading a version-1
#   file, a kind gets the group of the built-in kind or preset with its key, else "other"; a
#   kind's "movement" is checked (true or false) and otherwise ignored in either version.
# - "doses" are like events: trashed ones too, with "deleted"; "night" is informative.
# - "tags" (an addition to the DESIGN's keys) holds the tag list, built-in tags included.
# - "settings" (an addition to the DESIGN's keys) holds the store's settings, e.g. day_boundary.
# - On import, kinds, medications, tags and settings from the file win (a backup restores
#   them as they were); events, doses, night records, a night's tags and a night's diary
#   already in the store are kept and the file's copies skipped. A dose of a medication, or a
#   night tag, missing from both the file's lists and the store is added to the list. A rest
#   test whose id the store has is skipped, like an event.
FORMAT = "hypnic"
VERSION = 2
_TOP_KEYS = ("format", "version", "exported_at", "kinds", "medications", "tags", "events",
             "doses", "nights", "settings")  # fmt: skip
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_GROUPS = {g.value: g for g in KindGroup}
Path = tuple[str | int, ...]
_T = TypeVar("_T", Kind, NightRecord)
_U = TypeVar("_U")


@dataclass(frozen=True, slots=True)
class BackupContent:
    """What a backup holds, read from the store by ``operations.exchange.backup_content``:
    events and doses with their trash, and per night its record, tags, diary and rest tests."""

    kinds: Sequence[Kind]
    medications: Sequence[Medication]
    tags: Sequence[Tag]
    events: Sequence[Event]
    doses: Sequence[Dose]
    records: Mapping[date, NightRecord]
    night_tags: Mapping[date, Sequence[str]]
    diary: Mapping[date, DiaryEntry]
    rest_tests: Mapping[date, Sequence[RestTest]]
    settings: Mapping[str, str]
    day_boundary: time


def build_backup(content: BackupContent, *, exported_at: Instant) -> dict[str, Any]:
    """The backup document (DESIGN section 5, "JSON format") of ``content``.

    Trashed events are kept with their ``deleted`` time so a restore keeps the trash too.
    """
    boundary = content.day_boundary
    events = sorted(content.events, key=lambda e: (e.utc_ms, e.id))
    doses = sorted(content.doses, key=lambda d: (d.utc_ms, d.id))
    records, tags, diary = content.records, content.night_tags, content.diary
    rest_tests = content.rest_tests
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": format_local(exported_at.utc_ms, exported_at.offset_min),
        "kinds": [_kind_doc(k) for k in content.kinds],
        "medications": [medication_doc(m) for m in content.medications],
        "tags": [tag_doc(t) for t in content.tags],
        "events": [_event_doc(e, boundary) for e in events],
        "doses": [dose_doc(d, boundary) for d in doses],
        "nights": [
            _night_doc(
                records.get(night) or NightRecord(night),
                list(tags.get(night, [])),
                diary.get(night),
                list(rest_tests.get(night, [])),
            )
            for night in sorted({*records, *tags, *diary, *rest_tests})
        ],
        "settings": dict(sorted(content.settings.items())),
    }


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _kind_doc(k: Kind) -> dict[str, Any]:
    return {
        "key": k.key, "label": k.label, "colour": k.colour, "shape": k.shape,
        "group": k.group.value, "enabled": k.enabled, "archived": k.archived,
        "position": k.position, "keys": list(k.keys), "builtin": k.builtin,
    }  # fmt: skip


def _event_doc(e: Event, boundary: time) -> dict[str, Any]:
    return {
        "id": e.id,
        "night": night_of(e.utc_ms, e.offset_min, boundary).isoformat(),
        "time": format_local(e.utc_ms, e.offset_min),
        "kind": e.kind,
        "by": e.by.value,
        "note": e.note,
        # The trash keeps no offset of its own: the event's offset is used to write it.
        "deleted": None
        if e.deleted_utc_ms is None
        else format_local(e.deleted_utc_ms, e.offset_min),
    }


def _instant_text(i: Instant | None) -> str | None:
    return None if i is None else format_local(i.utc_ms, i.offset_min)


def _night_doc(
    r: NightRecord, tags: list[str], diary: DiaryEntry | None, rest_tests: list[RestTest]
) -> dict[str, Any]:
    return {
        "night": r.night.isoformat(),
        "winddown": _instant_text(r.winddown),
        "lights_out": _instant_text(r.lights_out),
        "symptoms_from": _instant_text(r.symptoms_from),
        "quiet": r.quiet,
        "note": r.note,
        "tags": tags,
        "diary": None if diary is None else diary_doc(diary),
        "rest_tests": [rest_test_doc(t) for t in rest_tests],
    }


def parse_json(data: bytes, source: str) -> ParsedFile:
    """Read and check a whole backup; the first problem is raised with its line and field."""
    text = decode_utf8(data, source)
    if not text.strip():
        raise InputError("is empty; expected a Hypnic JSON backup", source=source, line=1)
    # Strict and bounded, item by item: a wrong shape is refused at its first item.
    doc, layout = read_document(text, source, keys=_TOP_KEYS)
    locate: Callable[[Path], int | None] = layout.line_of
    try:
        parsed = _parse_doc(doc, source, locate)
    except _BadValueError as bad:
        raise InputError(
            bad.message, source=source, line=locate(bad.path), field=_dotted(bad.path)
        ) from None
    parsed.locate = locate
    return parsed


def _dotted(path: Path) -> str | None:
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
    return text or None


def _parse_doc(doc: Any, source: str, locate: Callable[[Path], int | None]) -> ParsedFile:
    if not isinstance(doc, dict):
        raise _BadValueError((), "is not a Hypnic JSON backup (expected an object at the top)")
    if doc.get("format") != FORMAT:
        raise _BadValueError(
            ("format",), f'is not a Hypnic JSON backup (format must be "{FORMAT}")'
        )
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _BadValueError(("version",), "must be a whole number such as 1")
    if version > VERSION:
        raise _BadValueError(
            ("version",),
            f"was written by a newer Hypnic (format version {version}); update Hypnic to import it",
        )
    for key in doc:
        if key not in _TOP_KEYS:
            raise _BadValueError((key,), "is not part of the Hypnic backup format")
    parsed = ParsedFile(source=source)
    parsed.settings = _parse_settings(doc)
    boundary = time.fromisoformat(parsed.settings.get("day_boundary", "12:00"))
    parsed.kinds = _unique(
        [_parse_kind(k, ("kinds", i)) for i, k in enumerate(_list(doc, "kinds"))], "kinds"
    )
    for i, item in enumerate(_list(doc, "events")):
        event = _parse_event(item, ("events", i), source)
        parsed.events.append(ParsedEvent(event, None, i))
    nights = [_parse_night(n, ("nights", i), boundary, parsed)
              for i, n in enumerate(_list(doc, "nights"))]  # fmt: skip
    parsed.nights = _unique(nights, "nights")
    _distinct_rest_tests(parsed.rest_tests)
    parsed.medications = _distinct(
        [parse_medication(m, ("medications", i)) for i, m in enumerate(_list(doc, "medications"))],
        "medications", lambda m: m.name.casefold(),
    )  # fmt: skip
    parsed.tags = _distinct(
        [parse_tag(t, ("tags", i)) for i, t in enumerate(_list(doc, "tags"))], "tags",
        lambda t: t.key,
    )  # fmt: skip
    parsed.doses = _distinct(
        [parse_dose(d, ("doses", i), source) for i, d in enumerate(_list(doc, "doses"))], "doses",
        lambda d: d.id,
    )  # fmt: skip
    return parsed


def _parse_settings(doc: dict[str, Any]) -> dict[str, str]:
    settings = doc.get("settings", {})
    if not isinstance(settings, dict) or not all(isinstance(v, str) for v in settings.values()):
        raise _BadValueError(("settings",), "must map names to text values")
    if "day_boundary" in settings and not re.match(r"^\d{2}:\d{2}$", settings["day_boundary"]):
        raise _BadValueError(("settings", "day_boundary"), "must be a time like 12:00")
    try:
        time.fromisoformat(settings.get("day_boundary", "12:00"))
    except ValueError:
        raise _BadValueError(("settings", "day_boundary"), "must be a time like 12:00") from None
    return dict(settings)


def _distinct(items: list[_U], key: str, ident: Callable[[_U], object]) -> list[_U]:
    seen: dict[object, int] = {}
    for i, item in enumerate(items):
        value = ident(item)
        if value in seen:
            raise _BadValueError((key, i), f"repeats {value} (already at {key}[{seen[value]}])")
        seen[value] = i
    return items


def _unique(items: list[_T], key: str) -> list[_T]:
    seen: dict[object, int] = {}
    for i, item in enumerate(items):
        ident = item.key if isinstance(item, Kind) else item.night
        if ident in seen:
            raise _BadValueError((key, i), f"repeats {ident} (already at {key}[{seen[ident]}])")
        seen[ident] = i
    return items


def _parse_kind(item: Any, path: Path) -> Kind:
    obj = _obj(item, path)
    key = _get(obj, path, "key", str)
    if not valid_kind_key(key):
        raise _BadValueError((*path, "key"), f"'{key}' is not a kind key (a-z, 0-9 and _)")
    colour = _get(obj, path, "colour", str)
    if not _COLOUR.match(colour):
        raise _BadValueError((*path, "colour"), f"'{colour}' is not a colour like #D55E00")
    shape = _get(obj, path, "shape", str)
    if shape not in SHAPES:
        raise _BadValueError((*path, "shape"), f"'{shape}' is not one of {', '.join(SHAPES)}")
    keys = _get(obj, path, "keys", list, default=[])
    if not all(isinstance(k, str) for k in keys):
        raise _BadValueError((*path, "keys"), "must be a list of key names")
    _get(obj, path, "movement", bool, default=False)  # version 1; replaced by the group
    group = _get(obj, path, "group", str, default=builtin_group(key).value)
    if group not in _GROUPS:
        raise _BadValueError(
            (*path, "group"), f"'{group}' is not a kind group (leg, jerk, sensation or other)"
        )
    return Kind(
        key=key,
        label=_get(obj, path, "label", str),
        colour=colour,
        shape=shape,
        group=_GROUPS[group],
        enabled=_get(obj, path, "enabled", bool, default=True),
        archived=_get(obj, path, "archived", bool, default=False),
        position=_get(obj, path, "position", int, default=0),
        keys=tuple(keys),
        builtin=_get(obj, path, "builtin", bool, default=False),
    )


def _parse_event(item: Any, path: Path, source: str) -> Event:
    obj = _obj(item, path)
    try:
        event_id = parse_event_id(_get(obj, path, "id", str), source=source, line=None)
        by = parse_observer(_get(obj, path, "by", str, default="self"), source=source, line=None)
    except InputError as exc:
        raise _BadValueError((*path, exc.field or "id"), exc.message) from None
    at = _instant_at(obj, path, "time", optional=False)
    assert at is not None
    deleted = _instant_at(obj, path, "deleted", optional=True)
    kind = _get(obj, path, "kind", str)
    if not kind:
        raise _BadValueError((*path, "kind"), "is empty; name the kind, e.g. jerk")
    return Event(
        id=event_id,
        kind=kind,
        utc_ms=at.utc_ms,
        offset_min=at.offset_min,
        by=by,
        note=_get(obj, path, "note", str, default=""),
        deleted_utc_ms=None if deleted is None else deleted.utc_ms,
    )


def _parse_night(item: Any, path: Path, boundary: time, parsed: ParsedFile) -> NightRecord:
    """A night's record; its tags and diary answers go into ``parsed``."""
    obj = _obj(item, path)
    try:
        night = parse_night(_get(obj, path, "night", str))
    except InputError as exc:
        raise _BadValueError((*path, "night"), exc.message) from None
    tags = parse_night_tags(obj, path)
    if tags:
        parsed.night_tags[night] = tags
    diary = parse_diary(obj, path, night, boundary)
    if diary is not None and not diary.is_empty:
        parsed.diary.append(diary)
    parsed.rest_tests.extend(
        (test, (*path, "rest_tests", i))
        for i, test in enumerate(parse_rest_tests(obj, path, night))
    )
    return NightRecord(
        night=night,
        winddown=_instant_at(obj, path, "winddown", optional=True),
        lights_out=_instant_at(obj, path, "lights_out", optional=True),
        note=_get(obj, path, "note", str, default=""),
        symptoms_from=_instant_at(obj, path, "symptoms_from", optional=True),
        quiet=_get(obj, path, "quiet", bool, default=False),
    )


def _distinct_rest_tests(tests: list[tuple[RestTest, Path]]) -> None:
    seen: dict[str, Path] = {}
    for test, path in tests:
        if test.id in seen:
            raise _BadValueError(
                (*path, "id"), f"repeats {test.id} (already at {_dotted(seen[test.id])})"
            )
        seen[test.id] = path
