"""The clock: the only source of 'now' (UTC ms and the offset read at the same moment)."""

from __future__ import annotations

import time
from datetime import tzinfo
from typing import Protocol

from hypnic.domain.events import Instant
from hypnic.domain.timerules import local_zone, offset_at


class Clock(Protocol):
    def now(self) -> Instant: ...

    @property
    def zone(self) -> tzinfo: ...


class SystemClock:
    """UTC from the system clock, offset from the local zone at that same instant."""

    def __init__(self, zone: tzinfo | None = None) -> None:
        self._zone = zone or local_zone()

    @property
    def zone(self) -> tzinfo:
        return self._zone

    def now(self) -> Instant:
        utc_ms = time.time_ns() // 1_000_000
        return Instant(utc_ms, offset_at(utc_ms, self._zone))


class FixedClock:
    """A clock for tests: returns a set instant, moved by ``advance``."""

    def __init__(self, utc_ms: int, zone: tzinfo) -> None:
        self.utc_ms = utc_ms
        self._zone = zone

    @property
    def zone(self) -> tzinfo:
        return self._zone

    def now(self) -> Instant:
        return Instant(self.utc_ms, offset_at(self.utc_ms, self._zone))

    def advance(self, ms: int) -> None:
        self.utc_ms += ms
