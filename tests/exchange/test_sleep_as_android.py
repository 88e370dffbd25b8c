"""Sleep as Android's sleep-export.csv read into plain records: start from Id with the offset of
Tz at that instant, the comment as written, its #tags; actigraphy, noise and events ignored."""

from __future__ import annotations

import pytest

from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant
from hypnic.exchange.sleep_as_android import parse_sleep_as_android, tags_in
from saa_files import Saa, saa_csv
from timehelp import utc_ms

NOW = utc_ms(2026, 12, 1, 12, 0)


def _parse(data: bytes) -> list:  # type: ignore[type-arg]
    return parse_sleep_as_android(data, "sleep-export.csv", now_utc_ms=NOW).records


def test_tracked_and_manual_records() -> None:
    first = utc_ms(2026, 11, 20, 22, 12, 34) + 567
    records = _parse(saa_csv(
        Saa(first, "Europe/Prague", 8.17, "exercise #gooddream  #geo1"),
        Saa(first + 86_400_000, "Asia/Kolkata", 7.0, "Manually added", tracked=False),
    ))  # fmt: skip
    assert [r.start for r in records] == [Instant(first, 60), Instant(first + 86_400_000, 330)]
    assert [r.line for r in records] == [2, 5]  # header, data, noise; header, data
    assert records[0].tags == ("gooddream", "geo1") and records[0].hours == pytest.approx(8.17)
    assert records[1].comment == "Manually added" and records[1].zone == "Asia/Kolkata"


def test_the_offset_is_taken_at_the_start_instant_even_when_clocks_go_back() -> None:
    # 02:30 on 25 October 2026 happens twice in Berlin; From cannot tell which, Id can.
    early, late = utc_ms(2026, 10, 25, 0, 30), utc_ms(2026, 10, 25, 1, 30)
    records = _parse(saa_csv(Saa(early, "Europe/Berlin", 5), Saa(late, "Europe/Berlin", 4)))
    assert [r.start.offset_min for r in records] == [120, 60]


def test_the_comment_is_kept_as_written_with_its_line_breaks_and_quotes() -> None:
    [record] = _parse(saa_csv(Saa(NOW - 86_400_000, "UTC", 7, 'A "big" one\nthen calm #med')))
    assert record.comment == 'A "big" one\nthen calm #med' and record.tags == ("med",)


@pytest.mark.parametrize(
    ("comment", "tags"),
    [("#snore_2x #lullaby_3x", ("snore", "lullaby")), ("Bad night. #stress.", ("stress",)),
     ("#Alcohol and #alcohol", ("Alcohol",)), ("#a,#b", ("a", "b")), ("no tags # here", ()),
     ("#late_meal#stress", ("late_meal", "stress"))],
)  # fmt: skip
def test_tags(comment: str, tags: tuple[str, ...]) -> None:
    assert tags_in(comment) == tags


def test_a_byte_order_mark_is_allowed_and_an_empty_file_refused() -> None:
    assert len(_parse(b"\xef\xbb\xbf" + saa_csv(Saa(NOW - 86_400_000, "UTC", 7)))) == 1
    with pytest.raises(InputError, match="is empty"):
        _parse(b"\n")
    with pytest.raises(InputError, match="no sleep record"):
        _parse(b'""\n')
