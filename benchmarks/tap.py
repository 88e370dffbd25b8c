"""The bedside tap: EventLog.log_tap to durable commit, and the button's repaint after a tap.

    python benchmarks/tap.py [--taps 300]

Commit: ``EventLog.log_tap`` on a real store (WAL, synchronous=FULL) in a folder on disk,
against a bare sqlite3 ``INSERT`` + ``COMMIT`` of the same row into the same schema with the
same pragmas, alternating tap by tap; medians. Repaint: the real BedsidePanel (offscreen), a
mouse click on a KindButton, and the time until that button's paintEvent has returned (the
click → slot → commit → count refresh → paint path); 99th percentile against one 60 Hz frame.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    Figure,
    bare_connection,
    fake_uuid,
    fill_store,
    log,
    median,
    percentile,
    scratch_dir,
    survive_pyside_none_leak,
)

FRAME_MS = 16.0


def _commit_times(root: Path, taps: int) -> tuple[list[float], list[float]]:
    import random

    from hypnic.domain.clock import SystemClock
    from hypnic.services.event_log import EventLog
    from hypnic.store import Store
    from hypnic.store.migrations import MIGRATIONS

    fill_store(root / "app", 365, 40)
    store = Store.open(root / "app")
    event_log = EventLog(store=store, clock=SystemClock())

    conn = bare_connection(root / "bare.db")
    for script in MIGRATIONS:
        conn.executescript(script)
    conn.execute("INSERT INTO kinds (key, label, colour, shape) VALUES ('jerk', 'Jerk', '', '')")
    rng = random.Random(2)

    def bare_tap() -> float:
        now_ms = int(time.time() * 1000)
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO events (id, kind, utc_ms, offset_min, local_ms, by, note,"
            " deleted_utc_ms) VALUES (?,?,?,?,?,?,?,?)",
            (fake_uuid(rng), "jerk", now_ms, 60, now_ms + 3_600_000, "self", "", None),
        )
        conn.execute("COMMIT")
        return (time.perf_counter() - t0) * 1000

    def app_tap() -> float:
        t0 = time.perf_counter()
        event_log.log_tap("jerk")
        return (time.perf_counter() - t0) * 1000

    for _ in range(10):  # warm up both files and caches
        bare_tap()
        app_tap()
    bare: list[float] = []
    app: list[float] = []
    for _ in range(taps):
        bare.append(bare_tap())
        app.append(app_tap())
    assert not event_log.pending, "a tap was held: the store refused a write"
    conn.close()
    store.close()
    return bare, app


def _repaint_times(root: Path, taps: int) -> list[float]:
    from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from hypnic.domain.clock import SystemClock
    from hypnic.services.event_log import EventLog
    from hypnic.services.kinds import KindCatalog
    from hypnic.store import Store
    from hypnic.ui.bedside import bedside_panel, kind_button
    from hypnic.ui.common.theme import NIGHT

    app = QApplication.instance() or QApplication(sys.argv[:1])
    painted: list[float] = []
    waiting: list[QEventLoop] = []

    class TimedKindButton(kind_button.KindButton):
        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            painted.append(time.perf_counter())
            for loop in waiting:
                loop.quit()

    # The panel makes its buttons from this module attribute; the subclass only notes when
    # each paint has finished. The panel ignores a second click of one kind within its
    # debounce; the benchmark waits out no debounce, so it turns it off.
    bedside_panel.KindButton = TimedKindButton  # type: ignore[misc]
    debounce = bedside_panel.DEBOUNCE_S
    bedside_panel.DEBOUNCE_S = 0.0
    store = Store.open(root / "app")
    try:
        event_log = EventLog(store=store, clock=SystemClock())
        kinds = KindCatalog(store=store)
        panel = bedside_panel.BedsidePanel(event_log=event_log, kinds=kinds, theme=NIGHT)
        panel.resize(1280, 700)
        panel.show()
        QTest.qWaitForWindowExposed(panel)
        app.processEvents()
        button = panel.buttons()["kick"]
        centre = QPoint(button.width() // 2, button.height() // 2)
        times: list[float] = []
        # An event loop, not a processEvents() spin: PySide6 6.12 on Python 3.11 drops a
        # reference to None per processEvents() call, and a long spin crashes the process.
        loop = QEventLoop()
        for i in range(taps + 5):
            painted.clear()
            waiting[:] = [loop]
            QTimer.singleShot(2000, loop.quit)
            t0 = time.perf_counter()
            QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=centre)
            if not painted:
                loop.exec()
            waiting.clear()
            if not painted:
                raise RuntimeError("the button never repainted after a tap")
            if i >= 5:  # the first few warm up fonts and the paint path
                times.append((painted[0] - t0) * 1000)
            QTest.qWait(5)  # let the queue drain before the next tap
        panel.close()
        panel.deleteLater()
        app.processEvents()
        return times
    finally:
        bedside_panel.KindButton = kind_button.KindButton  # type: ignore[misc]
        bedside_panel.DEBOUNCE_S = debounce
        store.close()


def figures(*, taps: int = 300) -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    # EventLog's timers need the application first.
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    with scratch_dir("tap") as root:
        log(f"tap: {taps} commits each, alternating, then {taps} clicks")
        bare, app = _commit_times(root, taps)
        repaint = _repaint_times(root, taps)
    return [
        Figure(
            "tap to durable commit (median)",
            median(app),
            floor=median(bare),
            budget_ratio=1.5,
            note=f"floor: sqlite3 insert+commit, same schema/pragmas; p99 {percentile(app, 99):.1f}"
            f" vs {percentile(bare, 99):.1f} ms; {taps} taps",
        ),
        Figure(
            "tap to button repainted (p99)",
            percentile(repaint, 99),
            budget_abs=FRAME_MS,
            note=f"median {median(repaint):.1f} ms; click -> commit -> paintEvent done, offscreen",
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--taps", type=int, default=300)
    args = parser.parse_args()
    survive_pyside_none_leak()
    from run import print_table

    return print_table(figures(taps=args.taps))


if __name__ == "__main__":
    sys.exit(main())
