"""The wind-down window of a night (DESIGN section 6): where it starts, where it ends, its rate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hypnic.domain.events import Event, Instant

# A gap of more than an hour between taps ends the wind-down: what follows is a night waking
# or the morning (60:00.000 does not end it, 60:00.001 does).
WINDDOWN_GAP_MS = 60 * 60_000
# A rate over a few minutes of wind-down says nothing: null under 10 minutes.
MIN_WINDOW_MS = 10 * 60_000
_MS_PER_HOUR = 3_600_000


@dataclass(frozen=True, slots=True)
class WindDown:
    """One night's wind-down, from the patient's own taps.

    ``start`` is lights-out, or the first self tap without lights-out (a recorded wind-down
    start is shown but not used). ``end`` is the last self tap before the first gap of more
    than 60 minutes between successive self taps at or after the start, or the last self tap
    when there is no such gap; None without self taps at or after the start. ``taps`` are
    the self taps from ``start`` to ``end`` inclusive; ``after`` counts those after ``end``.
    Taps before lights-out are in neither.
    """

    start: Instant | None
    end: Instant | None
    taps: tuple[Event, ...]
    after: int
    latency_min: float | None

    @property
    def span_ms(self) -> int | None:
        if self.start is None or self.end is None:
            return None
        return self.end.utc_ms - self.start.utc_ms

    @property
    def hours(self) -> float | None:
        span = self.span_ms
        return None if span is None else span / _MS_PER_HOUR

    @property
    def events_per_hour(self) -> float | None:
        """Self taps from the start to the end inclusive per hour; None under 10 minutes."""
        span = self.span_ms
        if span is None or span < MIN_WINDOW_MS:
            return None
        return len(self.taps) / (span / _MS_PER_HOUR)

    def holds(self, utc_ms: int) -> bool:
        """True when ``utc_ms`` lies in the window, both ends included."""
        return (
            self.start is not None
            and self.end is not None
            and self.start.utc_ms <= utc_ms <= self.end.utc_ms
        )


def wind_down(own: Sequence[Event], lights_out: Instant | None) -> WindDown:
    """The wind-down of time-sorted live self taps ``own``, given the night's lights-out.

    Gaps are measured between successive taps at or after the start: the time from lights-out
    to the first tap is the latency, never a gap. Intervals are in UTC milliseconds, so a DST
    change in the night neither adds nor removes an hour.
    """
    if lights_out is not None:
        start: Instant | None = lights_out
    elif own:
        start = Instant(own[0].utc_ms, own[0].offset_min)
    else:
        start = None
    if start is None:
        return WindDown(start=None, end=None, taps=(), after=0, latency_min=None)
    from_start = [e for e in own if e.utc_ms >= start.utc_ms]
    latency = None
    if lights_out is not None and from_start:
        latency = (from_start[0].utc_ms - lights_out.utc_ms) / 60_000
    if not from_start:
        return WindDown(start=start, end=None, taps=(), after=0, latency_min=latency)
    last = len(from_start) - 1
    for i in range(len(from_start) - 1):
        if from_start[i + 1].utc_ms - from_start[i].utc_ms > WINDDOWN_GAP_MS:
            last = i
            break
    end_tap = from_start[last]
    return WindDown(
        start=start,
        end=Instant(end_tap.utc_ms, end_tap.offset_min),
        taps=tuple(from_start[: last + 1]),
        after=len(from_start) - last - 1,
        latency_min=latency,
    )
