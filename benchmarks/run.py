"""Hypnic's performance budget (issue 8): every figure against its floor, in one table.

    python benchmarks/run.py [--quick] [--only startup,tap,...]      (or: make bench)

Each figure is a median of several runs, measured against a floor taken in the same run
(these machines are shared and noisy), and compared with its budget. Exit status 1 when a
budget is missed. See benchmarks/README.md for what each floor is and the last results.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _common import Figure, log, survive_pyside_none_leak  # noqa: E402

GROUPS = ("startup", "tap", "import_export", "nights", "charts", "report")


def _startup(quick: bool) -> list[Figure]:
    import startup

    return startup.figures(runs=5 if quick else 9)


def _tap(quick: bool) -> list[Figure]:
    import tap

    return tap.figures(taps=100 if quick else 300)


def _import_export(quick: bool) -> list[Figure]:
    import import_export

    return import_export.figures(events=20_000 if quick else 100_000, runs=3 if quick else 5)


def _nights(quick: bool) -> list[Figure]:
    import nights

    return nights.figures(big=200_000 if quick else 1_000_000, runs=5 if quick else 9)


def _charts(quick: bool) -> list[Figure]:
    import charts

    return charts.figures(nights=3650, events=40, repeat=1 if quick else 3)


def _report(quick: bool) -> list[Figure]:
    # The doctor's report benchmark belongs to the report's author; it joins the table once
    # benchmarks/report.py exists and offers figures().
    if not (HERE / "report.py").exists():
        return [Figure("90-night report", float("nan"), unit="s", budget_abs=1.5, note="not yet")]
    spec = importlib.util.find_spec("report")
    module = importlib.import_module("report") if spec else None
    if module is None or not hasattr(module, "figures"):
        return [
            Figure(
                "90-night report",
                float("nan"),
                unit="s",
                budget_abs=1.5,
                note="not yet (benchmarks/report.py has no figures())",
            )
        ]
    result: list[Figure] = module.figures(quick=quick)
    return result


RUNNERS: dict[str, Callable[[bool], list[Figure]]] = {
    "startup": _startup,
    "tap": _tap,
    "import_export": _import_export,
    "nights": _nights,
    "charts": _charts,
    "report": _report,
}


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if value != value:  # NaN: not measured
        return "n/a"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    return f"{value:.1f} {unit}" if unit != "modules" else f"{value:.0f}"


def print_table(figures: list[Figure]) -> int:
    """Print the table; returns 1 when a budget is missed, else 0."""
    rows = [("figure", "measured", "floor", "ratio", "budget", "ok", "note")]
    missed = False
    for f in figures:
        ok = f.ok
        if f.measured != f.measured:
            verdict = "not yet"
        elif ok is None:
            verdict = "info"
        else:
            verdict = "ok" if ok else "MISS"
        missed |= ok is False
        ratio = f.ratio
        rows.append(
            (
                f.name,
                _fmt(f.measured, f.unit),
                _fmt(f.floor, f.unit),
                "-" if ratio is None or ratio != ratio else f"{ratio:.2f}x",
                f.budget,
                verdict,
                f.note,
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [c.rjust(widths[i]) if i in (1, 2, 3) else c.ljust(widths[i])
                 for i, c in enumerate(row[:-1])]  # fmt: skip
        print("  ".join(cells) + "  " + row[-1])
    return 1 if missed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs")
    parser.add_argument("--only", help=f"comma-separated groups of {', '.join(GROUPS)}")
    args = parser.parse_args(argv)
    groups = args.only.split(",") if args.only else list(GROUPS)
    unknown = [g for g in groups if g not in RUNNERS]
    if unknown:
        parser.error(f"unknown group {', '.join(unknown)}")
    survive_pyside_none_leak()
    figures: list[Figure] = []
    t0 = time.perf_counter()
    for group in groups:
        log(f"{group} …")
        started = time.perf_counter()
        figures.extend(RUNNERS[group](args.quick))
        log(f"{group} took {time.perf_counter() - started:.0f} s")
    print(f"\nHypnic benchmarks on {os.cpu_count()} cores, platform {os.environ['QT_QPA_PLATFORM']}"
          f", Python {sys.version.split()[0]}; {time.perf_counter() - t0:.0f} s\n")  # fmt: skip
    return print_table(figures)


if __name__ == "__main__":
    sys.exit(main())
