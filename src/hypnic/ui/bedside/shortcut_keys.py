"""The bedside's keys as Qt key sequences, from the one list (``domain.bedside_keys``)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from hypnic.domain.bedside_keys import BedsideAction, keys_of


def bedside_keys(action: BedsideAction) -> list[QKeySequence]:
    """The keys of a bedside action, from the one list (``domain.bedside_keys``)."""
    return _unique([QKeySequence(key) for key in keys_of(action)])


def _unique(keys: list[QKeySequence]) -> list[QKeySequence]:
    """Drop repeats: a key bound twice is ambiguous to Qt and then does nothing."""
    seen: list[QKeySequence] = []
    for key in keys:
        if not key.isEmpty() and key not in seen:
            seen.append(key)
    return seen
