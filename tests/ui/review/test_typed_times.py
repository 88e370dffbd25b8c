"""Times typed into the review as a person types them, key by key, into whatever has focus.

Each test only presses keys (as the person does) and reads the store: none sets a time in code,
so each one failed while the review used QTimeEdit (2315 became 23:00:15, 00:45:10 became
00:15:45, a reopened add form kept its old time, Tab stayed in the time).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from appkit import focused, type_text
from hypnic.domain.clock import FixedClock
from hypnic.domain.events import Observer
from hypnic.services.kinds import KindCatalog
from hypnic.services.night_review import NightReview, wall_time
from hypnic.store import Store
from hypnic.ui.review.event_table_model import Column
from hypnic.ui.review.night_editor import NightEditor
from timehelp import utc_ms

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 24)
CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Review:
    editor: NightEditor
    review: NightReview

    def stored_times(self) -> list[str]:
        return [f"{wall_time(e.local_ms):%H:%M:%S}" for e in self.review.events(NIGHT)]


@pytest.fixture
def review(qtbot, store: Store) -> Iterator[Review]:
    clock = FixedClock(utc_ms(2026, 11, 25, 10, 0), LONDON)
    night_review = NightReview(store=store, clock=clock)
    editor = NightEditor(review=night_review, kinds=KindCatalog(store=store))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.show_night(NIGHT)
    yield Review(editor, night_review)
    editor.close()


def press(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def test_ctrl_n_then_23_15_and_enter_adds_at_23_15(qtbot, review: Review) -> None:
    qtbot.keyClick(review.editor, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "23:15")
    with qtbot.waitSignal(review.review.changed):
        press(qtbot, Qt.Key.Key_Return)
    assert review.stored_times() == ["23:15:00"]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("2315", "23:15:00"), ("0:45", "00:45:00"), ("00:45:10", "00:45:10"), ("715", "07:15:00")],
)
def test_every_accepted_form_adds_the_time_meant(
    qtbot, review: Review, typed: str, stored: str
) -> None:
    qtbot.keyClick(review.editor, Qt.Key.Key_N, CTRL)
    type_text(qtbot, typed)
    with qtbot.waitSignal(review.review.changed):
        press(qtbot, Qt.Key.Key_Return)
    assert review.stored_times() == [stored]


def test_the_form_stays_open_with_the_time_selected_for_the_next_event(
    qtbot, review: Review
) -> None:
    panel = review.editor.add_panel
    qtbot.keyClick(review.editor, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "23:15")
    press(qtbot, Qt.Key.Key_Return)
    assert panel.isVisible()
    assert focused() is panel.time_field
    assert panel.time_field.selectedText() == panel.time_field.text() == "23:15:00"
    type_text(qtbot, "23:40")  # replaces the selected time
    press(qtbot, Qt.Key.Key_Return)
    assert review.stored_times() == ["23:15:00", "23:40:00"]


def test_a_reopened_add_form_takes_new_typing(qtbot, review: Review) -> None:
    panel = review.editor.add_panel
    qtbot.keyClick(review.editor, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "23:15")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()

    qtbot.keyClick(review.editor, Qt.Key.Key_N, CTRL)
    assert panel.isVisible()
    type_text(qtbot, "01:05")
    with qtbot.waitSignal(review.review.changed):
        press(qtbot, Qt.Key.Key_Return)
    assert review.stored_times() == ["23:15:00", "01:05:00"]


def test_ctrl_n_when_open_returns_to_the_time_with_it_selected(qtbot, review: Review) -> None:
    panel = review.editor.add_panel
    qtbot.keyClick(review.editor, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "22:10")
    panel.note_edit.setFocus()
    type_text(qtbot, "kicked")
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert focused() is panel.time_field
    assert panel.time_field.selectedText() == "22:10:00"  # shown back as read, on leaving


def test_tab_leaves_the_time_at_once_and_goes_time_kind_who_note(qtbot, review: Review) -> None:
    panel = review.editor.add_panel
    qtbot.keyClick(review.editor, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "23")
    order = []
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)
        order.append(focused())
    assert order == [panel.kind_combo, panel.by_combo, panel.note_edit]
    type_text(qtbot, "woke me")
    with qtbot.waitSignal(review.review.changed):
        press(qtbot, Qt.Key.Key_Return)  # Enter in the note adds too
    [event] = review.review.events(NIGHT)
    assert (f"{wall_time(event.local_ms):%H:%M:%S}", event.note) == ("23:00:00", "woke me")


def test_a_letter_in_the_kind_list_picks_the_kind_that_starts_with_it(
    qtbot, review: Review
) -> None:
    panel = review.editor.add_panel
    qtbot.keyClick(review.editor, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "2350")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "k")
    assert panel.kind_combo.currentData() == "kick"
    # Letters typed in quick succession search together (Qt's type-ahead): a person's next
    # letter comes later.
    qtbot.wait(QApplication.keyboardInputInterval() + 100)
    type_text(qtbot, "d")
    assert panel.kind_combo.currentData() == "deep_itch"
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "p")
    assert panel.by_combo.currentData() == Observer.PARTNER.value
    panel.time_field.take_focus()
    with qtbot.waitSignal(review.review.changed):
        press(qtbot, Qt.Key.Key_Return)
    [event] = review.review.events(NIGHT)
    assert (event.kind, event.by) == ("deep_itch", Observer.PARTNER)


def test_a_time_that_is_not_one_is_refused_with_a_sentence(qtbot, review: Review) -> None:
    editor = review.editor
    qtbot.keyClick(editor, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "25:15")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(editor.add_panel.add_button, Qt.MouseButton.LeftButton)
    assert review.stored_times() == []
    assert editor.message.text().startswith(
        "Time of the missed event: “25:15” is not a time of day"
    )
    assert focused() is editor.add_panel.time_field


def edit_time_cell(qtbot, review: Review, row: int) -> None:
    table = review.editor.table
    table.setFocus()
    table.setCurrentIndex(review.editor.model.index(row, Column.TIME))
    press(qtbot, Qt.Key.Key_F2)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("00:45:10", "00:45:10"), ("23:15", "23:15:00"), ("2315", "23:15:00")],
)
def test_typing_a_time_in_the_table_stores_it(
    qtbot, review: Review, typed: str, stored: str
) -> None:
    review.review.add_event(night=NIGHT, kind="jerk", local_time=time(22, 0, 5))
    edit_time_cell(qtbot, review, 0)
    type_text(qtbot, typed)
    with qtbot.waitSignal(review.review.changed):
        press(qtbot, Qt.Key.Key_Return)
    assert review.stored_times() == [stored]


def test_a_time_cell_refuses_what_is_not_a_time_and_stays_open(qtbot, review: Review) -> None:
    review.review.add_event(night=NIGHT, kind="jerk", local_time=time(22, 0, 5))
    edit_time_cell(qtbot, review, 0)
    type_text(qtbot, "22:61")
    press(qtbot, Qt.Key.Key_Return)
    assert review.stored_times() == ["22:00:05"]
    assert review.editor.message.text().startswith("Event time: “22:61” is not a time of day")
    # The editor is still open with the text, to be fixed.
    assert focused() is not review.editor.table  # still in the cell editor
    type_text(qtbot, "\b\b06")
    with qtbot.waitSignal(review.review.changed):
        press(qtbot, Qt.Key.Key_Return)
    assert review.stored_times() == ["22:06:00"]


def test_lights_out_typed_is_stored_as_typed(qtbot, review: Review) -> None:
    editor = review.editor
    editor.lights_out_field.setFocus()
    type_text(qtbot, "23:15")
    with qtbot.waitSignal(review.review.changed):
        press(qtbot, Qt.Key.Key_Tab)
    lights_out = review.review.record(NIGHT).lights_out
    assert lights_out is not None
    assert f"{wall_time(lights_out.local_ms):%H:%M:%S}" == "23:15:00"


def test_shift_tab_from_the_add_form_reaches_the_added_event_to_fix_its_time(
    qtbot, review: Review
) -> None:
    qtbot.keyClick(review.editor, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "23:15")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is review.editor.table
    assert review.editor.table.currentIndex().row() == 0
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "00:45:10")
    with qtbot.waitSignal(review.review.changed):
        press(qtbot, Qt.Key.Key_Return)
    assert review.stored_times() == ["00:45:10"]
