"""SQL pieces shared by the tables that hold instants (events, doses): ids and night ranges."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date, time

from hypnic.domain.timerules import night_local_bounds

# SQLite's default limit on bound parameters is 999 on old builds; stay well under it.
_ID_BATCH = 500


def existing_ids(conn: sqlite3.Connection, table: str, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` are rows of ``table`` (a table name of ours, never user text)."""
    found: set[str] = set()
    batch = list(ids)
    for i in range(0, len(batch), _ID_BATCH):
        chunk = batch[i : i + _ID_BATCH]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
        found.update(str(r[0]) for r in rows)
    return found


def nights_where(
    first: date | None, last: date | None, day_boundary: time, *, deleted: bool
) -> tuple[str, list[int]]:
    """WHERE clause and parameters for rows of nights ``first``..``last`` (open ends allowed),
    live rows or (``deleted``) the trash, using the ``local_ms`` index."""
    clauses = ["deleted_utc_ms IS NOT NULL" if deleted else "deleted_utc_ms IS NULL"]
    params: list[int] = []
    if first is not None:
        clauses.append("local_ms >= ?")
        params.append(night_local_bounds(first, day_boundary)[0])
    if last is not None:
        clauses.append("local_ms < ?")
        params.append(night_local_bounds(last, day_boundary)[1])
    return " AND ".join(clauses), params
