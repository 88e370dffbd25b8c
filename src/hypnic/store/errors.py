"""SQLite's failures turned into the store's own typed errors, by result code (never by text).

Every connection the store opens uses ``GuardedConnection``, so a busy lock, a full disk, a
read-only file or a damaged page reaches the layers above as one of the ``StoreError``
subclasses of ``hypnic.domain.errors``. A misuse of the API (closed connection, bad SQL) is a
bug and stays a ``sqlite3`` error.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from hypnic.domain.errors import (
    StoreBusyError,
    StoreDamagedError,
    StoreError,
    StoreFullError,
    StoreReadOnlyError,
    StoreUnavailableError,
)


class BackupError(StoreError):
    """A backup could not be taken, or failed its check and was deleted."""


# Primary result codes (https://www.sqlite.org/rescode.html); extended codes keep them in
# their low byte.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB, _PERM = (
    5, 6, 8, 10, 11, 13, 14, 26, 3,
)  # fmt: skip

_KNOWN: dict[int, tuple[type[StoreError], str]] = {
    _BUSY: (StoreBusyError, "The store is busy: another program is writing to it"),
    _LOCKED: (StoreBusyError, "The store is busy: another program is writing to it"),
    _FULL: (StoreFullError, "The disk is full"),
    _READONLY: (StoreReadOnlyError, "The store is read-only"),
    _PERM: (StoreReadOnlyError, "The store may not be written (no permission)"),
    _CORRUPT: (StoreDamagedError, "The store is damaged"),
    _NOTADB: (StoreDamagedError, "The store file is damaged or is not a Hypnic store"),
    _IOERR: (StoreUnavailableError, "The store could not be read or written (I/O error)"),
    _CANTOPEN: (StoreUnavailableError, "The store file cannot be opened"),
}


def is_environment_error(exc: sqlite3.Error) -> bool:
    """True for a failure of the machine or the file, False for a misuse (a bug)."""
    return _primary(exc) in _KNOWN


def translate(exc: sqlite3.Error) -> BaseException:
    """The typed StoreError for ``exc``, or ``exc`` itself when it is a bug."""
    known = _KNOWN.get(_primary(exc))
    if known is None:
        return exc
    cls, message = known
    return cls(f"{message}.")


def translate_at(exc: sqlite3.Error, path: Path) -> BaseException:
    """``translate`` for the file ``path``: the message names it, and an I/O failure on a
    disk that is full or read-only is reported as that (see ``environment_error``)."""
    if _primary(exc) in _DISK:
        found = environment_error(path.parent, path)
        if found is not None:
            return found
    typed = translate(exc)
    if typed is exc:
        return exc
    return type(typed)(f"{str(typed).rstrip('.')} ({path}).")


_DISK = {_IOERR, _CANTOPEN, _READONLY, _FULL, _PERM}
# Below this much free space, an I/O failure is taken for a full disk.
_NEARLY_FULL = 1 << 20


def environment_error(folder: Path, store: Path | None = None) -> StoreError | None:
    """StoreReadOnlyError or StoreFullError when ``folder``'s disk is read-only (or the folder
    may not be written) or full, else None: what an I/O failure there most likely means.

    SQLite reports a full disk while it maps its shared memory as an I/O error, and a read-only
    one as "unable to open", so a failure is named after the disk, not after the message.
    """
    name = store or folder
    try:
        if not os.access(folder, os.W_OK):
            return StoreReadOnlyError(
                f"The store {name} is on a read-only disk or in a folder that may not be "
                "written; nothing can be saved there."
            )
        if not hasattr(os, "statvfs"):
            return None
        st = os.statvfs(folder)
    except OSError:
        return None
    if st.f_flag & getattr(os, "ST_RDONLY", 1):
        return StoreReadOnlyError(
            f"The store {name} is on a read-only disk; nothing can be saved there."
        )
    free = (st.f_bfree if os.geteuid() == 0 else st.f_bavail) * st.f_frsize
    if free < _NEARLY_FULL:
        return StoreFullError(
            f"The disk holding the store {name} is full; free some space and try again."
        )
    return None


def _primary(exc: sqlite3.Error) -> int:
    code = getattr(exc, "sqlite_errorcode", None)
    return -1 if code is None else int(code) & 0xFF


class GuardedCursor(sqlite3.Cursor):
    """A cursor whose statements and row fetches raise typed store errors."""

    def execute(self, sql: str, parameters: Any = (), /) -> GuardedCursor:
        try:
            super().execute(sql, parameters)
        except sqlite3.Error as exc:
            raise translate(exc) from exc
        return self

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> GuardedCursor:
        try:
            super().executemany(sql, seq_of_parameters)
        except sqlite3.Error as exc:
            raise translate(exc) from exc
        return self

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlite3.Error as exc:
            raise translate(exc) from exc

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except sqlite3.Error as exc:
            raise translate(exc) from exc

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except sqlite3.Error as exc:
            raise translate(exc) from exc


class GuardedConnection(sqlite3.Connection):
    """A connection whose statements raise typed store errors (see module docstring)."""

    def cursor(self, factory: Any = GuardedCursor) -> Any:
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Any = (), /) -> GuardedCursor:
        cursor: GuardedCursor = self.cursor()
        return cursor.execute(sql, parameters)

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> GuardedCursor:
        cursor: GuardedCursor = self.cursor()
        return cursor.executemany(sql, seq_of_parameters)

    def backup(self, target: sqlite3.Connection, **kwargs: Any) -> None:
        try:
            super().backup(target, **kwargs)
        except sqlite3.Error as exc:
            raise translate(exc) from exc
