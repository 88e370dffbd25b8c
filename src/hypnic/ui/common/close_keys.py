"""Escape and Ctrl+W close a daytime window (DESIGN section 10), with every platform binding."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget


def close_keys() -> list[QKeySequence]:
    """Ctrl+W, then the platform's own Close (Ctrl+F4 on X11, where Close is not Ctrl+W:
    people press Ctrl+W all the same)."""
    keys = [QKeySequence("Ctrl+W")]
    keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Close) if k not in keys]
    return keys


def add_close_keys(
    window: QWidget, *, inner_escape: Callable[[], bool] | None = None
) -> tuple[QAction, QAction]:
    """Close ``window`` with Escape or Ctrl+W; returns the two actions (Escape, Ctrl+W).

    ``inner_escape``, when given, is asked first on Escape: it returns True when Escape
    meant something inside the window (a cell being edited, a form to put away) and was
    used for that, so the window stays open. Ctrl+W always closes."""

    def on_escape() -> None:
        # A list of suggestions (a completer's popup) open: Escape puts that away only.
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.hide()
            return
        if inner_escape is None or not inner_escape():
            window.close()

    # One context for every window these keys close (window.tr would look the word up under
    # each window's own class, which the translations cannot know).
    close = QCoreApplication.translate("CloseKeys", "Close")
    escape = _action(window, close, [QKeySequence("Esc")], on_escape)
    escape.setObjectName("closeOnEscape")
    ctrl_w = _action(window, close, close_keys(), window.close)
    ctrl_w.setObjectName("closeWindow")
    return escape, ctrl_w


def cancel_cell_edit(view: QAbstractItemView) -> bool:
    """When a cell of ``view`` is being edited, drop the edit as Escape in the cell does (the
    cell keeps its value) and return True; False when no cell is being edited."""
    editor = QApplication.focusWidget()
    if view.state() != QAbstractItemView.State.EditingState or editor is None:
        return False
    escape = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(editor, escape)
    return True


def _action(
    window: QWidget, text: str, keys: list[QKeySequence], slot: Callable[[], object]
) -> QAction:
    action = QAction(text, window)
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(slot)
    window.addAction(action)
    return action
