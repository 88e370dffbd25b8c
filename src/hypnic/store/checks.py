"""SQLite's consistency checks of a store or backup file, read-only.

A file that fails them is *damaged*; a file that cannot be opened because its disk is full or
read-only, or for another reason of the machine, is not: that raises the typed store error
(``store.errors``), so nobody is told their store is damaged when their disk is full.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from pathlib import Path

from hypnic.domain.errors import StoreDamagedError
from hypnic.store.errors import environment_error, translate, translate_at
from hypnic.store.migrations import MIGRATIONS, SCHEMA_VERSION, register_functions


def _roll_back_interrupted_write(path: Path) -> None:
    """A write killed halfway (a migration, an import) leaves a hot rollback journal, which a
    read-only connection cannot roll back: it fails with "read-only" and the store would look
    unusable until something opened it for writing. Opening it normally first rolls the write
    back to the last committed state, as every open of the store does; nothing else changes."""
    journal = Path(f"{path}-journal")
    try:
        hot = journal.is_file() and journal.stat().st_size > 0 and os.access(path.parent, os.W_OK)
    except OSError:
        return
    if not hot:
        return
    try:
        conn = sqlite3.connect(path, timeout=5.0)
        try:
            conn.execute("PRAGMA user_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return  # the check that follows says what is wrong


def _has_backups(path: Path) -> bool:
    """Whether the store at ``path`` has backups in its folder's ``backups`` (not empty)."""
    try:
        return any(b.stat().st_size > 0 for b in (path.parent / "backups").glob("hypnic-*.db"))
    except OSError:
        return False


def missing_with_backups(path: Path) -> str | None:
    """What is wrong when the store at ``path`` is gone but backups of it are beside it (a
    new empty store must not quietly take its place); None otherwise."""
    if not path.exists() and _has_backups(path):
        return f"{path.name} is damaged: the file is missing, though backups of it exist"
    return None


def quick_check(path: Path) -> str | None:
    """SQLite's fast consistency check, for start-up: None when fine, else what is wrong."""
    return _check(path, "quick_check")


def integrity_check(path: Path) -> str | None:
    """SQLite's full integrity check: None when fine, else what is wrong (a store a newer
    Hypnic wrote is sound but not this version's to read: `hypnic check` says so too)."""
    problem = _check(path, "integrity_check")
    if problem is not None:
        return problem
    version = _header_user_version(path)
    if version is not None and version > SCHEMA_VERSION:
        return (
            f"{path.name} was written by a newer Hypnic (schema {version}; this version knows "
            f"{SCHEMA_VERSION}): update Hypnic to read it"
        )
    return None


def _header_user_version(path: Path) -> int | None:
    """``PRAGMA user_version`` as the file's header holds it (bytes 60-63, big-endian): read
    without SQLite, so a full or read-only disk cannot stop it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(64)
    except OSError:
        return None
    return int.from_bytes(header[60:64], "big", signed=True) if len(header) == 64 else None


def _check(path: Path, pragma: str) -> str | None:
    if not path.is_file():
        return f"{path} is not a regular file" if path.exists() else f"{path} does not exist"
    if path.stat().st_size == 0 and _has_backups(path):
        # SQLite takes an empty file for a new store; with backups of it beside, it was one.
        return "the file is empty (0 bytes), though backups of it exist"
    _roll_back_interrupted_write(path)
    try:
        rows = _run(path, pragma, immutable=False)
    except sqlite3.Error as exc:
        problem = _damage(exc, path)
        if problem is not None:
            return problem
        # A read-only or full disk cannot hold the shared-memory index a WAL file needs to be
        # read; with an empty (or no) WAL the file alone is the whole store and can be checked.
        if environment_error(path.parent) is None or _wal_has_data(path):
            raise translate_at(exc, path) from exc
        try:
            rows = _run(path, pragma, immutable=True)
        except sqlite3.Error as again:
            problem = _damage(again, path)
            if problem is not None:
                return problem
            raise translate_at(again, path) from again
    # One line each: SQLite starts its list with "*** in database main ***" and a line break.
    messages = [" ".join(str(r[0]).replace("*** in database main ***", "").split()) for r in rows]
    if messages == ["ok"]:
        return None
    # A badly damaged file lists hundreds of faults; the first few say enough to a person.
    more = f"; and {len(messages) - 5} more" if len(messages) > 5 else ""
    return f"{path.name} is damaged: " + "; ".join(messages[:5]) + more


def _run(path: Path, pragma: str, *, immutable: bool) -> list[tuple[object, ...]]:
    # Read-only: checking a file must never change it (no journal, no checkpoint).
    mode = "immutable=1" if immutable else "mode=ro"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        if rows == [("ok",)]:
            problem = schema_problem(conn)
            if problem is not None:
                return [(problem,)]
        return rows
    finally:
        conn.close()


def schema_problem(conn: sqlite3.Connection) -> str | None:
    """What is missing from the tables a store of its schema version has (None when nothing
    is): a table dropped or a version number written by another tool is damage too, found
    here rather than as a failing statement later."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version < 0 or version > SCHEMA_VERSION:
        return f"its schema version {version} is none that Hypnic writes" if version < 0 else None
    have = _columns(conn)
    if version == 0:
        # A new store has no tables yet (they are made when it is opened); a file that has
        # some is another program's database, and is never taken over.
        if have:
            names = ", ".join(sorted(have)[:3]) + (", …" if len(have) > 3 else "")
            return f"it is not a Hypnic store: it holds the tables {names} of another program"
        return None
    expected = _expected_columns(version)
    for table, columns in expected.items():
        if table not in have:
            return f"the table {table} is missing"
        missing = sorted(columns - have[table])
        if missing:
            return f"the table {table} lacks {', '.join(missing)}"
    # More than its version has: another program's tables, or a version number lowered by
    # another tool (migrating again would fail half-way on what is already there).
    for table in sorted(have):
        if table not in expected:
            return f"it holds a table {table} that a Hypnic store of schema {version} does not"
        extra = sorted(have[table] - expected[table])
        if extra:
            return f"the table {table} has {', '.join(extra)}, which schema {version} does not"
    return None


@functools.cache
def _expected_columns(version: int) -> dict[str, frozenset[str]]:
    """The tables and columns the migrations up to ``version`` make."""
    conn = sqlite3.connect(":memory:")
    register_functions(conn)
    try:
        for script in MIGRATIONS[:version]:
            conn.executescript(script)
        return {t: frozenset(c) for t, c in _columns(conn).items()}
    finally:
        conn.close()


def _columns(conn: sqlite3.Connection) -> dict[str, set[str]]:
    tables = [str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )]  # fmt: skip
    return {t: {str(r[1]) for r in conn.execute(f'PRAGMA table_info("{t}")')} for t in tables}


def _damage(exc: sqlite3.Error, path: Path) -> str | None:
    """What is wrong, when ``exc`` says the file itself is damaged (else None)."""
    if isinstance(translate(exc), StoreDamagedError):
        return f"{path.name} is damaged: {exc}"
    return None


def _wal_has_data(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False
