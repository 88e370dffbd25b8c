"""The JSON backup: checks with the line and field of each problem, and the line finder."""

from __future__ import annotations

import json
from datetime import time
from typing import Any

import pytest

from hypnic.domain.errors import InputError
from hypnic.exchange.json_bounds import line_of
from hypnic.exchange.json_format import dumps, parse_json

ID1 = "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b01"
ID2 = "5f0e2a9c-1b3d-4e6f-8a7b-9c0d1e2f3a4b"
ID3 = "c2d4e6f8-0a1b-4c3d-8e5f-6a7b8c9d0e1f"


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
        "medications": [
            {
                "name": "clonazepam",
                "usual_amount": 0.5,
                "unit": "mg",
                "bedtime": True,
                "archived": False,
            },
        ],
        "tags": [
            {
                "key": "late_nap",
                "label": "Late nap",
                "builtin": False,
                "position": 6,
                "archived": False,
            },
        ],
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
        "doses": [
            {
                "id": ID3,
                "night": "2026-11-24",
                "time": "2026-11-25T00:30:00.000+01:00",
                "medication": "clonazepam",
                "amount": 0.5,
                "unit": "mg",
                "note": "",
                "deleted": None,
            },
        ],
        "nights": [
            {
                "night": "2026-11-24",
                "winddown": None,
                "lights_out": "2026-11-24T23:30:00.000+01:00",
                "note": "hot",
                "tags": ["late_nap", "alcohol"],
                "diary": {
                    "bed_time": "22:30",
                    "tried_sleep_time": "23:00",
                    "sleep_latency_min": 20,
                    "awakenings": 1,
                    "wake_after_sleep_onset_min": 10,
                    "final_wake_time": "06:30",
                    "out_of_bed_time": "07:00",
                    "quality": 4,
                    "comments": "",
                },
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
    assert [(m.name, m.usual_amount, m.bedtime) for m in parsed.medications] == [
        ("clonazepam", 0.5, True)
    ]
    assert [t.key for t in parsed.tags] == ["late_nap"]
    (dose,) = parsed.doses
    assert (dose.id, dose.medication, dose.offset_min) == (ID3, "clonazepam", 60)
    assert parsed.night_tags == {parsed.nights[0].night: ["late_nap", "alcohol"]}
    (entry,) = parsed.diary
    assert (entry.night, entry.quality, entry.final_wake_time) == (
        parsed.nights[0].night, 4, time(6, 30)
    )  # fmt: skip


@pytest.mark.parametrize(
    ("section", "key", "value", "field", "words"),
    [
        ("medications", "name", " ", "medications[0].name", "empty"),
        ("medications", "usual_amount", -1, "medications[0].usual_amount", "above zero"),
        ("medications", "usual_amount", "1", "medications[0].usual_amount", "number"),
        ("medications", "bedtime", 1, "medications[0].bedtime", "true or false"),
        ("tags", "key", "Late Nap", "tags[0].key", "tag key"),
        ("doses", "id", "x", "doses[0].id", "UUID"),
        ("doses", "time", "00:30", "doses[0].time", "not a time"),
        ("doses", "amount", True, "doses[0].amount", "number"),
        ("doses", "amount", 0, "doses[0].amount", "above zero"),
        ("doses", "unit", 5, "doses[0].unit", "text or null"),
    ],
)
def test_context_field_problems(section: str, key: str, value: Any, field: str, words: str) -> None:
    doc = _doc()
    doc[section][0][key] = value
    text = dumps(doc)
    error = _error(text)
    assert (error.field, words in error.message) == (field, True), error.message
    assert error.line is not None


@pytest.mark.parametrize(
    ("key", "value", "field", "words"),
    [
        ("quality", 6, "nights[0].diary.quality", "sleep quality"),
        ("quality", "4", "nights[0].diary.quality", "whole number"),
        ("awakenings", -2, "nights[0].diary.awakenings", "below zero"),
        ("bed_time", "10pm", "nights[0].diary.bed_time", "clock time"),
        ("out_of_bed_time", "06:00", "nights[0].diary.out_of_bed_time", "order"),
    ],
)
def test_diary_problems(key: str, value: Any, field: str, words: str) -> None:
    doc = _doc()
    doc["nights"][0]["diary"][key] = value
    error = _error(doc)
    assert error.field == field and words in error.message, (error.field, error.message)


def test_repeated_dose_and_medication_are_refused() -> None:
    doc = _doc()
    doc["doses"].append(dict(doc["doses"][0]))
    assert _error(doc).field == "doses[1]"
    doc = _doc()
    doc["medications"].append(dict(doc["medications"][0], name="Clonazepam"))
    error = _error(doc)
    assert error.field == "medications[1]" and "repeats" in error.message
    doc = _doc()
    doc["nights"][0]["tags"] = ["alcohol", "No Such"]
    assert _error(doc).field == "nights[0].tags[1]"


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
        ({"doses": [{"medication": "x"}]}, "doses[0]", "lacks the field 'id'"),
        ({"medications": {}}, "medications", "must be a list"),
        ({"settings": {"day_boundary": "25:00"}}, "settings.day_boundary", "12:00"),
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
