"""Events (one tap each), nights and the records a night holds."""

from __future__ import annotations

import uuid
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
    return str(uuid.uuid4())


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
    """What a night holds beside its events: wind-down start, lights-out and a note."""

    night: date
    winddown: Instant | None = None
    lights_out: Instant | None = None
    note: str = ""

    @property
    def has_content(self) -> bool:
        """True when the record says anything (an empty row is not a record worth keeping)."""
        return self.winddown is not None or self.lights_out is not None or bool(self.note)

    def with_changes(self, **changes: object) -> NightRecord:
        return replace(self, **changes)  # type: ignore[arg-type]
