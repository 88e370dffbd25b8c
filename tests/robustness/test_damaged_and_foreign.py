"""Damaged or foreign store files: a damaged store is never overwritten, a newer one is refused
untouched, and every older schema version migrates with a backup first."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from old_stores import EVENTS, FIXTURES, build_store
from PySide6.QtWidgets import QMessageBox

from hypnic import startup
from hypnic.cli.main import main
from hypnic.paths import resolve_paths
from hypnic.store import Store
from hypnic.store.backups import BackupManager, quick_check
from hypnic.store.migrations import MIGRATIONS, SCHEMA_VERSION


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corrupt(path: Path) -> None:
    """Overwrite bytes in the middle of a page deep in the file, as a failing disk might."""
    data = bytearray(path.read_bytes())
    page = len(data) // 2 // 4096 * 4096
    data[page + 8 : page + 72] = b"\xff" * 64
    path.write_bytes(data)


def hypnic_process(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "hypnic", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def filled_store(data_dir: Path, count: int) -> None:
    from hypnic.domain.events import Event, new_event_id

    store = Store.open(data_dir)
    try:
        store.events.add_many(
            [Event(new_event_id(), "jerk", 1_790_000_000_000 + i, 60, note="n" * 300)
             for i in range(count)]
        )  # fmt: skip
    finally:
        store.close()


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_every_older_schema_version_migrates_with_a_backup(tmp_path: Path, version: int) -> None:
    data_dir = tmp_path / "data"
    build_store(data_dir / "hypnic.db", version, MIGRATIONS)
    store = Store.open(data_dir)
    try:
        assert store.user_version == SCHEMA_VERSION
        events = store.events.between_nights(None, None)
        stored = {e.id: (e.kind, e.utc_ms, e.by.value, e.note) for e in events}
        assert stored == {i: (k, t, b, n) for i, k, t, o, b, n in EVENTS}
        assert store.settings.get("day_boundary") == "13:00"
    finally:
        store.close()
    (backup,) = BackupManager(data_dir).list_backups()
    assert backup.path.name.startswith(f"hypnic-before-v{version + 1}-")
    copy = sqlite3.connect(backup.path)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == version
    finally:
        copy.close()
    assert main(["--data-dir", str(data_dir), "check"]) == 0


def test_the_committed_version_1_file_opens(tmp_path: Path, capsys) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(FIXTURES / "hypnic-v1.db", data_dir / "hypnic.db")
    assert main(["--data-dir", str(data_dir), "export"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "id,night,time,kind,by,note"
    assert "2026-11-24T23:41:07.000+01:00,jerk,self,first" in out
    assert ',deep_itch,self,"a, b"' in out
    assert main(["--data-dir", str(data_dir), "check"]) == 0


def filled_with_backup(data_dir: Path, count: int) -> Path:
    """A store of ``count`` taps and one good backup of it (returned)."""
    from datetime import UTC, datetime

    filled_store(data_dir, count)
    store = Store.open(data_dir)
    try:
        good = BackupManager(data_dir).backup_if_changed(store, datetime.now(UTC))
    finally:
        store.close()
    assert good is not None
    return good


def make_newer(data_dir: Path) -> Path:
    Store.open(data_dir).close()
    db = data_dir / "hypnic.db"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    return db


@pytest.mark.parametrize(
    "args",
    [["log", "jerk"], ["export"], ["nights"], ["import", "FILE"], ["export", "--format", "json"]],
)
def test_newer_store_is_refused_untouched_by_every_command(
    tmp_path: Path, capsys, args: list[str]
) -> None:
    data_dir = tmp_path / "data"
    db = make_newer(data_dir)
    before = sha(db)
    csv_file = tmp_path / "in.csv"
    csv_file.write_text("id,night,time,kind,by,note\n", encoding="utf-8")
    args = [str(csv_file) if a == "FILE" else a for a in args]
    assert main(["--data-dir", str(data_dir), *args]) == 1
    err = capsys.readouterr().err
    assert "newer Hypnic" in err and "left untouched" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert sha(db) == before and not (data_dir / "backups").exists()
    # SQLite's read-only probe of a WAL-mode file may leave an empty -wal (and an -shm index):
    # nothing is written into them.
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_newer_store_window_says_so_and_quits(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    db = make_newer(data_dir)
    before = sha(db)
    done = hypnic_process("--data-dir", str(data_dir), "--smoke-test")
    assert done.returncode == 1
    assert "newer Hypnic" in done.stderr and "Traceback" not in done.stderr
    assert sha(db) == before


def test_damaged_store_without_backup_is_reported_and_kept(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    filled_store(data_dir, 300)
    db = data_dir / "hypnic.db"
    corrupt(db)
    before = sha(db)
    done = hypnic_process("--data-dir", str(data_dir), "--smoke-test")
    assert done.returncode == 1
    assert "is damaged" in done.stderr and "no good backup" in done.stderr
    assert "Traceback" not in done.stderr
    assert sha(db) == before
    checked = hypnic_process("--data-dir", str(data_dir), "check")
    assert checked.returncode == 1 and "FAILED" in checked.stdout


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_damaged_store_offers_the_newest_good_backup(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    data_dir = tmp_path / "data"
    good = filled_with_backup(data_dir, 300)
    db = data_dir / "hypnic.db"
    corrupt(db)
    damaged = sha(db)
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(" ".join([box.text(), box.informativeText(), box.detailedText()]))
        wanted = "Restore the backup" if answer == "Yes" else "Quit"
        next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    ok = startup._checked_or_restored(resolve_paths(data_dir), smoke_test=False)
    assert asked and "is damaged" in asked[0] and good.name in asked[0]
    assert "kept aside" in asked[0]
    if answer == "No":
        assert not ok and sha(db) == damaged
        return
    assert ok
    names = [p for p in data_dir.glob("hypnic.db.damaged-*")]
    (aside,) = [p for p in names if not p.name.endswith(("-wal", "-shm"))]
    assert sha(aside) == damaged
    assert quick_check(db) is None
    store = Store.open(data_dir)
    try:
        assert len(store.events.between_nights(None, None)) == 300
    finally:
        store.close()


def test_the_restore_question_is_short_with_the_details_apart(qapp, tmp_path: Path) -> None:
    long_problem = "; ".join(f"row {n} missing from index events_by_local" for n in range(5))
    backup = tmp_path / "backups" / "hypnic-20261124T234107.123Z-s42.db"
    backup.parent.mkdir()
    backup.write_bytes(b"")
    box = startup.restore_question(tmp_path / "data" / "hypnic.db", long_problem, backup)
    assert str(tmp_path) not in box.text() + box.informativeText()
    assert long_problem in box.detailedText() and str(backup) in box.detailedText()
    details = next(b for b in box.buttons() if "Details" in b.text())
    box.show()
    for _ in range(2):
        size = box.sizeHint()
        assert size.width() <= 1024 and size.height() <= 600, size
        details.click()
    box.close()


def test_a_store_emptied_to_0_bytes_is_damaged_when_backups_of_it_exist(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite opens an empty file as a new store: a store lost to 0 bytes was taken for a fresh
    start, and the window would have begun a new history beside the backups of the old one."""
    data_dir = tmp_path / "data"
    filled_with_backup(data_dir, 30)
    db = data_dir / "hypnic.db"
    for extra in ("-wal", "-shm"):
        Path(f"{db}{extra}").unlink(missing_ok=True)
    db.write_bytes(b"")
    assert quick_check(db) == "the file is empty (0 bytes), though backups of it exist"
    logged = hypnic_process("--data-dir", str(data_dir), "log", "jerk")
    assert logged.returncode == 1 and "is damaged" in logged.stderr, logged.stderr
    assert db.stat().st_size == 0  # nothing was written into it
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Restore the backup").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert startup._checked_or_restored(resolve_paths(data_dir), smoke_test=False)
    assert asked
    store = Store.open(data_dir)
    try:
        assert len(store.events.between_nights(None, None)) == 30
    finally:
        store.close()


def test_an_empty_store_without_backups_is_a_new_one(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "hypnic.db").write_bytes(b"")  # made, then the process was killed
    assert quick_check(data_dir / "hypnic.db") is None
    assert hypnic_process("--data-dir", str(data_dir), "log", "jerk").returncode == 0


_KILLED_WRITE = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode=DELETE")
conn.execute("PRAGMA cache_size=1")  # the change spills into the file before it commits
conn.execute("BEGIN")
conn.execute("UPDATE events SET note = note || 'half-written'")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_write_killed_halfway_is_rolled_back_not_called_read_only(tmp_path: Path) -> None:
    """A killed migration or import leaves a hot journal; the read-only check could not roll it
    back and said "The store is read-only" until something opened the store for writing."""
    data_dir = tmp_path / "data"
    filled_store(data_dir, 2000)
    db = data_dir / "hypnic.db"
    killed = subprocess.run([sys.executable, "-c", _KILLED_WRITE, str(db)], check=False)
    assert killed.returncode == -9 and Path(f"{db}-journal").stat().st_size > 0
    checked = hypnic_process("--data-dir", str(data_dir), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    conn = sqlite3.connect(db)
    try:
        assert conn.execute(
            "SELECT count(*) FROM events WHERE note LIKE '%half-written'"
        ).fetchone() == (0,)
    finally:
        conn.close()


def _foreign(db: Path, *statements: str) -> None:
    db.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _lowered(db: Path, version: int) -> None:
    Store.open(db.parent).close()
    _foreign(db, f"PRAGMA user_version = {version}")


@pytest.mark.parametrize(
    ("what", "make", "says"),
    [
        ("another program's database", lambda db: _foreign(db, "CREATE TABLE foo (x)"),
         "not a Hypnic store"),
        ("one with a table named like Hypnic's", lambda db: _foreign(db, "CREATE TABLE events (x)"),
         "not a Hypnic store"),
        ("a store whose version was lowered to 1", lambda db: _lowered(db, 1), "schema 1"),
        ("a store whose version was lowered to 2", lambda db: _lowered(db, 2), "schema 2"),
    ],
)  # fmt: skip
def test_a_file_that_is_not_what_its_version_says_is_refused_and_never_taken_over(
    tmp_path: Path, capsys, what: str, make, says: str
) -> None:  # type: ignore[no-untyped-def]
    """Another program's SQLite file named hypnic.db was taken over (Hypnic's tables added
    beside its own) or crashed on with a traceback; so was a store whose version number
    another tool lowered. Each is refused in one sentence, untouched, and check fails it."""
    data_dir = tmp_path / "data"
    db = data_dir / "hypnic.db"
    make(db)
    before = sha(db)
    assert main(["--data-dir", str(data_dir), "log", "jerk"]) == 1, what
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert sha(db) == before, what
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    assert says in capsys.readouterr().out


def test_check_fails_a_store_a_newer_hypnic_wrote(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "data"
    make_newer(data_dir)
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    assert "newer Hypnic" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["export"], ["nights"], ["report", "-o", "OUT"], ["check"]])
def test_reading_a_store_that_is_not_there_makes_none(
    tmp_path: Path, capsys, command: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """A mistyped --data-dir: reading printed an empty export (or a blank summary) and left a
    new, empty store in the wrong folder."""
    data_dir = tmp_path / "mistyped"
    args = [str(tmp_path / "out.pdf") if a == "OUT" else a for a in command]
    assert main(["--data-dir", str(data_dir), *args]) == 1
    err = capsys.readouterr().err
    done = "checked" if command == ["check"] else "read"
    assert err.strip() == f"hypnic: There is no store in {data_dir}; nothing was {done}."
    assert not data_dir.exists()


def test_an_import_dry_run_where_there_is_no_store_makes_none(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    data_dir, source = tmp_path / "mistyped", tmp_path / "source"
    filled_store(source, 3)
    capsys.readouterr()
    assert main(["--data-dir", str(source), "export", "-o", str(tmp_path / "taps.csv")]) == 0
    assert (
        main(["--data-dir", str(data_dir), "import", "--dry-run", str(tmp_path / "taps.csv")]) == 0
    )
    assert "Would import 3 events" in capsys.readouterr().out
    assert not data_dir.exists()


def test_a_store_deleted_beside_its_backups_is_not_replaced_by_an_empty_one(
    qapp, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """hypnic.db gone, backups/ still there: `log` made a new empty store and `check` said
    ok. Now the command line refuses in one sentence and the window offers the backup."""
    data_dir = tmp_path / "data"
    filled_with_backup(data_dir, 40)
    for leftover in data_dir.glob("hypnic.db*"):
        leftover.unlink()
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "log", "jerk"]) == 1
    err = capsys.readouterr().err
    assert "missing, though backups of it exist" in err and len(err.strip().splitlines()) == 1
    assert not (data_dir / "hypnic.db").exists()
    assert main(["--data-dir", str(data_dir), "export"]) == 1  # nothing there to salvage
    assert "missing, though backups" in capsys.readouterr().err

    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(" ".join([box.text(), box.informativeText(), box.detailedText()]))
        next(b for b in box.buttons() if b.text() == "Restore the backup").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert startup._checked_or_restored(resolve_paths(data_dir), smoke_test=False)
    assert asked and "missing" in asked[0]
    store = Store.open(data_dir)
    try:
        assert len(store.events.between_nights(None, None)) == 40
    finally:
        store.close()


def test_a_store_that_cannot_be_checked_is_told_as_such_though_checked_on_a_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The start-up check runs on a thread of its own; what stops it (an unreadable disk)
    still reaches the window's start as the store's own error, told once, never as damage."""
    from hypnic.domain.errors import StoreUnavailableError
    from hypnic.store import checks

    data_dir = tmp_path / "data"
    Store.open(data_dir).close()

    def unreadable(path: Path) -> str | None:
        raise StoreUnavailableError(f"{path} cannot be read (input/output error)")

    monkeypatch.setattr(checks, "quick_check", unreadable)
    told: list[str] = []
    monkeypatch.setattr(startup, "_tell", lambda text, details=None: told.append(text))
    paths = resolve_paths(data_dir)
    assert (
        startup.open_checked_store(paths, smoke_test=False, check=startup.StoreCheck(paths)) is None
    )
    assert told == [f"{data_dir / 'hypnic.db'} cannot be read (input/output error)"]
    with pytest.raises(StoreUnavailableError):
        startup.open_checked_store(paths, smoke_test=True)


def test_what_stops_the_start_before_the_window_is_said_in_a_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:  # type: ignore[no-untyped-def]
    """Started from a menu, there is no terminal: a data folder Hypnic cannot use (here a path
    through a file; another user's folder alike) was said on standard error only."""
    from hypnic.window_run import run_gui

    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    with pytest.raises(OSError):
        run_gui(data_dir=str(blocker / "hypnic"), demo=False, smoke_test=False)
    assert asked == [f"Hypnic cannot use {blocker / 'hypnic'} (Not a directory)."]
    # The command line still says it in one line, with its exit status.
    assert main(["--data-dir", str(blocker / "hypnic"), "--smoke-test"]) == 1
