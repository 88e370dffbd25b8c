"""The JSON backup: checks with the line and field of each problem, and the line finder."""

from __future__ import annotations

import json
from datetime import time
from typing import Any

import pytest

from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant
from hypnic.domain.kinds import KindGroup
from hypnic.domain.rest_tests import RestTest
from hypnic.exchange.json_format import dumps, parse_json
from hypnic.exchange.json_paths import line_of
from timehelp import utc_ms

ID1 = "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b01"
ID2 = "5f0e2a9c-1b3d-4e6f-8a7b-9c0d1e2f3a4b"
ID3 = "c2d4e6f8-0a1b-4c3d-8e5f-6a7b8c9d0e1f"
ID4 = "d3e5f7a9-1b2c-4d3e-9f6a-7b8c9d0e1f2a"


def _doc(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "hypnic",
        "version": 2,
        "exported_at": "2026-11-25T08:00:00.000+01:00",
        "kinds": [
            {
                "key": "toe_curl",
                "label": "Toe curl",
                "colour": "#E69F00",
                "shape": "o",
                "group": "leg",
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
                "symptoms_from": "2026-11-24T19:45:00.000+01:00",
                "quiet": False,
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
                "rest_tests": [
                    {
                        "id": ID4,
                        "start": "2026-11-24T21:00:00.000+01:00",
                        "end": "2026-11-24T21:42:30.500+01:00",
                        "planned_minutes": 60,
                    },
                ],
            },
        ],
        "settings": {"day_boundary": "12:00"},
    }
    doc.update(changes)
    return doc


def _v1_doc() -> dict[str, Any]:
    """The same backup as version 1 wrote it: no groups, symptoms-from, quiet or rest tests."""
    doc = _doc(version=1)
    for kind in doc["kinds"]:
        kind["movement"] = kind.pop("group") == "leg"
    for night in doc["nights"]:
        for key in ("symptoms_from", "quiet", "rest_tests"):
            del night[key]
    return doc


def test_parses_version_2_groups_and_night_fields() -> None:
    parsed = parse_json(dumps(_doc()).encode(), "b.json")
    assert [(k.key, k.group) for k in parsed.kinds] == [("toe_curl", KindGroup.LEG)]
    (night,) = parsed.nights
    assert night.symptoms_from == Instant(utc_ms(2026, 11, 24, 18, 45), 60)
    assert night.quiet is False
    ((test, path),) = parsed.rest_tests
    assert test == RestTest(ID4, night.night, Instant(utc_ms(2026, 11, 24, 20), 60), 2_550_500)
    assert path == ("nights", 0, "rest_tests", 0)


def test_version_1_kinds_take_the_groups_of_the_built_in_kinds_by_key() -> None:
    doc = _v1_doc()
    doc["kinds"] += [
        dict(doc["kinds"][0], key="kick", label="Kick", movement=True, builtin=True),
        dict(doc["kinds"][0], key="arm_jerk", label="Arm jerk", movement=False, builtin=True),
        dict(doc["kinds"][0], key="burning", label="Burning", builtin=True),
        dict(doc["kinds"][0], key="hiccup", label="Hiccup", builtin=True),
    ]
    parsed = parse_json(dumps(doc).encode(), "b.json")
    assert {k.key: k.group for k in parsed.kinds} == {
        "toe_curl": KindGroup.OTHER,  # the user's own kind, movement or not
        "kick": KindGroup.LEG,
        "arm_jerk": KindGroup.JERK,
        "burning": KindGroup.SENSATION,
        "hiccup": KindGroup.OTHER,
    }
    (night,) = parsed.nights
    assert (night.symptoms_from, night.quiet, parsed.rest_tests) == (None, False, [])


@pytest.mark.parametrize(
    ("key", "value", "field", "words"),
    [
        ("id", "x", "id", "UUID"),
        ("start", None, "", "lacks the field 'start'"),
        ("end", "2026-11-24T20:59:59.999+01:00", "end", "more than 0"),
        ("end", "2026-11-24T21:00:00.000+01:00", "end", "more than 0"),
        ("end", "2026-11-25T01:00:00.001+01:00", "end", "at most 240 minutes"),
        ("planned_minutes", 0, "planned_minutes", "from 1 to 240"),
        ("planned_minutes", 1.5, "planned_minutes", "whole number"),
    ],
)
def test_rest_test_problems(key: str, value: Any, field: str, words: str) -> None:
    doc = _doc()
    test = doc["nights"][0]["rest_tests"][0]
    if value is None:
        del test[key]
    else:
        test[key] = value
    error = _error(doc)
    where = "nights[0].rest_tests[0]"
    assert error.field == (f"{where}.{field}" if field else where), error.field
    assert words in error.message, error.message
    assert error.line is not None


def test_a_repeated_rest_test_is_refused() -> None:
    doc = _doc()
    second = dict(doc["nights"][0], night="2026-11-25", tags=[], diary=None)
    doc["nights"].append(second)
    error = _error(doc)
    assert error.field == "nights[1].rest_tests[0].id"
    assert f"repeats {ID4} (already at nights[0].rest_tests[0])" in error.message


@pytest.mark.parametrize("version", [1, 2])
def test_parses_a_good_document(version: int) -> None:
    parsed = parse_json(dumps(_v1_doc() if version == 1 else _doc()).encode(), "b.json")
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
        ({"version": 3}, "version", "newer Hypnic"),
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
        ("kinds", 0, "group", "legs", "'legs' is not a kind group (leg, jerk, sensation or other)"),
        ("kinds", 0, "group", 1, "text"),
        ("nights", 0, "quiet", "no", "true or false"),
        ("nights", 0, "symptoms_from", "19:45", "not a time"),
        ("nights", 0, "rest_tests", {}, "a list"),
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
