"""The JSON backup: checks with the line and field of each problem, and the line finder."""

from __future__ import annotations

import json
from typing import Any

import pytest

from hypnic.domain.errors import InputError
from hypnic.exchange.json_format import dumps, parse_json
from hypnic.exchange.jsonpos import line_of

ID1 = "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b01"
ID2 = "5f0e2a9c-1b3d-4e6f-8a7b-9c0d1e2f3a4b"


def _doc(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "hypnic",
        "version": 1,
        "exported_at": "2026-11-25T08:00:00.000+01:00",
        "kinds": [
            {
                "key": "toe_curl",
                "label": "Toe curl",
                "colour": "#E69F00",
                "shape": "o",
                "movement": False,
                "enabled": True,
                "archived": False,
                "position": 10,
                "keys": ["T"],
                "builtin": False,
            },
        ],
        "medications": [],
        "events": [
            {
                "id": ID1,
                "night": "2026-11-24",
                "time": "2026-11-24T23:41:07.123+01:00",
                "kind": "jerk",
                "by": "self",
                "note": "",
                "deleted": None,
            },
            {
                "id": ID2,
                "night": "2026-11-24",
                "time": "2026-11-24T23:42:07.123+01:00",
                "kind": "toe_curl",
                "by": "partner",
                "note": "x",
                "deleted": "2026-11-25T08:00:00.000+01:00",
            },
        ],
        "doses": [],
        "nights": [
            {
                "night": "2026-11-24",
                "winddown": None,
                "lights_out": "2026-11-24T23:30:00.000+01:00",
                "note": "hot",
            },
        ],
        "settings": {"day_boundary": "12:00"},
    }
    doc.update(changes)
    return doc


def test_parses_a_good_document() -> None:
    parsed = parse_json(dumps(_doc()).encode(), "b.json")
    assert [k.key for k in parsed.kinds] == ["toe_curl"]
    assert parsed.kinds[0].keys == ("T",)
    assert [p.event.id for p in parsed.events] == [ID1, ID2]
    assert parsed.events[1].event.deleted_utc_ms is not None
    assert parsed.nights[0].lights_out is not None and parsed.nights[0].note == "hot"
    assert parsed.settings == {"day_boundary": "12:00"}


def _error(doc: dict[str, Any] | str) -> InputError:
    text = doc if isinstance(doc, str) else dumps(doc)
    with pytest.raises(InputError) as info:
        parse_json(text.encode(), "b.json")
    return info.value


def test_malformed_json_gives_the_line() -> None:
    error = _error('{\n  "format": "hypnic",\n  "version": 1,\n  "events": [,]\n}')
    assert (error.source, error.line) == ("b.json", 4)
    assert "not valid JSON" in error.message


def test_bad_event_time_names_its_line_and_path() -> None:
    doc = _doc()
    doc["events"][1]["time"] = "2026-11-24T23:42:07"
    text = dumps(doc)
    error = _error(text)
    assert error.field == "events[1].time"
    assert text.splitlines()[error.line - 1].strip().startswith('"time": "2026-11-24T23:42:07"')
    assert "offset" in error.message


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"format": "other"}, "format", "not a Hypnic JSON backup"),
        ({"version": 2}, "version", "newer Hypnic"),
        ({"version": "1"}, "version", "whole number"),
        ({"extra": 1}, "extra", "not part of"),
        ({"events": {}}, "events", "must be a list"),
        ({"doses": [{"medication": "x"}]}, "doses", "cannot import"),
        ({"settings": {"day_boundary": "noon"}}, "settings.day_boundary", "12:00"),
    ],
)
def test_top_level_problems(change: dict[str, Any], field: str, words: str) -> None:
    error = _error(_doc(**change))
    assert error.field == field and words in error.message
    assert error.line is not None


@pytest.mark.parametrize(
    ("section", "index", "key", "value", "words"),
    [
        ("events", 0, "id", "nope", "UUID"),
        ("events", 1, "by", "dog", "'self'"),
        ("events", 0, "kind", 3, "text"),
        ("events", 0, "deleted", "soon", "not a time"),
        ("kinds", 0, "key", "Toe Curl", "kind key"),
        ("kinds", 0, "colour", "red", "colour"),
        ("kinds", 0, "shape", "blob", "one of"),
        ("kinds", 0, "movement", "yes", "true or false"),
        ("nights", 0, "night", "24/11/2026", "date"),
        ("nights", 0, "lights_out", "23:30", "not a time"),
    ],
)
def test_field_problems(section: str, index: int, key: str, value: Any, words: str) -> None:
    doc = _doc()
    doc[section][index][key] = value
    text = dumps(doc)
    error = _error(text)
    assert error.field == f"{section}[{index}].{key}"
    assert words in error.message
    assert f'"{key}":' in text.splitlines()[error.line - 1]


def test_missing_field_points_at_the_object() -> None:
    doc = _doc()
    del doc["events"][1]["time"]
    text = dumps(doc)
    error = _error(text)
    assert error.field == "events[1]" and "lacks the field 'time'" in error.message
    assert text.splitlines()[error.line - 1].strip() == "{"
    assert f'"id": "{ID2}"' in text.splitlines()[error.line]


def test_repeated_kind_is_refused() -> None:
    doc = _doc()
    doc["kinds"].append(dict(doc["kinds"][0]))
    error = _error(doc)
    assert error.field == "kinds[1]" and "repeats toe_curl" in error.message


def test_line_of_on_compact_text() -> None:
    text = '{"a": [1, {"b": 2}],\n "c": {"d":\n  [true]}}'
    assert line_of(text, ("a", 1, "b")) == 1
    assert line_of(text, ("c", "d")) == 2
    assert line_of(text, ("c", "d", 0)) == 3
    assert line_of(text, ("missing",)) == 1
    assert line_of("{broken", ("a",)) is None
    assert json.loads(text)["c"]["d"] == [True]
