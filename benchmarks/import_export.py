"""`hypnic import` and `hypnic export` of a CSV file, against a plain sqlite3 load and dump.

    python benchmarks/import_export.py [--events 100000] [--runs 5]

Import: `hypnic --data-dir NEW import FILE` (run in-process, so interpreter start-up is not
counted: store creation, the backup before import, parsing and checking every row, the plan,
one transaction) against the floor: csv.reader over the same file and one executemany of its
rows into a table with the same two indexes (primary key and time), same pragmas, one commit.
Export: `hypnic export -o FILE` of that store (atomic write with fsync) against the floor:
SELECT of the same rows in the same order, csv.writer, fsync. Medians, runs alternating.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    Figure,
    bare_connection,
    event_rows,
    interleaved,
    log,
    median,
    quiet,
    scratch_dir,
)

PER_NIGHT = 40


def write_csv(path: Path, events: int) -> None:
    from hypnic.domain.events import Event, Observer
    from hypnic.exchange.csv_format import events_to_csv

    nights = max(1, events // PER_NIGHT)
    rows = event_rows(nights, PER_NIGHT)
    items = [Event(r[0], r[1], r[2], r[3], Observer(r[5]), r[6]) for r in rows]
    path.write_bytes(events_to_csv(items).encode("utf-8"))


def _hypnic(*args: str) -> None:
    from hypnic.cli.main import main

    with quiet():
        status = main(list(args))
    if status != 0:
        raise RuntimeError(f"hypnic {' '.join(args)} exited {status}")


def figures(*, events: int = 100_000, runs: int = 5) -> list[Figure]:
    with scratch_dir("exchange") as root:
        source = root / "events.csv"
        write_csv(source, events)
        log(f"import/export: {events} events, {runs} runs each, alternating")
        counter = iter(range(10_000))
        stores: list[Path] = []

        def app_import() -> float:
            data = root / f"app{next(counter)}"
            stores.append(data)
            t0 = time.perf_counter()
            _hypnic("--data-dir", str(data), "import", str(source))
            return (time.perf_counter() - t0) * 1000

        def bare_import() -> float:
            db = root / f"bare{next(counter)}.db"
            t0 = time.perf_counter()
            conn = bare_connection(db)
            conn.execute(
                "CREATE TABLE events (id TEXT PRIMARY KEY, night TEXT, time TEXT, kind TEXT,"
                " by TEXT, note TEXT)"
            )
            conn.execute("CREATE INDEX events_by_time ON events(time)")
            with source.open(newline="", encoding="utf-8") as handle:
                reader = csv.reader(handle)
                next(reader)
                conn.execute("BEGIN")
                conn.executemany("INSERT INTO events VALUES (?,?,?,?,?,?)", reader)
                conn.execute("COMMIT")
            conn.close()
            return (time.perf_counter() - t0) * 1000

        bare_in, app_in = interleaved(runs, bare_import, app_import)

        store_dir = stores[0]
        out = root / "out.csv"

        def app_export() -> float:
            t0 = time.perf_counter()
            _hypnic("--data-dir", str(store_dir), "export", "-o", str(out))
            return (time.perf_counter() - t0) * 1000

        def bare_export() -> float:
            t0 = time.perf_counter()
            conn = bare_connection(store_dir / "hypnic.db")
            rows = conn.execute(
                "SELECT id, local_ms, utc_ms, kind, by, note FROM events"
                " WHERE deleted_utc_ms IS NULL ORDER BY utc_ms, id"
            )
            with (root / "bare.csv").open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(("id", "night", "time", "kind", "by", "note"))
                writer.writerows(rows)
                handle.flush()
                os.fsync(handle.fileno())
            conn.close()
            return (time.perf_counter() - t0) * 1000

        bare_out, app_out = interleaved(runs, bare_export, app_export)
        same = out.read_bytes() == source.read_bytes()
    return [
        Figure(
            f"import {events} events (CSV)",
            median(app_in),
            floor=median(bare_in),
            budget_ratio=3.0,
            note="floor: csv.reader + one executemany, same pragmas and indexes",
        ),
        Figure(
            f"export {events} events (CSV)",
            median(app_out),
            floor=median(bare_out),
            budget_ratio=3.0,
            note="floor: SELECT + csv.writer + fsync"
            + ("; round trip byte-identical" if same else "; ROUND TRIP DIFFERS"),
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from run import print_table

    return print_table(figures(events=args.events, runs=args.runs))


if __name__ == "__main__":
    sys.exit(main())
