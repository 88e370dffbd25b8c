"""The store: schema and pragmas, file modes, refusing newer stores, migrations, nights, trash."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from hypnic.domain.events import Event, new_event_id
from hypnic.domain.kinds import BUILTIN_GROUPS, BUILTIN_KINDS
from hypnic.store import database
from hypnic.store.database import DB_NAME, Store, StoreTooNewError
from hypnic.store.migrations import MIGRATIONS, SCHEMA_VERSION

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def local_ms(year: int, month: int, day: int, hour: int, minute: int, second: int = 0) -> int:
    wall = datetime(year, month, day, hour, minute, second)
    return (wall - datetime(1970, 1, 1)) // timedelta(milliseconds=1)


def event_at(local: int, offset_min: int, kind: str = "jerk") -> Event:
    return Event(new_event_id(), kind, local - offset_min * 60_000, offset_min)


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_fresh_store_has_schema_and_builtin_kinds(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    try:
        assert store.user_version == SCHEMA_VERSION
        kinds = {k.key: k for k in store.kinds.all()}
        assert set(kinds) == {k.key for k in BUILTIN_KINDS}
        assert [k for k in kinds.values() if k.enabled] == [
            kinds["jerk"],
            kinds["kick"],
            kinds["deep_itch"],
        ]
        assert {key: k.group for key, k in kinds.items()} == BUILTIN_GROUPS
    finally:
        store.close()


@posix_only
def test_private_file_and_folder_modes(tmp_path: Path) -> None:
    data = tmp_path / "nested" / "data"
    store = Store.open(data)
    try:
        store.events.add(event_at(local_ms(2026, 11, 24, 23, 0), 0))
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        for name in (DB_NAME, f"{DB_NAME}-wal"):
            assert stat.S_IMODE((data / name).stat().st_mode) == 0o600, name
    finally:
        store.close()


def test_connection_pragmas(store: Store) -> None:
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        store.events.add(event_at(local_ms(2026, 11, 24, 23, 0), 0, kind="no_such_kind"))
    assert store.events.between_nights(None, None) == []


def test_newer_store_is_refused_and_left_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    conn = sqlite3.connect(data / DB_NAME)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(data)
    with pytest.raises(StoreTooNewError, match="newer Hypnic") as caught:
        Store.open(data)
    assert "untouched" in str(caught.value)
    assert digest(data) == before


def test_newer_store_in_wal_mode_keeps_its_log(tmp_path: Path) -> None:
    # A crashed newer Hypnic leaves data in the -wal: refusing must not checkpoint it away.
    source, data = tmp_path / "source", tmp_path / "data"
    source.mkdir()
    data.mkdir()
    conn = sqlite3.connect(source / DB_NAME)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE future (x)")
    conn.execute("INSERT INTO future VALUES (1)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    for name in (DB_NAME, f"{DB_NAME}-wal"):
        (data / name).write_bytes((source / name).read_bytes())
    conn.close()
    before = digest(data)
    with pytest.raises(StoreTooNewError):
        Store.open(data)
    after = digest(data)
    after.pop(f"{DB_NAME}-shm", None)  # a reader may create the shared-memory index
    assert after == before


def _add_second_migration(monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    migrations = (*MIGRATIONS, step)
    monkeypatch.setattr(database, "MIGRATIONS", migrations)
    monkeypatch.setattr(database, "SCHEMA_VERSION", len(migrations))


def test_migration_takes_a_backup_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    store = Store.open(data)
    event = event_at(local_ms(2026, 11, 24, 23, 10), 60)
    store.events.add(event)
    store.close()

    _add_second_migration(
        monkeypatch, "CREATE TABLE extra (x INTEGER); INSERT INTO extra VALUES (7)"
    )
    store = Store.open(data)
    try:
        assert store.user_version == SCHEMA_VERSION + 1
        assert store.conn.execute("SELECT x FROM extra").fetchall() == [(7,)]
        assert store.events.get(event.id) == event
    finally:
        store.close()

    backups = sorted((data / "backups").iterdir())
    prefix = f"hypnic-before-v{SCHEMA_VERSION + 1}-"
    assert [p.name[: len(prefix)] for p in backups] == [prefix]
    old = sqlite3.connect(backups[0])
    try:
        assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert old.execute("SELECT id FROM events").fetchall() == [(event.id,)]
        tables = {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "extra" not in tables
        # A backup is one self-contained file, not a WAL pair.
        assert old.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        old.close()


def test_failing_migration_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    Store.open(data).close()

    _add_second_migration(monkeypatch, "CREATE TABLE extra (x); INSERT INTO missing VALUES (1)")
    # A broken migration is a bug: it stays a sqlite3 error (for the crash dialog), not a
    # store error a person could act on; nothing of it is left behind.
    with pytest.raises(sqlite3.OperationalError, match="missing"):
        Store.open(data)

    monkeypatch.undo()
    store = Store.open(data)
    try:
        assert store.user_version == SCHEMA_VERSION
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert "extra" not in tables
    finally:
        store.close()


def test_trash_and_restore(store: Store) -> None:
    night = date(2026, 11, 24)
    kept = event_at(local_ms(2026, 11, 24, 23, 0), 0)
    trashed = event_at(local_ms(2026, 11, 24, 23, 5), 0, kind="kick")
    store.events.add(kept)
    store.events.add(trashed)

    store.events.trash(trashed.id, at_utc_ms=trashed.utc_ms + 1000)
    assert store.events.of_night(night) == [kept]
    in_trash = store.events.of_night(night, deleted=True)
    assert [e.id for e in in_trash] == [trashed.id]
    assert in_trash[0].deleted_utc_ms == trashed.utc_ms + 1000

    store.events.restore(trashed.id)
    assert store.events.of_night(night) == [kept, trashed]
    assert store.events.of_night(night, deleted=True) == []


def test_events_by_night_across_midnight_and_noon(store: Store) -> None:
    evening = event_at(local_ms(2026, 11, 24, 23, 50), 60)
    after_midnight = event_at(local_ms(2026, 11, 25, 0, 40), 60)
    last_ms = event_at(local_ms(2026, 11, 25, 11, 59, 59) + 999, 60)
    at_noon = event_at(local_ms(2026, 11, 25, 12, 0), 60)
    for e in (at_noon, last_ms, evening, after_midnight):
        store.events.add(e)

    assert store.events.of_night(date(2026, 11, 24)) == [evening, after_midnight, last_ms]
    assert store.events.of_night(date(2026, 11, 25)) == [at_noon]
    assert store.events.between_nights(date(2026, 11, 24), None) == [
        evening,
        after_midnight,
        last_ms,
        at_noon,
    ]
    # With an 18:00 boundary the night of the 24th runs to 18:00 on the 25th: noon joins it.
    store.settings.set_day_boundary(time(18, 0))
    assert store.events.of_night(date(2026, 11, 24)) == [
        evening,
        after_midnight,
        last_ms,
        at_noon,
    ]


def test_night_uses_the_offset_stored_with_each_event(store: Store) -> None:
    # The same UTC instant, logged in London and in New York, is in different nights.
    utc = local_ms(2026, 11, 25, 13, 0)
    london = Event(new_event_id(), "jerk", utc, 0)
    new_york = Event(new_event_id(), "jerk", utc, -300)
    store.events.add(london)
    store.events.add(new_york)
    assert store.events.of_night(date(2026, 11, 25)) == [london]
    assert store.events.of_night(date(2026, 11, 24)) == [new_york]


def test_change_serial_grows_only_with_committed_changes(store: Store) -> None:
    start = store.change_serial()
    store.events.add(event_at(local_ms(2026, 11, 24, 23, 0), 0))
    after_add = store.change_serial()
    assert after_add > start
    store.events.of_night(date(2026, 11, 24))
    assert store.change_serial() == after_add

    with pytest.raises(RuntimeError), store.transaction() as conn:
        conn.execute("INSERT INTO settings VALUES ('x', 'y')")
        raise RuntimeError("abandon")
    assert store.change_serial() == after_add
    assert store.settings.get("x") is None

    store.settings.set("x", "z")
    assert store.change_serial() > after_add


def test_a_second_process_migrating_first_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window and `hypnic log` started together on an old store: both read the old version,
    one migrates first; the other must see that under the write lock, not fail on CREATE."""
    data = tmp_path / "data"
    Store.open(data).close()
    _add_second_migration(monkeypatch, "CREATE TABLE extra (x INTEGER)")
    real_backup = Store._backup_before_migration
    other: list[Store] = []
    raced: list[bool] = []

    def backup_then_lose_the_race(self: Store, data_dir: Path, version: int) -> None:
        real_backup(self, data_dir, version)
        if not raced:  # the other process opens and migrates in between
            raced.append(True)
            other.append(Store.open(data_dir))

    monkeypatch.setattr(Store, "_backup_before_migration", backup_then_lose_the_race)
    store = Store.open(data)
    try:
        assert store.user_version == SCHEMA_VERSION + 1
        assert other[0].user_version == SCHEMA_VERSION + 1
    finally:
        store.close()
        other[0].close()
