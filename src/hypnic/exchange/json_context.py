"""The JSON backup's medications, doses, tags and each night's tags, diary answers and rest
tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any, TypeVar

from hypnic.domain.diary import TIME_ORDER, DiaryEntry, check_diary, format_clock, parse_clock
from hypnic.domain.errors import InputError
from hypnic.domain.medications import Dose, Medication, check_dose, check_medication
from hypnic.domain.rest_tests import DEFAULT_REST_TEST_MIN, RestTest, check_rest_test
from hypnic.domain.tags import Tag, clean_label, valid_tag_key
from hypnic.domain.timerules import format_local
from hypnic.exchange.json_fields import (
    BadValueError,
    JsonPath,
    as_object,
    get_count,
    get_number,
    get_optional_text,
    get_value,
    instant_at,
)
from hypnic.exchange.parsed import parse_event_id

# Diary answers in the order of the Consensus Sleep Diary, as written in a night's "diary".
_DIARY_KEYS = ("bed_time", "tried_sleep_time", "sleep_latency_min", "awakenings",
               "wake_after_sleep_onset_min", "final_wake_time", "out_of_bed_time", "quality",
               "comments")  # fmt: skip


_T = TypeVar("_T")


def medication_doc(m: Medication) -> dict[str, Any]:
    return {"name": m.name, "usual_amount": m.usual_amount, "unit": m.unit,
            "bedtime": m.bedtime, "archived": m.archived}  # fmt: skip


def dose_doc(d: Dose, boundary: time) -> dict[str, Any]:
    return {
        "id": d.id,
        "night": d.night(boundary).isoformat(),
        "time": format_local(d.utc_ms, d.offset_min),
        "medication": d.medication,
        "amount": d.amount,
        "unit": d.unit,
        "note": d.note,
        # As with events, the trash time is written with the dose's own offset.
        "deleted": None
        if d.deleted_utc_ms is None
        else format_local(d.deleted_utc_ms, d.offset_min),
    }


def tag_doc(t: Tag) -> dict[str, Any]:
    return {"key": t.key, "label": t.label, "builtin": t.builtin, "position": t.position,
            "archived": t.archived}  # fmt: skip


def diary_doc(e: DiaryEntry) -> dict[str, Any]:
    values: dict[str, Any] = {key: getattr(e, key) for key in _DIARY_KEYS}
    for key in TIME_ORDER:
        values[key] = format_clock(values[key])
    return values


def rest_test_doc(t: RestTest) -> dict[str, Any]:
    # The end is written with the start's offset, as the trash time of an event is.
    return {"id": t.id, "start": format_local(t.start.utc_ms, t.start.offset_min),
            "end": format_local(t.end_utc_ms, t.start.offset_min),
            "planned_minutes": t.planned_min}  # fmt: skip


def _checked(path: JsonPath, check: Callable[[], _T]) -> _T:
    """Run a domain check, moving its error to the JSON path of the field it names."""
    try:
        return check()
    except InputError as exc:
        raise BadValueError((*path, exc.field) if exc.field else path, exc.message) from None


def parse_medication(item: Any, path: JsonPath) -> Medication:
    obj = as_object(item, path)
    med = Medication(
        name=get_value(obj, path, "name", str),
        usual_amount=get_number(obj, path, "usual_amount"),
        unit=get_optional_text(obj, path, "unit"),
        bedtime=get_value(obj, path, "bedtime", bool, default=False),
        archived=get_value(obj, path, "archived", bool, default=False),
    )
    return _checked(path, lambda: check_medication(med))


def parse_dose(item: Any, path: JsonPath, source: str) -> Dose:
    obj = as_object(item, path)
    try:
        dose_id = parse_event_id(get_value(obj, path, "id", str), source=source, line=None)
    except InputError as exc:
        raise BadValueError((*path, "id"), exc.message) from None
    at = instant_at(obj, path, "time", optional=False)
    assert at is not None
    deleted = instant_at(obj, path, "deleted", optional=True)
    dose = Dose(
        id=dose_id,
        medication=get_value(obj, path, "medication", str),
        amount=get_number(obj, path, "amount"),
        unit=get_optional_text(obj, path, "unit"),
        utc_ms=at.utc_ms,
        offset_min=at.offset_min,
        note=get_value(obj, path, "note", str, default=""),
        deleted_utc_ms=None if deleted is None else deleted.utc_ms,
    )
    return _checked(path, lambda: check_dose(dose))


def parse_tag(item: Any, path: JsonPath) -> Tag:
    obj = as_object(item, path)
    key = get_value(obj, path, "key", str)
    if not valid_tag_key(key):
        raise BadValueError((*path, "key"), f"'{key}' is not a tag key (a-z, 0-9 and _)")
    label = _checked(path, lambda: clean_label(get_value(obj, path, "label", str)))
    return Tag(
        key=key,
        label=label,
        builtin=get_value(obj, path, "builtin", bool, default=False),
        position=get_value(obj, path, "position", int, default=0),
        archived=get_value(obj, path, "archived", bool, default=False),
    )


def parse_night_tags(obj: dict[str, Any], path: JsonPath) -> list[str]:
    keys = get_value(obj, path, "tags", list, default=[])
    for i, key in enumerate(keys):
        if not isinstance(key, str) or not valid_tag_key(key):
            raise BadValueError((*path, "tags", i), f"'{key}' is not a tag key (a-z, 0-9 and _)")
    return list(dict.fromkeys(keys))


def parse_diary(
    obj: dict[str, Any], path: JsonPath, night: date, boundary: time
) -> DiaryEntry | None:
    """A night's "diary" object (null or absent is None), checked like the diary form."""
    value = obj.get("diary")
    if value is None:
        return None
    where = (*path, "diary")
    diary = as_object(value, where)
    times: dict[str, time | None] = {}
    for key in TIME_ORDER:
        text = get_optional_text(diary, where, key)
        try:
            times[key] = None if text is None else parse_clock(text, field=key)
        except InputError as exc:
            raise BadValueError((*where, key), exc.message) from None
    entry = DiaryEntry(
        night=night,
        sleep_latency_min=get_count(diary, where, "sleep_latency_min"),
        awakenings=get_count(diary, where, "awakenings"),
        wake_after_sleep_onset_min=get_count(diary, where, "wake_after_sleep_onset_min"),
        quality=get_count(diary, where, "quality"),
        comments=get_value(diary, where, "comments", str, default=""),
        bed_time=times["bed_time"],
        tried_sleep_time=times["tried_sleep_time"],
        final_wake_time=times["final_wake_time"],
        out_of_bed_time=times["out_of_bed_time"],
    )
    return _checked(where, lambda: check_diary(entry, boundary))


def parse_rest_tests(obj: dict[str, Any], path: JsonPath, night: date) -> list[RestTest]:
    """A night's "rest_tests" (absent in a version-1 file: none)."""
    items = get_value(obj, path, "rest_tests", list, default=[])
    return [_parse_rest_test(item, (*path, "rest_tests", i), night) for i, item in enumerate(items)]


def _parse_rest_test(item: Any, path: JsonPath, night: date) -> RestTest:
    obj = as_object(item, path)
    try:
        test_id = parse_event_id(get_value(obj, path, "id", str), source="", line=None)
    except InputError as exc:
        raise BadValueError((*path, "id"), exc.message) from None
    start = instant_at(obj, path, "start", optional=False)
    end = instant_at(obj, path, "end", optional=False)
    assert start is not None and end is not None
    test = RestTest(
        id=test_id,
        night=night,
        start=start,
        length_ms=end.utc_ms - start.utc_ms,
        planned_min=get_value(obj, path, "planned_minutes", int, default=DEFAULT_REST_TEST_MIN),
    )
    return _checked(path, lambda: check_rest_test(test))
