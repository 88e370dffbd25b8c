"""Copy what can still be read out of a damaged store, row by row (DESIGN section 4: reading a
damaged store salvages what can be read and says what could not).

The damaged file is opened read-only and never changed. Each table is walked in rowid order
with plain table scans (a damaged index must not hide good rows); where a damaged page stops
the walk, the first readable row after it is found by probing, and the walk goes on from
there. What was read goes into a fresh store file elsewhere, which the ordinary readers (the
export) then read.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from hypnic.paths import make_private_dir
from hypnic.store.migrations import MIGRATIONS, SCHEMA_VERSION, register_functions

_MIN_ROWID = -(1 << 63)
_MAX_ROWID = (1 << 63) - 1
# Values a column of each declared type may hold (a damaged cell can come back as anything).
_TYPES: dict[str, tuple[type, ...]] = {
    "INTEGER": (int,),
    "REAL": (int, float),
    "TEXT": (str,),
}


@dataclass(slots=True)
class Salvage:
    """What a salvage copied and what it could not read."""

    copied: dict[str, int] = field(default_factory=dict)  # table -> rows copied
    incomplete: list[str] = field(default_factory=list)  # tables with rows lost
    unreadable: list[str] = field(default_factory=list)  # tables not read at all

    @property
    def anything(self) -> bool:
        return any(self.copied.values())


def salvage_to(damaged: Path, folder: Path, name: str) -> Salvage:
    """Copy every readable row of ``damaged`` into ``folder/name`` (a new file with the same
    schema and version); nothing is copied when not even the schema can be read."""
    make_private_dir(folder)
    readable = _whole_length(damaged, folder)
    try:
        source = sqlite3.connect(f"{readable.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return Salvage()
    try:
        try:
            version = int(source.execute("PRAGMA user_version").fetchone()[0])
            schema = _schema(source)
            tables = {str(name) for kind, name, _sql in schema if kind == "table"}
            # The tables its version should have, whatever another tool dropped or changed
            # (a version below zero was written by one: read it as this version's tables).
            version = SCHEMA_VERSION if version < 0 else version
            if 0 < version <= SCHEMA_VERSION:
                schema = reference_schema(version)
        except sqlite3.DatabaseError:
            return Salvage()  # not even the list of tables can be read
        target = sqlite3.connect(folder / name, isolation_level=None)
        try:
            target.execute("PRAGMA journal_mode=DELETE")
            target.execute("BEGIN")
            result = Salvage()
            for kind, table, sql in schema:
                target.execute(sql)
                if kind == "table" and table in tables:
                    _copy_table(source, target, str(table), result)
                elif kind == "table":
                    result.unreadable.append(str(table))
            target.execute(f"PRAGMA user_version = {version}")
            target.execute("COMMIT")
        finally:
            target.close()
        return result
    finally:
        source.close()


def _whole_length(damaged: Path, folder: Path) -> Path:
    """``damaged``, or when it was cut short (its header counts more pages than it holds: a
    copy interrupted, a disk that lost its end) a copy of it padded to its length in
    ``folder``, since SQLite refuses to read any of a file shorter than it says it is."""
    try:
        with damaged.open("rb") as handle:
            header = handle.read(100)
        size = damaged.stat().st_size
    except OSError:
        return damaged
    if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
        return damaged
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    length = page_size * int.from_bytes(header[28:32], "big")
    if size >= length or length > size * 64:
        return damaged
    padded = folder / "padded.db"
    shutil.copyfile(damaged, padded)
    for suffix in ("-wal",):
        if Path(f"{damaged}{suffix}").is_file():
            shutil.copyfile(f"{damaged}{suffix}", f"{padded}{suffix}")
    with padded.open("r+b") as handle:
        handle.truncate(length)
    return padded


def _copy_table(
    source: sqlite3.Connection, target: sqlite3.Connection, table: str, result: Salvage
) -> None:
    columns = [
        (str(r[1]), str(r[2]).upper()) for r in target.execute(f'PRAGMA table_info("{table}")')
    ]
    try:
        present = {str(r[1]) for r in source.execute(f'PRAGMA table_info("{table}")')}
    except sqlite3.DatabaseError:
        present = {name for name, _ in columns}
    lacking = [name for name, _ in columns if name not in present]
    columns = [c for c in columns if c[0] in present]  # a lacking column keeps its default
    names = ", ".join(f'"{c}"' for c, _ in columns)
    select = f'SELECT rowid, {names} FROM "{table}" NOT INDEXED WHERE rowid >= ? ORDER BY rowid'
    insert = f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    copied = 0
    complete = True
    start: int | None = _MIN_ROWID
    while start is not None:
        failed_at = start
        try:
            for row in source.execute(select, (start,)):
                failed_at = int(row[0]) + 1
                values = row[1:]
                if _fits(values, columns):
                    copied += target.execute(insert, values).rowcount
                else:
                    complete = False
            start = None  # read to the end
        except sqlite3.DatabaseError:
            complete = False
            start = _next_readable(source, select, failed_at)
    result.copied[table] = copied
    if copied and lacking:
        complete = False
    if copied == 0 and not complete:
        result.unreadable.append(table)
    elif not complete:
        result.incomplete.append(table)


def _schema(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return [(str(k), str(n), str(q)) for k, n, q in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'index', rootpage"
    )]  # fmt: skip


def reference_schema(version: int) -> list[tuple[str, str, str]]:
    """The tables, indexes and triggers the migrations up to ``version`` make."""
    conn = sqlite3.connect(":memory:")
    register_functions(conn)
    try:
        for script in MIGRATIONS[:version]:
            conn.executescript(script)
        return _schema(conn)
    finally:
        conn.close()


def _next_readable(source: sqlite3.Connection, select: str, failed_at: int) -> int | None:
    """The smallest rowid after ``failed_at`` from which reading one row works, or None."""

    def readable(rowid: int) -> bool:
        try:
            source.execute(select + " LIMIT 1", (rowid,)).fetchall()
        except sqlite3.DatabaseError:
            return False
        return True

    # Jump ahead in doubling steps until a read works, then narrow down to its first rowid.
    low, step = failed_at, 1
    while True:
        if low >= _MAX_ROWID:
            return None
        high = min(low + step, _MAX_ROWID)
        if readable(high):
            break
        low, step = high, step * 2
    while high - low > 1:
        middle = (low + high) // 2
        if readable(middle):
            high = middle
        else:
            low = middle
    return high


def _fits(values: tuple[object, ...], columns: list[tuple[str, str]]) -> bool:
    for value, (_name, declared) in zip(values, columns, strict=True):
        allowed = _TYPES.get(declared)
        if value is not None and allowed is not None and not isinstance(value, allowed):
            return False
    return True
