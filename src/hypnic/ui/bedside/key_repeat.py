"""Tell a held key's auto-repeat from a real press, where Qt alone cannot.

Seen on X11 (Xvfb and Xorg): Qt flags only the first repeat of a held key as auto-repeat; every
later one arrives as a plain KeyRelease + KeyPress pair carrying the same server timestamp. A
person cannot release and press a key again within the same few milliseconds, so a press whose
timestamp equals the key's last release is a repeat.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

# X server timestamps are in milliseconds; a repeat pair shares one.
_SAME_INSTANT_MS = 2


class KeyRepeatGuard(QObject):
    """Watches every key event of the application and remembers whether the latest press of
    each key was a repeat. Shortcuts ask it before acting (QAction.autoRepeat is not enough).

    It hears the whole application only from its window's first paint on: before that no key
    can reach the window, and a filter on the application takes every event of every object
    through Python, which at start-up means giving a Python type to each object Qt makes
    (about 140 enum types, a tenth of a second, for nothing). Until then it hears its window.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._released_at: dict[str, int] = {}
        self._pressed_at: dict[str, int] = {}
        self._repeat: dict[str, bool] = {}
        self._last_repeat = False
        self._window: QWidget | None = window
        window.installEventFilter(self)

    def _hear_the_application(self) -> None:
        window, self._window = self._window, None
        if window is not None:
            window.removeEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def is_repeat(self, key: str) -> bool:
        """Whether the latest press of ``key`` (a QKeySequence string like "J") was a repeat."""
        return self._repeat.get(QKeySequence(key).toString(), False)

    def press_stamp(self, key: str) -> int:
        """The window system's timestamp (ms) of the latest press of ``key``; 0 if unknown."""
        return self._pressed_at.get(QKeySequence(key).toString(), 0)

    def last_press_was_repeat(self) -> bool:
        """Whether the latest key press of any key was a repeat (for a shortcut bound to several
        keys, or one that cannot tell which key fired it)."""
        return self._last_repeat

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and watched is self._window:
            self._hear_the_application()
            return False
        if kind not in (QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        key, stamp = QKeySequence(event.key()).toString(), event.timestamp()
        if kind == QEvent.Type.KeyRelease:
            if stamp:
                self._released_at[key] = stamp
            return False
        # A shortcut fires on ShortcutOverride, and its KeyPress never comes: the press's time
        # is taken from either (once a letter was typed into a field, a KeyPress-only record
        # kept that old time for every later press, and the bedside dropped them as repeats).
        if stamp:
            self._pressed_at[key] = stamp
        released = self._released_at.get(key)
        paired = bool(stamp) and released is not None and 0 <= stamp - released <= _SAME_INSTANT_MS
        self._repeat[key] = self._last_repeat = event.isAutoRepeat() or paired
        return False


def repeat_guard(widget: QWidget) -> KeyRepeatGuard:
    """The one guard of ``widget``'s window, made at the first request. A guard hears every
    event of the application (in Python): the window's shortcuts share one, not one each."""
    top = widget.window()
    found = top.findChild(KeyRepeatGuard, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, KeyRepeatGuard) else KeyRepeatGuard(top)
