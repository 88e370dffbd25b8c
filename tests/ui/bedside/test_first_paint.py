"""What the bedside loads before its first paint (issue "One front door", start-up): only what
draws it. The daytime windows, charts and printing, backups and restore, the rescue writer and
the exchange formats load when first used; the start-up chores come after the paint.

A real `hypnic --smoke-test` in a fresh process, as a person starts it (offscreen), on a store
where a killed backup left its partial copy: cleared after the paint, but cleared.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypnic.store import Store
from hypnic.store.database import PARTIAL_SUFFIX

# Listed at the window's first paint, then the run goes on to its end.
_PROBE = """
import json, sys
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from hypnic import first_paint
original = first_paint.FirstPaint.eventFilter
seen = []
def on_paint(self, watched, event):
    if event.type() == QEvent.Type.Paint and not seen:
        seen.append(sorted(sys.modules))
        seen.append(__import__('os').path.exists(sys.argv[3]))
        seen.append(QApplication.windowIcon().isNull())
        seen.append(__import__('gc').isenabled())
    return original(self, watched, event)
first_paint.FirstPaint.eventFilter = on_paint
from hypnic.cli.main import main
status = main(['--data-dir', sys.argv[1], '--smoke-test'])
with open(sys.argv[2], 'w') as out:
    icon_after = not QApplication.windowIcon().isNull()
    json.dump({'status': status, 'modules': seen[0], 'partial_at_paint': seen[1],
               'icon_at_paint': not seen[2], 'icon_after': icon_after,
               'collector_at_paint': seen[3], 'collector_after': __import__('gc').isenabled()},
              out)
"""

NOT_BEFORE_FIRST_PAINT = (
    "numpy",
    "pyqtgraph",
    "PySide6.QtPrintSupport",
    "hypnic.report",
    "hypnic.exchange",
    "hypnic.rescued",
    "hypnic.store.backups",
    "hypnic.operations.backups",
    "hypnic.operations.outputs",
    "hypnic.ui.review",
    "hypnic.ui.history",
    "hypnic.ui.summary",
    "hypnic.ui.settings",
    "hypnic.ui.exchange",
    "hypnic.ui.charts",
)


def _store_with_a_killed_backup(tmp_path: Path) -> tuple[Path, Path]:
    """A store, and the partial copy a backup killed half-way leaves (DESIGN section 4)."""
    data = tmp_path / "store"
    Store.open(data).close()
    partial = data / "backups" / f"hypnic-20261201T000000.000Z-s1.db{PARTIAL_SUFFIX}"
    partial.parent.mkdir()
    partial.write_bytes(b"half a copy")
    return data, partial


def _probe(code: str, data: Path, *more: Path) -> dict[str, object]:
    """Run ``code`` as a fresh process on the offscreen platform with the store ``data``, a
    report file and ``more`` as its arguments; what it wrote to the report."""
    report = data.parent / "report.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code, str(data), str(report), *map(str, more)],
        capture_output=True, text=True, timeout=120, check=False, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    seen: dict[str, object] = json.loads(report.read_text(encoding="utf-8"))
    return seen


def test_the_first_paint_loads_only_the_bedside_and_chores_follow_it(tmp_path: Path) -> None:
    # The killed backup's partial copy is cleared at the next start, after its first paint.
    data, partial = _store_with_a_killed_backup(tmp_path)
    seen = _probe(_PROBE, data, partial)
    assert seen["status"] == 0
    loaded = [
        name
        for name in seen["modules"]
        if any(name == lazy or name.startswith(lazy + ".") for lazy in NOT_BEFORE_FIRST_PAINT)
    ]
    assert loaded == [], f"loaded before the bedside's first paint: {loaded}"
    # Logout and `kill` are heard from the window's first instant on screen.
    assert "hypnic.termination" in seen["modules"]
    assert seen["partial_at_paint"], "the chores ran before the first paint"
    assert not partial.exists(), "the killed backup's partial copy was not cleared"
    # The application's icon (an SVG to load and draw) is set once the bedside is drawn.
    assert not seen["icon_at_paint"] and seen["icon_after"]
    # Python's cycle collector rests during the start, and works again from the paint on.
    assert not seen["collector_at_paint"] and seen["collector_after"]


# The store's check made slow (a big store on a slow disk): what has loaded when it ends.
_SLOW_CHECK_PROBE = """
import json, sys, threading, time
from hypnic.store import checks
real = checks.quick_check
seen = {}
def slow_check(path):
    seen['thread'] = threading.current_thread() is not threading.main_thread()
    time.sleep(1.5)
    seen['window_modules_loaded_meanwhile'] = 'hypnic.app' in sys.modules
    return real(path)
checks.quick_check = slow_check
from hypnic.cli.main import main
seen['status'] = main(['--data-dir', sys.argv[1], '--smoke-test'])
with open(sys.argv[2], 'w') as out:
    json.dump(seen, out)
"""


def test_the_window_modules_load_while_the_store_is_checked(tmp_path: Path) -> None:
    """SQLite leaves Python free while it checks the store: the check runs on a thread of its
    own and the window's modules load meanwhile, so a long check (a big store, a slow disk)
    no longer adds its whole length to the start."""
    data, _partial = _store_with_a_killed_backup(tmp_path)
    seen = _probe(_SLOW_CHECK_PROBE, data)
    assert seen == {"thread": True, "window_modules_loaded_meanwhile": True, "status": 0}


# A window never drawn (shown on another desktop): what waits for the paint still comes.
_NEVER_DRAWN_PROBE = """
import gc, json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from hypnic import window_session
from hypnic.ui.bedside.main_window import MainWindow
window_session.CHORES_AT_THE_LATEST_MS = 300
seen = {}
def look():
    seen['collector'] = gc.isenabled()
    seen['icon'] = not QApplication.windowIcon().isNull()
    seen['partial_cleared'] = not os.path.exists(sys.argv[3])
    QApplication.quit()
# Built, never shown: a look a while later instead.
MainWindow.show_as_preferred = lambda self: QTimer.singleShot(1500, look)
from hypnic.cli.main import main
seen['status'] = main(['--data-dir', sys.argv[1]])
with open(sys.argv[2], 'w') as out:
    json.dump(seen, out)
"""


def test_a_window_never_drawn_still_gets_what_waits_for_the_first_paint(tmp_path: Path) -> None:
    """A window opened on another desktop is never painted: the start's chores (the cycle
    collector, the icon, clearing a killed backup, the raise watcher) ran only at the paint,
    so they never came."""
    data, partial = _store_with_a_killed_backup(tmp_path)
    seen = _probe(_NEVER_DRAWN_PROBE, data, partial)
    assert seen == {"collector": True, "icon": True, "partial_cleared": True, "status": 0}
