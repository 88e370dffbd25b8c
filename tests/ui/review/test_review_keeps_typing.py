"""The review keeps what was typed: moving to another night, closing, or quitting loses nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from appkit import compose_app, focused, type_text
from hypnic.app import Composition
from hypnic.domain.clock import FixedClock
from hypnic.services.night_review import wall_time
from hypnic.store import Store
from hypnic.ui.review.night_editor import NightEditor
from hypnic.ui.review.night_side_panel import NightSidePanel
from timehelp import utc_ms

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 24)
ALT = Qt.KeyboardModifier.AltModifier

pytestmark = pytest.mark.qt_log_ignore("does not support raise")


@pytest.fixture
def app(qtbot, store: Store, tmp_path: Path) -> Iterator[Composition]:
    composition = compose_app(qtbot, store, tmp_path, FixedClock(utc_ms(2026, 11, 25, 10), LONDON))
    yield composition
    for window in QApplication.topLevelWidgets():
        window.close()  # while the store is open: closing keeps what was typed


def open_review(qtbot, app: Composition, night: date = NIGHT) -> NightEditor:
    editor = app.windows.show_review(night)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def lights_out(store: Store, night: date) -> str | None:
    record = store.nights.get(night)
    if record is None or record.lights_out is None:
        return None
    return f"{wall_time(record.lights_out.local_ms):%H:%M}"


def test_a_note_typed_then_alt_right_stays_with_its_night(
    qtbot, app: Composition, store: Store
) -> None:
    editor = open_review(qtbot, app, date(2026, 11, 23))
    editor.note_edit.setFocus()
    type_text(qtbot, "late coffee")
    qtbot.keyClick(focused(), Qt.Key.Key_Right, ALT)
    assert editor.night == NIGHT
    assert editor.note_edit.text() == ""  # the next night's own (empty) note
    assert store.nights.get(date(2026, 11, 23)).note == "late coffee"
    assert store.nights.get(NIGHT).note == ""


def test_a_lights_out_typed_then_another_night_is_saved_first(
    qtbot, app: Composition, store: Store
) -> None:
    editor = open_review(qtbot, app)
    editor.lights_out_field.setFocus()
    type_text(qtbot, "2250")
    qtbot.keyClick(focused(), Qt.Key.Key_Left, ALT)
    assert editor.night == date(2026, 11, 23)
    assert lights_out(store, NIGHT) == "22:50"
    assert editor.lights_out_field.text() == ""


def test_a_time_that_cannot_be_read_keeps_the_night_shown(
    qtbot, app: Composition, store: Store
) -> None:
    editor = open_review(qtbot, app)
    editor.lights_out_field.setFocus()
    type_text(qtbot, "22:5x")
    qtbot.keyClick(focused(), Qt.Key.Key_Left, ALT)
    assert editor.night == NIGHT
    assert editor.lights_out_field.text() == "22:5x"
    assert editor.message.text().startswith("Lights-out: “22:5x” is not a time of day")
    assert lights_out(store, NIGHT) is None


def test_closing_the_review_keeps_the_typed_note(qtbot, app: Composition, store: Store) -> None:
    editor = open_review(qtbot, app)
    editor.note_edit.setFocus()
    type_text(qtbot, "hot room")
    qtbot.keyClick(focused(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    editor.close()  # Ctrl+W is another engineer's; the close itself is what matters here
    assert store.nights.get(NIGHT).note == "hot room"


def test_quitting_keeps_what_is_typed_in_the_open_forms(
    qtbot, app: Composition, store: Store
) -> None:
    editor = open_review(qtbot, app)
    editor.lights_out_field.setFocus()
    type_text(qtbot, "23:05")
    diary = app.windows.show_diary(NIGHT)
    diary.times["bed_time"].setText("22:40")
    diary.times["bed_time"].setModified(True)
    app.windows.keep_typed()  # what the app does after its event loop ends, before closing
    assert lights_out(store, NIGHT) == "23:05"
    entry = store.diary.get(NIGHT)
    assert entry is not None and entry.bed_time == time(22, 40)


def test_the_dose_form_keeps_its_typing_across_nights_and_refuses_a_bad_time(
    qtbot, app: Composition, store: Store
) -> None:
    editor = open_review(qtbot, app)
    side = editor.findChild(NightSidePanel)
    assert side is not None
    editor.lower_tabs.setCurrentIndex(1)
    side.time_field.take_focus()
    type_text(qtbot, "2315")
    side.medication.setEditText("melatonin")
    editor.previous_night()
    assert side.time_field.text() == "2315"  # as typed (the field was not left)
    assert side.medication.currentText() == "melatonin"
    side.time_field.take_focus()
    type_text(qtbot, "2x15")
    qtbot.mouseClick(side.add_button, Qt.MouseButton.LeftButton)
    assert side.message.text().startswith("Dose time: “2x15” is not a time of day")
    assert store.doses.of_night(date(2026, 11, 23)) == []
    side.time_field.take_focus()
    type_text(qtbot, "23:15:40")  # no seconds shown here: they are 0
    qtbot.mouseClick(side.add_button, Qt.MouseButton.LeftButton)
    [dose] = store.doses.of_night(date(2026, 11, 23))
    assert f"{wall_time(dose.local_ms):%H:%M:%S}" == "23:15:00"


def test_choosing_a_dose_asks_before_it_replaces_a_dose_being_typed(
    qtbot, app: Composition, store: Store
) -> None:
    from hypnic.ui.common.unsaved_typing import Unsaved

    asked: list[str] = []
    answers = [Unsaved.CANCEL, Unsaved.SAVE]

    def chooser(_parent: QWidget, question: str, _save: str) -> Unsaved:
        asked.append(question)
        return answers.pop(0)

    services = app.services
    services.doses.add(night=NIGHT, medication="clonazepam", local_time=time(22, 30))
    side = NightSidePanel(
        doses=services.doses,
        medications=services.medications,
        evening=services.evening,
        diary=services.diary,
        ask_unsaved=chooser,
    )
    qtbot.addWidget(side)
    side.set_night(NIGHT)
    side.show()
    qtbot.waitExposed(side)
    side.activateWindow()
    qtbot.waitUntil(side.isActiveWindow)
    side.time_field.take_focus()
    type_text(qtbot, "0115")
    side.medication.setEditText("melatonin")
    side.table.selectRow(0)
    assert asked == ["The dose you typed is not added yet."]
    assert side.table.selectedItems() == []  # kept: back to the dose being typed
    assert side.time_field.text() == "0115"

    side.table.selectRow(0)
    assert len(asked) == 2
    assert sorted(d.medication for d in store.doses.of_night(NIGHT)) == [
        "clonazepam",
        "melatonin",
    ]
    # The dose chosen is shown.
    assert (side.time_field.text(), side.medication.currentText()) == ("22:30", "clonazepam")
