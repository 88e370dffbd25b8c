"""The strict decoder of a JSON backup's values: a repeated key, a number too long or too large
and NaN are refused as they are decoded, and a decoded value's nesting and text are checked."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from hypnic.domain.limits import MAX_JSON_DIGITS, has_lone_surrogate

_MAX_FLOAT_CHARS = 40


class RefusedError(Exception):
    """Raised by a decoding hook; the reader turns it into an InputError with the line."""

    def __init__(self, message: str, needle: str | None) -> None:
        super().__init__(message)
        self.message = message
        self.needle = needle  # a regular expression for where in the item it is


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        key = ""
        for key, _ in pairs:
            if key in seen:
                break
            seen.add(key)
        raise RefusedError(
            f"repeats the key {json.dumps(key)} in one object; a key may appear once",
            r"(?<!\\)" + re.escape(json.dumps(key)) + r"\s*:",
        )
    return obj


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_JSON_DIGITS:
        raise RefusedError(
            f"has a whole number of more than {MAX_JSON_DIGITS} digits ({text[:20]}…)",
            r"(?<![\w.])" + re.escape(text[:40]),
        )
    return int(text)


def _float(text: str) -> float:
    value = float(text) if len(text) <= _MAX_FLOAT_CHARS else math.inf
    if not math.isfinite(value):
        raise RefusedError(
            f"has the number {text[:20]}{'…' if len(text) > 20 else ''}, too large to use",
            r"(?<![\w.])" + re.escape(text[:40]),
        )
    return value


def _constant(text: str) -> float:
    raise RefusedError(f"has {text}, which is not a JSON number", re.escape(text))


_STRICT = json.JSONDecoder(
    object_pairs_hook=_pairs, parse_int=_int, parse_float=_float, parse_constant=_constant
)
STRICT_SCAN: Any = _STRICT.scan_once  # type: ignore[attr-defined]


def scan_strictly(chunk: str) -> tuple[Any, int]:
    """The value at the start of ``chunk``, decoded strictly, and where it ends."""
    # scan_once without raw_decode's wrapper: this runs once per list item.
    try:
        return STRICT_SCAN(chunk, 0)  # type: ignore[no-any-return]
    except StopIteration as stop:
        raise json.JSONDecodeError("Expecting value", chunk, stop.value) from None


def holds_lone_surrogate(value: Any) -> bool:
    """True when a string (or a key) anywhere in ``value`` holds a lone surrogate."""
    if isinstance(value, str):
        return has_lone_surrogate(value)
    if isinstance(value, dict):
        return any(holds_lone_surrogate(k) or holds_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(holds_lone_surrogate(v) for v in value)
    return False


def depth_left(value: Any, budget: int) -> int:
    """``budget`` less the nesting of ``value``; negative as soon as it is exceeded."""
    if isinstance(value, dict):
        children: Any = value.values()
    elif isinstance(value, list):
        children = value
    else:
        return budget
    budget -= 1
    if budget < 0:
        return budget
    least = budget
    for child in children:
        if isinstance(child, dict | list):
            least = min(least, depth_left(child, budget))
            if least < 0:
                return least
    return least
