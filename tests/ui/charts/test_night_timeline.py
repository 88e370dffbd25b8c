"""The night timeline: clock-time x, one lane per kind, runs, marks, click, select, align, theme."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QLabel

from hypnic.domain.analysis import analyse_night
from hypnic.domain.events import Event, Instant, NightRecord, Observer
from hypnic.domain.kinds import BUILTIN_KINDS
from hypnic.ui.charts.clock_axis import (
    AxisMode,
    ClockAxis,
    clock_text,
    instant_x,
    local_ms_to_x,
    night_origin_local_ms,
)
from hypnic.ui.charts.night_timeline import NightTimeline, NightTimelineData
from hypnic.ui.charts.style import palette_for, symbol_for
from hypnic.ui.common.theme import DAY, NIGHT
from hypnic.ui.review.night_figures import NightFiguresView

NIGHT_DATE = date(2026, 11, 24)
KINDS = [k for k in BUILTIN_KINDS if k.enabled]  # jerk, kick, deep itch


def at(
    hour: int, minute: int, second: int = 0, *, day: int = 24, month: int = 11, offset_min: int = 0
) -> int:
    """UTC ms of a local wall-clock time in 2026 with ``offset_min`` in force."""
    local = datetime(2026, month, day, hour, minute, second, tzinfo=UTC)
    return int(local.timestamp() * 1000) - offset_min * 60_000


def ev(id_: str, kind: str, utc_ms: int, by: Observer = Observer.SELF, note: str = "") -> Event:
    return Event(id=id_, kind=kind, utc_ms=utc_ms, offset_min=0, by=by, note=note)


def night_events() -> list[Event]:
    run_start = at(23, 50)
    return [
        ev("j1", "jerk", at(22, 50)),
        ev("j2", "jerk", at(23, 41, 7), note="big one"),
        *(ev(f"k{i}", "kick", run_start + i * 20_000) for i in range(5)),
        ev("i1", "deep_itch", at(0, 40, day=25)),
        ev("p1", "kick", at(1, 15, day=25), by=Observer.PARTNER),
    ]


def night_data(*, lights_out: bool = True, doses: bool = False) -> NightTimelineData:
    events = night_events()
    record = NightRecord(
        night=NIGHT_DATE,
        winddown=Instant(at(22, 30), 0),
        lights_out=Instant(at(23, 0), 0) if lights_out else None,
    )
    marks = [(Instant(at(22, 25), 0), "Clonazepam 0.5 mg")] if doses else []
    return NightTimelineData(
        night=NIGHT_DATE,
        kinds=KINDS,
        events=events,
        record=record,
        figures=analyse_night(NIGHT_DATE, events, record),
        doses=marks,
    )


@pytest.fixture
def timeline(qtbot) -> NightTimeline:
    widget = NightTimeline(DAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_x_is_hours_since_1800_on_the_wall_clock() -> None:
    origin = night_origin_local_ms(NIGHT_DATE)
    assert local_ms_to_x(origin, NIGHT_DATE) == 0
    assert instant_x(Instant(at(0, 40, day=25), 0), NIGHT_DATE) == pytest.approx(6 + 40 / 60)
    assert instant_x(Instant(at(20, 0, offset_min=60), 60), NIGHT_DATE) == pytest.approx(2.0)


def test_dst_night_reads_on_the_wall_clock() -> None:
    # Night of 24 October 2026 in London: clocks go back at 02:00 BST to 01:00 GMT.
    night = date(2026, 10, 24)
    before = Instant(at(1, 30, day=25, month=10, offset_min=60), 60)  # 01:30 BST
    after = Instant(at(1, 10, day=25, month=10), 0)  # 01:10 GMT, 40 real minutes later
    assert after.utc_ms - before.utc_ms == 40 * 60_000
    assert instant_x(before, night) == pytest.approx(7.5)
    assert instant_x(after, night) == pytest.approx(7 + 10 / 60)
    assert clock_text(instant_x(after, night)) == "01:10"


def test_clock_axis_labels(qtbot) -> None:
    axis = ClockAxis()
    levels = axis.tickValues(2.0, 8.0, 900)
    major_spacing, majors = levels[0]
    labels = axis.tickStrings(majors, 1.0, major_spacing)
    assert labels[0] == "20:00" and "00:00" in labels and labels[-1] == "02:00"
    minor_spacing, minors = levels[1]
    assert minors and axis.tickStrings(minors, 1.0, minor_spacing) == [""] * len(minors)
    spacing, majors = axis.tickValues(7.0, 9.0, 400)[0]
    assert spacing == 0.5 and "02:30" in axis.tickStrings(majors, 1.0, spacing)
    spacing, majors = axis.tickValues(6.0, 6.01, 900)[0]
    assert axis.tickStrings(majors, 1.0, spacing)[:2] == ["00:00:00", "00:00:05"]


def test_minutes_axis_labels(qtbot) -> None:
    axis = ClockAxis()
    axis.set_mode(AxisMode.MINUTES)
    spacing, majors = axis.tickValues(-10.0, 30.0, 400)[0]
    assert axis.tickStrings(majors, 1.0, spacing) == ["−10", "0", "+10", "+20", "+30 min"]


def test_one_lane_per_kind_with_its_points(timeline: NightTimeline) -> None:
    timeline.set_night(night_data())
    ticks = timeline.plot_widget.getPlotItem().getAxis("left")._tickLevels[0]
    assert ticks == [(0, "Jerk"), (1, "Kick"), (2, "Deep itch")]
    points = timeline.scatter.data
    lanes = list(points["y"])
    assert (lanes.count(0), lanes.count(1), lanes.count(2)) == (2, 6, 1)
    by_id = {str(p["data"]): p for p in points}
    assert by_id["i1"]["x"] == pytest.approx(6 + 40 / 60)
    assert by_id["j1"]["symbol"] == symbol_for(KINDS[0])
    assert by_id["p1"]["brush"].style() == Qt.BrushStyle.NoBrush  # partner: hollow
    assert by_id["k0"]["brush"].style() != Qt.BrushStyle.NoBrush


def test_range_spans_2000_to_0200_and_every_event(timeline: NightTimeline) -> None:
    data = night_data()
    timeline.set_night(data)
    lo, hi = timeline.plot_widget.getPlotItem().getViewBox().viewRange()[0]
    assert lo <= 2.0 and hi >= 8.0
    late = ev("late", "jerk", at(3, 30, day=25))
    timeline.set_night(
        NightTimelineData(NIGHT_DATE, KINDS, [*data.events, late], data.record, data.figures)
    )
    lo, hi = timeline.plot_widget.getPlotItem().getViewBox().viewRange()[0]
    assert hi > 9.5


def test_periodic_run_is_shaded_over_its_taps(timeline: NightTimeline) -> None:
    timeline.set_night(night_data())
    rects = timeline.run_bands.rects()
    assert len(rects) == 1
    run_lo, run_hi = instant_x(Instant(at(23, 50), 0), NIGHT_DATE), 5 + 51 / 60 + 20 / 3600
    assert rects[0].left() < run_lo < run_hi < rects[0].right()
    assert rects[0].top() < 1 < rects[0].bottom()  # the kick lane
    assert timeline.partner_run_bands.rects() == []
    timeline.set_night(NightTimelineData(NIGHT_DATE, KINDS, night_events(), None, None))
    assert timeline.run_bands.rects() == []


def test_jerk_series_are_shaded_apart_from_leg_runs(timeline: NightTimeline) -> None:
    jerks = [ev(f"s{i}", "jerk", at(23, 5) + i * 20_000) for i in range(4)]
    events = [*night_events(), *jerks]
    record = NightRecord(NIGHT_DATE, lights_out=Instant(at(23, 0), 0))
    figures = analyse_night(NIGHT_DATE, events, record)
    timeline.set_night(NightTimelineData(NIGHT_DATE, KINDS, events, record, figures))
    (series,) = timeline.jerk_bands.rects()
    assert series.top() < 0 < series.bottom()  # the jerk lane, not the kick lane
    assert len(timeline.run_bands.rects()) == 1  # the kicks' run only
    assert timeline.jerk_bands.rects() != timeline.run_bands.rects()
    assert timeline.describe("s0").endswith("in a jerk series of 4 movements")
    assert timeline.describe("k0").endswith("in a leg run of 5 movements (5–90 s)")
    assert "jerk series" in timeline.findChild(QLabel, "timelineLegend").text()


def test_marks_for_winddown_lights_out_and_doses(timeline: NightTimeline) -> None:
    timeline.set_night(night_data(doses=True))
    assert timeline.marks.lights_out_line.isVisible()
    assert timeline.marks.lights_out_line.value() == pytest.approx(5.0)
    assert timeline.marks.winddown_line.value() == pytest.approx(4.5)
    (dose,) = [line for line in timeline.marks.dose_lines if line.isVisible()]
    assert dose.value() == pytest.approx(4 + 25 / 60)
    assert dose.label.toPlainText() == "Clonazepam 0.5 mg"
    # Close marks are staggered into rows, never printed over each other.
    rows = {line.label.orthoPos for line in (dose, timeline.marks.winddown_line)}
    assert len(rows) == 2
    timeline.set_night(night_data(doses=False))
    assert not any(line.isVisible() for line in timeline.marks.dose_lines)


def _viewport_pos(qtbot, timeline: NightTimeline, x: float, y: float) -> QPoint:
    """Where a data point is on screen, once the view has laid out its new range."""
    view = timeline.plot_widget

    def mapped() -> QPoint:
        return view.mapFromScene(timeline.scatter.mapToScene(QPointF(x, y)))

    qtbot.waitUntil(lambda: view.viewport().rect().contains(mapped()))
    return mapped()


def test_clicking_a_point_emits_its_event_id(qtbot, timeline: NightTimeline) -> None:
    timeline.set_night(night_data())
    x = instant_x(Instant(at(0, 40, day=25), 0), NIGHT_DATE)
    _viewport_pos(qtbot, timeline, x, 2)
    clicked: list[str] = []
    timeline.event_clicked.connect(clicked.append)
    view = timeline.plot_widget

    def click() -> bool:
        # Where the point is now: the view may still settle its range on a busy machine.
        spot = view.mapFromScene(timeline.scatter.mapToScene(QPointF(x, 2)))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        return bool(clicked)

    qtbot.waitUntil(click, timeout=5000)
    assert set(clicked) == {"i1"}


def test_hover_text_has_exact_time_kind_observer_and_note(timeline: NightTimeline) -> None:
    timeline.set_night(night_data())
    assert timeline.describe("j2") == "23:41:07 · Jerk · by you\nbig one"
    assert timeline.describe("p1") == "01:15:00 · Kick · by partner"


def test_select_event_rings_that_point(timeline: NightTimeline) -> None:
    timeline.set_night(night_data())
    timeline.select_event("j2")
    (ring,) = timeline.highlight.data
    assert (ring["x"], ring["y"]) == (pytest.approx(5 + 41 / 60 + 7 / 3600), 0)
    assert timeline.selected_event() == "j2"
    timeline.select_event("no such id")
    assert len(timeline.highlight.data) == 0


def test_align_at_lights_out_switches_to_minutes(qtbot, timeline: NightTimeline) -> None:
    timeline.set_night(night_data())
    button = timeline.align_button
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert timeline.axis.mode is AxisMode.MINUTES
    by_id = {str(p["data"]): p["x"] for p in timeline.scatter.data}
    assert by_id["j2"] == pytest.approx(41 + 7 / 60)
    assert by_id["j1"] == pytest.approx(-10)
    assert timeline.marks.lights_out_line.value() == pytest.approx(0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert timeline.axis.mode is AxisMode.CLOCK


def test_align_is_disabled_without_lights_out(qtbot, timeline: NightTimeline) -> None:
    timeline.set_night(night_data())
    timeline.align_button.setChecked(True)
    timeline.set_night(night_data(lights_out=False))
    assert not timeline.align_button.isEnabled()
    assert not timeline.aligned
    assert timeline.axis.mode is AxisMode.CLOCK


def test_theme_switch_changes_background_and_markers(timeline: NightTimeline) -> None:
    timeline.set_night(night_data())
    view = timeline.plot_widget
    assert view.backgroundBrush().color().name() == palette_for(DAY).background
    day_fill = timeline.scatter.data[0]["brush"].color().name()
    timeline.set_theme(NIGHT)
    assert view.backgroundBrush().color().name() == palette_for(NIGHT).background
    assert timeline.scatter.data[0]["brush"].color().name() != day_fill


def test_pointing_at_a_mark_shows_its_details(qtbot, timeline: NightTimeline) -> None:
    timeline.set_night(night_data())
    x = instant_x(Instant(at(23, 41, 7), 0), NIGHT_DATE)
    _viewport_pos(qtbot, timeline, x, 0)
    hover = timeline.findChild(QLabel, "timelineHover")
    view = timeline.plot_widget
    nudge = iter(range(1_000_000))

    def pointed() -> bool:
        # Move again each time: the view may still settle its range after the first move,
        # and a hover is only looked up on a move (a pixel either way stays on the marker).
        spot = view.mapFromScene(timeline.scatter.mapToScene(QPointF(x, 0)))
        qtbot.mouseMove(view.viewport(), spot + QPoint(next(nudge) % 2, 0))
        return "23:41:07" in hover.text()

    qtbot.waitUntil(pointed)
    assert hover.text() == "23:41:07 · Jerk · by you — big one"
    assert "big one" in timeline.plot_widget.getPlotItem().getViewBox().toolTip()


def test_figures_view_shows_the_nights_figures(qtbot) -> None:
    view = NightFiguresView()
    qtbot.addWidget(view)
    data = night_data()
    view.set_figures(data.figures, KINDS)
    assert [view.value_text(f"count:{k}") for k in ("jerk", "kick", "deep_itch")] == ["2", "5", "1"]
    assert view.value_text("partner:kick") == "1"
    assert view.value_text("partner:jerk") == "0"
    # Lights-out 23:00, first own event after it 23:41:07.
    assert view.value_text("latency_min") == "41"
    assert view.value_text("periodic_runs") == "1"
    assert view.value_text("longest_run") == "5"
    assert view.value_text("in_runs_share") == "100%"  # 5 of 5 own leg taps; jerks are not
    assert view.value_text("periodic_runs_wasm") == "1"  # 20 s intervals pass 10–90 s too
    assert view.value_text("partner_runs") == "0"
    # Two jerks 50 minutes apart: no jerk series.
    assert (view.value_text("jerk_series"), view.value_text("longest_jerk_series")) == ("0", "—")
    footnotes = [label.text() for label in view.findChildren(QLabel, "figuresFootnote")]
    assert footnotes == ["Patient-reported taps, not a PLM index and not a diagnosis."]
    # The patterns in the summary's words; the night's kick run is a periodic leg movement.
    assert "periodic leg movements, 5–90 s (as in PLM)" in view.patterns_text()
    # The itch at 00:40 is 49 minutes after the run: still the wind-down (a gap is > 60 min).
    assert view.value_text("after_winddown") == "0"


def test_figures_view_says_a_quiet_night_is_logged_with_zero_taps(qtbot) -> None:
    view = NightFiguresView()
    qtbot.addWidget(view)
    figures = analyse_night(NIGHT_DATE, [], NightRecord(NIGHT_DATE, quiet=True))
    view.set_figures(figures, KINDS)
    assert view.patterns_text() == "Quiet night (“nothing tonight”): logged with zero taps."
    assert view.value_text("count:jerk") == "0"


def test_figures_view_shows_a_dash_for_null_figures(qtbot) -> None:
    view = NightFiguresView()
    qtbot.addWidget(view)
    only_itch = [ev("i1", "deep_itch", at(23, 10)), ev("i2", "deep_itch", at(23, 12))]
    figures = analyse_night(NIGHT_DATE, only_itch, None)
    view.set_figures(figures, KINDS)
    assert view.value_text("count:deep_itch") == "2"
    for key in ("events_per_hour", "latency_min", "periodic_runs", "in_runs_share", "jerk_series"):
        assert view.value_text(key) == "—", key
    view.set_figures(None, KINDS)
    assert view.value_text("count:jerk") == "—"


def test_figures_view_shows_jerk_series_apart_from_leg_runs(qtbot) -> None:
    view = NightFiguresView()
    qtbot.addWidget(view)
    jerks = [ev(f"j{i}", "jerk", at(23, 5) + i * 20_000) for i in range(4)]
    view.set_figures(analyse_night(NIGHT_DATE, jerks, None), KINDS)
    assert (view.value_text("jerk_series"), view.value_text("longest_jerk_series")) == ("1", "4")
    assert view.value_text("periodic_runs") == "—"  # no leg taps at all


def test_keys_zoom_and_pan_the_timeline(qtbot, timeline: NightTimeline) -> None:
    timeline.set_night(night_data())
    view = timeline.plot_widget.getPlotItem().getViewBox()
    timeline.plot_widget.setFocus()
    whole = view.viewRange()[0]
    width = whole[1] - whole[0]
    qtbot.keyClick(timeline.plot_widget, Qt.Key.Key_Plus)
    lo, hi = view.viewRange()[0]
    assert hi - lo == pytest.approx(width * 0.7, rel=0.01)
    qtbot.keyClick(timeline.plot_widget, Qt.Key.Key_Right)
    moved = view.viewRange()[0]
    assert moved[0] > lo and moved[1] - moved[0] == pytest.approx(hi - lo, rel=0.01)
    qtbot.keyClick(timeline.plot_widget, Qt.Key.Key_Left)
    qtbot.keyClick(timeline.plot_widget, Qt.Key.Key_Minus)
    assert view.viewRange()[0][1] - view.viewRange()[0][0] == pytest.approx(width, rel=0.01)
    qtbot.keyClick(timeline.plot_widget, Qt.Key.Key_Plus)
    qtbot.keyClick(timeline.plot_widget, Qt.Key.Key_Home)
    assert view.viewRange()[0] == pytest.approx(whole, rel=0.001)


def test_text_alternative_says_the_night_in_words(timeline: NightTimeline) -> None:
    """What a screen reader says for the chart (the events table lists each event)."""
    view = timeline.plot_widget
    assert view.accessibleName() == "Timeline of the night"
    assert view.accessibleDescription() == ""
    timeline.set_night(night_data())
    text = view.accessibleDescription()
    assert text.startswith("9 event(s) from 22:50 to 01:15 (Jerk: 2, Kick: 6, Deep itch: 1).")
    assert "Shaded: 1 periodic leg run(s)" in text
    assert view.viewport().accessibleDescription() == text
    assert view.accessibleIdentifier() == "chart"
