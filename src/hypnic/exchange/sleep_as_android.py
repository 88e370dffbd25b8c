"""Read Sleep as Android's CSV export (``sleep-export.csv``) into plain sleep records.

The format, as its makers document it (docs.sleep.urbandroid.org/devs/csv.html) and as their own
converter and sample file show (github.com/urbandroid-team/sleep-csv-to-json), with the details
the sleepdiary project recorded (sleepdiary/core, src/SleepAsAndroid/README.md):

- UTF-8. Each record is a header row, then a data row, then (for tracked sleep) a row of noise
  values whose first fields are empty. Header rows repeat, one per record, because each record
  has its own actigraphy columns.
- The header names the fixed columns unquoted, ``Id,Tz,From,To,Sched,Hours,Rating,Comment,
  Framerate,Snore,Noise,Cycles,DeepSleep,LenAdjust,Geo``, then quoted clock times ("22:17", one
  actigraphy column each) and quoted ``"Event"`` columns. Every field of a data row is quoted.
- ``Id`` is the record's start in milliseconds since 1970 (UTC); ``Tz`` an IANA zone name.
  ``From`` and ``To`` ("15. 03. 2015 0:50") are local wall times, ambiguous when clocks go back,
  so the start is taken from ``Id`` and the offset from ``Tz`` at that instant; they are not read.
- ``Comment`` is free text with ``#tags``; the app writes a line break as `` \\n `` and a quote
  doubled; a repeated tag carries a count (``#snore_2x``).
- ``Event`` values (``DEEP_START-1426195374491``) are the app's sleep-phase and alarm labels, not
  taps: they are not read.

Every row that cannot be read is refused with its line and column.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant
from hypnic.domain.limits import check_note
from hypnic.domain.timerules import offset_at
from hypnic.exchange.csv_strict import csv_error
from hypnic.exchange.parsed import decode_utf8

_REQUIRED = ("Id", "Tz", "Hours", "Comment")
_ID = re.compile(r"^\d{1,15}$")
# A tag is '#' and what follows up to a space, a comma, a quote or another '#' (as the app
# writes them); trailing punctuation of a sentence is not part of it, nor a repeat count.
_TAG = re.compile(r"#([^\s,\"#]+)")
_COUNT = re.compile(r"_\d+x$")
_DAY_MS = 86_400_000
_NO_DATA = "is a header row where the data row of the header above was expected"


@dataclass(frozen=True, slots=True)
class SleepRecord:
    """One sleep record: when it started (with the offset of its zone then), its length in
    hours, its comment as the person wrote it, and the tags in it."""

    line: int
    start: Instant
    zone: str
    hours: float
    comment: str
    tags: tuple[str, ...] = ()


@dataclass(slots=True)
class SleepFile:
    source: str
    records: list[SleepRecord] = field(default_factory=list)


def parse_sleep_as_android(data: bytes, source: str, *, now_utc_ms: int) -> SleepFile:
    """Every record of the file, or InputError naming the first row and column it cannot read.

    A record starting before 1970 or more than 24 hours after ``now_utc_ms`` is refused.
    """
    text = decode_utf8(data, source)
    if not text.strip():
        raise InputError(
            "is empty; expected Sleep as Android's sleep-export.csv", source=source, line=1
        )
    parsed = SleepFile(source)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: dict[str, int] | None = None
    previous = ""  # what the row before was: "", "header", "data" or "noise"
    line = 1
    try:
        for row in reader:
            if not row or row == [""]:
                previous, line = "", reader.line_num + 1
                continue
            if row[0] == "Id":
                if previous == "header":
                    raise InputError(_NO_DATA, source=source, line=line, field="Id")
                header, previous = _header(row, source, line), "header"
            elif row[0] == "":
                if previous != "data":
                    raise InputError("is a row of noise values without its record above it",
                                     source=source, line=line)  # fmt: skip
                previous = "noise"
            else:
                if header is None or previous != "header":
                    raise InputError("is a data row without its header row (Id,Tz,From,…) above "
                                     "it", source=source, line=line, field="Id")  # fmt: skip
                parsed.records.append(_record(row, header, source, line, now_utc_ms))
                previous = "data"
            line = reader.line_num + 1
    except csv.Error as exc:
        raise csv_error(exc, text, source, row_line=line, line_num=reader.line_num) from None
    if previous == "header":
        raise InputError("ends with a header row that has no data row", source=source, line=line)
    if not parsed.records:
        raise InputError("holds no sleep record (a header row Id,Tz,From,… and its data row)",
                         source=source)  # fmt: skip
    return parsed


def _header(row: list[str], source: str, line: int) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, name in enumerate(row):
        columns.setdefault(name.strip(), index)
    missing = [name for name in _REQUIRED if name not in columns]
    if missing:
        raise InputError(
            f"is a header row without the column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)} (expected Id,Tz,From,To,Sched,Hours,Rating,Comment,…)",
            source=source,
            line=line,
            field=missing[0],
        )
    return columns


def _record(
    row: list[str], columns: dict[str, int], source: str, line: int, now_utc_ms: int
) -> SleepRecord:
    def cell(name: str) -> str:
        index = columns[name]
        if index >= len(row):
            raise InputError(f"has {len(row)} fields; its header has {name} in field {index + 1}",
                             source=source, line=line, field=name)  # fmt: skip
        return row[index]

    def refuse(name: str, message: str) -> InputError:
        return InputError(message, source=source, line=line, field=name)

    raw_id = cell("Id").strip()
    if not _ID.match(raw_id):
        raise refuse("Id", f"'{raw_id[:40]}' is not a start time in milliseconds since 1970")
    utc_ms = int(raw_id)
    if utc_ms > now_utc_ms + _DAY_MS:
        raise refuse("Id", f"{raw_id} starts more than a day from now")
    zone_name = cell("Tz").strip()
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file
        raise refuse(
            "Tz", f"'{zone_name[:40]}' is not a time zone name like Europe/Prague"
        ) from None
    try:
        hours = float(cell("Hours"))
    except ValueError:
        raise refuse("Hours", f"'{cell('Hours')[:40]}' is not a number of hours") from None
    comment = cell("Comment").replace(" \\n ", "\n").strip()
    try:
        check_note(comment, field="Comment")
    except InputError as exc:
        raise refuse("Comment", exc.message) from None
    return SleepRecord(
        line=line,
        start=Instant(utc_ms, offset_at(utc_ms, zone)),
        zone=zone_name,
        hours=hours,
        comment=comment,
        tags=tags_in(comment),
    )


def tags_in(comment: str) -> tuple[str, ...]:
    """The #tags of a comment without '#', a repeat count or trailing punctuation, each once
    (ignoring case), in the order written."""
    seen: dict[str, str] = {}
    for match in _TAG.finditer(comment):
        word = _COUNT.sub("", match.group(1).rstrip(".;:!?)"))
        if word:
            seen.setdefault(word.casefold(), word)
    return tuple(seen.values())
