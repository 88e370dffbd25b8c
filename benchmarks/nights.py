"""`hypnic nights --json` for a 30-night period, in a small store and in a store of 1,000,000.

    python benchmarks/nights.py [--big 1000000] [--runs 9]

Both stores hold 40 events a night (the same density as the charts benchmark), so the 30
nights asked for hold the same 1,200 events in either; only the rest of the store grows:
10,000 events (250 nights) against ``--big`` (1,000,000 events: 25,000 nights, 68 years).
Each run is `hypnic --data-dir D nights --json --from F --to L` in-process (store open,
query, analysis, JSON printed to a sink); medians. Budget: under 50 ms, and the big store
within 1.5x of the small one (independent of store size).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    NEWEST_NIGHT,
    Figure,
    fill_store,
    interleaved,
    log,
    median,
    quiet,
    scratch_dir,
)

PER_NIGHT = 40
SMALL = 10_000


def figures(*, big: int = 1_000_000, runs: int = 9) -> list[Figure]:
    from hypnic.cli.main import main

    first = (NEWEST_NIGHT - timedelta(days=29)).isoformat()
    last = NEWEST_NIGHT.isoformat()
    with scratch_dir("nights") as root:
        t0 = time.perf_counter()
        small_n = fill_store(root / "small", SMALL // PER_NIGHT, PER_NIGHT)
        big_n = fill_store(root / "big", big // PER_NIGHT, PER_NIGHT)
        log(f"nights: stores of {small_n} and {big_n} events in {time.perf_counter() - t0:.1f} s")

        def run(data: Path) -> float:
            argv = ["--data-dir", str(data), "nights", "--json", "--from", first, "--to", last]
            t0 = time.perf_counter()
            with quiet():
                status = main(argv)
            if status != 0:
                raise RuntimeError(f"hypnic nights exited {status}")
            return (time.perf_counter() - t0) * 1000

        run(root / "small")
        run(root / "big")
        small, large = interleaved(runs, lambda: run(root / "small"), lambda: run(root / "big"))
    return [
        Figure(
            f"nights --json, 30 nights, {small_n} in store",
            median(small),
            budget_abs=50,
            note=f"{30 * PER_NIGHT} events in the period",
        ),
        Figure(
            f"nights --json, 30 nights, {big_n} in store",
            median(large),
            floor=median(small),
            budget_abs=50,
            budget_ratio=1.5,
            note=f"floor: the same period in the {small_n}-event store",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    from run import print_table

    return print_table(figures(big=args.big, runs=args.runs))


if __name__ == "__main__":
    sys.exit(main())
