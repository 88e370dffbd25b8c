"""Find the line of a value in JSON text, so an error in a backup can name its line."""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import re
from typing import Any

# Not in the type stubs, but public and stable in the stdlib since Python 2.7.
_JSON_OBJECT: Any = json.decoder.JSONObject  # type: ignore[attr-defined]
_JSON_ARRAY: Any = json.decoder.JSONArray  # type: ignore[attr-defined]


def line_of(text: str, path: tuple[str | int, ...]) -> int | None:
    """The line where the value at ``path`` (e.g. ("events", 3, "time")) is written.

    The C parser keeps no positions, so this re-reads the text with the pure-Python scanner,
    noting where each object and list starts; it runs only when an error is being reported.
    """
    spans: dict[int, tuple[int, int]] = {}
    keep: list[Any] = []  # keeps parsed containers alive so their id() stays unique

    def parse_object(s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
        obj, end = _JSON_OBJECT(s_and_end, *args)
        keep.append(obj)
        spans[id(obj)] = (s_and_end[1] - 1, end)
        return obj, end

    def parse_array(s_and_end: tuple[str, int], scan_once: Any) -> tuple[Any, int]:
        arr, end = _JSON_ARRAY(s_and_end, scan_once)
        keep.append(arr)
        spans[id(arr)] = (s_and_end[1] - 1, end)
        return arr, end

    decoder = json.JSONDecoder()
    decoder.parse_object = parse_object  # type: ignore[attr-defined]
    decoder.parse_array = parse_array  # type: ignore[attr-defined]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    try:
        node: Any = decoder.decode(text)
    except (json.JSONDecodeError, RecursionError):
        return None
    position: int | None = spans.get(id(node), (0, 0))[0]
    for depth, step in enumerate(path, start=1):
        span = spans.get(id(node))
        if span is None:
            break
        key_at = None
        if isinstance(node, dict) and isinstance(step, str):
            key_at = _key_position(text, span, step)
            if key_at is not None:
                position = key_at
            if step not in node:
                break
            node = node[step]
        elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
            node = node[step]
        else:
            break
        inner = spans.get(id(node))
        # A path ending in a key names a field: its key's line, not where its value opens.
        if inner is not None and not (depth == len(path) and key_at is not None):
            position = inner[0]
    return None if position is None else text.count("\n", 0, position) + 1


def _key_position(text: str, span: tuple[int, int], key: str) -> int | None:
    # The first match inside the object's span; a nested object could in theory hold the
    # same key earlier, which only makes the reported line a little early.
    pattern = re.compile(r"(?<!\\)" + re.escape(json.dumps(key)) + r"\s*:")
    match = pattern.search(text, span[0], span[1])
    return match.start() if match else None
