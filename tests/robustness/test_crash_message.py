"""An uncaught exception: a non-modal message in plain words, the traceback in the log folder,
saved taps kept, and the bedside still taking taps behind the message."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from appkit import settle, undo_for
from hypnic.domain.clock import FixedClock
from hypnic.services.event_log import EventLog
from hypnic.services.kinds import KindCatalog
from hypnic.services.preferences import Preferences
from hypnic.store import Store
from hypnic.ui.bedside.main_window import MainWindow
from hypnic.ui.common import crash

START_MS = int(datetime(2026, 11, 24, 23, 41, 7, tzinfo=UTC).timestamp() * 1000)


def _raise_uncaught(message: str) -> None:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        sys.excepthook(*sys.exc_info())


def test_uncaught_exception_shows_a_non_modal_message_and_logs_it(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ticks = iter(range(1_000_000))
    monkeypatch.setattr(
        "hypnic.ui.bedside.bedside_panel._time.monotonic", lambda: float(next(ticks))
    )
    opened: list[object] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    log = EventLog(store=store, clock=FixedClock(START_MS, ZoneInfo("Europe/London")))
    win = MainWindow(
        event_log=log,
        kinds=KindCatalog(store=store),
        preferences=Preferences(path=tmp_path / "hypnic.ini"),
        undo=undo_for(log, store),
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.isActiveWindow)
    log_dir = tmp_path / "logs"
    crash.install(log_dir, win)

    qtbot.keyClick(win, Qt.Key.Key_K)
    _raise_uncaught("something deep broke")
    _raise_uncaught("and again")

    boxes = [b for b in win.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1, "a second error reuses the same message window"
    box = boxes[0]
    assert not box.isModal() and box.windowModality() == Qt.WindowModality.NonModal
    assert opened == [], "shown with show(), never exec()"
    assert box.text().startswith("Something went wrong inside Hypnic.")
    assert "saved taps are safe" in box.text()
    logged = sorted(log_dir.glob("crash-*.log"))  # one file per second with an error
    assert logged and str(logged[-1]) in box.text()
    text = "".join(path.read_text(encoding="utf-8") for path in logged)
    assert "RuntimeError: something deep broke" in text and "RuntimeError: and again" in text
    assert "Something went wrong" in win.panel._banner.text()

    # Taps go on behind the message, and the earlier one is still saved.
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_J)
    settle(qtbot, log)
    assert sorted(e.kind for e in store.events.between_nights(None, None)) == ["jerk", "kick"]


def test_the_traceback_still_shows_when_the_log_folder_cannot_be_written(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    window = QWidget()
    qtbot.addWidget(window)
    crash.install(blocker / "logs", window)
    _raise_uncaught("no place to write")
    (box,) = window.findChildren(QMessageBox)
    assert box.isVisible() and "could not be written" in box.text()
