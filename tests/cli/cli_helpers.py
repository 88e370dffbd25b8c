"""Shared helpers for command-line tests (imported by conftest and the test modules)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hypnic.store import Store


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


def store_state(data_dir: Path) -> tuple[int, int, list[tuple[object, ...]]]:
    """The change serial, the number of kinds and every event row: equal means untouched."""
    store = Store.open(data_dir)
    try:
        rows = store.conn.execute("SELECT * FROM events ORDER BY id").fetchall()
        kinds = store.conn.execute("SELECT COUNT(*) FROM kinds").fetchone()[0]
        return store.change_serial(), int(kinds), rows
    finally:
        store.close()
