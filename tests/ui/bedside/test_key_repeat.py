"""The repeat guard, fed the event sequences X11 really sends for a held key."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from appkit import compose_app
from hypnic.domain.clock import FixedClock
from hypnic.ui.bedside.key_repeat import KeyRepeatGuard
from timehelp import utc_ms


def send(widget: QWidget, kind: QEvent.Type, stamp: int, *, repeat: bool = False) -> None:
    event = QKeyEvent(kind, Qt.Key.Key_J, Qt.KeyboardModifier.NoModifier, "j", repeat)
    event.setTimestamp(stamp)
    QApplication.sendEvent(widget, event)


def test_release_and_press_at_one_instant_is_a_repeat(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    guard = KeyRepeatGuard(widget)
    send(widget, QEvent.Type.ShortcutOverride, 1000)
    assert not guard.is_repeat("J")
    # Held: Qt flags the first repeat, then sends plain pairs sharing a timestamp.
    send(widget, QEvent.Type.KeyRelease, 1660, repeat=True)
    send(widget, QEvent.Type.ShortcutOverride, 1660, repeat=True)
    assert guard.is_repeat("J")
    send(widget, QEvent.Type.KeyRelease, 1700)
    send(widget, QEvent.Type.ShortcutOverride, 1700)
    assert guard.is_repeat("J")
    # Let go, press again a moment later: a real press.
    send(widget, QEvent.Type.KeyRelease, 1740)
    send(widget, QEvent.Type.ShortcutOverride, 1990)
    assert not guard.is_repeat("J")
    assert not guard.is_repeat("K")


def test_a_shortcut_press_has_its_own_time_after_the_key_was_typed_in_a_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing J into a note delivers KeyPress; pressing J at the bedside fires the shortcut on
    ShortcutOverride and no KeyPress follows. Each press must carry its own time: a stale one
    made every later J a "repeat" of the first, and the bedside dropped them all."""
    widget = QWidget()
    qtbot.addWidget(widget)
    guard = KeyRepeatGuard(widget)
    send(widget, QEvent.Type.KeyPress, 1000)  # typed into a field
    send(widget, QEvent.Type.KeyRelease, 1080)
    for stamp in (5000, 6000, 7000):  # three presses at the bedside, a second apart
        send(widget, QEvent.Type.ShortcutOverride, stamp)
        assert guard.press_stamp("J") == stamp and not guard.is_repeat("J")
        send(widget, QEvent.Type.KeyRelease, stamp + 90)


def test_the_bedside_window_keeps_one_guard_for_all_its_shortcuts(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Each guard hears every event of the application in Python: the taps, the evening
    strip's keys and N share the window's one guard, however many ask for it."""
    clock = FixedClock(utc_ms(2026, 11, 24, 22, 0), ZoneInfo("Europe/London"))
    composition = compose_app(qtbot, store, tmp_path, clock)
    try:
        assert len(composition.window.findChildren(KeyRepeatGuard)) == 1
    finally:
        composition.event_log.shutdown()


def test_the_guard_hears_the_whole_application_from_its_windows_first_paint(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Before the first paint no key can reach the window, and hearing every event of the
    application in Python made start-up give a Python type to each object Qt created (a tenth
    of a second before the bedside was drawn): the guard hears only its window until then."""
    window = QWidget()
    field = QLineEdit(window)
    qtbot.addWidget(window)
    guard = KeyRepeatGuard(window)
    send(field, QEvent.Type.ShortcutOverride, 1000)
    assert guard.press_stamp("J") == 0  # a child's key, before the paint: not heard
    send(window, QEvent.Type.ShortcutOverride, 1500)
    assert guard.press_stamp("J") == 1500  # its window's own: heard
    window.show()
    qtbot.waitExposed(window)

    def heard_from_the_field() -> bool:
        send(field, QEvent.Type.ShortcutOverride, 2000)
        return guard.press_stamp("J") == 2000

    qtbot.waitUntil(heard_from_the_field)
    send(field, QEvent.Type.KeyRelease, 2100)
    send(field, QEvent.Type.ShortcutOverride, 2100)
    assert guard.is_repeat("J")
