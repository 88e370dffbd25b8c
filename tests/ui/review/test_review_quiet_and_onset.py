"""The review's symptom-onset field and quiet button, typed and clicked as the patient would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from hypnic.domain.clock import FixedClock
from hypnic.domain.events import Observer
from hypnic.services.kinds import KindCatalog
from hypnic.services.night_review import NightReview
from hypnic.store import Store
from hypnic.ui.review.night_editor import NightEditor
from timehelp import utc_ms

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 24)
EMPTY = date(2026, 11, 22)


@pytest.fixture
def editor(qtbot, store: Store) -> Iterator[tuple[NightEditor, NightReview]]:  # type: ignore[no-untyped-def]
    review = NightReview(store=store, clock=FixedClock(utc_ms(2026, 11, 25, 10, 0), LONDON))
    review.add_event(night=NIGHT, kind="jerk", local_time=time(22, 41))
    shown = NightEditor(review=review, kinds=KindCatalog(store=store))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.show_night(EMPTY)
    yield shown, review
    shown.close()


def test_typed_symptom_onset_is_kept_for_the_night(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    shown, review = editor
    field_ = shown.record_row.symptoms_field
    field_.take_focus()
    qtbot.keyClicks(field_, "1915")
    with qtbot.waitSignal(review.changed):
        qtbot.keyClick(field_, Qt.Key.Key_Return)
    at = review.record(EMPTY).symptoms_from
    assert at is not None and at.utc_ms == utc_ms(2026, 11, 22, 19, 15)
    assert field_.text() == "19:15"
    field_.take_focus()
    with qtbot.waitSignal(review.changed):
        qtbot.keyClick(field_, Qt.Key.Key_Delete)
        qtbot.keyClick(field_, Qt.Key.Key_Return)
    assert review.record(EMPTY).symptoms_from is None


def test_quiet_button_marks_and_unmarks_an_empty_night(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    shown, review = editor
    button = shown.record_row.quiet_button
    assert button.isEnabled() and not button.isChecked()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert review.record(EMPTY).quiet and button.isChecked() and "✓" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not review.record(EMPTY).quiet and not button.isChecked()


def test_a_night_with_taps_cannot_be_marked_and_an_outweighed_mark_says_so(
    qtbot,
    editor,  # type: ignore[no-untyped-def]
) -> None:
    shown, review = editor
    shown.show_night(NIGHT)
    button = shown.record_row.quiet_button
    assert not button.isEnabled()
    # A mark made before the taps (at the bedside) is shown as outweighed, and can be removed.
    other = date(2026, 11, 23)
    review.set_quiet(other, True)
    review.add_event(night=other, kind="kick", local_time=time(23, 0))
    review.add_event(night=other, kind="kick", local_time=time(23, 5), by=Observer.PARTNER)
    shown.show_night(other)
    assert button.isEnabled() and not button.isChecked()
    assert "not quiet: 1 tap" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not review.record(other).quiet
    assert not button.isEnabled()


def test_the_nights_rest_tests_show_beside_its_figures(qtbot, editor, store: Store) -> None:  # type: ignore[no-untyped-def]
    from hypnic.domain.clock import FixedClock as Clock
    from hypnic.domain.events import Instant
    from hypnic.operations.rest_tests import save_rest_test

    shown, review = editor
    clock = Clock(utc_ms(2026, 11, 25, 10, 0), LONDON)
    start = Instant(utc_ms(2026, 11, 24, 21, 0), 0)
    save_rest_test(
        store, clock, start=start, planned_min=60, end=Instant(start.utc_ms + 1_800_000, 0)
    )
    review.add_event(night=NIGHT, kind="kick", local_time=time(21, 10))
    shown.show_night(NIGHT)
    from hypnic.ui.review.night_figures import NightFiguresView

    text = shown.findChild(NightFiguresView).rest_tests.text()
    assert "Rest test at 21:00, 30 min: 2.0 taps per hour; leg movements 2.0 per hour" in text
    assert "not equivalent" in text
