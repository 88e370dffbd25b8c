"""Write faults produced for real: a full disk, a read-only connection, an I/O error.

(Remounting a tmpfs read-only under an open store is refused by the kernel while the file is
open for writing, "mount point is busy"; SQLite's own read-only mode stands in for it.)

Each time the tap is held, the banner says "NOT SAVED YET" in plain words, the retry timer
lands it once the fault clears; quitting with taps still held offers to write them to a CSV
file that `hypnic import` takes back.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from appkit import undo_for, writer_faults
from hypnic.cli.main import main
from hypnic.domain.clock import FixedClock
from hypnic.domain.errors import StoreUnavailableError
from hypnic.services.event_log import EventLog
from hypnic.services.kinds import KindCatalog
from hypnic.services.preferences import Preferences
from hypnic.store import Store
from hypnic.ui.bedside.main_window import MainWindow

ZONE = ZoneInfo("Europe/London")
START_MS = int(datetime(2026, 11, 24, 23, 41, 7, tzinfo=UTC).timestamp() * 1000)


def _mount(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs of our own: a real disk that can fill up."""
    point = tmp_path / "disk"
    point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = _mount(["-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(point)])
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def _window(qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    ticks = iter(range(1_000_000))
    monkeypatch.setattr(
        "hypnic.ui.bedside.bedside_panel._time.monotonic", lambda: float(next(ticks))
    )
    log = EventLog(store=store, clock=FixedClock(START_MS, ZONE))
    win = MainWindow(
        event_log=log,
        kinds=KindCatalog(store=store),
        preferences=Preferences(path=tmp_path / "hypnic.ini"),
        undo=undo_for(log, store),
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # Window shortcuts need the window active; offscreen activates it on the next event loop.
    qtbot.waitUntil(win.isActiveWindow)
    return win


def _live_kinds(data_dir: Path) -> list[str]:
    conn = sqlite3.connect(f"{(data_dir / 'hypnic.db').as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT kind FROM events WHERE deleted_utc_ms IS NULL ORDER BY utc_ms")
        return [r[0] for r in rows]
    finally:
        conn.close()


def _assert_held(win: MainWindow, words: str, count: int) -> None:
    banner = win.panel._banner
    assert banner.isVisible()
    assert "NOT SAVED YET" in banner.text() and words in banner.text(), banner.text()
    assert len(win.panel._log.pending) == count


def _wait_landed(qtbot, win: MainWindow) -> None:
    log = win.panel._log
    qtbot.waitUntil(lambda: not log.pending, timeout=15_000)
    assert not win.panel._banner.isVisible()


def test_disk_full_holds_the_tap_until_space_returns(
    qtbot, small_disk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(small_disk / "data")
    try:
        win = _window(qtbot, store, tmp_path, monkeypatch)
        qtbot.keyClick(win, Qt.Key.Key_K)
        filler = small_disk / "filler"
        with filler.open("wb") as handle, contextlib.suppress(OSError):
            while True:  # fill the disk to the last block
                handle.write(b"\0" * 65536)
                handle.flush()
        with contextlib.suppress(OSError), filler.open("ab") as handle:
            handle.write(b"\0" * 512)
        typed = ["kick"]
        log = win.panel._log
        # Writes that fit in the WAL's already allocated frames still succeed (really saved);
        # keep tapping until SQLite needs a block the disk no longer has.
        failed: list[str] = []
        log.save_failed.connect(failed.append)
        while not failed and len(typed) < 2000:
            qtbot.keyClick(win, Qt.Key.Key_J)
            typed.append("jerk")
            qtbot.waitUntil(lambda: not log.pending or bool(failed), timeout=10_000)
        held = len(log.pending)  # the tap that found the disk full (and any behind it)
        for key, kind in ((Qt.Key.Key_I, "deep_itch"), (Qt.Key.Key_J, "jerk")):
            qtbot.keyClick(win, key)
            typed.append(kind)
        _assert_held(win, "disk is full", held + 2)
        # Held taps count on the buttons: the patient sees every tap.
        shown = win.panel.buttons()["jerk"].accessibleDescription()
        assert shown.startswith(f"{typed.count('jerk')} tonight"), shown
        filler.unlink()
        _wait_landed(qtbot, win)
        assert _live_kinds(small_disk / "data") == typed
    finally:
        store.close()


def test_query_only_connection_is_reported_as_read_only(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    faults = writer_faults(monkeypatch)
    win = _window(qtbot, store, tmp_path, monkeypatch)
    faults.query_only = True  # SQLite itself refuses every write of the writer's connection
    with qtbot.waitSignal(win.panel._log.save_failed):
        qtbot.keyClick(win, Qt.Key.Key_I)
    _assert_held(win, "The store is read-only", 1)
    faults.query_only = False
    _wait_landed(qtbot, win)
    assert [e.kind for e in store.events.between_nights(None, None)] == ["deep_itch"]


def test_quitting_with_held_taps_saves_them_to_a_file_that_imports(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    faults = writer_faults(monkeypatch)
    faults.error = StoreUnavailableError("The store could not be read or written (I/O error).")
    win = _window(qtbot, store, tmp_path, monkeypatch)
    with qtbot.waitSignal(win.panel._log.save_failed):
        for key in (Qt.Key.Key_J, Qt.Key.Key_K):
            qtbot.keyClick(win, key)
    _assert_held(win, "I/O error", 2)
    held = [e.id for e in win.panel._log.pending]

    rescue_file = tmp_path / "rescued.csv"
    asked: list[str] = []

    def answer_save(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Save to file…").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_save)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(rescue_file), ""))
    assert win.close()
    assert asked and "2 tap(s) could not be saved" in asked[0]
    assert rescue_file.read_text(encoding="utf-8").startswith("id,night,time,kind,by,note")

    assert store.events.between_nights(None, None) == []
    data_dir = store.path.parent
    assert main(["--data-dir", str(data_dir), "import", str(rescue_file)]) == 0
    assert sorted(e.id for e in store.events.between_nights(None, None)) == sorted(held)
    assert main(["--data-dir", str(data_dir), "import", str(rescue_file)]) == 0
    assert len(store.events.between_nights(None, None)) == 2


def test_the_quit_question_goes_when_the_held_taps_are_saved_after_all(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Q while the store is busy asks about 3 unsaved taps; the writer keeps trying, and
    when they land the question must not stay, still saying they could not be saved."""
    faults = writer_faults(monkeypatch)
    faults.error = StoreUnavailableError("The store could not be read or written (I/O error).")
    win = _window(qtbot, store, tmp_path, monkeypatch)
    with qtbot.waitSignal(win.panel._log.save_failed):
        for key in (Qt.Key.Key_J, Qt.Key.Key_K, Qt.Key.Key_I):
            qtbot.keyClick(win, key)
    _assert_held(win, "I/O error", 3)
    asked: list[str] = []

    def while_asking(box: QMessageBox) -> int:
        asked.append(box.text())
        faults.error = None  # the other program lets go of the store
        qtbot.waitUntil(lambda: not win.panel._log.pending, timeout=20_000)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", while_asking)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("asked"))
    assert win.close()
    assert asked and "3 tap(s) could not be saved" in asked[0]
    assert len(store.events.between_nights(None, None)) == 3


def test_cancel_at_quit_keeps_the_window_and_the_held_taps(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    faults = writer_faults(monkeypatch)
    faults.error = StoreUnavailableError("The store could not be read or written (I/O error).")
    win = _window(qtbot, store, tmp_path, monkeypatch)
    qtbot.keyClick(win, Qt.Key.Key_J)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # closed with Esc: no button
    assert not win.close()
    assert win.isVisible() and len(win.panel._log.pending) == 1
    faults.error = None  # the disk is back: the held tap lands and the window can close
    _wait_landed(qtbot, win)
