"""Shared pieces of the benchmarks: the result row, medians, quiet calls, fast synthetic stores."""

from __future__ import annotations

import contextlib
import io
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

NEWEST_NIGHT = date(2026, 4, 10)
OFFSET_MIN = 60
KINDS = ("jerk", "jerk", "kick", "kick", "kick", "deep_itch")


@dataclass(frozen=True, slots=True)
class Figure:
    """One row of the table: a measured value against its floor and its budget.

    ``budget_ratio`` bounds measured / floor; ``budget_abs`` bounds the measured value itself
    (in ``unit``). Either or both may be set; a row with neither is information only.
    """

    name: str
    measured: float
    unit: str = "ms"
    floor: float | None = None
    budget_ratio: float | None = None
    budget_abs: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return None if not self.floor else self.measured / self.floor

    @property
    def ok(self) -> bool | None:
        checks = []
        if self.budget_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.budget_ratio)
        if self.budget_abs is not None:
            checks.append(self.measured <= self.budget_abs)
        return all(checks) if checks else None

    @property
    def budget(self) -> str:
        parts = []
        if self.budget_ratio is not None:
            parts.append(f"<= {self.budget_ratio:g}x")
        if self.budget_abs is not None:
            parts.append(f"<= {self.budget_abs:g} {self.unit}")
        return " and ".join(parts) or "-"


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def ms_since(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Swallow what a command prints (stdout, as text and as bytes)."""
    sink = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    with contextlib.redirect_stdout(sink):
        yield


@contextlib.contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """A temporary folder on the same disk as the user's data (fsync is real there, not tmpfs)."""
    base = Path(os.environ.get("HYPNIC_BENCH_DIR", tempfile.gettempdir()))
    path = Path(tempfile.mkdtemp(prefix=f"hypnic-bench-{prefix}-", dir=base))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def fake_uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def event_rows(
    nights: int, per_night: int, *, seed: int = 1, newest: date = NEWEST_NIGHT
) -> Iterator[tuple[str, str, int, int, int, str, str, None]]:
    """Rows for the events table (id, kind, utc_ms, offset_min, local_ms, by, note, deleted):
    ``per_night`` taps between 22:00 and 02:00 at +01:00 on each of ``nights`` nights."""
    rng = random.Random(seed)
    choice = rng.choice
    span = 4 * 3_600_000
    for back in range(nights - 1, -1, -1):
        night = newest - timedelta(days=back)
        start_utc = ((night - date(1970, 1, 1)).days * 24 + 21) * 3_600_000  # 22:00 at +01:00
        for ms in sorted(rng.randrange(span) for _ in range(per_night)):
            utc = start_utc + ms
            by = "partner" if ms % 17 == 0 else "self"
            yield (fake_uuid(rng), choice(KINDS), utc, OFFSET_MIN, utc + OFFSET_MIN * 60_000,
                   by, "", None)  # fmt: skip


def fill_store(data_dir: Path, nights: int, per_night: int) -> int:
    """Create a store in ``data_dir`` (through Store.open: real schema and pragmas) and add
    ``nights * per_night`` events with one executemany in one transaction; returns the count."""
    from hypnic.store import Store

    store = Store.open(data_dir)
    try:
        with store.transaction() as conn:
            conn.executemany(
                "INSERT INTO events (id, kind, utc_ms, offset_min, local_ms, by, note,"
                " deleted_utc_ms) VALUES (?,?,?,?,?,?,?,?)",
                event_rows(nights, per_night),
            )
        return int(store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])
    finally:
        store.close()


def bare_connection(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with the store's pragmas (WAL, synchronous=FULL, FKs)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def interleaved(runs: int, *funcs: Callable[[], float]) -> list[list[float]]:
    """Call each function ``runs`` times, alternating, so load spikes hit all of them alike."""
    results: list[list[float]] = [[] for _ in funcs]
    for _ in range(runs):
        for i, func in enumerate(funcs):
            results[i].append(func())
    return results


def log(message: str) -> None:
    print(f"  .. {message}", file=sys.stderr, flush=True)


def survive_pyside_none_leak() -> None:
    """Keep None, True and False alive through long Qt loops.

    PySide6 6.12.0's abi3 wheel on Python 3.11 drops one reference to None for every call of
    a Qt method that returns nothing (and to True/False for some bool returns): on 3.12+ those
    objects are immortal and nothing happens, on 3.11 the process dies with "none_dealloc"
    after a few thousand calls (see README: "A crash found on the way"). The benchmarks pad
    the reference counts so they can run; the app itself is not patched here.
    """
    if sys.version_info >= (3, 12):
        return
    import ctypes

    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
