"""The single-writer lock across processes, and the file-based raise request."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from hypnic.store.lock import acquire_instance_lock, raise_request_path, request_raise

TRY_LOCK = """
import sys
from pathlib import Path
from hypnic.store.lock import acquire_instance_lock
lock = acquire_instance_lock(Path(sys.argv[1]))
print("acquired" if lock else "busy")
"""

HOLD_LOCK = """
import sys
from pathlib import Path
from hypnic.store.lock import acquire_instance_lock
lock = acquire_instance_lock(Path(sys.argv[1]))
print("acquired" if lock else "busy", flush=True)
sys.stdin.readline()
"""


def other_process_tries(data_dir: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", TRY_LOCK, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def test_second_process_is_refused_until_release(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    lock = acquire_instance_lock(data_dir)
    assert lock is not None and lock.held
    assert other_process_tries(data_dir) == "busy"
    lock.close()
    assert not lock.held
    lock.close()  # closing twice is harmless
    assert other_process_tries(data_dir) == "acquired"


def test_lock_held_by_another_process_is_freed_when_it_dies(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "acquired"
        assert acquire_instance_lock(data_dir) is None
        child.kill()  # a crash: no clean release, the kernel drops the lock
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=60)
    with acquire_instance_lock(data_dir) as lock:  # type: ignore[union-attr]
        assert lock.held
    assert not lock.held
    assert other_process_tries(data_dir) == "acquired"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_lock_and_request_files_are_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    lock = acquire_instance_lock(data_dir)
    assert lock is not None
    try:
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        assert stat.S_IMODE(lock.path.stat().st_mode) == 0o600
        assert lock.path.read_text().strip() == str(os.getpid())
        assert stat.S_IMODE(raise_request_path(data_dir).stat().st_mode) == 0o600
    finally:
        lock.close()


def test_raise_request_file_changes_on_each_request(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    lock = acquire_instance_lock(data_dir)
    assert lock is not None
    try:
        path = raise_request_path(data_dir)
        assert path.parent == data_dir
        # The running instance creates the file up front, so a watcher can follow it.
        assert path.exists() and path.read_text() == ""
        inode = path.stat().st_ino

        assert request_raise(data_dir) == path
        first = path.read_text()
        assert first.strip()
        assert request_raise(data_dir) == path
        assert path.read_text() != first
        # Rewritten in place: a file watcher keeps following the same file.
        assert path.stat().st_ino == inode
    finally:
        lock.close()
