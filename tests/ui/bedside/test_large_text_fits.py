"""With large text the bedside still fits a 1024 px wide screen: the top bar takes two rows
(the theme, the dimmer and the Menu under the rest) instead of pushing the Menu off the screen,
and the window never asks to be wider than the screen."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from appkit import compose_app
from appkit import test_paths as paths_in
from hypnic.domain.clock import FixedClock
from hypnic.services.preferences import Preferences
from hypnic.store import Store
from hypnic.ui.bedside.top_bar import TopBar
from timehelp import utc_ms


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_every_bedside_control_is_on_a_1024_wide_window(
    qtbot, qapp: QApplication, store: Store, tmp_path, percent: int
) -> None:  # type: ignore[no-untyped-def]
    font = qapp.font()
    Preferences(path=paths_in(tmp_path).settings_file).set_text_scale(percent)
    clock = FixedClock(utc_ms(2026, 11, 24, 22, 0), ZoneInfo("Europe/London"))
    composition = compose_app(qtbot, store, tmp_path, clock)
    window = composition.window
    try:
        window.demo_badge.show()  # the widest bar there is
        window.resize(1024, 600)
        window.show()
        qtbot.waitExposed(window)
        assert window.minimumSizeHint().width() <= 1024
        assert window.width() <= 1024
        for control in (window.lights_out_button, window.partner_button, window.theme_button,
                        window.dimmer_slider, window.menu_button):  # fmt: skip
            assert _inside(control, window), control.accessibleName()
        bar = window.findChild(TopBar)
        assert bar.stacked == (percent > 100)
    finally:
        composition.event_log.shutdown()
        qapp.setStyleSheet("")
        qapp.setPalette(QPalette())
        qapp.setFont(font)
