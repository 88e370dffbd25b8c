"""The CSV format: the exact bytes written, and every row read back exactly."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hypnic.domain.errors import InputError
from hypnic.domain.events import Event, Observer
from hypnic.exchange.csv_format import HEADER, events_to_csv, parse_csv

ID1 = "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b01"
ID2 = "5f0e2a9c-1b3d-4e6f-8a7b-9c0d1e2f3a4b"
ID3 = "c2d4e6f8-0a1b-4c3d-8e5f-6a7b8c9d0e1f"
# 2026-11-24T22:41:07.123Z
T0 = 1_795_560_067_123


def test_golden_csv() -> None:
    events = [
        Event(ID1, "jerk", T0, 60),
        Event(ID2, "kick", T0 + 3_600_000, 60, Observer.PARTNER, 'said "ouch", twice'),
        Event(ID3, "deep_itch", T0 + 7_200_000, -210, note="line one\nline two"),
    ]
    assert events_to_csv(events) == (
        "id,night,time,kind,by,note\r\n"
        f"{ID1},2026-11-24,2026-11-24T23:41:07.123+01:00,jerk,self,\r\n"
        f'{ID2},2026-11-24,2026-11-25T00:41:07.123+01:00,kick,partner,"said ""ouch"", twice"\r\n'
        f'{ID3},2026-11-24,2026-11-24T21:11:07.123-03:30,deep_itch,self,"line one\nline two"\r\n'
    )


def test_night_follows_the_day_boundary() -> None:
    event = Event(ID1, "jerk", T0 + 3_600_000, 60)  # 00:41 local on the 25th
    assert ",2026-11-24," in events_to_csv([event])
    assert ",2026-11-25," in events_to_csv([event], day_boundary=time(0, 0))


def test_night_column_is_not_trusted() -> None:
    row = f"{ID1},1999-01-01,2026-11-24T23:41:07.123+01:00,jerk,self,"
    text = f"id,night,time,kind,by,note\r\n{row}\r\n"
    parsed = parse_csv(text.encode(), "x.csv")
    assert parsed.events[0].event == Event(ID1, "jerk", T0, 60)


def test_columns_may_come_in_any_order_and_with_a_bom() -> None:
    text = (
        f"note,by,kind,time,night,id\n hi ,partner,kick,2026-11-24T22:41:07.123Z,,{ID1.upper()}\n"
    )
    parsed = parse_csv(b"\xef\xbb\xbf" + text.encode(), "x.csv")
    assert parsed.events[0].event == Event(ID1, "kick", T0, 0, Observer.PARTNER, " hi ")


def test_lines_are_counted_across_multi_line_notes() -> None:
    text = (
        "id,night,time,kind,by,note\n"
        f'{ID1},,2026-11-24T23:41:07+01:00,jerk,self,"a\nb\nc"\n'
        "\n"
        f"{ID2},,2026-11-24T23:42:07+01:00,jerk,self,\n"
        f"{ID3},,2026-11-24T23:43:07+01:00,jerk,friend,\n"
    )
    with pytest.raises(InputError) as info:
        parse_csv(text.encode(), "x.csv")
    assert (info.value.line, info.value.field) == (7, "by")
    assert info.value.describe().startswith("x.csv, line 7, field 'by': 'friend'")


@pytest.mark.parametrize(
    ("text", "line", "field", "words"),
    [
        ("id,night,time,kind,by\n", 1, "note", "lacks the column note"),
        ("id,night,time,kind,by,note,mood\n", 1, "mood", "unknown column 'mood'"),
        ("id,night,time,kind,by,note,id\n", 1, "id", "repeats"),
        (
            "id,night,time,kind,by,note\nnope,,2026-11-24T23:41:07+01:00,jerk,self,\n",
            2,
            "id",
            "UUID",
        ),
        (
            f"id,night,time,kind,by,note\n{ID1},,2026-11-24T23:41:07,jerk,self,\n",
            2,
            "time",
            "offset",
        ),
        (f"id,night,time,kind,by,note\n{ID1},,yesterday,jerk,self,\n", 2, "time", "not a time"),
        (f"id,night,time,kind,by,note\n{ID1},,2026-11-24T23:41:07Z,,self,\n", 2, "kind", "empty"),
        (f"id,night,time,kind,by,note\n{ID1},,2026-11-24T23:41:07Z,jerk,me,\n", 2, "by", "self"),
        (
            f"id,night,time,kind,by,note\n{ID1},,2026-11-24T23:41:07Z,jerk\n",
            2,
            None,
            "has 4 fields",
        ),
    ],
)
def test_bad_input_names_line_and_field(
    text: str, line: int, field: str | None, words: str
) -> None:
    with pytest.raises(InputError) as info:
        parse_csv(text.encode(), "in.csv")
    assert (info.value.source, info.value.line, info.value.field) == ("in.csv", line, field)
    assert words in info.value.message


@pytest.mark.parametrize("data", [b"", b"  \r\n"])
def test_empty_file(data: bytes) -> None:
    with pytest.raises(InputError, match="is empty"):
        parse_csv(data, "e.csv")


def test_not_utf8_names_the_line() -> None:
    data = f"id,night,time,kind,by,note\n{ID1},,2026-11-24T23:41:07Z,jerk,self,caf\xe9\n"
    with pytest.raises(InputError) as info:
        parse_csv(data.encode("latin-1"), "l1.csv")
    assert info.value.line == 2 and "UTF-8" in info.value.message


OFFSETS = st.sampled_from([0, 60, 120, -210, 345, 780, -600, 330, -180])
NOTES = st.text(
    st.characters(codec="utf-8", exclude_characters="\0"), max_size=40
) | st.sampled_from(["a, b", 'he said "no"', "two\nlines", "cr\r\nlf", "über 😴", ""])
EVENTS = st.builds(
    Event,
    id=st.uuids().map(str),
    kind=st.sampled_from(["jerk", "kick", "deep_itch"]),
    utc_ms=st.integers(0, 4_102_444_800_000),
    offset_min=OFFSETS,
    by=st.sampled_from(list(Observer)),
    note=NOTES,
)


@settings(max_examples=200)
@given(st.lists(EVENTS, max_size=8, unique_by=lambda e: e.id))
def test_round_trip(events: list[Event]) -> None:
    text = events_to_csv(events)
    assert [p.event for p in parse_csv(text.encode("utf-8"), "rt.csv").events] == events
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == HEADER
    for row, event in zip(rows[1:], events, strict=True):
        assert row[2][-6] in "+-"
        assert "Z" not in row[2] and len(row[2]) == len("2026-11-24T23:41:07.123+01:00")
        assert uuid.UUID(row[0]) == uuid.UUID(event.id)
