"""Typed reads and writes of the rest tests (their taps are the night's events, not stored here)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from hypnic.domain.events import Instant
from hypnic.domain.rest_tests import RestTest, check_rest_test
from hypnic.store.connection import Connection
from hypnic.store.queries import existing_ids

_COLS = "id, night, start_utc_ms, start_offset_min, length_ms, planned_min"


def _rest_test(row: tuple[Any, ...]) -> RestTest:
    id_, night, start_ms, start_off, length_ms, planned = row
    return RestTest(
        id=str(id_),
        night=date.fromisoformat(str(night)),
        start=Instant(int(start_ms), int(start_off)),
        length_ms=int(length_ms),
        planned_min=int(planned),
    )


class RestTestRepo:
    """Rest tests by night, oldest first."""

    def __init__(self, store: Connection) -> None:
        self._store = store

    def add(self, test: RestTest) -> None:
        """Check and store one test in its own transaction; InputError names a bad field."""
        with self._store.transaction() as conn:
            self.add_many_in(conn, [test])

    def add_many_in(self, conn: sqlite3.Connection, tests: Iterable[RestTest]) -> int:
        """Insert tests not yet stored (by id) in the caller's transaction; returns how many."""
        before = conn.total_changes
        conn.executemany(
            f"INSERT OR IGNORE INTO rest_tests ({_COLS}) VALUES (?,?,?,?,?,?)",
            (
                (t.id, t.night.isoformat(), t.start.utc_ms, t.start.offset_min, t.length_ms,
                 t.planned_min)
                for t in map(check_rest_test, tests)
            ),
        )  # fmt: skip
        return conn.total_changes - before

    def delete(self, test_id: str) -> None:
        with self._store.transaction() as conn:
            conn.execute("DELETE FROM rest_tests WHERE id = ?", (test_id,))

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        return existing_ids(self._store.conn, "rest_tests", ids)

    def between(self, first: date | None, last: date | None) -> dict[date, list[RestTest]]:
        """The tests of each night first..last that has any, in time order."""
        rows = self._store.conn.execute(
            f"SELECT {_COLS} FROM rest_tests WHERE night >= ? AND night <= ?"
            " ORDER BY night, start_utc_ms, id",
            ((first or date.min).isoformat(), (last or date.max).isoformat()),
        )
        out: dict[date, list[RestTest]] = defaultdict(list)
        for row in rows:
            test = _rest_test(row)
            out[test.night].append(test)
        return dict(out)

    def of_night(self, night: date) -> list[RestTest]:
        return self.between(night, night).get(night, [])
