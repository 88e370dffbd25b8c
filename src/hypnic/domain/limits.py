"""Input limits, each one number used everywhere (DESIGN section 4, "Limits").

A note typed in the window, given to ``log``, or read from an import file is held to the same
length; a file to import is a regular file of bounded size; a JSON file is bounded in nesting
and number size. A limit lives here once so no two paths can disagree.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from hypnic.domain.errors import InputError
from hypnic.domain.timerules import format_local

# DESIGN section 2: no instant before 1970-01-01 or later than 24 hours after now.
EARLIEST_UTC_MS = 0
FUTURE_SLACK_MS = 24 * 3_600_000
# A note (an event's, a dose's, a night's, a diary comment) holds at most this many characters:
# far more than anyone types at the bedside or in a review, small enough to print and to
# show in a table cell.
MAX_NOTE = 10_000
# A file to import is a regular file of at most this many bytes (a lifetime of taps is a few
# tens of MB); it is checked before reading, and no more than one byte past it is ever read.
MAX_IMPORT_BYTES = 200 * 1000 * 1000
# A Hypnic JSON backup nests four levels (the document, a list, an item, a diary or a tag
# list); anything deeper than this is not a backup and is refused before it costs anything.
MAX_JSON_DEPTH = 16
# Whole numbers in a JSON backup (positions, counts, minutes, the format version) have at most
# this many digits: exact in a double and in SQLite's 64-bit integers.
MAX_JSON_DIGITS = 15
# The widest UTC offsets in use anywhere (Kiribati +14:00, Baker Island -12:00): a stored
# offset beyond them is a typing slip or a damaged value, and would move the night.
MAX_OFFSET_MIN = 14 * 60
# The earliest night an instant in bounds can belong to: 1970-01-01T00:00Z at -14:00 is
# 10:00 on 31 December 1969, before a day boundary of up to 23:59.
EARLIEST_NIGHT = date(1969, 12, 30)


def check_instant(utc_ms: int, offset_min: int, *, now_utc_ms: int, field: str = "time") -> None:
    """Refuse an instant before 1970 or more than a day ahead of ``now_utc_ms``, or an offset
    no place uses."""
    if abs(offset_min) > MAX_OFFSET_MIN:
        raise InputError(
            f"has a UTC offset of {_offset(offset_min)}; offsets in use lie within ±14:00",
            field=field,
        )
    if utc_ms < EARLIEST_UTC_MS:
        raise InputError("is before 1970-01-01; Hypnic keeps no earlier times", field=field)
    if utc_ms > now_utc_ms + FUTURE_SLACK_MS:
        raise InputError(
            f"{format_local(utc_ms, offset_min)} is more than 24 hours from now", field=field
        )


def in_bounds(utc_ms: int, offset_min: int, *, now_utc_ms: int) -> bool:
    """True when ``check_instant`` would take the instant."""
    return (
        abs(offset_min) <= MAX_OFFSET_MIN
        and EARLIEST_UTC_MS <= utc_ms <= now_utc_ms + FUTURE_SLACK_MS
    )


def latest_night(now_utc_ms: int) -> date:
    """The latest night an instant in bounds can belong to (any offset, any day boundary)."""
    ahead = now_utc_ms + FUTURE_SLACK_MS + MAX_OFFSET_MIN * 60_000
    return datetime(1970, 1, 1, tzinfo=UTC).date() + timedelta(milliseconds=ahead)


def check_night_date(night: date, *, now_utc_ms: int, field: str = "night") -> None:
    """Refuse a night no instant in bounds can belong to (before 1970, or after tomorrow)."""
    if night < EARLIEST_NIGHT:
        raise InputError(f"{night} is before 1970; Hypnic keeps no earlier nights", field=field)
    if night > latest_night(now_utc_ms):
        raise InputError(f"{night} is a night that has not come yet", field=field)


# Control characters a note cannot hold (tab, line feed and carriage return it can): a NUL
# would make the CSV export a file no reader takes for text.
NOTE_CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F))
_NOTE_CONTROL = re.compile(f"[{re.escape(NOTE_CONTROLS)}]")


def check_note(text: str, *, field: str = "note") -> str:
    """``text`` unchanged, or InputError when it is longer than MAX_NOTE characters or holds
    a control character."""
    if len(text) > MAX_NOTE:
        raise InputError(f"is {len(text):,} characters; a note holds at most {MAX_NOTE:,}",
                         field=field)  # fmt: skip
    control = _NOTE_CONTROL.search(text)
    if control is not None:
        raise InputError(
            f"holds a control character (U+{ord(control.group()):04X}) at character "
            f"{control.start() + 1}; a note is plain text",
            field=field,
        )
    return text


def has_lone_surrogate(text: str) -> bool:
    """True when ``text`` holds a UTF-16 surrogate on its own: what an argument's bytes that
    are not UTF-8, or a JSON ``"\\ud800"``, become in Python. No file, store or page can hold
    one, so such text is refused where it comes in, never half-way through a write."""
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def _offset(offset_min: int) -> str:
    hours, minutes = divmod(abs(offset_min), 60)
    return f"{'+' if offset_min >= 0 else '-'}{hours:02d}:{minutes:02d}"
