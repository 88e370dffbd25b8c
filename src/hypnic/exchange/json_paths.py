"""Where a value sits in a JSON text: the line a refusal names, found by walking the text to the
value's path (members by key, items by index) without building the document again."""

from __future__ import annotations

import json
import json.decoder
import re
from typing import Any

JsonPath = tuple[str | int, ...]

_WS = re.compile(r"[ \t\n\r]*")
_PLAIN = json.JSONDecoder()
_scanstring: Any = json.decoder.scanstring  # type: ignore[attr-defined]


def line_of(text: str, path: JsonPath) -> int | None:
    """The line of the value at ``path`` in JSON ``text`` (None when the text is not JSON)."""
    try:
        _PLAIN.decode(text)
        start = _WS.match(text, 0).end()  # type: ignore[union-attr]
        at = navigate(text, start, path)
    except (ValueError, IndexError, RecursionError):
        return None
    return None if at is None else text.count("\n", 0, at) + 1


def navigate(text: str, pos: int, path: JsonPath) -> int | None:
    """Offset of the value at ``path`` below the value at ``pos`` (a key's offset when the path
    ends in a key); stops at the last step that can be found."""
    for depth, step in enumerate(path, start=1):
        if isinstance(step, str) and text.startswith("{", pos):
            found = _member(text, pos, step)
            if found is None:
                return pos
            key_at, value_at = found
            if depth == len(path):
                return key_at
            pos = value_at
        elif isinstance(step, int) and text.startswith("[", pos):
            found_item = _item(text, pos, step)
            if found_item is None:
                return pos
            pos = found_item
        else:
            return pos
    return pos


def _member(text: str, pos: int, key: str) -> tuple[int, int] | None:
    pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
    while text.startswith('"', pos):
        key_at = pos
        name, pos = _scanstring(text, pos + 1, True)
        pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
        pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]  # past ':'
        if name == key:
            return key_at, pos
        _, pos = _PLAIN.raw_decode(text, pos)
        pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
        if not text.startswith(",", pos):
            return None
        pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
    return None


def _item(text: str, pos: int, index: int) -> int | None:
    pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
    for _ in range(index):
        if text.startswith("]", pos):
            return None
        _, pos = _PLAIN.raw_decode(text, pos)
        pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
        if not text.startswith(",", pos):
            return None
        pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
    return None if text.startswith("]", pos) else pos
