"""The morning diary keeps what was typed: Escape, Close and reopening never lose an answer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget

from appkit import compose_app, focused, type_text
from hypnic.app import Windows
from hypnic.domain.clock import FixedClock
from hypnic.store import Store
from timehelp import utc_ms

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 24)

pytestmark = pytest.mark.qt_log_ignore("does not support raise")


@dataclass
class Morning:
    windows: Windows
    store: Store

    qtbot: object

    def open(self, night: date = NIGHT):  # type: ignore[no-untyped-def]
        form = self.windows.show_diary(night)
        self.qtbot.waitExposed(form)  # type: ignore[attr-defined]
        form.activateWindow()
        self.qtbot.waitUntil(form.isActiveWindow)  # type: ignore[attr-defined]
        return form


@pytest.fixture
def morning(qtbot, store: Store, tmp_path: Path) -> Iterator[Morning]:
    clock = FixedClock(utc_ms(2026, 11, 25, 8, 0), LONDON)
    app = compose_app(qtbot, store, tmp_path, clock)
    yield Morning(app.windows, store, qtbot)
    # Closed while the store is open: closing keeps what was typed, as it does in the app.
    for window in QApplication.topLevelWidgets():
        window.close()


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def answer_the_first_questions(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    form.times["bed_time"].setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, "2230")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "23:00")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "25")  # minutes to fall asleep, typed and not yet left


def test_escape_keeps_the_answers_and_reopening_shows_them(qtbot, morning: Morning) -> None:
    form = morning.open()
    answer_the_first_questions(qtbot, form)
    press(qtbot, Qt.Key.Key_Escape)
    assert not form.isVisible()
    stored = morning.store.diary.get(NIGHT)
    assert stored is not None
    assert (stored.bed_time, stored.tried_sleep_time) == (time(22, 30), time(23, 0))
    assert stored.sleep_latency_min == 25

    form = morning.open()
    assert form.times["bed_time"].text() == "22:30"
    assert form.times["tried_sleep_time"].text() == "23:00"
    assert form.numbers["sleep_latency_min"].value() == 25


def test_close_button_and_ctrl_w_keep_the_answers_too(qtbot, morning: Morning) -> None:
    form = morning.open()
    form.times["final_wake_time"].setFocus()
    type_text(qtbot, "6:45")
    qtbot.keyClick(focused(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible()
    stored = morning.store.diary.get(NIGHT)
    assert stored is not None and stored.final_wake_time == time(6, 45)

    form = morning.open()
    form.comments.setFocus()
    type_text(qtbot, "woke at 3")
    close = next(b for b in form.findChildren(QWidget) if b.accessibleName().startswith("Close"))
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    stored = morning.store.diary.get(NIGHT)
    assert stored is not None and stored.comments == "woke at 3"


def test_an_answer_is_saved_as_soon_as_it_is_left(qtbot, morning: Morning) -> None:
    form = morning.open()
    form.times["out_of_bed_time"].setFocus()
    type_text(qtbot, "0715")
    with qtbot.waitSignal(form._diary.changed):
        press(qtbot, Qt.Key.Key_Tab)
    stored = morning.store.diary.get(NIGHT)
    assert stored is not None and stored.out_of_bed_time == time(7, 15)
    assert form.isVisible()


def test_an_answer_that_cannot_be_saved_is_kept_as_a_draft(qtbot, morning: Morning) -> None:
    form = morning.open()
    form.times["bed_time"].setFocus()
    type_text(qtbot, "23:30")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "7:6")  # tried to sleep: not a time
    press(qtbot, Qt.Key.Key_Escape)
    assert not form.isVisible()
    stored = morning.store.diary.get(NIGHT)
    assert stored is not None and stored.tried_sleep_time is None  # nothing wrong stored

    form = morning.open()
    assert form.times["tried_sleep_time"].text() == "7:6"  # as typed
    assert form.message.text().startswith("Not saved yet: Tried to sleep: “7:6”")
    form.times["tried_sleep_time"].take_focus()
    type_text(qtbot, "23:45")
    press(qtbot, Qt.Key.Key_Escape)
    stored = morning.store.diary.get(NIGHT)
    assert stored is not None and stored.tried_sleep_time == time(23, 45)
    form = morning.open()
    assert form.message.text() == ""


def test_answers_out_of_order_are_kept_as_typed(qtbot, morning: Morning) -> None:
    form = morning.open()
    form.times["tried_sleep_time"].setFocus()
    type_text(qtbot, "23:00")
    form.times["bed_time"].setFocus()
    type_text(qtbot, "23:30")
    form.close()
    assert morning.store.diary.get(NIGHT) is not None  # 23:00 was saved when it was left
    form = morning.open()
    assert form.times["bed_time"].text() == "23:30"
    assert "tried to sleep" in form.message.text()


def test_another_night_keeps_what_was_typed_for_the_first(qtbot, morning: Morning) -> None:
    form = morning.open()
    form.times["bed_time"].setFocus()
    type_text(qtbot, "22:15")
    morning.open(date(2026, 11, 23))
    assert form.night == date(2026, 11, 23)
    assert form.times["bed_time"].text() == ""
    stored = morning.store.diary.get(NIGHT)
    assert stored is not None and stored.bed_time == time(22, 15)


def test_an_untouched_form_stores_nothing(qtbot, morning: Morning) -> None:
    form = morning.open()
    press(qtbot, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert morning.store.diary.get(NIGHT) is None


def test_arrow_keys_and_digits_choose_the_quality(qtbot, morning: Morning) -> None:
    form = morning.open()
    first = form.quality_group.button(1)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    assert isinstance(focused(), QRadioButton)
    press(qtbot, Qt.Key.Key_Right)
    assert form.quality_group.checkedId() == 1
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert form.quality_group.checkedId() == 3
    assert focused() is form.quality_group.button(3)
    press(qtbot, Qt.Key.Key_Left)
    assert form.quality_group.checkedId() == 2
    type_text(qtbot, "5")
    assert form.quality_group.checkedId() == 5
    press(qtbot, Qt.Key.Key_Right)
    assert form.quality_group.checkedId() == 5  # stays at the top of the scale
    stored = morning.store.diary.get(NIGHT)
    assert stored is not None and stored.quality == 5  # a choice is kept at once
