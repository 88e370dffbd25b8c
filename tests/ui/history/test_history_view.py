"""HistoryView with real charts: data in, ranges, clicks on a night, the median rule, themes."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLabel, QToolButton

from hypnic.domain.events import Event
from hypnic.domain.history import HistoryData, build_history
from hypnic.domain.kinds import BUILTIN_KINDS
from hypnic.ui.common.theme import DAY, NIGHT

_ids = itertools.count()
NEWEST = date(2026, 4, 10)


def history(nights: int, *, skip: frozenset[int] = frozenset()) -> HistoryData:
    """``nights`` nights ending with NEWEST; night i back has i % 5 + 1 jerks from 22:00
    and two kicks 30 s apart at 23:00; nights in ``skip`` (days back) are not logged."""
    events: list[Event] = []
    for back in range(nights):
        if back in skip:
            continue
        night = NEWEST - timedelta(days=back)
        base = datetime.combine(night, datetime.min.time(), UTC) + timedelta(hours=22)
        ms = int(base.timestamp() * 1000)
        for j in range(back % 5 + 1):
            events.append(Event(f"v{next(_ids)}", "jerk", ms + j * 120_000, 0))
        for k in range(2):
            events.append(Event(f"v{next(_ids)}", "kick", ms + 3_600_000 + k * 30_000, 0))
    return build_history(events, [], list(BUILTIN_KINDS))


@pytest.fixture
def view(qtbot):
    from hypnic.ui.history.history_view import HistoryView

    widget = HistoryView(DAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_set_history_fills_every_chart(view) -> None:
    data = history(45)
    view.set_history(data)
    assert view.range == 30
    assert view.raster.shown_rows == 30
    assert not view.raster.shows_image
    jerks = view.counts.points_item(0)
    assert list(jerks.getData()[1]) == [float(b % 5 + 1) for b in range(30)]
    # 30 nights x one kick-to-kick interval (30 s) and the jerk-to-kick and jerk-to-jerk ones.
    expected = sum(len(r.intervals_s) for r in data.rows[:30])
    assert int(view.intervals.counts.sum()) == expected


def test_range_switch_changes_the_rows_shown(view, qtbot) -> None:
    view.set_history(history(400))
    assert view.raster.shown_rows == 30
    with qtbot.waitSignal(view.range_changed) as signal:
        view.set_range(None)
    assert signal.args == [None]
    assert view.raster.shown_rows == 400
    assert view.raster.shows_image
    view.set_range(365)
    assert view.raster.shown_rows == 365
    assert view.counts.shown_rows == 365
    view.set_range(90)
    assert view.raster.shown_rows == 90
    assert not view.raster.shows_image
    assert len(view.raster._markers[0].getData()[0]) == sum(b % 5 + 1 for b in range(90))


def test_range_buttons_switch_the_range(view, qtbot) -> None:
    view.set_history(history(100))
    buttons = {b.text(): b for b in view.findChildren(QToolButton)}
    qtbot.mouseClick(buttons["All"], Qt.MouseButton.LeftButton)
    assert view.range is None
    assert view.raster.shown_rows == 100
    qtbot.mouseClick(buttons["90 nights"], Qt.MouseButton.LeftButton)
    assert view.raster.shown_rows == 90


def test_a_range_longer_than_the_history_shows_every_night(view) -> None:
    view.set_history(history(10))
    view.set_range(365)
    assert view.raster.shown_rows == 10


def _click_raster_row(view, qtbot, row: int) -> None:
    box = view.raster.getPlotItem().getViewBox()
    scene_pos = box.mapViewToScene(QPointF(5.0, float(row)))  # 23:00 on that row
    widget_pos = view.raster.mapFromScene(scene_pos)
    qtbot.mouseClick(view.raster.viewport(), Qt.MouseButton.LeftButton, pos=widget_pos)


def test_clicking_a_raster_row_activates_that_night(view, qtbot) -> None:
    view.set_history(history(45))
    with qtbot.waitSignal(view.night_activated) as signal:
        _click_raster_row(view, qtbot, 3)
    assert signal.args == [NEWEST - timedelta(days=3)]


def test_clicking_a_row_of_the_binned_image_activates_that_night(view, qtbot) -> None:
    view.set_history(history(200))
    view.set_range(None)
    assert view.raster.shows_image
    box = view.raster.getPlotItem().getViewBox()
    assert view.raster.row_at(box.mapViewToScene(QPointF(5.0, 150.2))) == 150
    with qtbot.waitSignal(view.night_activated) as signal:
        _click_raster_row(view, qtbot, 120)
    (night,) = signal.args
    # At 200 rows a row is ~2 px high, so allow the neighbouring night.
    assert abs((NEWEST - night).days - 120) <= 1


def test_clicking_a_count_point_activates_its_night(view, qtbot) -> None:
    view.set_history(history(20, skip=frozenset({1})))
    jerks = view.counts.points_item(0)
    points = jerks.points()
    target = next(p for p in points if p.data() == 2)
    with qtbot.waitSignal(view.night_activated) as signal:
        jerks.sigClicked.emit(jerks, [target], None)
    assert signal.args == [NEWEST - timedelta(days=2)]


def test_median_needs_three_logged_nights(view) -> None:
    view.set_history(history(2))
    median = view.counts.median_item(0)
    assert not median.isVisible()
    assert median.getData()[0] is None or len(median.getData()[0]) == 0
    view.set_history(history(6))
    assert median.isVisible()
    ys = median.getData()[1]
    assert any(y == y for y in ys)  # some finite median


def test_median_hidden_when_the_range_holds_fewer_than_three_logged_nights(view) -> None:
    view.set_history(history(40, skip=frozenset({1, 2, 3, 4})))
    view.set_range(5)
    assert view.history.logged_nights(5) == 1
    assert not view.counts.median_item(0).isVisible()
    view.set_range(30)
    assert view.counts.median_item(0).isVisible()


def test_empty_history_says_so(view) -> None:
    view.set_history(build_history([], [], list(BUILTIN_KINDS)))
    assert view._empty.isVisible()
    assert not view.raster.isVisible()
    view.set_history(history(3))
    assert not view._empty.isVisible()
    assert view.raster.isVisible()


def test_theme_switch_restyles_the_charts(view) -> None:
    view.set_history(history(200))
    view.set_range(None)
    day_image = view.raster._image.image.copy()
    day_background = view.raster.backgroundBrush().color().name()
    view.set_theme(NIGHT)
    assert view.raster.backgroundBrush().color().name() != day_background
    assert view.raster.backgroundBrush().color().name() == NIGHT.window
    night_image = view.raster._image.image
    assert night_image.shape == day_image.shape
    # Same events, dimmer colours at night.
    painted = day_image[..., 3] > 0
    assert (night_image[..., 3] > 0).sum() == painted.sum()
    assert night_image[painted][:, :3].mean() < day_image[painted][:, :3].mean()


def test_onset_chart_shows_each_nights_onset_and_hides_without_any(view) -> None:
    from hypnic.domain.events import Instant, NightRecord

    records = []
    for back in range(5):
        night = NEWEST - timedelta(days=back)
        at = datetime.combine(night, datetime.min.time(), UTC) + timedelta(hours=20, minutes=back)
        records.append(NightRecord(night, symptoms_from=Instant(int(at.timestamp() * 1000), 0)))
    records.append(NightRecord(NEWEST - timedelta(days=6), quiet=True))
    data = build_history([], records, list(BUILTIN_KINDS))
    view.set_history(data)
    assert view._onset_box.isVisible()
    xs, ys = view.onset.points.getData()
    assert list(xs) == [0.0, -1.0, -2.0, -3.0, -4.0]
    assert list(ys) == [2 + b / 60 for b in range(5)]  # hours after 18:00
    assert "7 nights logged, 1 of them quiet" in view.findChild(QLabel, "historySummary").text()
    view.set_history(history(10))
    assert not view._onset_box.isVisible()


def test_charts_carry_their_figures_as_text_alternatives(view) -> None:
    """Each chart's name is its title and its description its figures (for a screen reader)."""
    assert view.counts.accessibleDescription() == "No events in these nights."
    view.set_history(history(45))
    title = "Taps per night — points: each night; line: 7-night median"
    assert view.counts.accessibleName() == title
    counts = view.counts.accessibleDescription()
    # 30 nights: jerks 1..5 cycling (6 of each), two kicks a night.
    assert "Jerk: 90 event(s) in these nights, a median of 3 per logged night, at most 5" in counts
    assert "Kick: 60 event(s) in these nights, a median of 2 per logged night" in counts
    assert "30 of 30 nights logged, 150 event(s) in all." in view.raster.accessibleDescription()
    intervals = view.intervals.accessibleDescription()
    assert intervals.startswith(f"{int(view.intervals.counts.sum())} interval(s) between leg taps")
    view.set_range(90)
    assert "45 of 45 nights logged" in view.raster.accessibleDescription()


def test_the_onset_chart_says_its_median_in_words(view) -> None:
    from hypnic.domain.events import Instant, NightRecord

    records = []
    for back, minute in enumerate((10, 20, 40)):
        night = NEWEST - timedelta(days=back)
        at = datetime.combine(night, datetime.min.time(), UTC) + timedelta(hours=20, minutes=minute)
        records.append(NightRecord(night, symptoms_from=Instant(int(at.timestamp() * 1000), 0)))
    view.set_history(build_history([], records, list(BUILTIN_KINDS)))
    assert view.onset.accessibleName() == "Evening symptoms: onset — line: 7-night median"
    assert view.onset.accessibleDescription() == (
        "3 night(s) say when the evening symptoms began; the median is 20:20."
    )


def test_raster_shades_leg_runs_and_jerk_series_apart(view) -> None:
    base = datetime.combine(NEWEST, datetime.min.time(), UTC) + timedelta(hours=22)
    ms = int(base.timestamp() * 1000)
    kicks = [Event(f"r{i}", "kick", ms + 3_600_000 + i * 20_000, 0) for i in range(5)]
    jerks = [Event(f"s{i}", "jerk", ms + i * 15_000, 0) for i in range(4)]
    view.set_history(build_history([*kicks, *jerks], [], list(BUILTIN_KINDS)))
    (run,) = view.raster.run_bands.rects()
    (series,) = view.raster.jerk_bands.rects()
    assert run.left() == pytest.approx(5.0, abs=0.02) and series.left() == pytest.approx(
        4.0, abs=0.02
    )  # 23:00, 22:00
    assert run.center().y() == series.center().y() == 0  # both on the newest night's row
    # The binned image of a long range has no bands: they would be noise at a pixel a night.
    assert any("dashed box: jerk series" in label.text() for label in view.findChildren(QLabel))
    # The binned image of a long range has no bands: at a pixel a night they would be noise.
    long = [*kicks, *(Event(f"o{d}", "jerk", ms - d * 86_400_000, 0) for d in range(1, 400))]
    view.set_history(build_history(long, [], list(BUILTIN_KINDS)))
    view.set_range(365)
    assert view.raster.shows_image and view.raster.run_bands.rects() == []


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
def test_no_count_is_drawn_under_the_legend(view, qtbot, size: tuple[int, int]) -> None:
    """The legend sits in the chart's top left: the y axis leaves it room above the highest
    night, in pixels, at any window size (the worst case: every night as high)."""
    events = [
        Event(f"l{next(_ids)}", "jerk", ms + j * 60_000, 0)
        for back in range(30)
        for ms in [int(datetime.combine(NEWEST - timedelta(days=back), datetime.min.time(), UTC)
                       .timestamp() * 1000) + 22 * 3_600_000]
        for j in range(37)
    ]  # fmt: skip
    view.set_history(build_history(events, [], list(BUILTIN_KINDS)))
    view.resize(*size)
    qtbot.wait(50)
    counts = view.counts
    legend = counts.legend.sceneBoundingRect()
    box = counts.getPlotItem().getViewBox()
    xs, ys = counts.points_item(0).getData()
    under = [
        (x, y) for x, y in zip(xs, ys, strict=True)
        if legend.contains(box.mapViewToScene(QPointF(float(x), float(y))))
    ]  # fmt: skip
    assert len(xs) == 30 and under == []
