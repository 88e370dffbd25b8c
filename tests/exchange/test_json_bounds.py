"""The bounded, strict JSON reader: repeated keys, nesting, numbers, long items and wrong shapes
are refused in one InputError naming the line and field, after reading no more than needed."""

from __future__ import annotations

import json
import tracemalloc
from typing import Any

import pytest

from hypnic.domain.errors import InputError
from hypnic.domain.limits import MAX_JSON_DEPTH
from hypnic.exchange import json_bounds
from hypnic.exchange.json_bounds import read_document
from hypnic.exchange.json_format import parse_json
from hypnic.exchange.json_layout import ItemList

ID = "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b01"
EVENT = {"id": ID, "time": "2026-11-24T23:41:07+01:00", "kind": "jerk"}


def _refused(text: str) -> InputError:
    with pytest.raises(InputError) as info:
        parse_json(text.encode(), "b.json")
    return info.value


def _head(**members: Any) -> str:
    return json.dumps({"format": "hypnic", "version": 1, **members}, indent=1)


def test_a_repeated_top_level_key_names_both_lines() -> None:
    error = _refused('{\n "format": "hypnic",\n "version": 1,\n "version": 1\n}')
    assert (error.line, error.field) == (4, "version")
    assert error.message == "appears twice (first on line 3)"


def test_a_repeated_key_inside_an_item_names_its_second_line() -> None:
    text = _head(events=[EVENT]).replace('"kind": "jerk"', '"kind": "jerk",\n "kind": "kick"')
    error = _refused(text)
    assert error.field == "events[0]" and 'repeats the key "kind"' in error.message
    assert text.splitlines()[error.line - 1].strip() == '"kind": "kick"'


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 100_000])
def test_nesting_is_bounded(depth: int) -> None:
    error = _refused(_head()[:-2] + ', "settings": ' + "[" * depth + "]" * depth + "}")
    assert error.field == "settings" and f"more than {MAX_JSON_DEPTH} deep" in error.message
    inside = _head(events=[dict(EVENT, extra=[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]])])
    assert _refused(inside).field == "events[0]"


@pytest.mark.parametrize(
    ("number", "words"),
    [("1" * 40, "more than 15 digits"), ("-" + "9" * 20, "(-9999"), ("1e999", "too large"),
     ("NaN", "not a JSON number"), ("-Infinity", "not a JSON number")],
)  # fmt: skip
def test_numbers_are_bounded(number: str, words: str) -> None:
    kind = {"key": "a", "label": "A", "colour": "#000000", "shape": "t", "position": 0}
    text = _head(kinds=[kind]).replace('"position": 0', f'"position": {number}')
    error = _refused(text)
    assert error.field == "kinds[0]" and words in error.message
    assert '"position"' in text.splitlines()[error.line - 1]


def test_a_wrong_shape_is_refused_at_its_first_item_without_reading_the_rest() -> None:
    text = _head()[:-2] + ', "events": [' + ",".join(["{}"] * 1_000_000) + "]}"
    tracemalloc.start()
    try:
        error = _refused(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (error.field, error.message) == ("events[0]", "lacks the field 'id'")
    assert peak < 20_000_000  # json.loads built a million dicts (about 70 MB) first


def test_an_item_longer_than_any_real_one_is_refused_before_it_is_built() -> None:
    error = _refused(_head(events=[dict(EVENT, note="x" * 1_200_000)]))
    assert error.field == "events[0]" and "longer than 1,000,000 characters" in error.message


def test_lists_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_bounds, "MAX_LIST_ITEMS", 3)
    error = _refused(_head(tags=[{"key": f"t{i}", "label": "T"} for i in range(4)]))
    assert error.field == "tags" and "more than 3 items" in error.message


@pytest.mark.parametrize(
    ("text", "words", "line"),
    [("[1, 2]", "expected an object", 1), ("hello", "not valid JSON", 1),
     ('{"format": "hypnic",\n "version": 1 "x": 2}', "Expecting ',' delimiter", 2),
     ('{"format": "hypnic"}\n{}', "Extra data", 2), ('{"format": "other"}', "format must be", 1)],
)  # fmt: skip
def test_syntax_and_top_level_errors(text: str, words: str, line: int) -> None:
    error = _refused(text)
    assert words in error.message and error.line == line


def test_lists_are_read_again_item_by_item() -> None:
    text = _head(events=[EVENT, dict(EVENT, kind="kick")])
    doc, layout = read_document(text, "b.json")
    assert isinstance(doc["events"], ItemList) and len(doc["events"]) == 2
    assert [e["kind"] for e in doc["events"]] == ["jerk", "kick"]
    assert doc["events"][1]["kind"] == "kick" and doc["events"][:1] == [EVENT]
    line = layout.line_of(("events", 1, "kind"))
    assert line is not None and '"kind": "kick"' in text.splitlines()[line - 1]
