"""Wording shared by import messages: a long list named in a few items and a count."""

from __future__ import annotations

from collections.abc import Sequence

# An error message is one readable line: a list longer than this names its first items only.
SHOWN = 5


def some_of(items: Sequence[str], *, shown: int = SHOWN) -> str:
    """'a, b, c' or, for a long list, 'a, b, c, d, e and 9,995 more'."""
    if len(items) <= shown:
        return ", ".join(items)
    return f"{', '.join(items[:shown])} and {len(items) - shown:,} more"
