"""Open the store: file modes, pragmas, migrations, the built-in kinds, and a change counter."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from hypnic.domain.errors import StoreError
from hypnic.domain.kinds import BUILTIN_KINDS
from hypnic.store.migrations import MIGRATIONS, SCHEMA_VERSION

DB_NAME = "hypnic.db"


class StoreTooNewError(StoreError):
    """The database was written by a newer Hypnic; it is left untouched."""


class Store:
    """One SQLite file holding kinds, events, nights, settings, medications, doses, tags, diary
    and rest tests.

    Each public write is its own transaction, committed (``synchronous=FULL``) before it returns.
    Repositories (``store.events`` …) hang off this object; see ``hypnic.store.repos``.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        from hypnic.store.repos import EventRepo, KindRepo, NightRepo, SettingsRepo

        self.kinds = KindRepo(self)
        self.events = EventRepo(self)
        self.nights = NightRepo(self)
        self.settings = SettingsRepo(self)
        from hypnic.store.context_repos import DiaryRepo, TagRepo
        from hypnic.store.medication_repos import DoseRepo, MedicationRepo

        self.medications = MedicationRepo(self)
        self.doses = DoseRepo(self)
        self.tags = TagRepo(self)
        self.diary = DiaryRepo(self)
        from hypnic.store.rest_test_repo import RestTestRepo

        self.rest_tests = RestTestRepo(self)

    @classmethod
    def open(cls, data_dir: Path, *, name: str = DB_NAME) -> Store:
        """Open (creating if need be) the store in ``data_dir``, migrating it forward."""
        make_private_dir(data_dir)
        path = data_dir / name
        fresh = not path.exists()
        if fresh:
            # Create the file with 0600 before SQLite touches it.
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        try:
            if not fresh:
                # Probe read-only first: a normal connection would rewrite the header (WAL) or
                # checkpoint the log on close, and a store from a newer Hypnic stays untouched.
                _refuse_if_too_new(_read_only_version(path), path)
            conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"The store {path} cannot be read ({exc}).") from exc
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot open the store {path}: {exc}.") from exc
        try:
            _configure(conn)
            store = cls(conn, path)
            store._migrate(data_dir)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"The store {path} cannot be read ({exc}).") from exc
        except BaseException:
            conn.close()
            raise
        _chmod_private(path)
        return store

    def close(self) -> None:
        self.conn.close()

    @property
    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error; bumps the change counter."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("UPDATE changes SET serial = serial + 1 WHERE id = 1")
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def change_serial(self) -> int:
        """A number that grows with every committed change (for backups: only when data changed)."""
        return int(self.conn.execute("SELECT serial FROM changes WHERE id = 1").fetchone()[0])

    def _migrate(self, data_dir: Path) -> None:
        version = self.user_version
        _refuse_if_too_new(version, self.path)
        if version < SCHEMA_VERSION and version > 0:
            self._backup_before_migration(data_dir, version)
        for step in range(version, SCHEMA_VERSION):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                # Another process (the window and `hypnic log` started together) may have
                # taken this step since the version was read: the write lock decides.
                if self.user_version > step:
                    self.conn.execute("COMMIT")
                    continue
                for statement in _split(MIGRATIONS[step]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {step + 1}")
                self.conn.execute("COMMIT")
            except BaseException:
                # SQLite may already have rolled back (disk full); a second ROLLBACK would mask it.
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
        if version == 0:
            with self.transaction():
                self.kinds.insert_missing(BUILTIN_KINDS)

    def _backup_before_migration(self, data_dir: Path, version: int) -> None:
        folder = data_dir / "backups"
        make_private_dir(folder)
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        target = folder / f"hypnic-before-v{version + 1}-{stamp}.db"
        backup_to(self.conn, target)


def _read_only_version(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _refuse_if_too_new(version: int, path: Path) -> None:
    if version > SCHEMA_VERSION:
        raise StoreTooNewError(
            f"The store {path} was written by a newer Hypnic (schema {version}, this "
            f"version knows {SCHEMA_VERSION}); update Hypnic to open it. It was left untouched."
        )


def backup_to(conn: sqlite3.Connection, target: Path) -> None:
    """Copy a live database with SQLite's online backup API (never by copying the file)."""
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
        # The copy inherits WAL mode from the header; a backup must be one self-contained file.
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    _chmod_private(target)


def _configure(conn: sqlite3.Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        # Some file systems (network shares) refuse WAL; fall back to a rollback journal.
        conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=5000")


def _split(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable by the owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        current = stat.S_IMODE(path.stat().st_mode)
        if current != 0o700:
            path.chmod(0o700)


def _chmod_private(path: Path) -> None:
    if os.name == "posix":
        for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            with contextlib.suppress(FileNotFoundError):
                candidate.chmod(0o600)
