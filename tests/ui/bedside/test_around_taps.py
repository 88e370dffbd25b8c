"""N (quiet night), the evening strip's symptom onset, F1 (help) and the rest test, pressed as a
patient would, on the whole wired app."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from appkit import compose_app, settle
from hypnic.app import Composition
from hypnic.domain.bedside_keys import HELP_ROWS
from hypnic.domain.clock import FixedClock
from hypnic.operations.period import read_period
from hypnic.store import Store
from hypnic.ui.bedside.evening_strip import EveningStrip
from timehelp import utc_ms

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 24)


@dataclass
class App:
    c: Composition
    store: Store
    clock: FixedClock

    @property
    def window(self):  # type: ignore[no-untyped-def]
        return self.c.window

    def confirmation(self) -> str:
        return self.c.window.panel._confirmation.text()

    def key(self, qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
        # Presses a person makes are seconds apart (the debounce reads the presses' times).
        self.clock.advance(2_000)
        qtbot.keyClick(self.c.window, key, modifier)

    def quiet_in_figures(self) -> bool:
        data = read_period(self.store, NIGHT, NIGHT)
        return bool(data.nights) and data.figures(data.nights[0]).quiet


@pytest.fixture
def app(qtbot, store: Store, tmp_path: Path, monkeypatch) -> Iterator[App]:  # type: ignore[no-untyped-def]
    ticks = iter(range(1_000_000))
    monkeypatch.setattr(
        "hypnic.ui.bedside.bedside_panel._time.monotonic", lambda: float(next(ticks))
    )
    clock = FixedClock(utc_ms(2026, 11, 24, 22, 31), LONDON)
    c = compose_app(qtbot, store, tmp_path, clock)
    c.window.show()
    qtbot.waitExposed(c.window)
    yield App(c, store, clock)
    c.event_log.shutdown()


def _no_dialog() -> bool:
    return not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_n_marks_tonight_quiet_without_a_dialog_and_undo_takes_it_back(qtbot, app: App) -> None:
    app.key(qtbot, Qt.Key.Key_N)
    assert _no_dialog()
    assert "Quiet night" in app.confirmation()
    assert app.store.nights.get(NIGHT).quiet and app.quiet_in_figures()
    assert "quiet night" in app.window.findChild(EveningStrip).summary.text()
    app.key(qtbot, Qt.Key.Key_Backspace)
    assert "Undone: quiet night" in app.confirmation()
    assert not app.store.nights.get(NIGHT).quiet
    app.key(
        qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert app.store.nights.get(NIGHT).quiet


def test_a_tap_after_n_says_not_quiet_any_more_and_its_undo_makes_it_quiet_again(
    qtbot, app: App
) -> None:
    app.key(qtbot, Qt.Key.Key_N)
    app.key(qtbot, Qt.Key.Key_J)
    settle(qtbot, app.c.event_log)
    qtbot.waitUntil(lambda: "Not quiet any more: Jerk" in app.confirmation())
    assert not app.quiet_in_figures()
    app.key(qtbot, Qt.Key.Key_K)
    settle(qtbot, app.c.event_log)
    qtbot.waitUntil(lambda: "Kick" in app.confirmation())
    assert "quiet" not in app.confirmation()
    app.key(qtbot, Qt.Key.Key_Backspace)
    app.key(qtbot, Qt.Key.Key_Backspace)
    assert app.quiet_in_figures()


def test_n_with_taps_already_is_refused_in_a_line(qtbot, app: App) -> None:
    app.key(qtbot, Qt.Key.Key_J)
    settle(qtbot, app.c.event_log)
    app.key(qtbot, Qt.Key.Key_N)
    assert "Not marked quiet: tonight already has 1 tap" in app.confirmation()
    assert not app.store.nights.get(NIGHT).quiet and _no_dialog()


def test_evening_strip_records_when_the_symptoms_began(qtbot, app: App) -> None:
    app.key(qtbot, Qt.Key.Key_T)
    evening = app.window.findChild(EveningStrip)
    assert evening.symptoms_field.isVisible()
    evening.symptoms_field.setFocus()
    QTest.keyClicks(evening.symptoms_field, "1930")
    QTest.keyClick(evening.symptoms_field, Qt.Key.Key_Return)
    at = app.store.nights.get(NIGHT).symptoms_from
    assert at is not None and at.utc_ms == utc_ms(2026, 11, 24, 19, 30)
    assert "symptoms from 19:30" in evening.summary.text()
    qtbot.mouseClick(evening.symptoms_now, Qt.MouseButton.LeftButton)
    assert app.store.nights.get(NIGHT).symptoms_from == app.clock.now()
    assert "Symptoms started at 22:" in app.confirmation()
    app.window.undo()
    assert app.store.nights.get(NIGHT).symptoms_from.utc_ms == utc_ms(2026, 11, 24, 19, 30)


def test_the_strip_writes_the_onset_as_it_writes_the_dose(qtbot, app: App) -> None:
    """Both times in the evening line in the locale's clock: "7:30 PM" beside "10:31 PM" in
    the United States, never one of them "19:30"."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        app.key(qtbot, Qt.Key.Key_T)
        evening = app.window.findChild(EveningStrip)
        evening.symptoms_field.setFocus()
        QTest.keyClicks(evening.symptoms_field, "1930")
        QTest.keyClick(evening.symptoms_field, Qt.Key.Key_Return)
        summary = " ".join(evening.summary.text().split())  # the locale's narrow spaces too
        assert "symptoms from 7:30 PM" in summary and "19:30" not in summary
        qtbot.mouseClick(evening.symptoms_now, Qt.MouseButton.LeftButton)
        assert "Symptoms started at 10:31 PM" in " ".join(app.confirmation().split())
    finally:
        QLocale.setDefault(before)


def test_escape_or_a_pause_leaves_the_note_and_keys_log_taps_again(qtbot, app: App) -> None:
    """A drowsy person who forgot the cursor in tonight's note would type J and K into it:
    Escape leaves the field (the note kept), and so does half a minute without typing."""
    app.key(qtbot, Qt.Key.Key_T)
    evening = app.window.findChild(EveningStrip)
    evening.note_edit.setFocus()
    QTest.keyClicks(evening.note_edit, "jaw")
    QTest.keyClick(evening.note_edit, Qt.Key.Key_Escape)
    assert app.window.panel.hasFocus()
    assert app.store.nights.get(NIGHT).note == "jaw"
    assert "Note kept" in app.confirmation()
    app.key(qtbot, Qt.Key.Key_J)
    settle(qtbot, app.c.event_log)
    assert [e.kind for e in app.store.events.between_nights(None, None)] == ["jerk"]

    evening.note_edit.setFocus()
    QTest.keyClicks(evening.note_edit, " ache")
    assert evening._typing_pause.isActive()
    evening._typing_pause.setInterval(10)  # the half minute, shortened
    evening._typing_pause.start()
    qtbot.waitUntil(app.window.panel.hasFocus)
    assert app.store.nights.get(NIGHT).note == "jaw ache"


def test_f1_shows_every_bedside_key_and_escape_closes_it(qtbot, app: App) -> None:
    help_panel = app.c.around.help
    app.key(qtbot, Qt.Key.Key_F1)
    assert help_panel.isVisible() and _no_dialog()
    assert help_panel.geometry() == app.window.centralWidget().rect()
    text = help_panel.text.text()
    for keys, does in HELP_ROWS:
        assert keys in text and does.replace("&", "&amp;").replace("'", "&#x27;") in text
    assert "Jerk" in text and "neurologist" in text
    qtbot.keyClick(help_panel, Qt.Key.Key_Escape)
    assert not help_panel.isVisible()
    app.key(qtbot, Qt.Key.Key_F1)
    qtbot.keyClick(help_panel, Qt.Key.Key_F1)
    assert not help_panel.isVisible()


def test_every_window_shortcut_is_in_the_key_list(app: App) -> None:
    listed = {k.strip() for keys, _ in HELP_ROWS for part in keys.split(" or ")
              for k in part.split(", ")}  # fmt: skip
    from PySide6.QtGui import QAction

    for action in app.window.findChildren(QAction):
        for seq in action.shortcuts():
            name = seq.toString()
            if not name or action.objectName().startswith("log_"):
                continue  # kinds' keys are listed by kind ("J or 1", "4 … 9")
            assert name in listed, name


def test_rest_test_counts_taps_and_saves_its_result(qtbot, app: App) -> None:
    view = app.c.around.rest_test
    app.key(
        qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert view.isVisible() and _no_dialog()
    view.minutes.setValue(10)
    qtbot.keyClick(view.start_button, Qt.Key.Key_Return)
    assert app.c.services.rest_test.running
    start = app.clock.now().utc_ms
    app.key(qtbot, Qt.Key.Key_K)
    app.key(qtbot, Qt.Key.Key_K)
    qtbot.mouseClick(view.findChildren(type(view.start_button))[-1], Qt.MouseButton.LeftButton)
    settle(qtbot, app.c.event_log)
    view.refresh()
    assert "tap" in view.counts_label.text()
    app.clock.utc_ms = start + 5 * 60_000  # stopped after 5 of 10 minutes
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert app.c.services.rest_test.running  # one Escape only asks
    assert "again" in view.hint.text()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not app.c.services.rest_test.running
    tests = app.store.rest_tests.of_night(NIGHT)
    assert len(tests) == 1 and tests[0].length_ms == 5 * 60_000 and tests[0].planned_min == 10
    result = view.result_label.text()
    assert "Rest test: 5 min" in result and "Kick" in result
    assert "Leg movements: 24.0 per hour" in result and "not equivalent" in result
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_rest_test_ends_by_itself_at_its_length(qtbot, app: App) -> None:
    view = app.c.around.rest_test
    view.open_setup()
    view.minutes.setValue(1)
    view.start()
    app.clock.advance(61_000)
    view._on_tick()
    tests = app.store.rest_tests.of_night(NIGHT)
    assert [t.length_ms for t in tests] == [60_000]
    assert "Rest test: 1 min" in view.result_label.text()


def test_a_rest_test_stopped_within_a_minute_is_not_saved(qtbot, app: App) -> None:
    view = app.c.around.rest_test
    view.open_setup()
    view.start()
    app.clock.advance(20_000)
    view.ask_stop()
    view.ask_stop()
    assert app.store.rest_tests.of_night(NIGHT) == []
    assert "not saved" in view.result_label.text() and "20 s" in view.result_label.text()


def test_a_running_rest_test_is_saved_when_hypnic_quits(qtbot, app: App) -> None:
    view = app.c.around.rest_test
    view.open_setup()
    view.start()
    app.clock.advance(5 * 60_000)
    QApplication.instance().aboutToQuit.emit()
    assert [t.length_ms for t in app.store.rest_tests.of_night(NIGHT)] == [5 * 60_000]
