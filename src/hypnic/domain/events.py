"""Events (one tap each), nights and the records a night holds."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum


class Observer(StrEnum):
    """Who noticed the event: the patient, or a bed partner while the patient sleeps."""

    SELF = "self"
    PARTNER = "partner"


@dataclass(frozen=True, slots=True)
class Event:
    """One tap: what, when (UTC ms plus the offset in force), who saw it, an optional note."""

    id: str
    kind: str
    utc_ms: int
    offset_min: int
    by: Observer = Observer.SELF
    note: str = ""
    deleted_utc_ms: int | None = None

    @property
    def local_ms(self) -> int:
        """Milliseconds since the epoch of the local wall clock when the event was logged."""
        return self.utc_ms + self.offset_min * 60_000

    @property
    def deleted(self) -> bool:
        return self.deleted_utc_ms is not None

    def with_changes(self, **changes: object) -> Event:
        return replace(self, **changes)  # type: ignore[arg-type]


def new_event_id() -> str:
    """A random (version 4) UUID in canonical text form.

    Built from os.urandom rather than the uuid module, whose import (it loads ``platform``)
    costs the bedside window a few milliseconds of start-up.
    """
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass(frozen=True, slots=True)
class Instant:
    """A moment as logged: UTC milliseconds and the UTC offset in force then."""

    utc_ms: int
    offset_min: int

    @property
    def local_ms(self) -> int:
        return self.utc_ms + self.offset_min * 60_000


@dataclass(frozen=True, slots=True)
class NightRecord:
    """What a night holds beside its events: wind-down start, lights-out, when the evening
    symptoms began, whether the patient marked it quiet ("nothing tonight") and a note."""

    night: date
    winddown: Instant | None = None
    lights_out: Instant | None = None
    note: str = ""
    symptoms_from: Instant | None = None
    quiet: bool = False

    @property
    def has_content(self) -> bool:
        """True when the record says anything (an empty row is not a record worth keeping).

        A quiet mark is a record: a good night is not mistaken for an unlogged one.
        """
        return (
            self.winddown is not None
            or self.lights_out is not None
            or self.symptoms_from is not None
            or self.quiet
            or bool(self.note)
        )

    def with_changes(self, **changes: object) -> NightRecord:
        return replace(self, **changes)  # type: ignore[arg-type]
