"""Limits that hold on every path (window, `log`, `dose`, `night`, `import`): one number each."""

from __future__ import annotations

from hypnic.domain.errors import InputError
from hypnic.domain.timerules import format_local

# DESIGN section 2: no instant before 1970-01-01 or later than 24 hours after now.
EARLIEST_UTC_MS = 0
FUTURE_SLACK_MS = 24 * 3_600_000
# DESIGN section 4: a note holds at most 10,000 characters.
NOTE_MAX_CHARS = 10_000


def check_instant(utc_ms: int, offset_min: int, *, now_utc_ms: int, field: str = "time") -> None:
    """Refuse an instant before 1970 or more than a day ahead of ``now_utc_ms``."""
    if utc_ms < EARLIEST_UTC_MS:
        raise InputError("is before 1970-01-01; Hypnic keeps no earlier times", field=field)
    if utc_ms > now_utc_ms + FUTURE_SLACK_MS:
        raise InputError(
            f"{format_local(utc_ms, offset_min)} is more than 24 hours from now", field=field
        )


def check_note(text: str, *, field: str = "note") -> str:
    """A note as given, refused when longer than NOTE_MAX_CHARS characters."""
    if len(text) > NOTE_MAX_CHARS:
        raise InputError(
            f"is {len(text):,} characters long; a note holds at most {NOTE_MAX_CHARS:,}",
            field=field,
        )
    return text
