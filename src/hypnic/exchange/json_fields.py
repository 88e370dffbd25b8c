"""Typed reads of JSON backup values; a wrong value raises BadValueError with its path."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant
from hypnic.domain.timerules import parse_rfc3339
from hypnic.exchange.json_layout import ItemList

JsonPath = tuple[str | int, ...]

_TYPE_WORDS: dict[type, str] = {str: "text", bool: "true or false", int: "a whole number",
                                list: "a list"}  # fmt: skip


class BadValueError(Exception):
    """A value at ``path`` is wrong; turned into an InputError with its line."""

    def __init__(self, path: JsonPath, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def get_value(
    obj: dict[str, Any], path: JsonPath, key: str, typ: type | tuple[type, ...], *,
    default: Any = ...,
) -> Any:  # fmt: skip
    """``obj[key]`` checked against ``typ`` (a bool is not a whole number); ``default`` when
    the key is absent, or an error naming the missing field when no default is given."""
    if key not in obj:
        if default is ...:
            raise BadValueError(path, f"lacks the field '{key}'")
        return default
    value = obj[key]
    if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
        words = _TYPE_WORDS.get(typ, "text or null") if isinstance(typ, type) else "text or null"
        raise BadValueError((*path, key), f"must be {words}")
    return value


def get_number(obj: dict[str, Any], path: JsonPath, key: str) -> float | None:
    """An optional finite number (null or absent is None)."""
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise BadValueError((*path, key), "must be a number or null")
    return float(value)


def get_count(obj: dict[str, Any], path: JsonPath, key: str) -> int | None:
    """An optional whole number (null or absent is None)."""
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadValueError((*path, key), "must be a whole number or null")
    return value


def get_optional_text(obj: dict[str, Any], path: JsonPath, key: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise BadValueError((*path, key), "must be text or null")
    return value


def as_object(item: Any, path: JsonPath) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise BadValueError(path, "must be an object")
    return item


def list_at(doc: dict[str, Any], key: str, path: JsonPath = ()) -> Sequence[Any]:
    value = doc.get(key, [])
    if not isinstance(value, list | ItemList):
        raise BadValueError((*path, key), "must be a list")
    return value


def instant_at(obj: dict[str, Any], path: JsonPath, key: str, *, optional: bool) -> Instant | None:
    """An RFC 3339 time with its offset (null allowed when ``optional``)."""
    value = get_value(obj, path, key, (str, type(None)) if optional else str, default=None)
    if value is None:
        if not optional:
            raise BadValueError(path, f"lacks the field '{key}'")
        return None
    try:
        return Instant(*parse_rfc3339(value, field=key))
    except InputError as exc:
        raise BadValueError((*path, key), exc.message) from None
