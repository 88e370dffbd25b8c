"""The keyboard focus is ringed in the theme's focus colour, whatever the control."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QVBoxLayout, QWidget

from hypnic.ui.common.focus_ring import RING_PX, FocusRing
from hypnic.ui.common.theme import DAY, NIGHT, apply_theme


def _ring(window: QWidget) -> FocusRing:
    ring = window.findChild(FocusRing)
    assert ring is not None
    return ring


def test_the_ring_follows_the_focus_and_the_theme(qtbot, qapp: QApplication) -> None:
    apply_theme(qapp, NIGHT)
    window = QWidget()
    layout = QVBoxLayout(window)
    field, combo = QLineEdit(window), QComboBox(window)
    layout.addWidget(field)
    layout.addWidget(combo)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    field.setFocus()
    qtbot.waitUntil(lambda: _ring(window).isVisible())
    ring = _ring(window)
    around = QRect(field.mapTo(window, field.rect().topLeft()), field.size())
    assert ring.geometry().contains(around)
    assert ring.geometry().width() >= around.width() + 2 * RING_PX
    assert qapp.property("hypnicFocusColour") == NIGHT.focus

    combo.setFocus()
    qtbot.waitUntil(lambda: ring.geometry().contains(combo.geometry()))
    field.hide()  # a layout change moves the combo: the ring goes with it
    qtbot.waitUntil(
        lambda: ring.geometry().contains(
            QRect(combo.mapTo(window, combo.rect().topLeft()), combo.size())
        )
    )
    apply_theme(qapp, DAY)
    assert qapp.property("hypnicFocusColour") == DAY.focus
    combo.hide()
    assert not ring.isVisible()
