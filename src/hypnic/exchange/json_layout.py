"""Where the parts of a JSON backup start, kept while reading it within bounds: a field's line
found without parsing the text again, and a list held as its items' offsets."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

from hypnic.exchange.json_paths import JsonPath, navigate

_PLAIN = json.JSONDecoder()
_PLAIN_SCAN: Any = _PLAIN.scan_once  # type: ignore[attr-defined]


class ItemList(Sequence[Any]):
    """A list of the document read again item by item when it is iterated: the items were
    checked while reading, and only what is made of them is kept, never the whole list."""

    def __init__(self, text: str, offsets: list[int]) -> None:
        self._text = text
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets)

    @overload
    def __getitem__(self, index: int) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...
    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [_PLAIN_SCAN(self._text, at)[0] for at in self._offsets[index]]
        return _PLAIN_SCAN(self._text, self._offsets[index])[0]

    def __iter__(self) -> Iterator[Any]:
        text = self._text
        for at in self._offsets:
            yield _PLAIN_SCAN(text, at)[0]


@dataclass(slots=True)
class JsonLayout:
    """Where the members of the top-level object and the items of its lists start."""

    text: str
    start: int = 0
    keys: dict[str, int] = field(default_factory=dict)  # member -> offset of its key
    values: dict[str, int] = field(default_factory=dict)  # member -> offset of its value
    items: dict[str, list[int]] = field(default_factory=dict)  # list -> offset of each item

    def line_of(self, path: JsonPath) -> int | None:
        """The line of the value at ``path``, e.g. ("events", 3, "time"); a path ending in a
        key gives that key's line, a missing step the line of the last step found."""
        if not path:
            return self.line_at(self.start)
        head = path[0]
        if not isinstance(head, str) or head not in self.keys:
            return self.line_at(self.start)
        if len(path) == 1:
            return self.line_at(self.keys[head])
        offsets = self.items.get(head)
        if offsets is not None and isinstance(path[1], int):
            if not 0 <= path[1] < len(offsets):
                return self.line_at(self.values[head])
            at = navigate(self.text, offsets[path[1]], path[2:])
        else:
            at = navigate(self.text, self.values[head], path[1:])
        return None if at is None else self.line_at(at)

    def line_at(self, offset: int) -> int:
        return self.text.count("\n", 0, offset) + 1
