"""The bedside window driven as a patient would: keys, clicks, undo, partner, failures."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from appkit import settle, undo_for, writer_faults
from hypnic.domain.clock import FixedClock
from hypnic.domain.errors import StoreFullError, StoreUnavailableError
from hypnic.domain.events import Observer
from hypnic.services.event_log import EventLog
from hypnic.services.kinds import KindCatalog
from hypnic.services.preferences import Preferences
from hypnic.store import Store
from hypnic.ui.bedside.main_window import MainWindow

ZONE = ZoneInfo("Europe/London")
# 23:41:07 local on 24 November 2026 (GMT, offset 0): night of the 24th.
START_MS = int(datetime(2026, 11, 24, 23, 41, 7, tzinfo=UTC).timestamp() * 1000)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START_MS, ZONE)


@pytest.fixture
def window(
    qtbot, store: Store, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    # Each look at the monotonic clock is a second later: a person's taps, not a held key.
    ticks = iter(range(1_000_000))
    monkeypatch.setattr(
        "hypnic.ui.bedside.bedside_panel._time.monotonic", lambda: float(next(ticks))
    )
    log = EventLog(store=store, clock=clock)
    win = MainWindow(
        event_log=log,
        kinds=KindCatalog(store=store),
        preferences=Preferences(path=tmp_path / "hypnic.ini"),
        undo=undo_for(log, store),
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win


def live(qtbot, window: MainWindow, store: Store) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The stored live events, once every tap pressed so far is written."""
    settle(qtbot, window.panel._log)
    return [(e.kind, e.by.value) for e in store.events.between_nights(None, None)]


def test_keys_log_one_event_each(qtbot, window: MainWindow, store: Store) -> None:
    for key in (Qt.Key.Key_J, Qt.Key.Key_K, Qt.Key.Key_I, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(window, key)
    kinds = [k for k, _ in live(qtbot, window, store)]
    assert sorted(kinds) == sorted(["jerk", "kick", "deep_itch"] * 2)


def test_tap_is_committed_before_the_button_shows_it(
    qtbot, window: MainWindow, store: Store
) -> None:
    button = window.panel.buttons()["kick"]
    seen: list[int] = []

    def on_saved(event) -> None:  # runs when the panel is told; the row must already be there
        seen.append(len(store.events.between_nights(None, None)))

    window.panel._log.tap_saved.connect(on_saved)
    with qtbot.waitSignal(window.panel._log.tap_saved):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == [1]
    # A second connection reads the database independently: the commit is durable.
    other = sqlite3.connect(store.path)
    assert other.execute("SELECT kind FROM events").fetchall() == [("kick",)]
    other.close()
    assert "Kick · 23:41:07" in window.panel._confirmation.text()
    assert button.accessibleDescription().startswith("1 tonight")


def test_auto_repeat_never_logs(qtbot, window: MainWindow, store: Store) -> None:
    qtbot.keyPress(window, Qt.Key.Key_J)
    for _ in range(5):
        repeat = QKeyEvent(
            QKeyEvent.Type.KeyPress, Qt.Key.Key_J, Qt.KeyboardModifier.NoModifier, "j", True
        )
        QApplication.sendEvent(window, repeat)
    qtbot.keyRelease(window, Qt.Key.Key_J)
    assert [k for k, _ in live(qtbot, window, store)] == ["jerk"]


def test_repeats_that_qt_misses_still_log_once(
    qtbot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under load X11 repeats can arrive as fresh presses: 40 ms apart they extend the hold."""
    now = [100.0]
    monkeypatch.setattr("hypnic.ui.bedside.bedside_panel._time.monotonic", lambda: now[0])
    for _ in range(20):
        qtbot.keyClick(window, Qt.Key.Key_J)
        now[0] += 0.04
    assert [k for k, _ in live(qtbot, window, store)] == ["jerk"]
    now[0] += 0.3
    qtbot.keyClick(window, Qt.Key.Key_J)
    qtbot.keyClick(window, Qt.Key.Key_K)
    assert sorted(k for k, _ in live(qtbot, window, store)) == ["jerk", "jerk", "kick"]


def click_at(button: QWidget, stamp_ms: int) -> None:
    """A mouse click whose press and release carry the window system's timestamp."""
    centre = QPointF(button.rect().center())
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind, centre, button.mapToGlobal(centre), Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress
            else Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        event.setTimestamp(stamp_ms)
        QApplication.sendEvent(button, event)


def test_double_click_within_250ms_counts_once(qtbot, window: MainWindow, store: Store) -> None:
    """By the clicks' own timestamps: clicks queued while the window was busy are still as
    far apart as the person made them."""
    button = window.panel.buttons()["jerk"]
    click_at(button, 100_000)
    click_at(button, 100_200)
    assert len(live(qtbot, window, store)) == 1
    click_at(button, 100_500)
    assert len(live(qtbot, window, store)) == 2


def test_undo_moves_last_tap_to_trash_and_redo_restores(
    qtbot, window: MainWindow, store: Store, clock: FixedClock
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_J)
    clock.advance(5000)
    qtbot.keyClick(window, Qt.Key.Key_K)
    settle(qtbot, window.panel._log)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert live(qtbot, window, store) == [("jerk", "self")]
    night = window.panel._log.tonight()
    assert [e.kind for e in store.events.of_night(night, deleted=True)] == ["kick"]
    assert window.panel.buttons()["kick"].accessibleDescription().startswith("0 tonight")
    qtbot.keyClick(window, Qt.Key.Key_Backspace)
    assert live(qtbot, window, store) == []
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert live(qtbot, window, store) == [("jerk", "self")]


def test_a_double_tap_on_undo_undoes_once_and_does_not_restore(
    qtbot, window: MainWindow, store: Store, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After an undo the button offers to restore the tap, in the same place: a tremor's
    second tap 0.35 s later must not take the undo back; a click a few seconds later does."""
    qtbot.keyClick(window, Qt.Key.Key_K)
    assert live(qtbot, window, store) == [("kick", "self")]
    now = [100.0]
    monkeypatch.setattr("hypnic.ui.bedside.bedside_panel._time.monotonic", lambda: now[0])
    undo = window.panel.undo_button
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    now[0] += 0.35
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert live(qtbot, window, store) == []
    assert window.panel.offered() == "redo"
    now[0] += 3.0  # read, and meant: restore it
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert live(qtbot, window, store) == [("kick", "self")]


def test_partner_switch_records_partner_and_is_shown(
    qtbot, window: MainWindow, store: Store, clock: FixedClock
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_P)
    assert window.panel.partner
    assert window.panel._partner_badge.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_K)
    clock.advance(1000)
    qtbot.keyClick(window, Qt.Key.Key_P)
    qtbot.keyClick(window, Qt.Key.Key_K)
    assert live(qtbot, window, store) == [("kick", "partner"), ("kick", "self")]
    assert not window.panel._partner_badge.isVisible()


def test_lights_out_key_records_tonight(qtbot, window: MainWindow, store: Store) -> None:
    qtbot.keyClick(window, Qt.Key.Key_L)
    record = store.nights.get(window.panel._log.tonight())
    assert record.lights_out is not None
    assert record.lights_out.utc_ms == START_MS


def test_failed_write_is_held_shown_and_retried(
    qtbot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    faults = writer_faults(monkeypatch)
    faults.error = StoreFullError("The disk is full.")
    banner = window.panel._banner
    with qtbot.waitSignal(window.panel._log.save_failed):
        qtbot.keyClick(window, Qt.Key.Key_J)
    assert banner.isVisible()
    assert "NOT SAVED YET" in banner.text() and "disk is full" in banner.text()
    assert store.events.between_nights(None, None) == []
    assert len(window.panel._log.pending) == 1

    faults.error = None
    with qtbot.waitSignal(window.panel._log.pending_changed, timeout=10_000):
        pass  # the writer tries again and writes the held tap
    assert live(qtbot, window, store) == [("jerk", "self")]
    assert not banner.isVisible()
    assert "All held taps are saved now." in window.panel._confirmation.text()


def test_no_dialog_opens_in_bedside_mode(
    qtbot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: opened.append(self) or 0)
    faults = writer_faults(monkeypatch)
    faults.error = StoreUnavailableError("I/O error")
    for key in (Qt.Key.Key_J, Qt.Key.Key_K, Qt.Key.Key_L, Qt.Key.Key_Backspace, Qt.Key.Key_P):
        qtbot.keyClick(window, key)
    assert opened == []
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    faults.error = None
    settle(qtbot, window.panel._log)


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QSlider

    controls = window.findChildren(QAbstractButton) + window.findChildren(QSlider)
    assert controls
    assert all(c.accessibleName() for c in controls), [
        c for c in controls if not c.accessibleName()
    ]


def test_buttons_are_huge_targets(qtbot, window: MainWindow) -> None:
    for size in ((1280, 800), (1024, 600)):
        window.resize(*size)
        qtbot.wait(10)
        for button in window.panel.buttons().values():
            assert button.width() >= size[0] / 3 - 60
            assert button.height() >= size[1] * 0.55


def test_starts_with_no_button_focused_so_space_logs_nothing(
    qtbot, window: MainWindow, store: Store
) -> None:
    focused = QApplication.focusWidget()
    assert focused is None or focused is window.panel
    qtbot.keyClick(focused or window, Qt.Key.Key_Space)
    assert live(qtbot, window, store) == []
    assert store.nights.get(window.panel._log.tonight()).lights_out is None
    assert not window.panel.partner
    assert window.panel._log.log_tap("kick").by is Observer.SELF


def test_taps_from_another_process_show_without_restart(
    qtbot, window: MainWindow, store: Store
) -> None:
    from hypnic.domain.events import Event, new_event_id
    from hypnic.services.store_watch import StoreWatch

    # As the composition root wires it: the store watch tells the bedside.
    watch = StoreWatch(store=store, parent=window)
    watch.changed.connect(window.panel.on_changes)
    other = Store.open(store.path.parent)
    other.events.add(Event(id=new_event_id(), kind="kick", utc_ms=START_MS - 1000, offset_min=0))
    other.close()
    with qtbot.waitSignal(watch.changed, timeout=5000):
        pass
    assert window.panel.buttons()["kick"].accessibleDescription().startswith("1 tonight")


def test_menu_offers_the_daytime_windows_with_their_keys(qtbot, window: MainWindow) -> None:
    texts = [a.text() for a in window.menu.actions()]
    assert texts[:4] == [
        "&Review a night…",
        "&History of nights…",
        "&Summary for the doctor…",
        "&Kinds and settings…",
    ]
    with qtbot.waitSignal(window.summary_requested, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.history_requested, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)


def test_each_saved_tap_is_announced_to_a_screen_reader(
    qtbot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sentence a screen reader says (for real on AT-SPI: tests/accessibility)."""
    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        "hypnic.ui.bedside.bedside_panel.announce",
        lambda _widget, text, *, assertive=False: said.append((text, assertive)),
    )
    qtbot.keyClick(window, Qt.Key.Key_J)
    live(qtbot, window, store)
    qtbot.waitUntil(lambda: len(said) == 1)
    qtbot.keyClick(window, Qt.Key.Key_P)  # partner logging
    qtbot.keyClick(window, Qt.Key.Key_K)
    live(qtbot, window, store)
    qtbot.waitUntil(lambda: len(said) == 2)
    assert said[0][0].startswith("Jerk saved at ") and said[0][0].endswith(".")
    assert not said[0][1]  # polite: after what the screen reader is saying
    assert said[1][0].startswith("Kick saved at ") and said[1][0].endswith(", as the partner's.")
    # The label's name is the plain words of the confirmation, not its HTML.
    assert "<" not in window.panel._confirmation.accessibleName()
    assert window.panel._confirmation.accessibleName().startswith("Kick")


def test_announce_does_nothing_without_assistive_technology(qtbot) -> None:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QLabel

    from hypnic.ui.common.announce import announce, plain

    assert plain("Kick · 23:41 · <a href='undo'>Undo</a>&nbsp;") == "Kick · 23:41 · Undo"
    label = QLabel("x")
    qtbot.addWidget(label)
    assert not QAccessible.isActive()
    announce(label, "Jerk saved at 23:41.")  # no error, no cost
