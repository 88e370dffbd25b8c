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
