"""A store whose tables do not match its schema version (a table dropped by a tool, a version
number written by hand) is a damaged store: every command says so in one line, `check` fails
it, and nothing is written (it used to end in an sqlite3.OperationalError traceback, while
`check` called it ok)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_helpers import Run


def _tamper(data_dir: Path, sql: str) -> bytes:
    conn = sqlite3.connect(data_dir / "hypnic.db")
    conn.execute(sql)
    conn.commit()
    conn.close()
    return (data_dir / "hypnic.db").read_bytes()


@pytest.mark.parametrize(
    "sql", ["DROP TABLE doses", "PRAGMA user_version = -1", "ALTER TABLE events DROP COLUMN note"]
)
def test_a_store_whose_tables_do_not_match_its_version_is_damaged(
    hypnic: Run, data_dir: Path, sql: str
) -> None:
    assert hypnic("log", "jerk").code == 0
    before = _tamper(data_dir, sql)
    for args in (("log", "kick"), ("dose", "clonazepam"), ("nights",), ("export",)):
        result = hypnic(*args)
        assert result.code == 1, (args, result)
        assert "damaged" in result.err and result.err.count("\n") == 1, (args, result.err)
    checked = hypnic("check")
    assert checked.code == 1 and "FAILED" in checked.out
    assert (data_dir / "hypnic.db").read_bytes() == before


def test_a_full_disk_during_a_write_names_the_store(
    hypnic: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It said only "The disk is full." (an import on a nearly full disk), naming nothing.
    from hypnic.domain.errors import StoreFullError

    hypnic("nights")

    def full(*_args: object, **_kw: object) -> None:
        raise StoreFullError("The disk is full.")

    monkeypatch.setattr("hypnic.cli.commands.apply_import", full)
    source = data_dir.parent / "empty.csv"
    source.write_text("id,night,time,kind,by,note\n")
    result = hypnic("import", str(source))
    assert result.code == 1 and result.err.count("\n") == 1
    assert str(data_dir / "hypnic.db") in result.err, result.err


def test_a_store_on_a_read_only_disk_can_still_be_read(
    hypnic: Run, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every read refused ("Cannot use the data folder … Read-only file system"): opening the
    # store changed the mode of files that were private already.
    import errno
    import os

    assert hypnic("log", "jerk").code == 0

    def read_only(path: object, *_args: object, **_kw: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    monkeypatch.setattr(os, "chmod", read_only)
    result = hypnic("export")
    assert result.code == 0, result.err
    assert result.out.count("\n") == 2


@pytest.mark.timeout(60, method="thread")  # a hang is in a C call
@pytest.mark.parametrize("make", ["fifo", "folder", "device"])
def test_a_store_that_is_not_a_regular_file_is_refused_at_once(
    hypnic: Run, data_dir: Path, make: str
) -> None:
    # A pipe in its place made every command, and the window, wait for ever.
    import os

    data_dir.mkdir(mode=0o700)
    store = data_dir / "hypnic.db"
    if make == "fifo":
        os.mkfifo(store)
    elif make == "folder":
        store.mkdir()
    else:
        store.symlink_to("/dev/zero")
    for args in (("log", "jerk"), ("nights",)):
        result = hypnic(*args)
        assert result.code == 1 and result.err.count("\n") == 1, result
        assert f"{store} is not a regular file" in result.err, result.err
