"""The settings' forms keep what was typed: closing, choosing another item or leaving a field
never drops it silently."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from appkit import compose_app, focused, type_text
from hypnic.app import Composition
from hypnic.domain.clock import FixedClock
from hypnic.services.medications import MedicationList
from hypnic.store import Store
from hypnic.ui.common.unsaved_typing import Unsaved
from hypnic.ui.settings.medications_editor import MedicationsEditor
from hypnic.ui.settings.settings_window import SettingsWindow

ZONE = ZoneInfo("Europe/London")
NOW_MS = int(datetime(2026, 11, 25, 10, 0, tzinfo=UTC).timestamp() * 1000)

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


@pytest.fixture
def app(qtbot, store: Store, tmp_path: Path) -> Iterator[Composition]:
    composition = compose_app(qtbot, store, tmp_path, FixedClock(NOW_MS, ZONE))
    yield composition
    for window in QApplication.topLevelWidgets():
        window.close()


def open_settings(qtbot, app: Composition) -> SettingsWindow:
    window = app.windows.show_settings()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_a_time_typed_then_the_window_closed_is_saved(qtbot, app: Composition, store) -> None:
    window = open_settings(qtbot, app)
    page = window.preferences_page
    window.tabs.setCurrentWidget(page)
    page.day_boundary.setFocus()
    type_text(qtbot, "1330")
    window.close()
    assert store.settings.day_boundary == time(13, 30)


def test_a_time_that_is_not_one_is_refused_and_kept(qtbot, app: Composition, store) -> None:
    window = open_settings(qtbot, app)
    page = window.preferences_page
    window.tabs.setCurrentWidget(page)
    page.night_from.setFocus()
    type_text(qtbot, "21:7")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert page.message.text().startswith("Night theme from: “21:7” is not a time of day")
    assert page.night_from.text() == "21:7"
    assert store.settings.day_boundary == time(12, 0)


def test_the_patients_details_are_saved_when_left_or_closed(qtbot, app: Composition, store) -> None:
    window = open_settings(qtbot, app)
    page = window.patient_page
    assert page is not None
    window.tabs.setCurrentWidget(page)
    page.name_edit.setFocus()
    type_text(qtbot, "Anna Example")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert app.windows._settings is window
    assert store.settings.get("patient_name") == "Anna Example"
    type_text(qtbot, "1961-04-23")  # date of birth, then the window is closed at once
    window.close()
    assert store.settings.get("patient_birth") == "1961-04-23"


def test_a_kind_name_typed_is_kept_when_another_kind_is_chosen(qtbot, app: Composition) -> None:
    window = open_settings(qtbot, app)
    editor = window.kinds_page
    editor.select("kick")
    editor.details.name_edit.setFocus()
    editor.details.name_edit.selectAll()
    type_text(qtbot, "Leg kick")
    editor.tree.setFocus()  # as a click on another kind moves the focus first
    editor.select("jerk")
    assert app.services.kinds.get("kick").label == "Leg kick"
    assert editor.details.name_edit.text() == "Jerk"


def test_a_tag_name_typed_is_not_replaced_by_choosing_a_tag(qtbot, app: Composition) -> None:
    window = open_settings(qtbot, app)
    tags = window.tags_page
    window.tabs.setCurrentWidget(tags)
    tags.name_edit.setFocus()
    tags.name_edit.selectAll()
    type_text(qtbot, "Too warm")
    tags.list.setCurrentRow(0)  # choose which tag to rename, after typing its new name
    assert tags.name_edit.text() == "Too warm"
    key = tags._current_key()
    qtbot.mouseClick(tags.rename_button, Qt.MouseButton.LeftButton)
    assert next(t for t in app.services.evening.all_tags() if t.key == key).label == "Too warm"
    tags.list.setCurrentRow(1)
    assert tags.name_edit.text() != "Too warm"  # used: choosing shows the chosen tag again


@dataclass
class Chooser:
    answer: Unsaved
    asked: list[str] = field(default_factory=list)

    def __call__(self, parent: QWidget, question: str, save_text: str) -> Unsaved:
        self.asked.append(question)
        return self.answer


@pytest.fixture
def meds(qtbot, store: Store) -> Iterator[tuple[MedicationsEditor, MedicationList, Chooser]]:
    medications = MedicationList(store=store)
    medications.add("clonazepam", usual_amount=0.5, unit="mg")
    medications.add("gabapentin", usual_amount=300, unit="mg")
    chooser = Chooser(Unsaved.CANCEL)
    page = MedicationsEditor(medications=medications, ask_unsaved=chooser)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    yield page, medications, chooser


def change_clonazepam(qtbot, page: MedicationsEditor) -> None:
    page.select("clonazepam")
    page.unit.setFocus()
    page.unit.selectAll()
    type_text(qtbot, "drops")


@pytest.mark.parametrize(
    ("answer", "unit", "shown"),
    [
        (Unsaved.SAVE, "drops", "gabapentin"),
        (Unsaved.DISCARD, "mg", "gabapentin"),
        (Unsaved.CANCEL, "mg", "clonazepam"),
    ],
)
def test_choosing_another_medication_asks_about_changes_not_saved(
    qtbot, meds, answer: Unsaved, unit: str, shown: str
) -> None:
    page, medications, chooser = meds
    chooser.answer = answer
    change_clonazepam(qtbot, page)
    page.select("gabapentin")
    assert chooser.asked == ["Your changes to clonazepam are not saved yet."]
    assert medications.get("clonazepam").unit == unit
    assert page.selected_name() == shown
    assert page.name_edit.text() == shown
    if answer is Unsaved.CANCEL:
        assert page.unit.text() == "drops"  # still there, as typed


def test_choosing_without_changes_asks_nothing(qtbot, meds) -> None:
    page, _, chooser = meds
    page.select("clonazepam")
    page.select("gabapentin")
    assert chooser.asked == []
    assert page.amount.value() == 300
