"""The repeat guard, fed the event sequences X11 really sends for a held key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from hypnic.ui.bedside.key_repeat import KeyRepeatGuard


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
