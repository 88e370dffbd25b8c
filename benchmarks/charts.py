"""How fast the history view draws a long history, against a bare pyqtgraph floor.

    QT_QPA_PLATFORM=offscreen python benchmarks/charts.py [--nights 3650] [--events 40] [--repeat 3]

Prints one row per figure: its time, the floor measured in the same run (one bare
ScatterPlotItem in a PlotWidget holding the same number of points, shown and painted), the
ratio, and the target from DESIGN section 7 (at most 2x the floor and under 250 ms).
Each time is the median of ``--repeat`` runs. offscreen is the default platform.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from hypnic.domain.events import Event
from hypnic.domain.history import HistoryData, build_history
from hypnic.domain.kinds import BUILTIN_KINDS

TARGET_RATIO = 2.0
TARGET_MS = 250.0


def synthetic_events(nights: int, per_night: int, seed: int = 1) -> list[Event]:
    """``per_night`` events each night between 22:00 and 02:00 UTC+1: jerks, kicks, itches."""
    rng = random.Random(seed)
    newest = date(2026, 4, 10)
    kinds = ("jerk", "jerk", "kick", "kick", "kick", "deep_itch")
    events: list[Event] = []
    n = 0
    for back in range(nights):
        night = newest - timedelta(days=back)
        start_ms = ((night - date(1970, 1, 1)).days * 24 + 21) * 3_600_000  # 22:00 at +01:00
        for ms in sorted(rng.randrange(0, 4 * 3_600_000) for _ in range(per_night)):
            events.append(Event(f"b{n}", rng.choice(kinds), start_ms + ms, 60))
            n += 1
    return events


class _Painted(QObject):
    """Counts paint events reaching a viewport."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _until_painted(
    app: QApplication, viewports: list[QWidget], action: Callable[[], None]
) -> float:
    """Seconds from ``action`` until every viewport has painted once afterwards."""
    watchers = []
    for viewport in viewports:
        watcher = _Painted()
        viewport.installEventFilter(watcher)
        watchers.append((viewport, watcher))
    t0 = time.perf_counter()
    action()
    while any(w.count == 0 for _, w in watchers):
        app.processEvents()
    elapsed = time.perf_counter() - t0
    for viewport, watcher in watchers:
        viewport.removeEventFilter(watcher)
    return elapsed


def floor_scatter(app: QApplication, points: int) -> float:
    """A bare PlotWidget with one ScatterPlotItem of ``points`` points: show to first paint."""
    import numpy as np
    import pyqtgraph as pg

    rng = np.random.default_rng(1)
    widget = pg.PlotWidget()
    widget.resize(1280, 480)

    def show() -> None:
        item = pg.ScatterPlotItem(x=rng.uniform(4, 8, points), y=rng.integers(0, 3650, points))
        widget.addItem(item)
        widget.show()

    try:
        return _until_painted(app, [widget.viewport()], show)
    finally:
        widget.close()
        widget.deleteLater()


def first_draw(app: QApplication, data: HistoryData) -> tuple[float, float]:
    """(first draw at the default range, first draw straight at all nights)."""
    from hypnic.ui.common.theme import DAY
    from hypnic.ui.history.history_view import HistoryView

    times = []
    for nights in (30, None):
        view = HistoryView(DAY)
        view.resize(1280, 800)
        charts = [view.raster, view.counts, view.intervals]

        def show(view: HistoryView = view, nights: int | None = nights) -> None:
            view.set_range(nights)
            view.set_history(data)
            view.show()

        times.append(_until_painted(app, [c.viewport() for c in charts], show))
        view.close()
        view.deleteLater()
    return times[0], times[1]


def switch_ranges(app: QApplication, data: HistoryData) -> dict[str, float]:
    from hypnic.ui.common.theme import DAY
    from hypnic.ui.history.history_view import HistoryView

    view = HistoryView(DAY)
    view.resize(1280, 800)
    view.set_history(data)
    view.show()
    app.processEvents()
    charts = [view.raster, view.counts, view.intervals]
    out = {}
    for label, nights in (("30 -> all", None), ("all -> 365", 365), ("365 -> 30", 30)):
        out[label] = _until_painted(
            app, [c.viewport() for c in charts], lambda n=nights: view.set_range(n)
        )
    view.close()
    view.deleteLater()
    return out


def measure(
    app: QApplication, nights: int, per_night: int, repeat: int
) -> tuple[int, float, float, dict[str, list[float]]]:
    """(points, build_history seconds, floor seconds, {figure: seconds of each run})."""
    events = synthetic_events(nights, per_night)
    t0 = time.perf_counter()
    data = build_history(events, [], list(BUILTIN_KINDS))
    build_s = time.perf_counter() - t0
    points = len(events)

    import pyqtgraph  # noqa: F401  (import cost is start-up's business, not the figures')

    floor_scatter(app, 10)  # warm up Qt's paint path and font caches
    rows: dict[str, list[float]] = {}
    floors: list[float] = []
    for _ in range(repeat):
        floors.append(floor_scatter(app, points))
        default, every = first_draw(app, data)
        rows.setdefault("first draw, 30 nights", []).append(default)
        rows.setdefault("first draw, all nights", []).append(every)
        for label, seconds in switch_ranges(app, data).items():
            rows.setdefault(f"switch {label}", []).append(seconds)
    return points, build_s, statistics.median(floors), rows


def figures(*, nights: int = 3650, events: int = 40, repeat: int = 3) -> list[object]:
    """The rows for benchmarks/run.py's table (same measurement as ``main``)."""
    from _common import Figure

    app = QApplication.instance() or QApplication(sys.argv[:1])
    points, build_s, floor, rows = measure(app, nights, events, repeat)
    out: list[object] = [
        Figure(
            f"history build_history, {points} events",
            build_s * 1000,
            note="pure Python, once per data change (not part of a draw)",
        )
    ]
    for label, values in rows.items():
        out.append(
            Figure(
                f"history {label}",
                statistics.median(values) * 1000,
                floor=floor * 1000,
                budget_ratio=TARGET_RATIO,
                budget_abs=TARGET_MS,
                note=f"floor: one bare ScatterPlotItem of {points} points, shown",
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nights", type=int, default=3650)
    parser.add_argument("--events", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    points, build_s, floor, rows = measure(app, args.nights, args.events, args.repeat)

    print(
        f"{args.nights} nights x {args.events} events = {points} events, "
        f"platform {app.platformName()}, median of {args.repeat}"
    )
    print(f"build_history (pure Python, once per data change): {build_s * 1000:.0f} ms")
    print(f"floor: one bare ScatterPlotItem of {points} points, shown: {floor * 1000:.0f} ms\n")
    print(f"{'figure':<26}{'time':>9}{'floor':>9}{'ratio':>8}  target")
    failed = False
    for label, values in rows.items():
        seconds = statistics.median(values)
        ratio = seconds / floor
        ok = ratio <= TARGET_RATIO and seconds * 1000 < TARGET_MS
        failed |= not ok
        print(
            f"{label:<26}{seconds * 1000:>7.0f}ms{floor * 1000:>7.0f}ms{ratio:>8.2f}  "
            f"<= {TARGET_RATIO:.0f}x and < {TARGET_MS:.0f} ms: {'ok' if ok else 'MISSED'}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
