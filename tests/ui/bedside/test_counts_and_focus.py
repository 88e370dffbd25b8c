"""Counts that mean one thing, and a focus that is safe for a drowsy hand.

The bedside buttons count the patient's own taps and show the partner's apart (DESIGN section
6); in partner mode the partner's count is the big one. After a mouse click the big button keeps
no focus, so a stray Space logs nothing, while Tab still reaches every control.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QSlider, QWidget

from appkit import compose_app, settle
from hypnic.app import Composition
from hypnic.domain.clock import FixedClock
from hypnic.store import Store
from timehelp import utc_ms

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def app(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Composition]:
    ticks = iter(range(1_000_000))
    monkeypatch.setattr(
        "hypnic.ui.bedside.bedside_panel._time.monotonic", lambda: float(next(ticks))
    )
    clock = FixedClock(utc_ms(2026, 11, 24, 23, 0), LONDON)
    composition = compose_app(qtbot, store, tmp_path, clock)
    composition.window.show()
    qtbot.waitExposed(composition.window)
    composition.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is composition.window)
    yield composition
    settle(qtbot, composition.event_log)


def press(qtbot, app: Composition, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(app.window, key)
    settle(qtbot, app.event_log)


def test_the_buttons_count_own_taps_and_show_the_partners_apart(qtbot, app: Composition) -> None:
    kick = app.window.panel.buttons()["kick"]
    press(qtbot, app, Qt.Key.Key_K, Qt.Key.Key_K, Qt.Key.Key_K)
    assert kick.counts() == (3, 0)
    assert kick.accessibleDescription() == "3 tonight. Key K / 2."
    press(qtbot, app, Qt.Key.Key_P, Qt.Key.Key_K, Qt.Key.Key_K)
    assert kick.counts() == (3, 2)
    # Partner mode: the partner's count is the prominent one, and says so.
    assert kick.accessibleDescription() == "Partner 2 tonight, yours 3. Key K / 2."
    assert kick._caption() == ("2", "partner's · yours 3")
    press(qtbot, app, Qt.Key.Key_P)
    assert kick.accessibleDescription() == "3 tonight, partner 2. Key K / 2."
    assert kick._caption() == ("3", "yours · partner 2")
    # The same split as every other view: the night's own figures count 3 kicks.
    night = app.event_log.tonight()
    assert app.event_log.counts(night) == {"kick": 3}


def test_a_clicked_button_keeps_no_focus_so_a_stray_space_logs_nothing(
    qtbot, app: Composition, store: Store
) -> None:
    kick = app.window.panel.buttons()["kick"]
    qtbot.mouseClick(kick, Qt.MouseButton.LeftButton)
    settle(qtbot, app.event_log)
    assert not kick.hasFocus()
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget() or app.window, Qt.Key.Key_Space)
    settle(qtbot, app.event_log)
    assert [e.kind for e in store.events.between_nights(None, None)] == ["kick"]


def test_tab_reaches_every_control_of_the_bedside(qtbot, app: Composition) -> None:
    window = app.window
    press(qtbot, app, Qt.Key.Key_J)  # the Undo button shows
    controls: list[QWidget] = [
        w
        for w in window.findChildren(QAbstractButton) + window.findChildren(QSlider)
        if w.isVisible() and w.isEnabled()
    ]
    reached: set[int] = set()
    for _ in range(3 * len(controls) + 5):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is not None:
            reached.add(id(focused))
    missed = [w.accessibleName() for w in controls if id(w) not in reached]
    assert missed == []
    # A kind button reached by Tab is pressed by Space, as a keyboard user expects.
    jerk = window.panel.buttons()["jerk"]
    jerk.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(jerk, Qt.Key.Key_Space)
    settle(qtbot, app.event_log)
    assert jerk.counts() == (2, 0)
