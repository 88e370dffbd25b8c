"""The kinds and settings window driven as a person would, checked on the bedside window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QColorDialog,
    QKeySequenceEdit,
    QWidget,
)

from appkit import compose_app, settle, undo_for
from hypnic.domain.clock import FixedClock
from hypnic.domain.events import Event
from hypnic.services.day_settings import DaySettings
from hypnic.services.event_log import EventLog
from hypnic.services.kinds import KindCatalog
from hypnic.services.preferences import Preferences
from hypnic.store import Store
from hypnic.ui.bedside.main_window import MainWindow
from hypnic.ui.common.theme import DAY
from hypnic.ui.settings.kinds_editor import KindsEditor
from hypnic.ui.settings.settings_window import SettingsWindow

ZONE = ZoneInfo("Europe/London")
# 23:41 local on 24 November 2026 (GMT): the night of the 24th.
START_MS = int(datetime(2026, 11, 24, 23, 41, 7, tzinfo=UTC).timestamp() * 1000)


class Bed:
    """The bedside window and the settings window, built on the same services."""

    def __init__(self, qtbot, store: Store, tmp_path: Path) -> None:
        self.store = store
        self.log = EventLog(store=store, clock=FixedClock(START_MS, ZONE))
        self.kinds = KindCatalog(store=store)
        self.prefs = Preferences(path=tmp_path / "hypnic.ini")
        self.days = DaySettings(store=store)
        self.main = MainWindow(
            event_log=self.log,
            kinds=self.kinds,
            preferences=self.prefs,
            undo=undo_for(self.log, store),
        )
        self.settings = SettingsWindow(
            kinds=self.kinds, preferences=self.prefs, day_settings=self.days
        )
        qtbot.addWidget(self.main)
        qtbot.addWidget(self.settings)
        self.main.show()
        self.settings.show()
        qtbot.waitExposed(self.settings)

    @property
    def editor(self) -> KindsEditor:
        return self.settings.kinds_page

    def select(self, key: str) -> None:
        self.editor.select(key)
        assert self.editor.selected_key() == key

    def press(self, qtbot, key: Qt.Key) -> None:
        """Go back to the bedside window, as the person would, and press ``key`` there."""
        self.main.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is self.main)
        qtbot.keyClick(self.main, key)
        settle(qtbot, self.log)

    def logged(self) -> list[str]:
        return [e.kind for e in self.store.events.between_nights(None, None)]


@pytest.fixture
def bed(qtbot, store: Store, tmp_path: Path) -> Iterator[Bed]:
    yield Bed(qtbot, store, tmp_path)


def test_window_is_its_own_non_modal_top_level(bed: Bed) -> None:
    assert bed.settings.isWindow() and not bed.settings.isModal()
    assert bed.settings.windowTitle() == "Kinds and settings — Hypnic"
    assert [bed.settings.tabs.tabText(i) for i in range(2)] == ["&Kinds", "&Preferences"]


def test_switching_on_hiccup_gives_a_fourth_button_on_key_4(qtbot, bed: Bed) -> None:
    bed.select("hiccup")
    bed.editor.tree.setFocus()
    with qtbot.waitSignal(bed.kinds.changed):
        qtbot.keyClick(bed.editor.tree, Qt.Key.Key_Space)
    buttons = bed.main.panel.buttons()
    assert list(buttons) == ["jerk", "kick", "deep_itch", "hiccup"]
    assert "Key 4." in buttons["hiccup"].accessibleDescription()
    assert bed.editor.tree.currentItem().text(1) == "4"

    bed.press(qtbot, Qt.Key.Key_4)
    assert bed.logged() == ["hiccup"]


def test_renaming_a_kind_relabels_its_button(qtbot, bed: Bed) -> None:
    bed.select("kick")
    bed.editor.details.name_edit.clear()
    qtbot.keyClicks(bed.editor.details.name_edit, "Leg kick")
    with qtbot.waitSignal(bed.kinds.changed):
        qtbot.mouseClick(bed.editor.details.rename_button, Qt.MouseButton.LeftButton)
    assert bed.main.panel.buttons()["kick"].kind.label == "Leg kick"
    # One action per key: K and 2.
    actions = [a.text() for a in bed.main.actions() if a.objectName().startswith("log_kick_")]
    assert actions == ["Log Leg kick", "Log Leg kick"]
    assert bed.editor.tree.currentItem().text(0) == "Leg kick"


def test_a_refused_name_says_why_and_changes_nothing(qtbot, bed: Bed) -> None:
    bed.select("kick")
    bed.editor.details.name_edit.setText("Jerk")
    qtbot.keyClick(bed.editor.details.name_edit, Qt.Key.Key_Return)
    assert bed.editor.message.text() == "There is already a kind called Jerk."
    assert bed.kinds.get("kick").label == "Kick"
    assert bed.editor.details.name_edit.text() == "Kick"


def test_binding_f_to_kick_makes_f_log_a_kick(qtbot, bed: Bed) -> None:
    bed.select("kick")
    bed.editor.details.key_edit.setFocus()
    with qtbot.waitSignal(bed.kinds.changed):
        qtbot.keyClick(bed.editor.details.key_edit, Qt.Key.Key_F)
    assert bed.kinds.get("kick").keys == ("F",)
    assert "F" in bed.editor.details.keys_label.text()

    bed.press(qtbot, Qt.Key.Key_F)
    assert bed.logged() == ["kick"]

    with qtbot.waitSignal(bed.kinds.changed):
        qtbot.mouseClick(bed.editor.details.clear_key_button, Qt.MouseButton.LeftButton)
    assert bed.kinds.get("kick").keys == ()
    assert bed.editor.details.key_edit.keySequence().isEmpty()


def test_a_conflicting_key_is_named_inline_and_not_bound(qtbot, bed: Bed) -> None:
    bed.select("kick")
    bed.editor.details.key_edit.setFocus()
    with qtbot.assertNotEmitted(bed.kinds.changed):
        qtbot.keyClick(bed.editor.details.key_edit, Qt.Key.Key_J)
    assert bed.editor.message.text() == "The key J already logs Jerk."
    assert bed.kinds.get("kick").keys == ()
    assert bed.editor.details.key_edit.keySequence().isEmpty()
    bed.press(qtbot, Qt.Key.Key_J)
    assert bed.logged() == ["jerk"]


def test_archiving_removes_the_button_and_keeps_the_events(qtbot, bed: Bed) -> None:
    bed.press(qtbot, Qt.Key.Key_I)
    bed.select("deep_itch")
    assert not bed.editor.details.delete_button.isEnabled()  # built in, and it has an event
    with qtbot.waitSignal(bed.kinds.changed):
        qtbot.mouseClick(bed.editor.details.archive_button, Qt.MouseButton.LeftButton)
    assert "deep_itch" not in bed.main.panel.buttons()
    assert bed.logged() == ["deep_itch"]
    item = bed.editor.tree.currentItem()
    assert item.text(2) == "archived"
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert bed.editor.details.archive_button.text() == "Un&archive"
    bed.press(qtbot, Qt.Key.Key_I)
    assert bed.logged() == ["deep_itch"]


def test_an_added_kind_gets_a_button_and_can_be_deleted_while_unused(qtbot, bed: Bed) -> None:
    qtbot.keyClicks(bed.editor.new_name, "Toe curl")
    with qtbot.waitSignal(bed.kinds.changed):
        qtbot.mouseClick(bed.editor.add_button, Qt.MouseButton.LeftButton)
    assert bed.editor.selected_key() == "toe_curl" and bed.editor.new_name.text() == ""
    assert "Key 4." in bed.main.panel.buttons()["toe_curl"].accessibleDescription()
    assert bed.editor.details.delete_button.isEnabled()
    with qtbot.waitSignal(bed.kinds.changed):
        qtbot.mouseClick(bed.editor.details.delete_button, Qt.MouseButton.LeftButton)
    assert bed.kinds.get("toe_curl") is None
    assert "toe_curl" not in bed.main.panel.buttons()


def test_move_up_reorders_the_buttons(qtbot, bed: Bed) -> None:
    bed.select("deep_itch")
    with qtbot.waitSignal(bed.kinds.changed):
        qtbot.mouseClick(bed.editor.details.up_button, Qt.MouseButton.LeftButton)
    assert list(bed.main.panel.buttons()) == ["jerk", "deep_itch", "kick"]
    assert bed.editor.selected_key() == "deep_itch"
    bed.select("jerk")
    assert not bed.editor.details.up_button.isEnabled()


def test_colour_from_the_palette_or_other(qtbot, bed: Bed, monkeypatch) -> None:
    bed.select("jerk")
    combo = bed.editor.details.colour_combo
    with qtbot.waitSignal(bed.kinds.changed):
        combo.activated.emit(combo.findText("Bluish green"))
    assert bed.kinds.get("jerk").colour == "#009E73"
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    with qtbot.waitSignal(bed.kinds.changed):
        combo.activated.emit(combo.findText("Other…"))
    assert bed.kinds.get("jerk").colour == "#123456"
    assert combo.currentText() == "Own colour #123456"


def test_shape_combo_changes_the_marker(qtbot, bed: Bed) -> None:
    bed.select("kick")
    combo = bed.editor.details.shape_combo
    with qtbot.waitSignal(bed.kinds.changed):
        combo.activated.emit(combo.findText("hexagon"))
    assert bed.main.panel.buttons()["kick"].kind.shape == "h"


def test_day_boundary_typed_in_persists_in_the_store(qtbot, bed: Bed) -> None:
    page = bed.settings.preferences_page
    assert page.day_boundary.text() == "12:00"
    bed.settings.tabs.setCurrentWidget(page)
    page.day_boundary.setFocus()
    with qtbot.waitSignal(bed.days.changed):
        qtbot.keyClicks(page.day_boundary, "15")
        # Half-typed times are not stored on the way.
        assert bed.store.settings.day_boundary == time(12, 0)
        qtbot.keyClick(page.day_boundary, Qt.Key.Key_Return)
    assert bed.store.settings.day_boundary == time(15, 0)
    assert bed.store.settings.get("day_boundary") == "15:00"


def test_theme_hours_and_dimmer_are_saved(qtbot, bed: Bed, tmp_path: Path) -> None:
    page = bed.settings.preferences_page
    page.theme_mode.activated.emit(2)
    assert bed.prefs.theme_mode == "day" and bed.main.theme is DAY
    page.night_from.take_focus()
    qtbot.keyClicks(page.night_from, "2130")
    qtbot.keyClick(page.night_from, Qt.Key.Key_Tab)
    page.dimmer.setValue(40)
    again = Preferences(path=tmp_path / "hypnic.ini")
    assert (again.theme_mode, again.night_from, again.dimmer) == ("day", time(21, 30), 40)
    # The bedside slider moves the same preference; the page follows it.
    bed.main.dimmer_slider.setValue(10)
    assert page.dimmer.value() == 10


# Offscreen Qt cannot raise a window; the real-window test covers that.
@pytest.mark.qt_log_ignore("does not support raise")
def test_a_new_day_boundary_refreshes_the_bedside_panel(qtbot, store: Store, tmp_path) -> None:
    app = compose_app(qtbot, store, tmp_path, FixedClock(START_MS, ZONE))
    # 14:00 on the 25th: with the boundary at 12:00 the tap is the 25th's, not tonight's (24th).
    store.events.add(Event("e1", "jerk", START_MS + 14 * 3_600_000, 0))
    panel = app.window.panel
    app.windows.show_settings()
    shown = [w for w in app.window.findChildren(SettingsWindow) if w.isVisible()]
    assert len(shown) == 1 and shown[0].isWindow()
    assert panel.buttons()["jerk"].accessibleDescription().startswith("0")
    edit = shown[0].preferences_page.day_boundary
    edit.take_focus()
    qtbot.keyClicks(edit, "15:00")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert store.settings.day_boundary == time(15, 0)
    # The 14:00 tap now belongs to the night of the 24th: the bedside counted it at once.
    assert panel.buttons()["jerk"].accessibleDescription().startswith("1")


def test_every_control_has_an_accessible_name_and_tab_leaves_the_key_field(qtbot, bed: Bed) -> None:
    unnamed = [
        w
        for w in bed.settings.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isVisibleTo(bed.settings)
        and not w.accessibleName()
        # Inner editors of spin boxes and key fields are named through their owner.
        and not isinstance(w.parentWidget(), (QAbstractSpinBox, QKeySequenceEdit))
    ]
    assert [type(w).__name__ for w in unnamed] == []
    bed.settings.activateWindow()
    bed.select("kick")
    bed.editor.details.key_edit.setFocus()
    qtbot.keyClick(bed.editor.details.key_edit, Qt.Key.Key_Tab)
    assert bed.kinds.get("kick").keys == ()
    assert bed.editor.details.clear_key_button.hasFocus()


def test_enter_in_the_new_name_adds_the_kind(qtbot, bed: Bed) -> None:
    bed.editor.new_name.setFocus()
    qtbot.keyClicks(bed.editor.new_name, "Toe curl")
    with qtbot.waitSignal(bed.kinds.changed):
        qtbot.keyClick(bed.editor.new_name, Qt.Key.Key_Return)
    assert bed.kinds.get("toe_curl") is not None
    assert bed.editor.selected_key() == "toe_curl" and bed.editor.new_name.text() == ""
