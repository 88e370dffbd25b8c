"""What a parsed import file holds, and the checks the CSV and JSON readers share."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from hypnic.domain.diary import DiaryEntry
from hypnic.domain.errors import InputError
from hypnic.domain.events import Event, NightRecord, Observer
from hypnic.domain.kinds import Kind
from hypnic.domain.medications import Dose, Medication
from hypnic.domain.rest_tests import RestTest
from hypnic.domain.tags import Tag

_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_OBSERVERS = {o.value: o for o in Observer}


@dataclass(frozen=True, slots=True)
class ParsedEvent:
    """An event read from a file, with the line it started on (for error messages)."""

    event: Event
    line: int | None
    index: int = 0


@dataclass(slots=True)
class ParsedFile:
    """Everything a file brings: events always; the rest only from a JSON backup."""

    source: str
    events: list[ParsedEvent] = field(default_factory=list)
    kinds: list[Kind] = field(default_factory=list)
    nights: list[NightRecord] = field(default_factory=list)
    settings: dict[str, str] = field(default_factory=dict)
    medications: list[Medication] = field(default_factory=list)
    doses: list[Dose] = field(default_factory=list)
    tags: list[Tag] = field(default_factory=list)
    night_tags: dict[date, list[str]] = field(default_factory=dict)
    diary: list[DiaryEntry] = field(default_factory=list)
    # Each rest test with its path in the JSON document, for error messages.
    rest_tests: list[tuple[RestTest, tuple[str | int, ...]]] = field(default_factory=list)
    # JSON only: finds the line of a value by its path, e.g. ("events", 3), when an error needs it.
    locate: Callable[[tuple[str | int, ...]], int | None] | None = None

    def line_of(self, parsed: ParsedEvent) -> int | None:
        if parsed.line is not None or self.locate is None:
            return parsed.line
        return self.locate(("events", parsed.index))


# What a text export never holds near its start: a NUL byte, or the first bytes of a PDF, a
# picture or a zip file (an .xlsx or .ods spreadsheet is one).
_BINARY_STARTS = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04")
_BINARY_SNIFF = 8192


def decode_utf8(data: bytes, source: str) -> str:
    """Decode a file as UTF-8 (a byte-order mark is allowed, as spreadsheets write one).

    A file that is not text at all (a PDF, a picture, a spreadsheet in its own format) is
    said to be so, rather than asked to be saved as UTF-8. (A NUL in valid UTF-8 is text: a
    note may hold one, and an export must import again.)"""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        head = data[:_BINARY_SNIFF]
        if head.startswith(_BINARY_STARTS) or b"\x00" in head:
            raise InputError(
                "is not a text file; choose a CSV or JSON file exported by Hypnic or by Sleep "
                "as Android (a spreadsheet must be saved as CSV first)",
                source=source,
                line=1,
            ) from None
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"is not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8",
            source=source,
            line=line,
        ) from None


def parse_event_id(text: str, *, source: str, line: int | None, field: str = "id") -> str:
    """An event id must be a UUID; it is kept in the canonical lower-case form."""
    if _CANONICAL_UUID.match(text):
        return text  # already what str(uuid.UUID(text)) gives; the common case, 5x faster
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        raise InputError(f"'{text}' is not a UUID", source=source, line=line, field=field) from None


def parse_observer(text: str, *, source: str, line: int | None, field: str = "by") -> Observer:
    known = _OBSERVERS.get(text)
    if known is not None:
        return known
    try:
        return Observer(text.strip())
    except ValueError:
        raise InputError(
            f"'{text}' is neither 'self' nor 'partner'", source=source, line=line, field=field
        ) from None


def has_content(record: NightRecord) -> bool:
    """A night record that says anything (an empty row is not a record worth keeping)."""
    return record.has_content
