"""Sleep as Android export files for tests, written exactly as the app writes sleep-export.csv:
an unquoted header (Id,Tz,…,Geo, then quoted clock-time and "Event" columns), a data row with
every field quoted, and for tracked records a noise row whose first fields are empty."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

FIXED = (
    "Id,Tz,From,To,Sched,Hours,Rating,Comment,Framerate,Snore,Noise,Cycles,DeepSleep,LenAdjust,Geo"
)


@dataclass
class Saa:
    """One record: its start (ms since 1970), zone, length and comment; tracked records have
    actigraphy columns every 6 minutes, phase events and a noise row."""

    start_ms: int
    zone: str
    hours: float
    comment: str = ""
    rating: float = 0.0
    tracked: bool = True
    extra: list[str] = field(default_factory=list)  # raw fields appended to the data row


def _wall(ms: int, zone: str) -> str:
    t = datetime.fromtimestamp(ms / 1000, UTC).astimezone(ZoneInfo(zone))
    return f"{t:%d. %m. %Y} {t.hour}:{t:%M}"  # the app does not pad the hour


def _q(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def record_lines(r: Saa) -> list[str]:
    end_ms = r.start_ms + int(r.hours * 3_600_000)
    comment = r.comment.replace("\n", " \\n ")
    values = [str(r.start_ms), r.zone, _wall(r.start_ms, r.zone), _wall(end_ms, r.zone),
              _wall(end_ms + 600_000, r.zone), f"{r.hours:.3f}", f"{r.rating}", comment,
              "10000", "-1", "0.15225072" if r.tracked else "-1.0",
              "6" if r.tracked else "-1", "0.63095236" if r.tracked else "-1.0",
              "-10" if r.tracked else "0", "e066ff9" if r.tracked else ""]  # fmt: skip
    header = FIXED
    if r.tracked:
        start = datetime.fromtimestamp(r.start_ms / 1000, UTC).astimezone(ZoneInfo(r.zone))
        steps = max(1, int(r.hours * 10))
        times = [start + timedelta(minutes=6 * i) for i in range(steps)]
        events = [f"LIGHT_START-{r.start_ms}", f"DEEP_START-{r.start_ms + 1_200_000}",
                  f"DEEP_END-{r.start_ms + 3_000_000}", f"ALARM_STARTED-{end_ms}",
                  f"TRACKING_STOPPED_BY_USER-{end_ms + 1}"]  # fmt: skip
        header += "".join(f',"{t.hour}:{t:%M}"' for t in times) + ',"Event"' * len(events)
        values += [f"{0.5 + i % 7 / 10:.7g}" for i in range(steps)] + events
    lines = [header, ",".join(_q(v) for v in values + r.extra)]
    if r.tracked:
        lines.append("," * 13 + ",".join(_q(f"{100 + i * 3.5:.4f}") for i in range(steps)))
    return lines


def saa_csv(*records: Saa) -> bytes:
    return ("\n".join(line for r in records for line in record_lines(r)) + "\n").encode()
