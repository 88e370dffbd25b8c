"""The CSV event format: header id,night,time,kind,by,note, one live event a row, oldest first."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import time

from hypnic.domain.errors import InputError
from hypnic.domain.events import Event, Observer
from hypnic.domain.timerules import DEFAULT_DAY_BOUNDARY, format_local, night_of, parse_rfc3339
from hypnic.exchange.cells import guard, unguard
from hypnic.exchange.csv_strict import csv_error
from hypnic.exchange.parsed import (
    ParsedEvent,
    ParsedFile,
    decode_utf8,
    parse_event_id,
    parse_observer,
)
from hypnic.exchange.wording import some_of

HEADER: tuple[str, ...] = ("id", "night", "time", "kind", "by", "note")


def events_to_csv(events: Iterable[Event], *, day_boundary: time = DEFAULT_DAY_BOUNDARY) -> str:
    """CSV text of ``events`` as given (the caller passes live events, oldest first).

    Python's csv defaults are the contract: QUOTE_MINIMAL and "\\r\\n" line ends (RFC 4180).
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    by_text = {o: o.value for o in Observer}  # Enum.value is slow across 100,000 rows
    writer.writerows(
        (
            e.id,
            night_of(e.utc_ms, e.offset_min, day_boundary).isoformat(),
            format_local(e.utc_ms, e.offset_min),
            e.kind,
            by_text[e.by],
            guard(e.note),  # exchange/cells.py: never a formula in a spreadsheet
        )
        for e in events
    )
    return out.getvalue()


def parse_csv(data: bytes, source: str) -> ParsedFile:
    """Read every row of a CSV export, refusing the first bad one with its line and field.

    The ``night`` column is not trusted: the importer recomputes it from ``time``.
    """
    text = decode_utf8(data, source)
    if not text.strip():
        raise InputError(
            "is empty; expected the header id,night,time,kind,by,note", source=source, line=1
        )
    # strict: a quote that is never closed is an error, not the rest of the file in one field.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    parsed = ParsedFile(source=source)
    line = 1
    try:
        header = next(reader)
        columns = _check_header(header, source)
        line = reader.line_num + 1
        for row in reader:
            if not row or row == [""]:
                line = reader.line_num + 1
                continue
            parsed.events.append(_row_event(row, columns, source, line))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise csv_error(exc, text, source, row_line=line, line_num=reader.line_num) from None
    return parsed


def _check_header(header: list[str], source: str) -> dict[str, int]:
    names = [h.strip() for h in header]
    missing = [h for h in HEADER if h not in names]
    extra = [h for h in names if h not in HEADER]
    if missing:
        raise InputError(
            f"the header lacks the column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)} (expected {','.join(HEADER)})",
            source=source,
            line=1,
            field=missing[0],
        )
    if extra:
        raise InputError(
            f"the header has the unknown column{'s' if len(extra) > 1 else ''} "
            f"{some_of([repr(x) for x in extra])} (expected {','.join(HEADER)})",
            source=source,
            line=1,
            field=extra[0],
        )
    dupes = sorted({h for h in names if names.count(h) > 1})
    if dupes:
        raise InputError("the header repeats a column", source=source, line=1, field=dupes[0])
    return {name: names.index(name) for name in HEADER}


def _row_event(row: list[str], columns: dict[str, int], source: str, line: int) -> ParsedEvent:
    if len(row) != len(HEADER):
        raise InputError(
            f"has {len(row)} fields, expected {len(HEADER)} ({','.join(HEADER)})",
            source=source,
            line=line,
        )
    event_id = parse_event_id(row[columns["id"]], source=source, line=line)
    try:
        utc_ms, offset_min = parse_rfc3339(row[columns["time"]], field="time")
    except InputError as exc:
        raise InputError(exc.message, source=source, line=line, field="time") from None
    kind = row[columns["kind"]].strip()
    if not kind:
        raise InputError(
            "is empty; name the kind, e.g. jerk", source=source, line=line, field="kind"
        )
    by = parse_observer(row[columns["by"]], source=source, line=line)
    event = Event(
        id=event_id,
        kind=kind,
        utc_ms=utc_ms,
        offset_min=offset_min,
        by=by,
        note=unguard(row[columns["note"]]),
    )
    return ParsedEvent(event, line)
