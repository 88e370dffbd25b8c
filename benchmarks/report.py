"""How long the doctor's summary takes, against an empty QPdfWriter page in the same run.

    python benchmarks/report.py [--per-night 40] [--repeat 3]

Times the whole `hypnic report` path in-process (read the store, build the model, draw every
page, write the PDF atomically) for a 90-night and a 3,650-night period, each beside the floor
of one empty QPdfWriter page. Target (issue 5): the 90-night summary under 1.5 s.
Each time is the median of ``--repeat`` runs. offscreen is the default platform.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import NEWEST_NIGHT, Figure, fill_store, median, scratch_dir
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter

from hypnic.domain.period import SummaryRequest
from hypnic.exchange.atomic import write_atomic
from hypnic.operations.period import read_summary
from hypnic.report.build import build_report
from hypnic.report.render import pdf_bytes, report_font_family
from hypnic.store import Store

TARGET_S = 1.5
SIZES = (90, 3650)


def empty_page_s() -> float:
    """One empty A4 page through QPdfWriter into memory: the floor of any PDF."""
    t0 = time.perf_counter()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    painter.end()
    del writer
    buffer.close()
    return time.perf_counter() - t0


def report_s(data_dir: Path, nights: int, out: Path) -> tuple[float, int]:
    """The summary of the newest ``nights`` nights, store to file; returns (seconds, pages)."""
    t0 = time.perf_counter()
    store = Store.open(data_dir)
    try:
        request = SummaryRequest(last_n=nights)
        period, period_data = read_summary(store, request, today=NEWEST_NIGHT + timedelta(days=1))
    finally:
        store.close()
    model = build_report(period=period, data=period_data, generated=NEWEST_NIGHT)
    data, pages = pdf_bytes(model, "a4")
    write_atomic(out, data)
    return time.perf_counter() - t0, pages


def figures(*, quick: bool = False, per_night: int = 40, repeat: int = 3) -> list[Figure]:
    app = QGuiApplication.instance() or QGuiApplication([])
    report_font_family()  # registering the font is start-up work, not the summary's
    runs = 1 if quick else repeat
    rows: list[Figure] = []
    with scratch_dir("report") as folder:
        fill_store(folder / "data", max(SIZES), per_night)
        for nights in SIZES:
            floor = median([empty_page_s() for _ in range(runs)])
            times, pages = [], 0
            for _ in range(runs if nights <= 90 else 1):
                seconds, pages = report_s(folder / "data", nights, folder / "summary.pdf")
                times.append(seconds)
            size_kb = (folder / "summary.pdf").stat().st_size / 1024
            rows.append(
                Figure(
                    f"{nights}-night report",
                    median(times),
                    unit="s",
                    floor=floor,
                    budget_abs=TARGET_S if nights == 90 else None,
                    note=f"{pages} pages, {size_kb:.0f} kB, {per_night} taps a night",
                )
            )
    del app
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-night", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = figures(per_night=args.per_night, repeat=args.repeat)
    print(f"{'figure':<20} {'time':>9} {'floor':>9} {'ratio':>8}  target  note")
    for row in rows:
        ratio = f"{row.ratio:.0f}x" if row.ratio is not None else "-"
        target = f"< {row.budget_abs:g} s" if row.budget_abs is not None else "-"
        verdict = "" if row.ok is None else (" ok" if row.ok else " MISSED")
        print(f"{row.name:<20} {row.measured:>8.3f}s {row.floor or 0:>8.4f}s {ratio:>8}  "
              f"{target}{verdict}  {row.note}")  # fmt: skip
    return 0 if all(row.ok is not False for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
