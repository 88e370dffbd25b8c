"""An x axis read as a bedside clock: hours since 18:00 of the night, or minutes since lights-out.

pyqtgraph's DateAxisItem formats in the machine's zone; a night is read on the wall clock it was
logged with, so positions come from each event's stored local time (DESIGN section 7).
"""

from __future__ import annotations

import math
from datetime import date
from enum import Enum
from typing import Protocol

import pyqtgraph as pg

NIGHT_ORIGIN_HOUR = 18
_MS_PER_HOUR = 3_600_000
_MS_PER_DAY = 86_400_000
_EPOCH = date(1970, 1, 1)
MINUS = "\u2212"

# Tick spacings a clock reader expects, in hours (clock mode) and minutes (lights-out mode).
_CLOCK_STEPS: tuple[float, ...] = (
    *(s / 3600 for s in (1, 2, 5, 10, 15, 30)),
    *(m / 60 for m in (1, 2, 5, 10, 15, 30)),
    *(1.0, 2.0, 3.0, 6.0, 12.0),
)
_MINUTE_STEPS: tuple[float, ...] = (
    *(s / 60 for s in (1, 2, 5, 10, 15, 30)),
    *(1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 180.0, 360.0, 720.0),
)
_MIN_MINOR_PX = 14.0


class HasLocalMs(Protocol):
    @property
    def local_ms(self) -> int: ...


class AxisMode(Enum):
    """What the x values mean."""

    CLOCK = "clock"  # hours since 18:00 local of the night's date
    MINUTES = "minutes"  # minutes since lights-out


def night_origin_local_ms(night: date) -> int:
    """Local-clock milliseconds of 18:00 on the night's date: x = 0."""
    return (night - _EPOCH).days * _MS_PER_DAY + NIGHT_ORIGIN_HOUR * _MS_PER_HOUR


def local_ms_to_x(local_ms: int, night: date) -> float:
    """Hours since 18:00 of ``night`` on the wall clock (00:40 next day -> 6.67)."""
    return (local_ms - night_origin_local_ms(night)) / _MS_PER_HOUR


def instant_x(instant: HasLocalMs, night: date) -> float:
    """x of an Event or Instant, from the offset stored with it (a DST night reads right)."""
    return local_ms_to_x(instant.local_ms, night)


def minutes_since(utc_ms: int, origin_utc_ms: int) -> float:
    """Elapsed minutes from ``origin_utc_ms`` (lights-out): real time, even across a DST change."""
    return (utc_ms - origin_utc_ms) / 60_000


def clock_text(x: float, *, seconds: bool = False) -> str:
    """The wall-clock time at x hours since 18:00: "20:00", "00:00", "02:30:15"."""
    total = round(x * 3600 + NIGHT_ORIGIN_HOUR * 3600) % 86_400
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}" if seconds else f"{hours:02d}:{minutes:02d}"


def minutes_text(value: float) -> str:
    """A signed minute count with a true minus sign: "−10", "0", "+30", "+2.5"."""
    rounded = round(value, 2)
    if abs(rounded) < 1e-9:
        return "0"
    body = f"{abs(rounded):.2f}".rstrip("0").rstrip(".")
    return (MINUS if rounded < 0 else "+") + body


class ClockAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no types
    """A bottom axis labelling x as clock times or as minutes since lights-out.

    Only major ticks carry text; in minutes mode the right-most label says "min".
    """

    def __init__(self, orientation: str = "bottom", **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self._mode = AxisMode.CLOCK
        self._major = 1.0

    @property
    def mode(self) -> AxisMode:
        return self._mode

    def set_mode(self, mode: AxisMode) -> None:
        if mode is self._mode:
            return
        self._mode = mode
        self.picture = None
        self.update()

    def tickSpacing(self, min_val: float, max_val: float, size: float) -> list[tuple[float, float]]:
        span = abs(max_val - min_val)
        if span == 0 or size <= 0:
            return []
        px_per_unit = size / span
        steps = _CLOCK_STEPS if self._mode is AxisMode.CLOCK else _MINUTE_STEPS
        min_major_px = 64.0 if self._mode is AxisMode.MINUTES else 80.0
        major = next((s for s in steps if s * px_per_unit >= min_major_px), None)
        if major is None:
            major = steps[-1] * math.ceil(min_major_px / (steps[-1] * px_per_unit))
        if self._mode is AxisMode.CLOCK and major < 1 / 60:
            # HH:MM:SS labels are wider: make room for them.
            major = next((s for s in steps if s * px_per_unit >= 96.0), major)
        self._major = major
        levels = [(major, 0.0)]
        minor = next(
            (
                s
                for s in steps
                if s < major
                and s * px_per_unit >= _MIN_MINOR_PX
                and abs(major / s - round(major / s)) < 1e-6
            ),
            None,
        )
        if minor is not None:
            levels.append((minor, 0.0))
        return levels

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing < self._major * 0.999:
            return ["" for _ in values]
        if self._mode is AxisMode.CLOCK:
            with_seconds = spacing < 1 / 60 - 1e-9
            return [clock_text(v, seconds=with_seconds) for v in values]
        texts = [minutes_text(v) for v in values]
        if texts:
            texts[-1] = self.tr("%s min") % texts[-1]
        return texts
