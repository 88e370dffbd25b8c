"""The night editor used as the patient would next morning: edit, add, delete, restore, navigate."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from hypnic.domain.clock import FixedClock
from hypnic.domain.events import Event, Observer
from hypnic.domain.timerules import night_of
from hypnic.services.event_log import EventLog
from hypnic.services.kinds import KindCatalog
from hypnic.services.night_review import NightReview
from hypnic.store import Store
from hypnic.ui.common.clock_time_field import ClockTimeField
from hypnic.ui.review.event_table_model import Column
from hypnic.ui.review.night_editor import NightEditor
from timehelp import utc_ms

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 24)


@dataclass
class Chooser:
    """Stands in for the fold question box: records what was asked, gives a set answer."""

    answer: int | None = 0
    asked: list[tuple[str, tuple[str, str]]] = field(default_factory=list)

    def __call__(self, parent: QWidget, question: str, options: tuple[str, str]) -> int | None:
        self.asked.append((question, options))
        return self.answer


@dataclass
class Rig:
    editor: NightEditor
    review: NightReview
    log: EventLog
    store: Store
    chooser: Chooser
    events: list[Event]


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.fixture
def rig(qtbot, store: Store) -> Iterator[Rig]:
    clock = FixedClock(utc_ms(2026, 11, 25, 10, 0), LONDON)
    review = NightReview(store=store, clock=clock)
    log = EventLog(store=store, clock=clock)
    # Added out of order: the table must sort them by time across midnight.
    events = [
        review.add_event(night=NIGHT, kind="kick", local_time=time(0, 5), by=Observer.PARTNER),
        review.add_event(night=NIGHT, kind="jerk", local_time=time(22, 41, 5), note="first"),
        review.add_event(night=NIGHT, kind="deep_itch", local_time=time(23, 10, 30)),
    ]
    chooser = Chooser()
    editor = NightEditor(review=review, kinds=KindCatalog(store=store), choose_fold=chooser)
    # As the composition root wires it: taps logged at the bedside reach the editor.
    log.changed.connect(editor.on_changes)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.show_night(NIGHT)
    yield Rig(editor, review, log, store, chooser, events)
    editor.close()
    assert visible_windows() == []


def cell(editor: NightEditor, row: int, column: Column) -> str:
    return str(editor.model.index(row, column).data())


def times(editor: NightEditor) -> list[str]:
    return [cell(editor, r, Column.TIME) for r in range(editor.model.rowCount())]


def open_editor(editor: NightEditor, row: int, column: Column) -> QWidget:
    index = editor.model.index(row, column)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    widget = editor.table.indexWidget(index)
    assert widget is not None
    return widget


def test_window_is_its_own_top_level_with_a_title(rig: Rig) -> None:
    assert rig.editor.isWindow()
    title = rig.editor.windowTitle()
    assert title.startswith("Night of ") and title.endswith(" — Hypnic"), title
    assert "Tuesday" in title and "24 November 2026" in title
    assert "24 November 2026" in rig.editor.title.text()


def test_table_shows_the_nights_events_in_order(rig: Rig) -> None:
    assert times(rig.editor) == ["22:41:05", "23:10:30", "00:05:00"]
    assert [cell(rig.editor, r, Column.KIND) for r in range(3)] == ["Jerk", "Deep itch", "Kick"]
    assert cell(rig.editor, 2, Column.BY) == "Partner"
    assert cell(rig.editor, 0, Column.NOTE) == "first"
    assert rig.editor.model.index(0, Column.KIND).data(Qt.ItemDataRole.DecorationRole) is not None


def test_edit_note_through_the_delegate(qtbot, rig: Rig) -> None:
    line = open_editor(rig.editor, 1, Column.NOTE)
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "right shin")
    with qtbot.waitSignal(rig.review.changed):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert rig.store.events.get(rig.events[2].id).note == "right shin"
    assert cell(rig.editor, 1, Column.NOTE) == "right shin"


def test_edit_kind_through_the_combo_of_active_kinds(qtbot, rig: Rig) -> None:
    combo = open_editor(rig.editor, 0, Column.KIND)
    assert isinstance(combo, QComboBox)
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == ["jerk", "kick", "deep_itch"]
    assert not combo.itemIcon(0).isNull()
    combo.setCurrentIndex(combo.findData("kick"))
    with qtbot.waitSignal(rig.review.changed):
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert rig.store.events.get(rig.events[1].id).kind == "kick"
    assert cell(rig.editor, 0, Column.KIND) == "Kick"


def test_edit_observer_and_time_through_delegates(qtbot, rig: Rig) -> None:
    combo = open_editor(rig.editor, 0, Column.BY)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("partner"))
    with qtbot.waitSignal(rig.review.changed):
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert rig.store.events.get(rig.events[1].id).by == Observer.PARTNER

    clock = open_editor(rig.editor, 0, Column.TIME)
    assert isinstance(clock, ClockTimeField)
    clock.take_focus()
    qtbot.keyClicks(clock, "00:30:15")
    with qtbot.waitSignal(rig.review.changed):
        qtbot.keyClick(clock, Qt.Key.Key_Return)
    moved = rig.store.events.get(rig.events[1].id)
    assert moved.utc_ms == utc_ms(2026, 11, 25, 0, 30, 15)
    assert night_of(moved.utc_ms, moved.offset_min) == NIGHT
    assert times(rig.editor) == ["23:10:30", "00:05:00", "00:30:15"]


def test_add_missed_event_after_midnight(qtbot, rig: Rig) -> None:
    editor = rig.editor
    assert not editor.add_panel.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.add_panel.isVisible()
    panel = editor.add_panel
    qtbot.keyClicks(panel.time_field, "0:40")
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("deep_itch"))
    qtbot.keyClicks(panel.note_edit, "woke me")
    with qtbot.waitSignal(rig.review.changed):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    added = [e for e in rig.review.events(NIGHT) if e.note == "woke me"]
    assert len(added) == 1
    assert added[0].kind == "deep_itch"
    assert added[0].utc_ms == utc_ms(2026, 11, 25, 0, 40)
    assert times(editor) == ["22:41:05", "23:10:30", "00:05:00", "00:40:00"]
    assert rig.review.events(date(2026, 11, 25)) == []
    assert panel.note_edit.text() == ""
    assert [i.row() for i in editor.table.selectionModel().selectedRows()] == [3]


def test_delete_with_the_key_then_restore_from_the_trash(qtbot, rig: Rig) -> None:
    editor = rig.editor
    editor.table.setFocus()
    editor.table.selectRow(1)
    with qtbot.waitSignal(rig.review.changed):
        qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert times(editor) == ["22:41:05", "00:05:00"]
    assert [e.id for e in rig.review.trash(NIGHT)] == [rig.events[2].id]
    assert editor.trash_button.text() == "Trash (1)"

    assert not editor.trash_panel.table.isVisible()
    qtbot.mouseClick(editor.trash_button, Qt.MouseButton.LeftButton)
    assert editor.trash_panel.table.isVisible()
    assert editor.trash_panel.model.rowCount() == 1
    editor.trash_panel.table.selectRow(0)
    with qtbot.waitSignal(rig.review.changed):
        qtbot.mouseClick(editor.trash_panel.restore_button, Qt.MouseButton.LeftButton)
    assert times(editor) == ["22:41:05", "23:10:30", "00:05:00"]
    assert rig.review.trash(NIGHT) == []


def test_del_while_editing_a_cell_edits_text_not_events(qtbot, rig: Rig) -> None:
    line = open_editor(rig.editor, 0, Column.NOTE)
    assert isinstance(line, QLineEdit)
    line.setFocus()
    line.setCursorPosition(0)
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    assert line.text() == "irst"
    assert rig.review.trash(NIGHT) == []


def test_delete_button_moves_several_selected_events(qtbot, rig: Rig) -> None:
    editor = rig.editor
    editor.table.selectAll()
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert editor.model.rowCount() == 0
    assert len(rig.review.trash(NIGHT)) == 3


def test_previous_next_date_picker_and_tonight(qtbot, rig: Rig) -> None:
    editor = rig.editor
    qtbot.mouseClick(editor.previous_button, Qt.MouseButton.LeftButton)
    assert editor.night == date(2026, 11, 23)
    assert editor.model.rowCount() == 0
    assert editor.date_edit.date() == QDate(2026, 11, 23)
    qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert editor.night == NIGHT
    assert editor.model.rowCount() == 3
    qtbot.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert editor.night == date(2026, 11, 23)
    qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)
    assert editor.night == NIGHT  # there is no night after tonight yet
    editor.date_edit.setDate(QDate(2026, 11, 22))
    assert editor.night == date(2026, 11, 22)
    editor.date_edit.setDate(QDate(2026, 11, 24))
    assert editor.night == NIGHT and editor.model.rowCount() == 3
    editor.show_night(date(2026, 1, 1))
    qtbot.mouseClick(editor.tonight_button, Qt.MouseButton.LeftButton)
    assert editor.night == NIGHT  # 10:00 on the 25th is still the night of the 24th


def test_gap_time_is_refused_with_a_message_and_nothing_stored(qtbot, rig: Rig) -> None:
    editor = rig.editor
    editor.show_night(date(2026, 3, 28))
    editor.open_add_form()
    qtbot.keyClicks(editor.add_panel.time_field, "1:30")
    qtbot.mouseClick(editor.add_panel.add_button, Qt.MouseButton.LeftButton)
    assert editor.message.isVisible()
    assert "does not exist" in editor.message.text()
    assert rig.review.events(date(2026, 3, 28)) == []
    assert rig.chooser.asked == []

    added = rig.review.add_event(night=date(2026, 3, 28), kind="jerk", local_time=time(0, 50))
    clock = open_editor(editor, 0, Column.TIME)
    assert isinstance(clock, ClockTimeField)
    clock.take_focus()
    qtbot.keyClicks(clock, "01:10")
    qtbot.keyClick(clock, Qt.Key.Key_Return)
    assert "does not exist" in editor.message.text()
    assert rig.store.events.get(added.id) == added
    assert times(editor) == ["00:50:00"]


def test_fold_time_asks_and_stores_the_chosen_instant(qtbot, rig: Rig) -> None:
    editor = rig.editor
    night = date(2026, 10, 24)
    editor.show_night(night)
    editor.open_add_form()
    qtbot.keyClicks(editor.add_panel.time_field, "01:30")
    rig.chooser.answer = None
    qtbot.mouseClick(editor.add_panel.add_button, Qt.MouseButton.LeftButton)
    assert rig.review.events(night) == []
    assert editor.message.text() == "Nothing was changed."

    rig.chooser.answer = 1
    with qtbot.waitSignal(rig.review.changed):
        qtbot.mouseClick(editor.add_panel.add_button, Qt.MouseButton.LeftButton)
    question, options = rig.chooser.asked[-1]
    assert "happened twice" in question
    assert options == ("first (BST, UTC+1)", "second (GMT, UTC+0)")
    [event] = rig.review.events(night)
    assert (event.utc_ms, event.offset_min) == (utc_ms(2026, 10, 25, 1, 30), 0)
    assert times(editor) == ["01:30:00"]


def test_lights_out_winddown_and_night_note(qtbot, rig: Rig) -> None:
    editor = rig.editor
    field_ = editor.lights_out_field
    field_.take_focus()
    qtbot.keyClicks(field_, "2230")
    with qtbot.waitSignal(rig.review.changed):
        qtbot.keyClick(field_, Qt.Key.Key_Return)
    record = rig.review.record(NIGHT)
    assert record.lights_out is not None
    assert record.lights_out.utc_ms == utc_ms(2026, 11, 24, 22, 30)
    assert field_.text() == "22:30"
    # Emptied, it is no longer recorded.
    field_.take_focus()
    with qtbot.waitSignal(rig.review.changed):
        qtbot.keyClick(field_, Qt.Key.Key_Delete)
        qtbot.keyClick(field_, Qt.Key.Key_Return)
    assert rig.review.record(NIGHT).lights_out is None

    wind = editor.winddown_field
    wind.take_focus()
    qtbot.keyClicks(wind, "21:45")
    with qtbot.waitSignal(rig.review.changed):
        qtbot.keyClick(wind, Qt.Key.Key_Tab)  # leaving the field keeps what was typed
    assert rig.review.record(NIGHT).winddown is not None

    qtbot.keyClicks(editor.note_edit, "coffee at 17:00")
    with qtbot.waitSignal(rig.review.changed):
        qtbot.keyClick(editor.note_edit, Qt.Key.Key_Return)
    assert rig.review.record(NIGHT).note == "coffee at 17:00"


def test_refused_lights_out_shows_the_stored_value_again(qtbot, rig: Rig) -> None:
    editor = rig.editor
    editor.show_night(date(2026, 3, 28))
    editor.lights_out_field.take_focus()
    qtbot.keyClicks(editor.lights_out_field, "1:15")
    qtbot.keyClick(editor.lights_out_field, Qt.Key.Key_Return)
    assert "does not exist" in editor.message.text()
    assert rig.review.record(date(2026, 3, 28)).lights_out is None
    assert editor.lights_out_field.text() == ""


def test_taps_logged_while_open_appear(qtbot, rig: Rig) -> None:
    with qtbot.waitSignal(rig.log.changed):
        rig.log.log_tap("jerk")
    assert times(rig.editor)[-1] == "10:00:00"


def test_every_control_has_an_accessible_name(rig: Rig) -> None:
    rig.editor.open_add_form()
    rig.editor.trash_button.setChecked(True)
    kinds = (QComboBox, QAbstractSpinBox)
    unnamed = [
        w
        for w in rig.editor.findChildren(QWidget)
        if w.isVisible()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.accessibleName()
        and not isinstance(w.parent(), kinds)  # inner line edits of spin and combo boxes
        # A label is named by its own text (what the screen reader says; tests/accessibility).
        and not (isinstance(w, QLabel) and w.text())
    ]
    assert unnamed == []


# Offscreen Qt cannot raise a window; show_review asks it to.
@pytest.mark.qt_log_ignore("does not support raise")
def test_show_review_wires_changes_to_the_bedside(qtbot, store: Store, tmp_path: Path) -> None:
    from appkit import compose_app

    app = compose_app(qtbot, store, tmp_path, FixedClock(utc_ms(2026, 11, 25, 10, 0), LONDON))
    app.windows.show_review()
    editor = next(w for w in visible_windows() if isinstance(w, NightEditor))
    assert editor.night == NIGHT
    reloads: list[object] = []
    editor.model.modelReset.connect(lambda: reloads.append(1))
    editor.open_add_form()
    qtbot.mouseClick(editor.add_panel.add_button, Qt.MouseButton.LeftButton)
    assert editor.model.rowCount() == 1
    # One edit, one reload of the editor (no second bell from another service).
    assert len(reloads) == 1
    # The bedside counts the missed event at once (it is tonight's, before 12:00 on the 25th).
    assert (
        app.window.panel.buttons()[editor.model.event_at(0).kind].accessibleDescription()[0] == "1"
    )
    editor.close()
    app.window.close()


def test_timeline_and_table_select_each_other(rig: Rig) -> None:
    from hypnic.ui.review.event_table_model import selected_event_ids

    editor, (_kick, jerk, itch) = rig.editor, rig.events
    timeline = editor.charts.timeline
    timeline.event_clicked.emit(itch.id)  # as a click on the point does
    assert selected_event_ids(editor.table) == [itch.id]
    editor.table.selectRow(editor.model.row_of(jerk.id))
    assert timeline.selected_event() == jerk.id
    # The figures beside it come from the same analysis as `hypnic nights`.
    assert editor.charts.figures.value_text("count:jerk") == "1"
    assert editor.charts.figures.value_text("partner:kick") == "1"


def test_an_archived_kind_keeps_its_name_and_marker_in_the_night_view(rig: Rig) -> None:
    catalog = KindCatalog(store=rig.store)
    toe = catalog.add("Toe curl")
    catalog.set_colour(toe.key, "#0072B2")
    rig.review.add_event(night=NIGHT, kind=toe.key, local_time=time(23, 30))
    catalog.archive(toe.key)
    rig.editor.reload()
    lanes = {k.key: k for k in rig.editor.charts.timeline._kinds}
    assert lanes[toe.key].label == "Toe curl"
    assert (lanes[toe.key].colour, lanes[toe.key].shape) == ("#0072B2", toe.shape)
    rows = range(rig.editor.model.rowCount())
    assert "Toe curl" in [cell(rig.editor, r, Column.KIND) for r in rows]


def test_no_night_after_tonight_can_be_opened(qtbot, rig: Rig) -> None:
    """10:00 on the 25th is still the night of the 24th: there is no later night yet."""
    editor = rig.editor
    assert editor.night == NIGHT
    qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert editor.night == NIGHT
    assert editor.message.text() == "There is no later night yet: this is tonight."
    qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)
    assert editor.night == NIGHT
    assert editor.date_edit.maximumDate() == QDate(2026, 11, 24)
    editor.date_edit.setDate(QDate(2026, 11, 30))
    assert editor.night == NIGHT and editor.date_edit.date() == QDate(2026, 11, 24)
    editor.show_night(date(2026, 12, 1))
    assert editor.night == NIGHT
    assert "24 November 2026" in editor.windowTitle()
    # The night before is there, and Alt+Right comes back to tonight.
    qtbot.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert editor.night == date(2026, 11, 23)
    assert "23 November 2026" in editor.windowTitle()
    qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert editor.night == NIGHT and editor.message.text() == ""


def test_escape_drops_a_cell_edit_then_the_add_form_then_closes(qtbot, rig: Rig) -> None:
    editor = rig.editor
    note = open_editor(editor, 0, Column.NOTE)
    note.setFocus()
    qtbot.keyClicks(note, "typed by mistake")
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    assert editor.isVisible() and cell(editor, 0, Column.NOTE) == "first"
    assert rig.store.events.get(rig.events[1].id).note == "first"
    editor.open_add_form()
    qtbot.keyClick(editor.add_panel.time_field, Qt.Key.Key_Escape)
    assert editor.isVisible() and not editor.add_panel.isVisible()
    qtbot.keyClick(editor.table, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_ctrl_w_closes_even_from_the_add_form(qtbot, rig: Rig) -> None:
    rig.editor.open_add_form()
    qtbot.keyClick(
        rig.editor.add_panel.time_field, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier
    )
    assert not rig.editor.isVisible()
