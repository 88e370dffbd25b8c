"""The bedside evening row and diary offer, driven by keys and clicks as a patient would."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from appkit import NightContext, build_night_context, settle
from hypnic.domain.clock import FixedClock
from hypnic.domain.errors import StoreBusyError, StoreFullError
from hypnic.domain.events import Event, Observer
from hypnic.services.event_log import EventLog
from hypnic.services.kinds import KindCatalog
from hypnic.services.preferences import Preferences
from hypnic.store import Store
from hypnic.ui.bedside import key_repeat
from hypnic.ui.bedside.bedside_context import install_bedside_context
from hypnic.ui.bedside.diary_prompt import DiaryPrompt
from hypnic.ui.bedside.evening_strip import EveningStrip
from hypnic.ui.bedside.main_window import MainWindow
from timehelp import utc_ms

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 24)


@dataclass
class Bed:
    window: MainWindow
    strip: EveningStrip
    prompt: DiaryPrompt
    ctx: NightContext
    store: Store
    clock: FixedClock
    diaries: list[date]

    def confirmation(self) -> str:
        return self.window.panel._confirmation.text()


def make_bed(qtbot, store: Store, clock: FixedClock, tmp_path: Path, monkeypatch) -> Bed:
    ticks = iter(range(1_000_000))
    monkeypatch.setattr(
        "hypnic.ui.bedside.bedside_panel._time.monotonic", lambda: float(next(ticks))
    )
    log = EventLog(store=store, clock=clock)
    prefs = Preferences(path=tmp_path / "hypnic.ini")
    ctx = build_night_context(store=store, clock=clock, event_log=log, preferences=prefs)
    window = MainWindow(
        event_log=log, kinds=KindCatalog(store=store), preferences=prefs, undo=ctx.history
    )
    qtbot.addWidget(window)
    diaries: list[date] = []
    strip, prompt = install_bedside_context(
        window, doses=ctx.doses, evening=ctx.evening, diary=ctx.diary, show_diary=diaries.append
    )
    window.show()
    qtbot.waitExposed(window)
    return Bed(window, strip, prompt, ctx, store, clock, diaries)


@pytest.fixture
def bed(qtbot, store: Store, tmp_path: Path, monkeypatch) -> Iterator[Bed]:
    clock = FixedClock(utc_ms(2026, 11, 24, 22, 31), LONDON)
    yield make_bed(qtbot, store, clock, tmp_path, monkeypatch)


def no_dialog_open() -> bool:
    return not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_d_without_a_bedtime_medication_says_how_to_set_one(qtbot, bed: Bed) -> None:
    qtbot.keyClick(bed.window, Qt.Key.Key_D)
    assert "Medications" in bed.confirmation()
    assert bed.store.doses.between_nights(None, None) == []
    assert no_dialog_open()


def test_d_logs_the_bedtime_dose_and_undo_trashes_it(qtbot, bed: Bed) -> None:
    bed.ctx.medications.add("clonazepam", usual_amount=0.5, unit="mg", bedtime=True)
    qtbot.keyClick(bed.window, Qt.Key.Key_D)
    (dose,) = bed.store.doses.of_night(NIGHT)
    assert dose.medication == "clonazepam"
    assert "Clonazepam 0.5 mg · 22:31" in bed.confirmation()
    assert "Clonazepam 0.5 mg" in bed.strip.summary.text()
    # The Undo button beside the confirmation line says what it takes back, and trashes it.
    undo = bed.window.panel.undo_button
    assert undo.isVisible() and undo.text() == "Undo clonazepam 0.5 mg"
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert bed.store.doses.of_night(NIGHT) == []
    assert [d.id for d in bed.store.doses.of_night(NIGHT, deleted=True)] == [dose.id]


def test_ctrl_z_undoes_the_latest_of_tap_and_dose(qtbot, bed: Bed) -> None:
    bed.ctx.medications.add("clonazepam", usual_amount=0.5, unit="mg", bedtime=True)
    qtbot.keyClick(bed.window, Qt.Key.Key_J)
    settle(qtbot, bed.window.panel._log)
    bed.clock.advance(30_000)
    qtbot.keyClick(bed.window, Qt.Key.Key_D)
    qtbot.keyClick(bed.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bed.store.doses.of_night(NIGHT) == []
    assert [e.kind for e in bed.store.events.of_night(NIGHT)] == ["jerk"]
    assert "Undone: clonazepam 0.5 mg" in bed.confirmation()
    qtbot.keyClick(bed.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bed.store.events.of_night(NIGHT) == []


def test_t_reveals_tags_and_note_saved_at_once(qtbot, bed: Bed) -> None:
    assert not bed.strip.details.isVisible()
    qtbot.keyClick(bed.window, Qt.Key.Key_T)
    assert bed.strip.details.isVisible()
    buttons = bed.strip.tags.buttons()
    assert list(buttons)[:6] == [
        "caffeine_late", "alcohol", "exercise", "stress", "heat", "late_meal"
    ]  # fmt: skip
    assert all(b.accessibleName() for b in buttons.values())
    qtbot.mouseClick(buttons["alcohol"], Qt.MouseButton.LeftButton)
    assert bed.store.tags.of_night(NIGHT) == ["alcohol"]
    assert buttons["alcohol"].text().startswith("✓")
    bed.strip.note_edit.setFocus()
    qtbot.keyClicks(bed.strip.note_edit, "late film")
    qtbot.keyClick(bed.strip.note_edit, Qt.Key.Key_Return)
    assert bed.store.nights.get(NIGHT).note == "late film"
    # Typing the note logged no taps: the letters went into the field.
    assert bed.store.events.of_night(NIGHT) == []
    qtbot.mouseClick(buttons["alcohol"], Qt.MouseButton.LeftButton)
    assert bed.store.tags.of_night(NIGHT) == []
    assert no_dialog_open()


def test_own_tag_added_from_the_strip_is_on_for_tonight(qtbot, bed: Bed) -> None:
    qtbot.mouseClick(bed.strip.tonight_button, Qt.MouseButton.LeftButton)
    bed.strip.tags.new_tag.setFocus()
    qtbot.keyClicks(bed.strip.tags.new_tag, "Late nap")
    qtbot.keyClick(bed.strip.tags.new_tag, Qt.Key.Key_Return)
    assert bed.store.tags.of_night(NIGHT) == ["late_nap"]
    assert bed.strip.tags.buttons()["late_nap"].isChecked()


def test_no_diary_offer_at_night(bed: Bed) -> None:
    assert not bed.prompt.isVisible()


def test_diary_offered_in_the_morning_answer_and_skip(
    qtbot, store: Store, tmp_path: Path, monkeypatch
) -> None:
    store.events.add(Event("e1", "jerk", utc_ms(2026, 11, 24, 23, 0), 0, Observer.SELF))
    clock = FixedClock(utc_ms(2026, 11, 25, 8, 15), LONDON)
    bed = make_bed(qtbot, store, clock, tmp_path, monkeypatch)
    assert bed.prompt.isVisible()
    assert bed.prompt.answer_button.accessibleName()
    qtbot.mouseClick(bed.prompt.answer_button, Qt.MouseButton.LeftButton)
    assert bed.diaries == [NIGHT]
    qtbot.mouseClick(bed.prompt.skip_button, Qt.MouseButton.LeftButton)
    assert not bed.prompt.isVisible()
    again = make_bed(qtbot, store, clock, tmp_path, monkeypatch)
    assert not again.prompt.isVisible()  # the skip was remembered


def hold(qtbot, window: MainWindow, key: Qt.Key, repeats: int) -> None:
    """A held key as X11 delivers it: after the first press, release + press pairs that share
    one server timestamp, not flagged as auto-repeat. QTest stamps them with the time it sends
    them, several milliseconds apart on a busy machine, so the test widens the pair's tolerance."""
    handle = window.windowHandle()
    qtbot.waitUntil(window.isActiveWindow)
    same_instant, key_repeat._SAME_INSTANT_MS = key_repeat._SAME_INSTANT_MS, 60
    try:
        QTest.keyPress(handle, key)
        for _ in range(repeats):
            QTest.keyRelease(handle, key)
            QTest.keyPress(handle, key)
        QTest.keyRelease(handle, key)
    finally:
        key_repeat._SAME_INSTANT_MS = same_instant


def test_held_d_logs_the_bedtime_dose_once(qtbot, bed: Bed) -> None:
    bed.ctx.medications.add("clonazepam", usual_amount=0.5, unit="mg", bedtime=True)
    hold(qtbot, bed.window, Qt.Key.Key_D, repeats=4)
    assert len(bed.store.doses.of_night(NIGHT)) == 1


def test_held_backspace_undoes_one_tap(qtbot, bed: Bed) -> None:
    for key in (Qt.Key.Key_J, Qt.Key.Key_K, Qt.Key.Key_I):
        qtbot.keyClick(bed.window, key)
        bed.clock.advance(10_000)
    settle(qtbot, bed.window.panel._log)
    hold(qtbot, bed.window, Qt.Key.Key_Backspace, repeats=4)
    assert [e.kind for e in bed.store.events.of_night(NIGHT)] == ["jerk", "kick"]


def test_a_dose_the_store_refuses_is_said_plainly_and_nothing_opens(
    qtbot, bed: Bed, monkeypatch
) -> None:

    bed.ctx.medications.add("clonazepam", usual_amount=0.5, unit="mg", bedtime=True)

    def full(*_a, **_k):
        raise StoreFullError("The disk is full.")

    monkeypatch.setattr(bed.store.doses, "log_bedtime", full)
    qtbot.keyClick(bed.window, Qt.Key.Key_D)
    assert "Bedtime dose NOT saved (The disk is full): press D again." in bed.confirmation()
    assert no_dialog_open()


def test_undoing_a_tap_still_held_says_it_was_never_saved(qtbot, bed: Bed, monkeypatch) -> None:

    def full(*_a, **_k):
        raise StoreFullError("The disk is full.")

    monkeypatch.setattr(bed.store.events, "add", full)
    qtbot.keyClick(bed.window, Qt.Key.Key_K)
    assert len(bed.window.panel._log.pending) == 1
    qtbot.keyClick(bed.window, Qt.Key.Key_Backspace)
    assert "Removed: Kick 22:31:00 (it had not been saved yet)" in bed.confirmation()
    assert bed.window.panel._log.pending == ()
    # Nothing to redo: the held tap was never in the store.
    qtbot.keyClick(
        bed.window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert bed.store.events.between_nights(None, None) == []


def test_an_undo_the_store_refuses_is_shown_in_the_banner(qtbot, bed: Bed, monkeypatch) -> None:

    qtbot.keyClick(bed.window, Qt.Key.Key_J)
    settle(qtbot, bed.window.panel._log)

    def busy(*_a, **_k):
        raise StoreBusyError("The store is busy: another program is writing to it.")

    monkeypatch.setattr(bed.store.events, "trash", busy)
    qtbot.keyClick(bed.window, Qt.Key.Key_Backspace)
    assert "Undo not done, nothing was changed: The store is busy" in (
        bed.window.panel._banner.text()
    )
    assert len(bed.store.events.between_nights(None, None)) == 1
    assert no_dialog_open()


def test_undo_says_what_it_takes_back_and_takes_back_in_order(qtbot, bed: Bed) -> None:
    """A tap, lights-out and a dose, undone newest first; the button names each in turn."""
    bed.ctx.medications.add("clonazepam", usual_amount=0.5, unit="mg", bedtime=True)
    undo = bed.window.panel.undo_button
    qtbot.keyClick(bed.window, Qt.Key.Key_K)
    settle(qtbot, bed.window.panel._log)
    assert undo.text() == "Undo Kick 22:31:00"
    bed.clock.advance(60_000)
    qtbot.keyClick(bed.window, Qt.Key.Key_L)
    assert undo.isVisible() and undo.text() == "Undo lights-out 22:32"
    bed.clock.advance(60_000)
    qtbot.keyClick(bed.window, Qt.Key.Key_D)
    assert undo.text() == "Undo clonazepam 0.5 mg"

    qtbot.keyClick(bed.window, Qt.Key.Key_Backspace)
    assert bed.store.doses.of_night(NIGHT) == []
    assert undo.text() == "Redo clonazepam 0.5 mg"
    qtbot.keyClick(bed.window, Qt.Key.Key_Backspace)
    assert bed.store.nights.get(NIGHT).lights_out is None
    assert "Undone: lights-out 22:32" in bed.confirmation()
    assert [e.kind for e in bed.store.events.of_night(NIGHT)] == ["kick"]
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)  # "Redo lights-out 22:32"
    assert bed.store.nights.get(NIGHT).lights_out is not None
    assert undo.text() == "Undo lights-out 22:32"
    qtbot.keyClick(bed.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(bed.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bed.store.events.of_night(NIGHT) == []
    assert "Undone: Kick 22:31:00" in bed.confirmation()


def test_the_undo_button_is_big_enough_for_a_tremor_and_keeps_no_focus(qtbot, bed: Bed) -> None:
    qtbot.keyClick(bed.window, Qt.Key.Key_J)
    settle(qtbot, bed.window.panel._log)
    undo = bed.window.panel.undo_button
    assert undo.isVisible() and undo.height() >= 44
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert bed.store.events.of_night(NIGHT) == []
    assert not undo.hasFocus()
    # A stray Space after the click logs nothing and undoes nothing more.
    qtbot.keyClick(bed.window, Qt.Key.Key_Space)
    assert bed.store.events.of_night(NIGHT) == []
    assert [e.kind for e in bed.store.events.of_night(NIGHT, deleted=True)] == ["jerk"]


def test_lights_out_stays_in_sight_while_it_is_set(qtbot, bed: Bed) -> None:
    button = bed.window.lights_out_button
    assert button.text() == "Lights out (L)"
    qtbot.keyClick(bed.window, Qt.Key.Key_L)
    assert button.text() == "Lights out 22:31 (L)"
    bed.clock.advance(30 * 60_000)
    assert button.text() == "Lights out 22:31 (L)"  # long after the confirmation line cleared
    qtbot.keyClick(bed.window, Qt.Key.Key_Backspace)
    assert button.text() == "Lights out (L)"


def test_a_second_d_the_same_night_asks_first_inline(qtbot, bed: Bed, monkeypatch) -> None:
    now = [1000.0]
    monkeypatch.setattr("hypnic.ui.bedside.evening_strip._time.monotonic", lambda: now[0])
    bed.ctx.medications.add("clonazepam", usual_amount=0.5, unit="mg", bedtime=True)
    qtbot.keyClick(bed.window, Qt.Key.Key_D)
    assert len(bed.store.doses.of_night(NIGHT)) == 1
    now[0] += 600
    bed.clock.advance(10 * 60_000)
    qtbot.keyClick(bed.window, Qt.Key.Key_D)
    assert len(bed.store.doses.of_night(NIGHT)) == 1
    assert (
        "Bedtime dose already logged at 22:31 — press D again to log another." in bed.confirmation()
    )
    assert no_dialog_open()
    now[0] += 2
    qtbot.keyClick(bed.window, Qt.Key.Key_D)
    assert len(bed.store.doses.of_night(NIGHT)) == 2
    # Asked again later: the answer is not kept for ever.
    now[0] += 600
    qtbot.keyClick(bed.window, Qt.Key.Key_D)
    assert len(bed.store.doses.of_night(NIGHT)) == 2
    assert "already logged at 22:41" in bed.confirmation()
