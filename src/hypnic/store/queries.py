"""SQL pieces shared by the tables that hold instants (events, doses): ids and night ranges."""

from __future__ import annotations

import sqlite3
import time as _time
from collections.abc import Iterable
from datetime import date, time

from hypnic.domain.limits import EARLIEST_UTC_MS, FUTURE_SLACK_MS, MAX_OFFSET_MIN
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


def readable_range() -> tuple[int, int]:
    """The UTC ms a reader takes: DESIGN section 2's bounds (1970 to a day after now, by this
    machine's clock). A row outside them (written by an older Hypnic, which checked nothing)
    is left out of every read, so it cannot stop an export or a view, nor stretch a period;
    ``operations.readable`` counts and names what was left out."""
    return EARLIEST_UTC_MS, machine_now_ms() + FUTURE_SLACK_MS


def machine_now_ms() -> int:
    return _time.time_ns() // 1_000_000


def in_range(utc_ms: int, offset_min: int, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= utc_ms <= bounds[1] and abs(offset_min) <= MAX_OFFSET_MIN


def readable_where(*, deleted: bool) -> tuple[str, list[int]]:
    """WHERE clause and parameters for rows (events, doses) whose instants can be read."""
    low, high = readable_range()
    clause = "utc_ms BETWEEN ? AND ? AND offset_min BETWEEN ? AND ?"
    params = [low, high, -MAX_OFFSET_MIN, MAX_OFFSET_MIN]
    if deleted:
        clause += " AND deleted_utc_ms BETWEEN ? AND ?"
        params += [low, high]
    return clause, params


def nights_where(
    first: date | None, last: date | None, day_boundary: time, *, deleted: bool
) -> tuple[str, list[int]]:
    """WHERE clause and parameters for rows of nights ``first``..``last`` (open ends allowed),
    live rows or (``deleted``) the trash, using the ``local_ms`` index; rows whose instants
    are out of bounds are left out (see ``readable_range``)."""
    readable, params = readable_where(deleted=deleted)
    clauses = ["deleted_utc_ms IS NOT NULL" if deleted else "deleted_utc_ms IS NULL", readable]
    if first is not None:
        clauses.append("local_ms >= ?")
        params.append(night_local_bounds(first, day_boundary)[0])
    if last is not None:
        clauses.append("local_ms < ?")
        params.append(night_local_bounds(last, day_boundary)[1])
    return " AND ".join(clauses), params
