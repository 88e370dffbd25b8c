"""Helpers for the hostile-input and fault tests: `hypnic` as a real process, damaged files,
a small disk of our own."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from hypnic.domain.events import Event, new_event_id
from hypnic.store import Store
from realapp import hypnic_command

# 2026-09-21T22:13:20Z and the seconds after it: times every store takes.
T0 = 1_790_000_000_000


def hypnic(
    data_dir: Path | str, *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``hypnic --data-dir DATA ARGS...`` as its own process (TZ fixed, no display)."""
    full_env = {**os.environ, "TZ": "Europe/Berlin", "QT_QPA_PLATFORM": "offscreen"}
    full_env.pop("DISPLAY", None)
    full_env.update(env or {})
    return subprocess.run(
        [*hypnic_command(), "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, env=full_env, timeout=timeout, check=False,
    )  # fmt: skip


def assert_refused(result: subprocess.CompletedProcess[str], code: int, *words: str) -> str:
    """Exit ``code``, exactly one line on stderr (``hypnic: ...``) holding ``words``, no
    traceback; returns that line."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("hypnic: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def filled_store(data_dir: Path, count: int, *, note: str = "n" * 200) -> list[str]:
    """A store holding ``count`` jerks one second apart; returns their ids."""
    events = [Event(new_event_id(), "jerk", T0 + i * 1000, 120, note=note) for i in range(count)]
    store = Store.open(data_dir)
    try:
        store.events.add_many(events)
    finally:
        store.close()
    return [e.id for e in events]


def corrupt_page_of(db: Path, table: str, *, kind: str = "leaf") -> int:
    """Overwrite a ``kind`` ("leaf" or "internal") page of ``table`` in the middle of the file
    with random bytes, as a failing disk would (dd, not a mock); returns the page number.

    A torn leaf loses its rows ("database disk image is malformed"); a torn interior page
    makes SQLite's check list hundreds of faults.
    """
    conn = sqlite3.connect(db)
    try:
        try:
            pages = [
                int(r[0])
                for r in conn.execute(
                    "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno",
                    (table, kind),
                )
            ]
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table to find a page with")
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()
    page = pages[len(pages) // 2]
    # Keep the page's first 12 bytes (its type) for an interior page, so SQLite reads on and
    # reports every cell it finds broken.
    skip = 12 if kind == "internal" else 0
    subprocess.run(
        ["dd", "if=/dev/urandom", f"of={db}", "bs=1", f"seek={(page - 1) * size + skip}",
         f"count={size - skip}", "conv=notrunc"],
        check=True, capture_output=True,
    )  # fmt: skip
    return page


def _mount(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs of our own: a real disk that can fill up or become read-only."""
    point = tmp_path / "disk"
    point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = _mount(["-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(point)])
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def make_read_only(point: Path) -> None:
    done = _mount(["-o", "remount,ro", str(point)])
    assert done.returncode == 0, done.stderr


def fill_disk(point: Path) -> Path:
    """Fill the disk at ``point`` to the last block; returns the filler file."""
    filler = point / "filler"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    try:
        with filler.open("ab") as handle:
            handle.write(b"\0" * 512)
    except OSError:
        pass
    return filler
