"""Escape and Ctrl+W close a daytime window (and every other binding of Close on this system)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def add_close_keys(window: QWidget) -> QAction:
    """Close ``window`` on Escape, Ctrl+W and the platform's Close keys (Ctrl+F4 on X11)."""
    keys = [QKeySequence("Esc"), QKeySequence("Ctrl+W")]
    keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Close) if k not in keys]
    action = QAction(window.tr("Close"), window)
    action.setShortcuts(keys)
    action.triggered.connect(window.close)
    window.addAction(action)
    return action
