"""Time rules: nights, the day boundary, DST gaps and folds, RFC 3339 text, CLI times."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hypnic.domain.errors import AmbiguousTimeError, InputError
from hypnic.domain.timerules import (
    format_local,
    local_zone,
    night_local_bounds,
    night_of,
    night_of_local_ms,
    offset_at,
    parse_cli_time,
    parse_rfc3339,
    resolve_local,
    zone_from_tz,
)

EPOCH = datetime(1970, 1, 1)


def ms(*wall: int) -> int:
    """Milliseconds since the epoch of a wall time (UTC or local, as the caller means it)."""
    return (datetime(*wall) - EPOCH) // timedelta(milliseconds=1)  # type: ignore[arg-type]


# --- nights --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wall", "extra_ms", "night"),
    [
        ((2026, 11, 24, 23, 59, 59), 999, date(2026, 11, 24)),
        ((2026, 11, 25, 0, 0, 0), 0, date(2026, 11, 24)),
        ((2026, 11, 25, 0, 40, 0), 0, date(2026, 11, 24)),
        ((2026, 11, 25, 11, 59, 59), 999, date(2026, 11, 24)),
        ((2026, 11, 25, 12, 0, 0), 0, date(2026, 11, 25)),
        ((2026, 11, 25, 12, 0, 0), 1, date(2026, 11, 25)),
        ((1969, 12, 31, 23, 0, 0), 0, date(1969, 12, 31)),  # before the epoch: floor, not trunc
        ((1970, 1, 1, 11, 0, 0), 0, date(1969, 12, 31)),
    ],
)
def test_night_across_midnight_and_at_noon(
    wall: tuple[int, ...], extra_ms: int, night: date
) -> None:
    for offset in (0, 60, -300, 345, -210):
        local = ms(*wall) + extra_ms
        assert night_of(local - offset * 60_000, offset) == night


def test_custom_day_boundary() -> None:
    evening = time(18, 0)
    assert night_of_local_ms(ms(2026, 11, 25, 17, 59, 59) + 999, evening) == date(2026, 11, 24)
    assert night_of_local_ms(ms(2026, 11, 25, 18, 0, 0), evening) == date(2026, 11, 25)
    early = time(4, 30)
    assert night_of_local_ms(ms(2026, 11, 25, 4, 29, 59), early) == date(2026, 11, 24)
    assert night_of_local_ms(ms(2026, 11, 25, 4, 30, 0), early) == date(2026, 11, 25)
    # At noon by default, the same moment belongs to the night of the 24th.
    assert night_of_local_ms(ms(2026, 11, 25, 4, 30, 0)) == date(2026, 11, 24)
    assert night_local_bounds(date(2026, 11, 24), evening) == (
        ms(2026, 11, 24, 18, 0),
        ms(2026, 11, 25, 18, 0),
    )


boundaries = st.times().map(lambda t: t.replace(microsecond=t.microsecond // 1000 * 1000))
local_millis = st.integers(ms(1900, 1, 1), ms(2200, 1, 1))


@given(local_millis, boundaries)
def test_night_is_local_time_minus_boundary(local: int, boundary: time) -> None:
    wall = EPOCH + timedelta(milliseconds=local)
    shift = timedelta(
        hours=boundary.hour,
        minutes=boundary.minute,
        seconds=boundary.second,
        microseconds=boundary.microsecond,
    )
    night = night_of_local_ms(local, boundary)
    assert night == (wall - shift).date()
    start, end = night_local_bounds(night, boundary)
    assert start <= local < end
    assert end - start == 86_400_000


# --- DST gaps and folds --------------------------------------------------------------------

# zone, a wall time the clocks skip, a wall time that happens twice with the UTC instant and
# offset of its first and of its second occurrence.
DST = [
    (
        "Europe/London",
        (2026, 3, 29, 1, 30),
        (2026, 10, 25, 1, 30),
        ((2026, 10, 25, 0, 30), 60),
        ((2026, 10, 25, 1, 30), 0),
    ),
    (
        "America/New_York",
        (2026, 3, 8, 2, 30),
        (2026, 11, 1, 1, 30),
        ((2026, 11, 1, 5, 30), -240),
        ((2026, 11, 1, 6, 30), -300),
    ),
    (  # DST moves the clock by only 30 minutes here.
        "Australia/Lord_Howe",
        (2026, 10, 4, 2, 15),
        (2026, 4, 5, 1, 45),
        ((2026, 4, 4, 14, 45), 660),
        ((2026, 4, 4, 15, 15), 630),
    ),
    (
        "America/St_Johns",
        (2026, 3, 8, 2, 30),
        (2026, 11, 1, 1, 30),
        ((2026, 11, 1, 4, 0), -150),
        ((2026, 11, 1, 5, 0), -210),
    ),
    (
        "Pacific/Chatham",
        (2026, 9, 27, 3, 0),
        (2026, 4, 5, 3, 0),
        ((2026, 4, 4, 13, 15), 825),
        ((2026, 4, 4, 14, 15), 765),
    ),
]
ZONES = [case[0] for case in DST]


@pytest.mark.parametrize(("zone", "gap", "fold", "first", "second"), DST, ids=ZONES)
def test_gap_time_is_refused(
    zone: str, gap: tuple[int, ...], fold: object, first: object, second: object
) -> None:
    for choice in (None, 0, 1):
        with pytest.raises(InputError, match="does not exist") as caught:
            resolve_local(datetime(*gap), ZoneInfo(zone), fold=choice)  # type: ignore[arg-type]
        assert not isinstance(caught.value, AmbiguousTimeError)


@pytest.mark.parametrize(("zone", "gap", "fold", "first", "second"), DST, ids=ZONES)
def test_fold_time_asks_and_each_choice_is_right(
    zone: str,
    gap: object,
    fold: tuple[int, ...],
    first: tuple[tuple[int, ...], int],
    second: tuple[tuple[int, ...], int],
) -> None:
    naive = datetime(*fold)  # type: ignore[arg-type]
    expected_first = (ms(*first[0]), first[1])
    expected_second = (ms(*second[0]), second[1])
    with pytest.raises(AmbiguousTimeError, match="twice") as caught:
        resolve_local(naive, ZoneInfo(zone), field="lights-out")
    assert caught.value.choices == (expected_first[0], expected_second[0])
    assert caught.value.field == "lights-out"
    assert resolve_local(naive, ZoneInfo(zone), fold=0) == expected_first
    assert resolve_local(naive, ZoneInfo(zone), fold=1) == expected_second
    # The stored offset is the one in force at that instant, so the text shows the wall time.
    for utc_ms, offset in (expected_first, expected_second):
        assert offset_at(utc_ms, ZoneInfo(zone)) == offset
        assert format_local(utc_ms, offset).startswith(naive.strftime("%Y-%m-%dT%H:%M:00.000"))


def test_fold_with_sub_millisecond_input_is_still_a_fold() -> None:
    naive = datetime(2026, 10, 25, 1, 30, 0, 500)
    assert resolve_local(naive, ZoneInfo("Europe/London"), fold=1) == (ms(2026, 10, 25, 1, 30), 0)


def test_edges_of_gap_and_fold() -> None:
    london = ZoneInfo("Europe/London")
    with pytest.raises(InputError, match="does not exist"):
        resolve_local(datetime(2026, 3, 29, 1, 0), london)
    assert resolve_local(datetime(2026, 3, 29, 0, 59, 59), london) == (
        ms(2026, 3, 29, 0, 59, 59),
        0,
    )
    assert resolve_local(datetime(2026, 3, 29, 2, 0), london) == (ms(2026, 3, 29, 1, 0), 60)
    with pytest.raises(AmbiguousTimeError):
        resolve_local(datetime(2026, 10, 25, 1, 0), london)
    assert resolve_local(datetime(2026, 10, 25, 2, 0), london) == (ms(2026, 10, 25, 2, 0), 0)
    # An ordinary time needs no choice, and a given one changes nothing.
    ordinary = datetime(2026, 7, 1, 23, 15)
    expected = (ms(2026, 7, 1, 22, 15), 60)
    assert resolve_local(ordinary, london) == expected
    assert resolve_local(ordinary, london, fold=1) == expected


# --- RFC 3339 text -------------------------------------------------------------------------

offsets = st.integers(-720, 840)  # every whole minute, so half and three-quarter hours too
instants = st.integers(ms(1900, 1, 1), ms(2200, 1, 1))
OFFSET_TEXT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$")


@given(instants, offsets)
def test_format_and_parse_round_trip(utc_ms: int, offset_min: int) -> None:
    text = format_local(utc_ms, offset_min)
    assert OFFSET_TEXT.match(text), text
    assert "Z" not in text
    assert parse_rfc3339(text) == (utc_ms, offset_min)


@given(instants, st.sampled_from([*ZONES, "UTC", "Asia/Kolkata", "Asia/Kathmandu"]))
def test_round_trip_with_the_offset_in_force(utc_ms: int, zone: str) -> None:
    offset = offset_at(utc_ms, ZoneInfo(zone))
    assert parse_rfc3339(format_local(utc_ms, offset)) == (utc_ms, offset)


@pytest.mark.parametrize(
    ("utc_ms", "offset", "text"),
    [
        (ms(2026, 11, 24, 23, 41, 7) + 123, 0, "2026-11-24T23:41:07.123+00:00"),
        (ms(2026, 11, 25, 3, 11, 7) + 5, -210, "2026-11-24T23:41:07.005-03:30"),
        (ms(2026, 11, 24, 18, 11, 7), 330, "2026-11-24T23:41:07.000+05:30"),
        (ms(2026, 11, 25, 0, 11), -30, "2026-11-24T23:41:00.000-00:30"),
        (ms(2026, 11, 24, 9, 56), 825, "2026-11-24T23:41:00.000+13:45"),
    ],
)
def test_format_local_examples(utc_ms: int, offset: int, text: str) -> None:
    assert format_local(utc_ms, offset) == text


def test_parse_accepts_z_and_fractions_but_formats_offsets() -> None:
    utc_ms, offset = parse_rfc3339("2026-11-24T23:41:07Z")
    assert (utc_ms, offset) == (ms(2026, 11, 24, 23, 41, 7), 0)
    assert format_local(utc_ms, offset) == "2026-11-24T23:41:07.000+00:00"
    assert parse_rfc3339("2026-11-24T23:41:07.5+01:00")[0] == ms(2026, 11, 24, 22, 41, 7) + 500
    assert parse_rfc3339("2026-11-24 23:41:07.123456+01:00")[0] == ms(2026, 11, 24, 22, 41, 7) + 123


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-11-24T23:41:07", "no UTC offset"),
        ("2026-11-24T23:41:07.123", "no UTC offset"),
        ("2026-11-24T23:41", "no UTC offset"),
        ("yesterday", "is not a time like"),
        ("2026-11-24T23:41:07+24:00", "impossible UTC offset"),
        ("2026-02-30T23:41:07+01:00", "not a real date"),
    ],
)
def test_parse_refuses_clearly(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        parse_rfc3339(text, field="time")
    assert caught.value.field == "time"
    assert text in str(caught.value)


# --- HH:MM on the command line -------------------------------------------------------------

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("text", "now", "zone", "expected"),
    [
        ("09:30", (2026, 11, 25, 10, 0), LONDON, ((2026, 11, 25, 9, 30), 0)),
        ("10:00", (2026, 11, 25, 10, 0), LONDON, ((2026, 11, 25, 10, 0), 0)),
        ("10:00:01", (2026, 11, 25, 10, 0), LONDON, ((2026, 11, 24, 10, 0, 1), 0)),
        ("23:41", (2026, 11, 25, 10, 0), LONDON, ((2026, 11, 24, 23, 41), 0)),
        ("7:05", (2026, 11, 25, 10, 0), LONDON, ((2026, 11, 25, 7, 5), 0)),
        # 03:00 UTC is 22:00 on the 24th in New York: "today" is the local date.
        ("21:00", (2026, 11, 25, 3, 0), NEW_YORK, ((2026, 11, 25, 2, 0), -300)),
        ("23:00", (2026, 11, 25, 3, 0), NEW_YORK, ((2026, 11, 24, 4, 0), -300)),
        # In a fold: after both occurrences the later one, between them the earlier one.
        ("01:30", (2026, 10, 25, 1, 45), LONDON, ((2026, 10, 25, 1, 30), 0)),
        ("01:30", (2026, 10, 25, 0, 45), LONDON, ((2026, 10, 25, 0, 30), 60)),
        # Today's 01:30 never happened (spring forward): the most recent one is yesterday's.
        ("01:30", (2026, 3, 29, 12, 0), LONDON, ((2026, 3, 28, 1, 30), 0)),
    ],
)
def test_cli_clock_time_is_the_most_recent_one(
    text: str,
    now: tuple[int, ...],
    zone: ZoneInfo,
    expected: tuple[tuple[int, ...], int],
) -> None:
    got = parse_cli_time(text, now_utc_ms=ms(*now), zone=zone)
    assert got == (ms(*expected[0]), expected[1])


# Since 1980 these zones use whole-minute offsets, which is what an event stores.
modern = st.integers(ms(1980, 1, 1), ms(2100, 1, 1))


@given(modern, st.integers(0, 23), st.integers(0, 59), st.sampled_from(ZONES))
def test_cli_clock_time_is_the_latest_past_occurrence(
    now_ms: int, hour: int, minute: int, zone_name: str
) -> None:
    zone = ZoneInfo(zone_name)
    utc_ms, offset = parse_cli_time(f"{hour:02d}:{minute:02d}", now_utc_ms=now_ms, zone=zone)
    assert utc_ms <= now_ms
    assert offset == offset_at(utc_ms, zone)
    assert format_local(utc_ms, offset)[11:19] == f"{hour:02d}:{minute:02d}:00"
    # No other occurrence of that wall time lies between the answer and now.
    day = (EPOCH + timedelta(milliseconds=utc_ms + offset * 60_000)).date()
    for candidate_day in (day, day + timedelta(days=1)):
        for fold in (0, 1):
            try:
                other, _ = resolve_local(
                    datetime.combine(candidate_day, time(hour, minute)), zone, fold=fold
                )
            except InputError:
                continue
            assert other <= utc_ms or other > now_ms


def test_cli_time_falls_back_to_rfc3339_and_refuses_nonsense() -> None:
    now = ms(2026, 11, 25, 10, 0)
    assert parse_cli_time("2026-11-24T23:41:07.000-03:30", now_utc_ms=now, zone=LONDON) == (
        ms(2026, 11, 25, 3, 11, 7),
        -210,
    )
    with pytest.raises(InputError, match="not a clock time"):
        parse_cli_time("24:00", now_utc_ms=now, zone=LONDON)
    with pytest.raises(InputError, match="no UTC offset"):
        parse_cli_time("2026-11-24T23:41:07", now_utc_ms=now, zone=LONDON)


def test_utc_zone_helper_agrees() -> None:
    assert offset_at(ms(2026, 7, 1), ZoneInfo("Europe/London")) == 60
    assert offset_at(ms(2026, 7, 1), UTC) == 0


def test_a_time_typed_for_a_night_after_midnight_is_the_next_morning() -> None:
    from datetime import date, time
    from zoneinfo import ZoneInfo

    from hypnic.domain.timerules import format_local, resolve_night_time

    london = ZoneInfo("Europe/London")
    night = date(2026, 11, 24)
    late = resolve_night_time(night, time(0, 40), time(12, 0), london)
    assert format_local(*late) == "2026-11-25T00:40:00.000+00:00"
    evening = resolve_night_time(night, time(23, 5), time(12, 0), london)
    assert format_local(*evening) == "2026-11-24T23:05:00.000+00:00"
    # The boundary itself opens the night.
    assert format_local(*resolve_night_time(night, time(12, 0), time(12, 0), london)).startswith(
        "2026-11-24T12:00"
    )


# POSIX TZ rules (the C library's reading of TZ), checked against the C library itself.
POSIX_RULES = [
    "UTC+3",  # three hours behind UTC, no DST
    "<+0530>-5:30",
    "XXX-14",
    "EST5EDT,M3.2.0,M11.1.0",  # US rules
    "CET-1CEST,M3.5.0,M10.5.0/3",  # EU rules
    "AEST-10AEDT,M10.1.0,M4.1.0/3",  # southern hemisphere
    "<-03>3<-02>,M3.5.0/-2,M10.5.0/-1",  # times of day out of 0..24
]


@pytest.mark.parametrize("rule", POSIX_RULES)
def test_a_posix_tz_rule_is_honoured_like_the_c_library(rule: str) -> None:
    zone = zone_from_tz(rule)
    instants = [1_767_225_600 + h * 3600 + 1800 for h in range(0, 2 * 366 * 24, 5)]
    script = (
        "import os, sys, time\n"
        "time.tzset()\n"
        "print(' '.join(str(time.localtime(int(t)).tm_gmtoff) for t in sys.argv[1:]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, instants)],
        env={"TZ": rule}, capture_output=True, text=True, check=True,
    )  # fmt: skip
    expected = [int(x) // 60 for x in done.stdout.split()]
    assert [offset_at(t * 1000, zone) for t in instants] == expected


def test_a_posix_dst_rule_has_its_gap_and_fold() -> None:
    zone = zone_from_tz("EST5EDT,M3.2.0,M11.1.0")
    with pytest.raises(InputError, match="does not exist"):
        resolve_local(datetime(2026, 3, 8, 2, 30), zone)
    with pytest.raises(AmbiguousTimeError):
        resolve_local(datetime(2026, 11, 1, 1, 30), zone)
    assert resolve_local(datetime(2026, 11, 1, 1, 30), zone, fold=1)[1] == -300
    assert resolve_local(datetime(2026, 7, 1, 23, 0), zone)[1] == -240


@pytest.mark.parametrize(
    ("value", "summer", "winter"),
    [
        ("", 0, 0),
        (":", 0, 0),
        (":Europe/Berlin", 120, 60),
        ("/usr/share/zoneinfo/Asia/Tokyo", 540, 540),
        ("Etc/GMT+3", -180, -180),
        ("UTC+3", -180, -180),
    ],
)
def test_tz_values_as_the_c_library_reads_them(value: str, summer: int, winter: int) -> None:
    if value.startswith("/") and not Path(value).exists():
        pytest.skip(f"{value} is not installed here")
    zone = zone_from_tz(value)
    july = int(datetime(2026, 7, 1, tzinfo=UTC).timestamp() * 1000)
    january = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp() * 1000)
    assert (offset_at(july, zone), offset_at(january, zone)) == (summer, winter)


def test_local_zone_reads_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC+3")
    assert offset_at(0, local_zone()) == -180
