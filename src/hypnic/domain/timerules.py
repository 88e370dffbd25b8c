"""Time rules: which night an instant belongs to, RFC 3339 text, manual local times and DST."""

from __future__ import annotations

import io
import os
import re
import struct
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hypnic.domain.errors import AmbiguousTimeError, InputError

DEFAULT_DAY_BOUNDARY = time(12, 0)
_MS_PER_DAY = 86_400_000
_EPOCH = date(1970, 1, 1)
_EPOCH_ORDINAL = _EPOCH.toordinal()
_HHMM = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")
_RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?([Zz]|[+-]\d{2}:\d{2})$"
)


def night_of_local_ms(local_ms: int, day_boundary: time = DEFAULT_DAY_BOUNDARY) -> date:
    """The night a local wall-clock instant belongs to: (local time − day boundary).date()."""
    return _day((local_ms - _time_ms(day_boundary)) // _MS_PER_DAY)


# Exports and analyses turn many instants of few days into dates: a day number's date and
# text are computed once (profiled in benchmarks/README.md: export of 100,000 events).
@lru_cache(maxsize=4096)
def _day(days: int) -> date:
    return _EPOCH + timedelta(days=days)


@lru_cache(maxsize=4096)
def _day_text(days: int) -> str:
    return _day(days).isoformat()


@lru_cache(maxsize=64)
def _offset_text(offset_min: int) -> str:
    hours, minutes = divmod(abs(offset_min), 60)
    return f"{'+' if offset_min >= 0 else '-'}{hours:02d}:{minutes:02d}"


def night_of(utc_ms: int, offset_min: int, day_boundary: time = DEFAULT_DAY_BOUNDARY) -> date:
    """The night of an event logged at ``utc_ms`` with ``offset_min`` in force."""
    return night_of_local_ms(utc_ms + offset_min * 60_000, day_boundary)


def night_local_bounds(night: date, day_boundary: time = DEFAULT_DAY_BOUNDARY) -> tuple[int, int]:
    """Local-ms half-open range [start, end) of a night: boundary of the date to the next one."""
    start = (night - _EPOCH).days * _MS_PER_DAY + _time_ms(day_boundary)
    return start, start + _MS_PER_DAY


def _time_ms(t: time) -> int:
    return ((t.hour * 60 + t.minute) * 60 + t.second) * 1000 + t.microsecond // 1000


def format_local(utc_ms: int, offset_min: int) -> str:
    """RFC 3339 local time with milliseconds and the stored offset, never ``Z``."""
    days, ms = divmod(utc_ms + offset_min * 60_000, _MS_PER_DAY)
    seconds, millis = divmod(ms, 1000)
    minutes, second = divmod(seconds, 60)
    hour, minute = divmod(minutes, 60)
    return (
        f"{_day_text(days)}T{hour:02d}:{minute:02d}:{second:02d}.{millis:03d}"
        f"{_offset_text(offset_min)}"
    )


def parse_rfc3339(text: str, *, field: str = "time") -> tuple[int, int]:
    """Parse RFC 3339 text with an offset into (utc_ms, offset_min); refuse a time without one."""
    match = _RFC3339.match(text.strip())
    if not match:
        if re.match(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$", text.strip()):
            raise InputError(f"'{text}' has no UTC offset (add one, e.g. +01:00)", field=field)
        raise InputError(f"'{text}' is not a time like 2026-11-24T23:41:07.123+01:00", field=field)
    year, month, day, hour, minute, second, frac, off = match.groups()
    offset_min = 0
    if off not in ("Z", "z"):
        sign = -1 if off[0] == "-" else 1
        oh, om = int(off[1:3]), int(off[4:6])
        if oh > 23 or om > 59:
            raise InputError(f"'{text}' has an impossible UTC offset", field=field)
        offset_min = sign * (oh * 60 + om)
    h, m, sec = int(hour), int(minute), int(second)
    if sec == 60 and h == 23 and m == 59:
        raise InputError(
            f"'{text}' is a leap second, which Hypnic cannot place; write :59 instead",
            field=field,
        )
    try:
        days = date(int(year), int(month), int(day)).toordinal() - _EPOCH_ORDINAL
        if h > 23 or m > 59 or sec > 59:
            raise ValueError(f"{'hour' if h > 23 else 'minute' if m > 59 else 'second'} must be "
                             f"in 0..{23 if h > 23 else 59}")  # fmt: skip
    except ValueError as exc:
        raise InputError(f"'{text}' is not a real date and time ({exc})", field=field) from None
    millis = round(float(frac) * 1000) if frac else 0
    local_ms = days * _MS_PER_DAY + ((h * 60 + m) * 60 + sec) * 1000 + millis
    return local_ms - offset_min * 60_000, offset_min


def parse_night(text: str, *, field: str = "night") -> date:
    """Parse a night written YYYY-MM-DD."""
    try:
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"'{text}' is not a date like 2026-11-24", field=field) from None


def local_zone() -> tzinfo:
    """The machine's time zone, with its DST rules, read as the C library reads it: ``TZ``
    when it is set (an IANA name, a zone file, or a POSIX rule such as ``UTC+3`` or
    ``EST5EDT,M3.2.0,M11.1.0``), else ``/etc/localtime``."""
    if "TZ" in os.environ:
        return zone_from_tz(os.environ["TZ"])
    try:
        link = Path("/etc/localtime").resolve()
        parts = link.parts
        if "zoneinfo" in parts:
            return ZoneInfo("/".join(parts[parts.index("zoneinfo") + 1 :]))
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    return _c_library_zone()


def zone_from_tz(value: str) -> tzinfo:
    """The zone a ``TZ`` value names, as POSIX and the C library read it: empty is UTC; a
    leading ``:`` is dropped; an absolute path is a zone file; an IANA name is looked up;
    anything else is a POSIX rule (``std offset [dst [offset] [,start[/time],end[/time]]]``,
    where ``UTC+3`` means three hours *behind* UTC). A value none of these can read is taken
    as the C library takes it now (a fixed offset: UTC for nonsense)."""
    name = value[1:] if value.startswith(":") else value
    if not name:
        return UTC
    if name.startswith("/"):
        try:
            with open(name, "rb") as handle:
                return ZoneInfo.from_file(handle, key=name)
        except (OSError, ValueError):
            return _c_library_zone()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file
        pass
    return _posix_zone(name) or _c_library_zone()


def _c_library_zone() -> tzinfo:
    try:
        zone = datetime.now().astimezone().tzinfo
    except (ValueError, OverflowError):  # the C library took an offset of a day or more
        return UTC
    return zone if zone is not None else UTC


def _posix_zone(rule: str) -> tzinfo | None:
    """A zone following a POSIX TZ rule, or None when the rule cannot be read.

    zoneinfo already reads these rules: they are the footer of every TZif file, used after its
    last transition. A TZif file with no transitions and ``rule`` as its footer is a zone that
    follows the rule at every instant, fixed offsets and DST alike.
    """
    if not rule.isascii() or "\n" in rule:
        return None
    counts = struct.pack(">6l", 0, 0, 0, 0, 1, 4)  # one local time type, four chars
    block = b"TZif2" + b"\0" * 15 + counts + struct.pack(">lBB", 0, 0, 0) + b"UTC\0"
    data = block + block + b"\n" + rule.encode("ascii") + b"\n"
    try:
        zone = ZoneInfo.from_file(io.BytesIO(data), key=rule)
        # An offset of a day or more (UTC+25) is read, then fails at the first time shown.
        for month in (1, 7):
            datetime(2026, month, 1, tzinfo=UTC).astimezone(zone)
    except (ValueError, OverflowError):
        return None
    return zone


def offset_at(utc_ms: int, zone: tzinfo) -> int:
    """The UTC offset in minutes in force in ``zone`` at ``utc_ms``."""
    moment = datetime.fromtimestamp(utc_ms / 1000, UTC).astimezone(zone)
    offset = moment.utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


def resolve_local(
    naive: datetime, zone: tzinfo, *, field: str = "time", fold: int | None = None
) -> tuple[int, int]:
    """Turn a wall-clock time typed by a person into (utc_ms, offset_min) in ``zone``.

    A time in a DST gap does not exist and is refused; a time in a DST fold happens twice,
    and unless ``fold`` (0 = first, 1 = second) says which, AmbiguousTimeError asks.
    """
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    off0, off1 = first.utcoffset(), second.utcoffset()
    if off0 != off1:
        utc0 = _utc_ms(first)
        utc1 = _utc_ms(second)
        # Round-trip through UTC at full precision: a gap time comes back as another wall time.
        back = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
        if back != naive:
            raise InputError(
                f"{naive:%H:%M} on {naive:%Y-%m-%d} does not exist: the clocks skipped it "
                "for daylight saving time",
                field=field,
            )
        if fold is None:
            raise AmbiguousTimeError(
                f"{naive:%H:%M} on {naive:%Y-%m-%d} happened twice (clocks went back): "
                "choose the first or the second",
                choices=(min(utc0, utc1), max(utc0, utc1)),
                field=field,
            )
        chosen = first if fold == 0 else second
    else:
        chosen = first
    offset = chosen.utcoffset()
    assert offset is not None
    return _utc_ms(chosen), int(offset.total_seconds() // 60)


def resolve_night_time(
    night: date,
    local_time: time,
    day_boundary: time,
    zone: tzinfo,
    *,
    fold: int | None = None,
    field: str = "time",
) -> tuple[int, int]:
    """A clock time typed for a night: before the day boundary it is the next morning.

    00:40 on the night of the 24th is 00:40 on the 25th; the result is checked for the DST gap
    and fold as ``resolve_local`` does.
    """
    day = night if local_time >= day_boundary else night + timedelta(days=1)
    naive = datetime.combine(day, local_time.replace(tzinfo=None))
    return resolve_local(naive, zone, field=field, fold=fold)


def _utc_ms(aware: datetime) -> int:
    delta = aware.astimezone(UTC) - datetime(1970, 1, 1, tzinfo=UTC)
    return delta.days * _MS_PER_DAY + delta.seconds * 1000 + delta.microseconds // 1000


def parse_cli_time(
    text: str, *, now_utc_ms: int, zone: tzinfo, field: str = "--at"
) -> tuple[int, int]:
    """TIME as the command line takes it: RFC 3339 with an offset, or HH:MM[:SS] meaning the
    most recent such local time (today's, or yesterday's if today's is still to come)."""
    match = _HHMM.match(text.strip())
    if not match:
        return parse_rfc3339(text, field=field)
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise InputError(f"'{text}' is not a clock time like 23:41", field=field)
    now_local = datetime.fromtimestamp(now_utc_ms / 1000, UTC).astimezone(zone)
    candidate = datetime.combine(now_local.date(), time(hour, minute, second))
    for _ in range(2):
        try:
            utc_ms, offset = resolve_local(candidate, zone, field=field, fold=1)
        except InputError:
            candidate -= timedelta(days=1)
            continue
        if utc_ms <= now_utc_ms:
            # In a fold, take the later occurrence that is already past, else the earlier one.
            return utc_ms, offset
        first_ms, first_off = resolve_local(candidate, zone, field=field, fold=0)
        if first_ms <= now_utc_ms:
            return first_ms, first_off
        candidate -= timedelta(days=1)
    return resolve_local(candidate, zone, field=field, fold=1)
