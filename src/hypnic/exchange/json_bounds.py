"""Read a JSON backup strictly and within bounds, in document order (DESIGN section 4, "Limits").

``json.loads`` builds the whole document before anything is checked: a 39 MB file of ``{}``
items cost 4.8 GB and 43 s before its error, deep nesting ended in RecursionError, a huge number
in OverflowError, and a repeated key silently kept its last value. Here the top-level object is
read member by member and each list item on its own, so:

- a repeated key, in any object, is refused (naming the key and its line);
- whole numbers have at most MAX_JSON_DIGITS digits, other numbers are finite and short, and
  NaN/Infinity (not JSON) are refused;
- nesting deeper than MAX_JSON_DEPTH is refused;
- a list item or a top-level value longer than MAX_ITEM_CHARS characters is refused before it
  is built (a note is at most 10,000 characters: a real item is far smaller);
- an item of a known list must be an object with that list's required fields, checked as soon
  as it is read, and a list holds at most a bounded number of items: a file of wrong-shaped
  items is refused at its first item, after reading only that item.

Every refusal is one InputError naming the file, the line and the field. ``JsonLayout``
(json_layout) keeps where each member and list item starts, so a later check finds a field's
line without parsing the text again.
"""

from __future__ import annotations

import json
import json.decoder
import re
from collections.abc import Collection, Mapping
from typing import Any

from hypnic.domain.errors import InputError
from hypnic.domain.limits import MAX_JSON_DEPTH
from hypnic.exchange.json_layout import ItemList, JsonLayout
from hypnic.exchange.json_paths import JsonPath
from hypnic.exchange.json_strict import (
    STRICT_SCAN,
    RefusedError,
    depth_left,
    holds_lone_surrogate,
    scan_strictly,
)

# Required fields of the items of each list in a Hypnic backup (every version has them); an item
# without them is refused while reading, before the next item is read.
HYPNIC_LISTS: Mapping[str, tuple[str, ...]] = {
    "kinds": ("key", "label", "colour", "shape"),
    "medications": ("name",),
    "tags": ("key", "label"),
    "events": ("id", "time", "kind"),
    "doses": ("id", "time", "medication"),
    "nights": ("night",),
}
# More items than a 200 MB export can hold (an event takes about 200 bytes): a larger list is
# not a backup, and stopping there bounds the time and memory a hostile file can cost.
MAX_LIST_ITEMS = 2_000_000
MAX_ITEM_CHARS = 1_000_000
_FIRST_WINDOW = 4096  # most items fit: read through a small copy first
_WS = re.compile(r"[ \t\n\r]*")
_VALUE_START = re.compile(r"[\[\"\-0-9]|true|false|null")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_scanstring: Any = json.decoder.scanstring  # type: ignore[attr-defined]


def read_document(
    text: str,
    source: str,
    *,
    keys: Collection[str] | None = None,
    lists: Mapping[str, tuple[str, ...]] = HYPNIC_LISTS,
) -> tuple[Any, JsonLayout]:
    """The decoded document (as ``json.loads`` would give it, but each list of ``lists`` an
    ItemList, decoded again as it is iterated) and where its parts start.

    With ``keys``, a top-level member not among them is refused as soon as it is met; a member
    named in ``lists`` whose value is a list is read item by item, each item checked for its
    required fields. InputError names the file, line and field of the first problem.
    """
    return _Reader(text, source, keys, lists).document()


class _Reader:
    def __init__(
        self,
        text: str,
        source: str,
        keys: Collection[str] | None,
        lists: Mapping[str, tuple[str, ...]],
    ) -> None:
        self.text = text
        self.source = source
        self.keys = keys
        self.lists = lists
        self.layout = JsonLayout(text)

    def document(self) -> tuple[Any, JsonLayout]:
        text = self.text
        pos = self._ws(0)
        self.layout.start = pos
        if not text.startswith("{", pos):
            if not _VALUE_START.match(text, pos):
                raise self._syntax(pos, "Expecting value")
            raise self._error(
                pos, (), "is not a Hypnic JSON backup (expected an object at the top)"
            )
        doc: dict[str, Any] = {}
        pos = self._ws(pos + 1)
        if text.startswith("}", pos):
            return self._end(doc, pos + 1)
        while True:
            if not text.startswith('"', pos):
                raise self._syntax(pos, "Expecting property name enclosed in double quotes")
            key_at = pos
            try:
                key, pos = _scanstring(text, pos + 1, True)
            except json.JSONDecodeError as exc:
                raise self._syntax(exc.pos, exc.msg) from None
            if key in doc:
                first = self.layout.line_at(self.layout.keys[key])
                raise self._error(key_at, (key,), f"appears twice (first on line {first})")
            if self.keys is not None and key not in self.keys:
                raise self._error(key_at, (key,), _unknown_top_key(key))
            pos = self._ws(pos)
            if not text.startswith(":", pos):
                raise self._syntax(pos, "Expecting ':' delimiter")
            pos = self._ws(pos + 1)
            self.layout.keys[key] = key_at
            self.layout.values[key] = pos
            if key in self.lists and text.startswith("[", pos):
                doc[key], pos = self._list(key, pos)
            else:
                doc[key], pos = self._value(pos, (key,))
                if self.keys is not None and key == "format" and doc[key] != "hypnic":
                    raise self._error(
                        key_at, (key,), 'is not a Hypnic JSON backup (format must be "hypnic")'
                    )
            pos = self._ws(pos)
            if text.startswith(",", pos):
                pos = self._ws(pos + 1)
            elif text.startswith("}", pos):
                return self._end(doc, pos + 1)
            else:
                raise self._syntax(pos, "Expecting ',' delimiter")

    def _end(self, doc: dict[str, Any], pos: int) -> tuple[Any, JsonLayout]:
        pos = self._ws(pos)
        if pos != len(self.text):
            raise self._syntax(pos, "Extra data")
        return doc, self.layout

    def _list(self, key: str, pos: int) -> tuple[ItemList, int]:
        text, required = self.text, self.lists[key]
        offsets: list[int] = []
        self.layout.items[key] = offsets
        items = ItemList(text, offsets)
        pos = self._ws(pos + 1)
        if text.startswith("]", pos):
            return items, pos + 1
        ws, budget, scan = _WS.match, MAX_JSON_DEPTH - 2, STRICT_SCAN
        while True:
            if len(offsets) >= MAX_LIST_ITEMS:
                raise self._error(pos, (key,), f"holds more than {MAX_LIST_ITEMS:,} items")
            # The common case inline (this loop runs once per item); anything unusual (a long
            # item, a syntax error, a refused value, deep nesting) goes through _value.
            chunk = text[pos : pos + _FIRST_WINDOW]
            try:
                item, end = scan(chunk, 0)
            except (StopIteration, ValueError, RefusedError, RecursionError):
                item, end = self._value(pos, (key, len(offsets)))
            else:
                deep = chunk.count("{", 0, end) + chunk.count("[", 0, end) > budget
                if deep or _SURROGATE_ESCAPE.search(chunk, 0, end):
                    item, end = self._value(pos, (key, len(offsets)))
                else:
                    end += pos
            if not isinstance(item, dict):
                raise self._error(pos, (key, len(offsets)), "must be an object")
            for name in required:
                if name not in item:
                    raise self._error(pos, (key, len(offsets)), f"lacks the field '{name}'")
            offsets.append(pos)
            pos = ws(text, end).end()  # type: ignore[union-attr]
            if text.startswith(",", pos):
                pos = ws(text, pos + 1).end()  # type: ignore[union-attr]
            elif text.startswith("]", pos):
                return items, pos + 1
            else:
                raise self._syntax(pos, "Expecting ',' delimiter")

    def _value(self, pos: int, path: JsonPath) -> tuple[Any, int]:
        """Decode the value at ``pos`` through a bounded copy of the text, strictly."""
        text = self.text
        for window in (_FIRST_WINDOW, MAX_ITEM_CHARS):
            chunk = text[pos : pos + window]
            cut = pos + window < len(text)
            try:
                value, end = scan_strictly(chunk)
            except json.JSONDecodeError as exc:
                if cut and window == _FIRST_WINDOW:
                    continue
                if cut and (exc.msg.startswith("Unterminated") or exc.pos >= len(chunk) - 64):
                    break
                raise self._syntax(pos + exc.pos, exc.msg) from None
            except RefusedError as exc:
                raise self._error(self._find(exc, pos, chunk), path, exc.message) from None
            except RecursionError:
                raise self._too_deep(pos, path) from None
            budget = MAX_JSON_DEPTH - len(path)
            # Nesting is at most the number of brackets: most items need no walk at all.
            opened = chunk.count("{", 0, end) + chunk.count("[", 0, end)
            if opened > budget and depth_left(value, budget) < 0:
                raise self._too_deep(pos, path)
            # A lone "\\udc80" decodes to text no store or file can hold: refused here.
            found = _SURROGATE_ESCAPE.search(chunk, 0, end)
            if found and holds_lone_surrogate(value):
                at = pos + found.start()
                raise self._error(at, path, "holds a \\u escape that is no character "
                                  "(a lone UTF-16 surrogate); it cannot be stored")  # fmt: skip
            return value, pos + end
        where = "; a list item" if len(path) > 1 else "; a value"
        raise self._error(pos, path, f"is longer than {MAX_ITEM_CHARS:,} characters{where} "
                          "of a Hypnic backup is far shorter")  # fmt: skip

    def _find(self, exc: RefusedError, pos: int, chunk: str) -> int:
        """Where in the item the hook's problem is written (the item's start if not found)."""
        if exc.needle is None:
            return pos
        matches = list(re.finditer(exc.needle, chunk))
        if not matches:
            return pos
        # A repeated key: its second appearance; a number: its first.
        match = matches[1] if exc.message.startswith("repeats") and len(matches) > 1 else matches[0]
        return pos + match.start()

    def _ws(self, pos: int) -> int:
        return _WS.match(self.text, pos).end()  # type: ignore[union-attr]

    def _too_deep(self, pos: int, path: JsonPath) -> InputError:
        return self._error(pos, path, f"nests lists and objects more than {MAX_JSON_DEPTH} deep; "
                           "a Hypnic backup nests four")  # fmt: skip

    def _syntax(self, pos: int, message: str) -> InputError:
        return InputError(
            f"is not valid JSON ({message})", source=self.source, line=self.layout.line_at(pos)
        )

    def _error(self, pos: int, path: JsonPath, message: str) -> InputError:
        return InputError(
            message, source=self.source, line=self.layout.line_at(pos), field=dotted(path)
        )


def dotted(path: JsonPath) -> str | None:
    """("events", 3, "time") as 'events[3].time'."""
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
    return text or None


def _unknown_top_key(key: str) -> str:
    if key == "resourceType":
        # Hypnic's own FHIR export, most likely: say what it is and what to choose instead.
        return (
            "is an HL7 FHIR record, which Hypnic writes for a clinic but cannot import; choose "
            "a Hypnic backup (JSON) or table of events (CSV)"
        )
    return "is not part of the Hypnic backup format"
