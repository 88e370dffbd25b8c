"""The night timeline: a lane per kind across clock time; wind-down, lights-out and dose marks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from hypnic.domain.analysis import NightFigures, PeriodicRun
from hypnic.domain.events import Event, Instant, NightRecord, Observer
from hypnic.domain.kinds import Kind
from hypnic.ui.charts.bands import Bands
from hypnic.ui.charts.clock_axis import (
    AxisMode,
    ClockAxis,
    TimeMarks,
    instant_x,
    minutes_since,
)
from hypnic.ui.charts.night_timeline_range import NightTimelineRange
from hypnic.ui.charts.night_timeline_words import event_in_words, hover_hint, night_in_words
from hypnic.ui.charts.style import (
    MARKER_SIZE,
    apply_chart_theme,
    brush_for,
    colour_with_alpha,
    palette_for,
    pen_for,
    symbol_for,
)
from hypnic.ui.charts.text_alternative import set_text_alternative
from hypnic.ui.common.theme import DAY, Theme
from hypnic.ui.common.wrapping import wrapped

_BAND_PAD_S = 12.0


@dataclass(frozen=True, slots=True)
class NightTimelineData:
    """Everything the timeline draws for one night (plain data; the chart never reads the store)."""

    night: date
    kinds: Sequence[Kind]
    events: Sequence[Event]
    record: NightRecord | None = None
    figures: NightFigures | None = None
    doses: Sequence[tuple[Instant, str]] = ()


class NightTimeline(QWidget):
    """One night's taps on a clock-time axis, a lane per kind.

    Signals:
        event_clicked(str): the id of the event whose marker was clicked.
    """

    event_clicked = Signal(str)

    def __init__(self, theme: Theme = DAY, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._data: NightTimelineData | None = None
        self._kinds: list[Kind] = []
        self._events: list[Event] = []
        self._xs = np.zeros(0)
        self._ys = np.zeros(0)
        self._selected: str | None = None

        self._align = QToolButton()
        self._align.setText(self.tr("Align at lights-out"))
        self._align.setCheckable(True)
        self._align.setObjectName("alignButton")
        self._align.setAccessibleName(self.tr("Align at lights-out"))
        self._align.setToolTip(self.tr("Show minutes since lights-out instead of clock time"))
        self._align.setEnabled(False)
        self._align.toggled.connect(self._on_align_toggled)
        # The summary's words: leg runs (5–90 s) and jerk series are different things.
        self._legend = QLabel(
            self.tr("Filled: you · hollow: partner · shaded: leg run (5–90 s) · "
                    "cross-hatched: jerk series")
        )  # fmt: skip
        self._legend.setWordWrap(True)
        self._legend.setObjectName("timelineLegend")
        # Long in some languages and at large text: wrap rather than widen the window.
        wrapped(self._legend)
        self._hover = QLabel(hover_hint())
        self._hover.setObjectName("timelineHover")
        wrapped(self._hover)
        self._hover.setAccessibleDescription(self.tr("Event under the pointer"))
        self._hover.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._hover.setWordWrap(True)  # the hint must not widen the window past a small screen

        self.axis = ClockAxis("bottom")
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": self.axis})
        self.plot_widget.setMinimumHeight(160)
        set_text_alternative(self.plot_widget, self.tr("Timeline of the night"), "")
        plot = self.plot_widget.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=True, y=False)

        self.run_bands = Bands()
        self.partner_run_bands = Bands()
        self.jerk_bands = Bands()
        for z, bands in ((-20, self.run_bands), (-19, self.partner_run_bands),
                         (-18, self.jerk_bands)):  # fmt: skip
            bands.setZValue(z)
            plot.addItem(bands, ignoreBounds=True)
        self.marks = TimeMarks(
            plot, winddown_label=self.tr("wind-down"), lights_out_label=self.tr("lights out")
        )
        self._range = NightTimelineRange(self.plot_widget, self.marks, self)
        self.scatter = pg.ScatterPlotItem(size=MARKER_SIZE, hoverable=True, tip=self._tip)
        self.scatter.setZValue(10)
        self.scatter.sigClicked.connect(self._on_scatter_clicked)
        self.scatter.sigHovered.connect(self._on_scatter_hovered)
        plot.addItem(self.scatter)
        self.highlight = pg.ScatterPlotItem(size=MARKER_SIZE + 12, symbol="o")
        self.highlight.setZValue(9)
        plot.addItem(self.highlight)

        header = QHBoxLayout()
        header.addWidget(self._legend, 1)
        header.addWidget(self._align)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header.setContentsMargins(6, 4, 4, 0)
        self._hover.setContentsMargins(6, 0, 6, 4)
        layout.addLayout(header)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self._hover)
        self.set_theme(theme)

    # Public API -------------------------------------------------------------------------

    @property
    def aligned(self) -> bool:
        return self._align.isChecked()

    @property
    def align_button(self) -> QToolButton:
        return self._align

    def set_night(self, data: NightTimelineData) -> None:
        """Show ``data``; the view resets to the whole night."""
        self._data = data
        self._kinds = list(data.kinds)
        known = {k.key for k in self._kinds}
        self._events = sorted((e for e in data.events if not e.deleted), key=lambda e: e.utc_ms)
        for key in dict.fromkeys(e.kind for e in self._events if e.kind not in known):
            self._kinds.append(Kind(key=key, label=key, colour="#999999", shape="o"))
        has_lights_out = data.record is not None and data.record.lights_out is not None
        self._align.setEnabled(has_lights_out)
        if not has_lights_out and self._align.isChecked():
            self._align.setChecked(False)  # redraws through _on_align_toggled
        self._hover.setText(hover_hint())
        self._redraw(reset_range=True)
        set_text_alternative(
            self.plot_widget, self.tr("Timeline of the night"), self.text_alternative()
        )

    def text_alternative(self) -> str:
        """The timeline in words, for a screen reader; the events table lists each event."""
        figures = self._data.figures if self._data is not None else None
        return night_in_words(self._events, self._kinds, figures)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        palette = palette_for(theme)
        apply_chart_theme(self.plot_widget, theme)
        self.run_bands.set_style(
            QBrush(colour_with_alpha(palette.band, palette.band_alpha)), QPen(Qt.PenStyle.NoPen)
        )
        hatch = QBrush(colour_with_alpha(palette.band, palette.band_alpha * 2.5))
        hatch.setStyle(Qt.BrushStyle.BDiagPattern)
        self.partner_run_bands.set_style(hatch, QPen(Qt.PenStyle.NoPen))
        # Jerk series: another shape of shading, outlined, so it never reads as a leg run.
        cross = QBrush(colour_with_alpha(palette.mark, 0.55))
        cross.setStyle(Qt.BrushStyle.DiagCrossPattern)
        edge = QPen(colour_with_alpha(palette.mark, 0.8), 1.0, Qt.PenStyle.DashLine)
        edge.setCosmetic(True)
        self.jerk_bands.set_style(cross, edge)
        self.marks.set_palette(palette)
        pen = QPen(QColor(palette.highlight), 2.5)
        pen.setCosmetic(True)
        self.highlight.setPen(pen)
        self.highlight.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        if self._data is not None:
            self._redraw(reset_range=False)

    def select_event(self, event_id: str | None) -> None:
        """Ring the marker of ``event_id`` (None or an unknown id clears the ring)."""
        self._selected = event_id
        index = self._index_of(event_id)
        if index is None:
            self.highlight.setData(x=[], y=[])
            return
        x, y = float(self._xs[index]), float(self._ys[index])
        self.highlight.setData(x=[x], y=[y])
        self._range.show_x(x)

    def selected_event(self) -> str | None:
        return self._selected if self._index_of(self._selected) is not None else None

    # Drawing ----------------------------------------------------------------------------

    def _x(self, moment: Event | Instant) -> float:
        assert self._data is not None
        lights_out = self._data.record.lights_out if self._data.record else None
        if self.aligned and lights_out is not None:
            return minutes_since(moment.utc_ms, lights_out.utc_ms)
        return instant_x(moment, self._data.night)

    def _redraw(self, *, reset_range: bool) -> None:
        data = self._data
        assert data is not None
        theme = self._theme
        self.axis.set_mode(AxisMode.MINUTES if self.aligned else AxisMode.CLOCK)
        lanes = {k.key: i for i, k in enumerate(self._kinds)}
        by_key = {k.key: k for k in self._kinds}
        left = self.plot_widget.getPlotItem().getAxis("left")
        left.setTicks([[(i, k.label) for i, k in enumerate(self._kinds)], []])
        # Fit the lane names now, not one paint later (pyqtgraph widens the axis lazily).
        metrics = QFontMetrics(left.style["tickFont"] or self.font())
        left.setWidth(
            max((metrics.horizontalAdvance(k.label) for k in self._kinds), default=0) + 18
        )
        self._xs = np.array([self._x(e) for e in self._events], dtype=float)
        self._ys = np.array([lanes[e.kind] for e in self._events], dtype=float)
        partner = [e.by == Observer.PARTNER for e in self._events]
        kinds = [by_key[e.kind] for e in self._events]
        self.scatter.setData(
            x=self._xs,
            y=self._ys,
            symbol=[symbol_for(k) for k in kinds],
            brush=[brush_for(k, theme, hollow=p) for k, p in zip(kinds, partner, strict=True)],
            pen=[pen_for(k, theme, hollow=p) for k, p in zip(kinds, partner, strict=True)],
            data=np.array([e.id for e in self._events], dtype=object),
        )
        runs = data.figures.runs if data.figures is not None else ()
        self.run_bands.setData(self._band_rects(r for r in runs if r.observer == Observer.SELF))
        self.partner_run_bands.setData(
            self._band_rects(r for r in runs if r.observer == Observer.PARTNER)
        )
        jerks = data.figures.jerk_runs if data.figures is not None else ()
        self.jerk_bands.setData(self._band_rects(jerks))
        self._place_marks(data)
        if reset_range:
            self._range.reset(self._xs, aligned=self.aligned, lanes=len(self._kinds))
        self.select_event(self._selected)

    def _band_rects(self, runs: Iterable[PeriodicRun]) -> list[QRectF]:
        index = {e.id: i for i, e in enumerate(self._events)}
        pad = _BAND_PAD_S / (60 if self.aligned else 3600)
        rects = []
        for run in runs:
            rows = [index[i] for i in run.event_ids if i in index]
            if not rows:
                continue
            xs, ys = self._xs[rows], self._ys[rows]
            left, right = float(xs.min()) - pad, float(xs.max()) + pad
            top, bottom = float(ys.min()) - 0.42, float(ys.max()) + 0.42
            rects.append(QRectF(left, top, right - left, bottom - top))
        return rects

    def _place_marks(self, data: NightTimelineData) -> None:
        record = data.record
        winddown = record.winddown if record else None
        lights_out = record.lights_out if record else None
        self.marks.set_marks(
            winddown=self._x(winddown) if winddown else None,
            lights_out=self._x(lights_out) if lights_out else None,
            doses=[(self._x(moment), label) for moment, label in data.doses],
        )

    # Interaction ------------------------------------------------------------------------

    def _index_of(self, event_id: str | None) -> int | None:
        if event_id is None:
            return None
        return next((i for i, e in enumerate(self._events) if e.id == event_id), None)

    def describe(self, event_id: str) -> str:
        """The hover text of one event: exact local time, kind, who and the note."""
        index = self._index_of(event_id)
        if index is None:
            return ""
        return event_in_words(
            self._events[index],
            self._kinds,
            self._data.figures if self._data is not None else None,
            after_lights_out=float(self._xs[index]) if self.aligned else None,
        )

    def _tip(self, x: float, y: float, data: object) -> str:
        return self.describe(str(data))

    def _on_scatter_clicked(self, _item: object, points: Sequence[object], _ev: object) -> None:
        if len(points):
            self.event_clicked.emit(str(points[0].data()))  # type: ignore[attr-defined]

    def _on_scatter_hovered(self, _item: object, points: Sequence[object], _ev: object) -> None:
        if len(points):
            text = self.describe(str(points[0].data()))  # type: ignore[attr-defined]
            self._hover.setText(text.replace("\n", " — "))

    def _on_align_toggled(self, _checked: bool) -> None:
        if self._data is not None:
            self._redraw(reset_range=True)
