"""Open the store: file modes, pragmas, migrations, the built-in kinds, and a change counter."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import time
from pathlib import Path

from hypnic.domain.errors import (
    StoreDamagedError,
    StoreError,
    StoreFullError,
    StoreReadOnlyError,
    StoreTooNewError,
    StoreUnavailableError,
)
from hypnic.domain.kinds import BUILTIN_KINDS
from hypnic.paths import make_private_dir
from hypnic.processes import alive
from hypnic.store.checks import integrity_check, schema_problem
from hypnic.store.connection import Connection
from hypnic.store.context_repos import DiaryRepo, TagRepo
from hypnic.store.errors import GuardedConnection, environment_error, translate
from hypnic.store.medication_repos import DoseRepo, MedicationRepo
from hypnic.store.migrations import MIGRATIONS, SCHEMA_VERSION, register_functions
from hypnic.store.repos import EventRepo, KindRepo, NightRepo, SettingsRepo
from hypnic.store.rest_test_repo import RestTestRepo

DB_NAME = "hypnic.db"
# A backup is written under its final name plus this, and renamed once it passed its check:
# a copy cut short (the process killed, the disk full) never looks like a backup.
PARTIAL_SUFFIX = ".partial"


class Store:
    """One SQLite file holding kinds, events, nights, settings, medications, doses, tags, diary
    and rest tests.

    Each public write is its own transaction, committed (``synchronous=FULL``) before it returns.
    Repositories (``store.events`` …) hang off this object; see ``hypnic.store.repos``.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.path = path
        self._connection = Connection(conn, path)
        db = self._connection
        self.settings = SettingsRepo(db)
        self.kinds = KindRepo(db)
        self.events = EventRepo(db, self.settings)
        self.nights = NightRepo(db)
        self.medications = MedicationRepo(db)
        self.doses = DoseRepo(db, self.settings, self.medications)
        self.tags = TagRepo(db)
        self.diary = DiaryRepo(db, self.settings)
        self.rest_tests = RestTestRepo(db)

    @classmethod
    def open(cls, data_dir: Path, *, name: str = DB_NAME) -> Store:
        """Open (creating if need be) the store in ``data_dir``, migrating it forward."""
        make_private_dir(data_dir)
        path = data_dir / name
        _refuse_if_not_a_file(path)
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
            conn = sqlite3.connect(
                path, isolation_level=None, timeout=5.0, factory=GuardedConnection
            )
        except sqlite3.Error as exc:
            raise _named(translate(exc), path) from exc
        try:
            _configure(conn)
            store = cls(conn, path)
            store._migrate(data_dir)
        except StoreError as exc:
            conn.close()
            raise _named(exc, path) from exc
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise _named(translate(exc), path) from exc
        except BaseException:
            conn.close()
            raise
        _chmod_private(path)
        return store

    @classmethod
    def open_for_reading_only(cls, data_dir: Path, *, name: str = DB_NAME) -> Store:
        """Open a store on a disk that is full or read-only, to read it (nothing is written).

        SQLite cannot build the shared-memory index a WAL file needs there, so the file is
        opened as immutable; that is only right when the WAL holds nothing (the store was
        closed cleanly), otherwise the disk's own error is raised.
        """
        path = data_dir / name
        problem = environment_error(data_dir, path)
        wal = Path(f"{path}-wal")
        if problem is None or (wal.exists() and wal.stat().st_size > 0) or not path.is_file():
            raise problem or StoreUnavailableError(f"The store file cannot be opened ({path}).")
        try:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?immutable=1", uri=True, isolation_level=None,
                factory=GuardedConnection,
            )  # fmt: skip
            conn.execute("PRAGMA query_only=ON")
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except (sqlite3.Error, StoreError) as exc:
            raise _named(translate(exc) if isinstance(exc, sqlite3.Error) else exc, path) from exc
        if version != SCHEMA_VERSION:
            conn.close()
            _refuse_if_too_new(version, path)
            raise problem  # an older store must be updated first, which needs a writable disk
        return cls(conn, path)

    @property
    def conn(self) -> sqlite3.Connection:
        """The connection every repository uses (tests put a failing one in its place)."""
        return self._connection.conn

    @conn.setter
    def conn(self, value: sqlite3.Connection) -> None:
        self._connection.conn = value

    def close(self) -> None:
        self.conn.close()

    @property
    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error; bumps the change counter."""
        return self._connection.transaction()

    def data_version(self) -> int | None:
        """SQLite's ``PRAGMA data_version``: changes when another connection commits
        (None when it cannot be read just now)."""
        try:
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])
        except StoreError:
            return None

    def change_serial(self) -> int:
        """A number that grows with every committed change (for backups: only when data changed)."""
        return int(self.conn.execute("SELECT serial FROM changes WHERE id = 1").fetchone()[0])

    def _migrate(self, data_dir: Path) -> None:
        version = self.user_version
        _refuse_if_too_new(version, self.path)
        # Tables that are not what its version says (another tool dropped or changed them, or
        # wrote the version): damage, refused before any statement fails on them. A migration
        # that fails on a sound store is a bug, and stays an sqlite3 error.
        problem = schema_problem(self.conn)
        if problem is not None:
            raise StoreDamagedError(problem)
        if version < SCHEMA_VERSION and version > 0:
            self._backup_before_migration(data_dir, version)
        register_functions(self.conn)
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
        """A checked copy of the store as this version left it, taken before it migrates.

        Written under a partial name and renamed only once ``integrity_check`` passed, so a
        migration killed half-way through its backup leaves no damaged file that `hypnic
        check` would report for ever (the partial one is cleared by the next backup).
        """
        folder = data_dir / "backups"
        make_private_dir(folder)
        # Another process may be migrating too (the window and `hypnic log` started
        # together): only a partial copy whose writer is gone is debris.
        for stale in folder.glob(f"hypnic-before-v*{PARTIAL_SUFFIX}"):
            writer = stale.name.removesuffix(PARTIAL_SUFFIX).rsplit(".", 1)[-1]
            if not writer.isdigit() or not alive(int(writer)):
                remove_with_journal(stale)
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        target = folder / f"hypnic-before-v{version + 1}-{stamp}.db"
        partial = target.with_name(f"{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")
        try:
            backup_to(self.conn, partial)
            problem = integrity_check(partial)
        except BaseException:
            remove_with_journal(partial)
            raise
        if problem is not None:
            remove_with_journal(partial)
            raise StoreDamagedError(
                f"The copy taken before updating the store failed its check ({problem}); "
                "the store was not updated."
            )
        os.replace(partial, target)


def name_store_error(exc: BaseException, path: Path) -> BaseException:
    """A store error raised while the store at ``path`` was in use, saying which file it is
    about ("The disk is full." alone names nothing a person can act on)."""
    return _named(exc, path)


def _named(exc: BaseException, path: Path) -> BaseException:
    """A store error that says which file it is about (a bug is passed on unchanged); an
    I/O failure on a full or read-only disk is reported as that, never as damage."""
    if not isinstance(exc, StoreError) or isinstance(exc, StoreTooNewError):
        return exc
    if isinstance(exc, StoreUnavailableError | StoreReadOnlyError | StoreFullError):
        found = environment_error(path.parent, path)
        if found is not None:
            return found
    if str(path) in str(exc):
        return exc
    if isinstance(exc, StoreDamagedError):
        return StoreDamagedError(
            f"The store {path} is damaged or is not a Hypnic store. "
            "Run 'hypnic check'; the window offers to restore the newest good backup."
        )
    return type(exc)(f"{str(exc).rstrip('.')} ({path}).")


def _refuse_if_not_a_file(path: Path) -> None:
    """A pipe in the store's place would make SQLite wait for ever, a folder or a device
    fail in a way that names nothing: each is refused at once, saying what it is."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # none yet (made next), or a problem the opening itself reports
    if not stat.S_ISREG(mode):
        raise StoreUnavailableError(
            f"The store {path} is not a regular file (a folder, a pipe or a device is in its "
            "place); move it away and try again."
        )


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


def remove_with_journal(path: Path) -> None:
    """Delete a copy and any journal SQLite left beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


def _chmod_private(path: Path) -> None:
    if os.name == "posix":
        for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            with contextlib.suppress(FileNotFoundError):
                if stat.S_IMODE(candidate.stat().st_mode) != 0o600:
                    # Private already is left alone: a store on a read-only disk can be read.
                    candidate.chmod(0o600)
