"""Faults of the machine, produced for real: a store damaged on disk (dd), a full disk, a
read-only disk, another process holding the write lock. Every command says what happened in
one sentence (exit 1), never a traceback; a damaged store is never written to, and `export`
saves what can still be read; a full or read-only disk is never called a damaged store."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile import (
    assert_refused,
    corrupt_page_of,
    fill_disk,
    filled_store,
    hypnic,
    make_read_only,
    sha,
    small_disk,
)

from realapp import hypnic_command

__all__ = ["small_disk"]  # a fixture, used by name

WRITES = [
    ["log", "jerk"],
    ["dose", "temazepam", "--amount", "10"],
    ["import", "FILE"],
]


def _args(command: list[str], tmp_path: Path) -> list[str]:
    csv = tmp_path / "in.csv"
    csv.write_text(
        "id,night,time,kind,by,note\n"
        "55555555-5555-4555-8555-555555555555,,2026-11-24T23:00:00+01:00,kick,self,\n",
        encoding="utf-8",
    )
    return [str(csv) if a == "FILE" else a for a in command]


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, list[str]]:
    """A store of 1,500 events with one page of its events torn up by dd."""
    data = tmp_path / "data"
    ids = filled_store(data, 1500)
    corrupt_page_of(data / "hypnic.db", "events")
    return data, ids


@pytest.mark.parametrize("command", WRITES)
def test_a_damaged_store_is_never_written_to(
    damaged: tuple[Path, list[str]], tmp_path: Path, command: list[str]
) -> None:
    data, _ids = damaged
    before = sha(data / "hypnic.db")
    assert_refused(hypnic(data, *_args(command, tmp_path)), 1, "is damaged", "nothing was written")
    assert sha(data / "hypnic.db") == before
    assert not (data / "backups").exists()


@pytest.mark.parametrize("command", [["nights"], ["nights", "--json"], ["report", "-o", "OUT"]])
def test_reading_figures_from_a_damaged_store_says_so(
    damaged: tuple[Path, list[str]], tmp_path: Path, command: list[str]
) -> None:
    data, _ids = damaged
    out = tmp_path / "summary.pdf"
    args = [str(out) if a == "OUT" else a for a in command]
    assert_refused(hypnic(data, *args), 1, "is damaged", "hypnic export")
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_saves_what_a_damaged_store_still_holds_and_names_what_it_lost(
    damaged: tuple[Path, list[str]], tmp_path: Path, fmt: str
) -> None:
    data, ids = damaged
    before = sha(data / "hypnic.db")
    out = tmp_path / f"saved.{fmt}"
    done = hypnic(data, "export", "--format", fmt, "-o", str(out))
    line = assert_refused(done, 1, "is damaged", "could not read some events", str(out))
    if fmt == "csv":
        saved = [row.split(",")[0] for row in out.read_text("utf-8").splitlines()[1:]]
    else:
        saved = [e["id"] for e in json.loads(out.read_text("utf-8"))["events"]]
    # One page of about fifteen rows is lost; every other row is there, in order.
    assert 1400 < len(saved) < 1500 and set(saved) <= set(ids), len(saved)
    assert f"({len(saved)} events)" in line
    assert sha(data / "hypnic.db") == before
    # What was saved restores into a new store.
    fresh = tmp_path / "fresh"
    restored = hypnic(fresh, "import", str(out))
    assert restored.returncode == 0, restored.stderr


def test_a_store_nothing_can_be_read_from_exports_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "hypnic.db").write_bytes(b"id,night,time,kind,by,note\r\n" * 50)
    out = tmp_path / "saved.csv"
    assert_refused(hypnic(data, "export", "-o", str(out)), 1, "nothing in it could be read")
    assert not out.exists()


def test_a_full_disk_is_called_full_not_damaged(small_disk: Path, tmp_path: Path) -> None:
    data = small_disk / "data"
    assert hypnic(data, "log", "jerk", "--at", "2026-11-24T23:00:00+01:00").returncode == 0
    before = sha(data / "hypnic.db")
    filler = fill_disk(small_disk)
    for command in WRITES:
        line = assert_refused(hypnic(data, *_args(command, tmp_path)), 1, "full")
        assert "damaged" not in line
    assert sha(data / "hypnic.db") == before
    # Reading still works on a full disk.
    exported = hypnic(data, "export")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.count("\n") == 2
    assert hypnic(data, "nights").returncode == 0
    assert hypnic(data, "check").returncode == 0
    filler.unlink()
    assert hypnic(data, "log", "kick").returncode == 0


def test_a_read_only_disk_is_called_read_only_not_damaged(small_disk: Path, tmp_path: Path) -> None:
    data = small_disk / "data"
    assert hypnic(data, "log", "jerk", "--at", "2026-11-24T23:00:00+01:00").returncode == 0
    make_read_only(small_disk)
    for command in WRITES:
        line = assert_refused(hypnic(data, *_args(command, tmp_path)), 1, "read-only")
        assert "damaged" not in line
    exported = hypnic(data, "export")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.count("\n") == 2
    assert hypnic(data, "nights", "--json").returncode == 0
    checked = hypnic(data, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    out = tmp_path / "s.pdf"
    assert hypnic(data, "report", "-o", str(out)).returncode == 0
    # Writing an export onto a read-only disk: one sentence, exit 1.
    assert_refused(hypnic(data, "export", "-o", str(small_disk / "x.csv")), 1, "Cannot write")


_HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


@pytest.mark.parametrize("command", WRITES)
def test_a_lock_held_beyond_the_wait_is_one_sentence(tmp_path: Path, command: list[str]) -> None:
    data = tmp_path / "data"
    filled_store(data, 3)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(data / "hypnic.db"), "30"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        line = assert_refused(hypnic(data, *_args(command, tmp_path)), 1, "busy")
        assert time.monotonic() - started < 25
        assert "another program" in line
        # Reading goes on beside the writer (WAL).
        assert hypnic(data, "export").returncode == 0
    finally:
        holder.kill()
        holder.wait()
    assert hypnic(data, *_args(command, tmp_path)).returncode == 0


@pytest.mark.parametrize("command", [["log", "jerk"], ["dose", "temazepam", "--amount", "10"]])
def test_a_commit_is_never_followed_by_exit_1_when_its_line_cannot_be_shown(
    tmp_path: Path, command: list[str]
) -> None:
    # Standard output on a full disk: the tap is in, so the status says done (a script that
    # saw 1 would log it a second time).
    data = tmp_path / "data"
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [*hypnic_command(), "--data-dir", str(data), *command],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=60, check=False,
        )  # fmt: skip
    assert done.returncode == 0 and done.stderr == "", done.stderr
    exported = hypnic(data, "export", "--format", "json")
    doc = json.loads(exported.stdout)
    assert len(doc["events"]) + len(doc["doses"]) == 1
    # An export that cannot be written there says so in one sentence.
    with open("/dev/full", "w") as full:
        failed = subprocess.run(
            [*hypnic_command(), "--data-dir", str(data), "export"],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=60, check=False,
        )  # fmt: skip
    assert_refused(failed, 1, "No space left")


def test_a_damaged_index_loses_no_row_of_the_export(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ids = filled_store(data, 1500)
    corrupt_page_of(data / "hypnic.db", "events_by_local")
    out = tmp_path / "saved.csv"
    done = hypnic(data, "export", "-o", str(out))
    assert_refused(done, 1, "is damaged", "every row could still be read", "(1500 events)")
    saved = [row.split(",")[0] for row in out.read_text("utf-8").splitlines()[1:]]
    assert sorted(saved) == sorted(ids)


def test_a_store_cut_short_still_gives_up_its_first_half(tmp_path: Path) -> None:
    # A copy interrupted, a disk that lost the file's end: SQLite refuses a file shorter than
    # its header says; the export reads what is there.
    data = tmp_path / "data"
    ids = filled_store(data, 2000)
    db = data / "hypnic.db"
    with db.open("r+b") as handle:
        handle.truncate(db.stat().st_size // 2)
    out = tmp_path / "saved.csv"
    assert_refused(hypnic(data, "export", "-o", str(out)), 1, "is damaged", "some events")
    saved = [row.split(",")[0] for row in out.read_text("utf-8").splitlines()[1:]]
    assert 500 < len(saved) < 2000 and set(saved) <= set(ids)
    assert_refused(hypnic(data, "log", "jerk"), 1, "is damaged", "nothing was written")
