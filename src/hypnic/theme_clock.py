"""The clock the bedside theme reads: the real one, or, in real-window tests only, one that
starts at a time the test sets (``HYPNIC_TEST_THEME_TIME``) and runs on from it.

A test cannot wait for tomorrow night to see that a theme chosen by hand tonight is gone by
then. This moves the theme's clock alone: taps, doses, nights and every stored instant keep the
real clock, so no value of the variable can change what the store holds.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, tzinfo

from hypnic.domain.clock import Clock
from hypnic.domain.events import Instant
from hypnic.domain.timerules import offset_at

THEME_TIME_ENV = "HYPNIC_TEST_THEME_TIME"


class _StartedAt:
    """A clock that read ``utc_ms`` when it was made, and moves on with the real time."""

    def __init__(self, utc_ms: int, zone: tzinfo) -> None:
        self._start = utc_ms
        self._made = time.monotonic()
        self._zone = zone

    @property
    def zone(self) -> tzinfo:
        return self._zone

    def now(self) -> Instant:
        utc_ms = self._start + int((time.monotonic() - self._made) * 1000)
        return Instant(utc_ms, offset_at(utc_ms, self._zone))


def theme_clock(real: Clock) -> Clock:
    """``real``, unless ``HYPNIC_TEST_THEME_TIME`` holds an ISO time with an offset
    (2026-11-24T21:48:00+00:00): then a clock for the theme alone, starting then."""
    text = os.environ.get(THEME_TIME_ENV, "").strip()
    if not text:
        return real
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return real
    if moment.tzinfo is None:
        return real
    return _StartedAt(int(moment.timestamp() * 1000), real.zone)
