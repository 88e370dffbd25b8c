"""Escape with a list of suggestions open puts the list away, not the window: typing a
medication's name in Settings and pressing Escape on its suggestions closed all of Settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QLineEdit, QVBoxLayout

from hypnic.ui.common.close_keys import add_close_keys


# The offscreen platform cannot raise a popup or give it the keyboard; it says so.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_escape_closes_the_suggestions_not_the_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QDialog()
    qtbot.addWidget(window)
    field = QLineEdit(window)
    QVBoxLayout(window).addWidget(field)
    completer = QCompleter(["clonazepam", "clonidine"], field)
    field.setCompleter(completer)
    add_close_keys(window)
    window.show()
    qtbot.waitExposed(window)
    field.setFocus()
    qtbot.keyClicks(field, "clon")
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert not completer.popup().isVisible()
    assert window.isVisible() and field.text() == "clon"
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # the list put away, Escape closes as ever
    assert not window.isVisible()
