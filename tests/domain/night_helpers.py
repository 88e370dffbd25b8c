"""Events and records for the analysis tests, written as UTC wall times or seconds after one."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime

from hypnic.domain.events import Event, Instant, NightRecord, Observer

NIGHT = date(2026, 11, 24)
_ids = itertools.count()


def utc_ms(text: str) -> int:
    """'2026-11-24 22:05:20.500' read as UTC, in milliseconds."""
    return round(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp() * 1000)


def ev(
    kind: str,
    when: str | int,
    *,
    by: Observer = Observer.SELF,
    offset_min: int = 0,
    deleted: bool = False,
) -> Event:
    """An event at ``when`` (UTC text or ms); ids sort in creation order."""
    ms = utc_ms(when) if isinstance(when, str) else when
    return Event(
        id=f"e{next(_ids):05d}",
        kind=kind,
        utc_ms=ms,
        offset_min=offset_min,
        by=by,
        deleted_utc_ms=ms + 1 if deleted else None,
    )


def lights_out_at(when: str, offset_min: int = 0, **fields: object) -> NightRecord:
    record = NightRecord(night=NIGHT, lights_out=Instant(utc_ms(when), offset_min))
    return record.with_changes(**fields)


def seconds_after(
    base: str, *seconds: float, kind: str = "kick", by: Observer = Observer.SELF
) -> list[Event]:
    """Taps of ``kind`` at ``seconds`` after ``base``, to the millisecond."""
    start = utc_ms(base)
    return [ev(kind, start + round(s * 1000), by=by) for s in seconds]
