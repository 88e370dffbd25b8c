"""Time and memory to the first paint of `hypnic --smoke-test`, against a bare PySide6 window.

    python benchmarks/startup.py [--runs 7] [--nights 365]

Both are fresh Python processes on the same platform (offscreen unless QT_QPA_PLATFORM says
otherwise), started alternately. Each child prints the wall-clock time and its peak RSS
(VmHWM) at the moment its window's first paint event arrives; the parent measures from just
before it starts the process. The floor is a QApplication with one QMainWindow holding one
QPushButton. Hypnic opens a store of ``--nights`` nights × 40 events (the second launch, the
everyday case). A separate run lists which of numpy, pyqtgraph and QtPrintSupport were ever
imported: none may be.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import Figure, fill_store, interleaved, log, median, scratch_dir

LAZY_MODULES = ("numpy", "pyqtgraph", "PySide6.QtPrintSupport")

# Prints "<time.time()> <VmHWM kB>" at the first paint of the watched window, then quits.
_PROBE = """
import time, sys
def _first_paint_seen():
    with open('/proc/self/status') as f:
        hwm = next(l.split()[1] for l in f if l.startswith('VmHWM'))
    print('FIRSTPAINT', repr(time.time()), hwm, flush=True)
"""

_BARE = (
    _PROBE
    + """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton
class First(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            _first_paint_seen()
            QTimer.singleShot(0, QApplication.quit)
        return False
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle('bare')
window.setCentralWidget(QPushButton('Jerk'))
window.resize(1280, 800)
first = First(window)
window.installEventFilter(first)
window.show()
sys.exit(app.exec())
"""
)

_HYPNIC = (
    _PROBE
    + """
from PySide6.QtCore import QEvent
from hypnic import first_paint as _app
_original = _app.FirstPaint.eventFilter
def _filter(self, watched, event):
    if event.type() == QEvent.Type.Paint:
        _first_paint_seen()
    return _original(self, watched, event)
_app.FirstPaint.eventFilter = _filter
from hypnic.cli.main import main
sys.exit(main(['--data-dir', sys.argv[1], '--smoke-test']))
"""
)

_MODULES = f"""
import sys
from hypnic.cli.main import main
status = main(['--data-dir', sys.argv[1], '--smoke-test'])
print('LOADED', ' '.join(m for m in {LAZY_MODULES!r} if m in sys.modules) or '-', flush=True)
sys.exit(status)
"""


def _env(pycache: Path) -> dict[str, str]:
    """The children's environment: with bytecode caching, as an installed wheel has it.

    This machine sets PYTHONDONTWRITEBYTECODE, so every launch would compile Hypnic's ~90
    modules afresh (~40 ms) while a bare window compiles nothing; the cache lives in the
    scratch folder, not in the source tree.
    """
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def _first_paint(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms from process start to first paint, peak RSS in MiB at first paint)."""
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("FIRSTPAINT")), None)
    if out.returncode != 0 or line is None:
        raise RuntimeError(f"start-up run failed ({out.returncode}): {out.stderr[-2000:]}")
    _, stamp, hwm = line.split()
    return (float(stamp) - t0) * 1000, int(hwm) / 1024


def loaded_modules(data_dir: Path, env: dict[str, str]) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", _MODULES, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("LOADED"))
    return [m for m in line.split()[1:] if m != "-"]


def figures(*, runs: int = 7, nights: int = 365) -> list[Figure]:
    with scratch_dir("startup") as root:
        env = _env(root / "pycache")
        data_dir = root / "data"
        count = fill_store(data_dir, nights, 40)
        log(f"start-up: store of {count} events; {runs} runs each, alternating")
        args = [str(data_dir)]
        # One of each first: warms the disk cache and Python's bytecode cache.
        _first_paint(_BARE, [], env)
        _first_paint(_HYPNIC, args, env)
        bare: list[tuple[float, float]] = []
        app: list[tuple[float, float]] = []

        def one_bare() -> float:
            bare.append(_first_paint(_BARE, [], env))
            return bare[-1][0]

        def one_app() -> float:
            app.append(_first_paint(_HYPNIC, args, env))
            return app[-1][0]

        interleaved(runs, one_bare, one_app)
        loaded = loaded_modules(data_dir, env)
    lazy = "none of " + ", ".join(LAZY_MODULES) if not loaded else "LOADED: " + ", ".join(loaded)
    return [
        Figure(
            "first paint, hypnic --smoke-test",
            median([t for t, _ in app]),
            floor=median([t for t, _ in bare]),
            # The target of the "One front door" issue (it was 2.0-2.2x when that was written).
            budget_ratio=1.6,
            note=f"floor: bare QMainWindow + button; store {count} events",
        ),
        Figure(
            "peak RSS at first paint",
            median([m for _, m in app]),
            unit="MiB",
            floor=median([m for _, m in bare]),
            budget_ratio=1.3,
            note=f"imported at first paint: {lazy}",
        ),
        Figure(
            "lazy modules unimported at paint",
            float(len(loaded)),
            unit="modules",
            budget_abs=0,
            note=lazy,
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--nights", type=int, default=365)
    args = parser.parse_args()
    from run import print_table

    return print_table(figures(runs=args.runs, nights=args.nights))


if __name__ == "__main__":
    sys.exit(main())
