"""The actogram: one row per night, newest on top, x = clock time from 18:00, colour by kind.

A long range is drawn as a per-minute binned image, a short one as markers a person can read
one by one (DESIGN section 7: thousands of markers are slow to draw, an image is not).
"""

from __future__ import annotations

import math
from datetime import date
from itertools import chain
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QFontMetricsF, QPen
from PySide6.QtWidgets import QApplication, QWidget

from hypnic.domain.history import HistoryData
from hypnic.ui.charts.bands import Bands
from hypnic.ui.charts.clock_axis import ClockAxis
from hypnic.ui.charts.style import (
    apply_chart_theme,
    brush_for,
    colour_with_alpha,
    palette_for,
    show_grid,
    symbol_for,
)
from hypnic.ui.common.locale_text import day_month, medium_date
from hypnic.ui.common.theme import Theme, kind_colour

# Above this many rows a marker per event is too small to read: draw the binned image.
IMAGE_ABOVE_ROWS = 120
# The window shown at least, in minutes from 18:00: 20:00 to 02:00 (as the night timeline);
# wider when events fall outside it, in whole hours.
MIN_WINDOW = (2 * 60, 8 * 60)


class NightAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no types
    """A left axis naming each row by its night ("Mon 24 Nov"), thinned to fit."""

    _STEPS = (1, 2, 7, 14, 28, 91, 182, 364, 728)

    def __init__(self, orientation: str = "left", **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.nights: list[date] = []
        # One label level, spaced by tickSpacing: never let pyqtgraph drop it for crowding.
        self.setStyle(textFillLimits=[(0, 0.95)])
        self.fit_width()

    def fit_width(self) -> None:
        """As wide as the widest label ("Wed, 30 Nov"), in the font the text size sets."""
        sample = max(
            (day_month(date(2025, 11, d), weekday=True) for d in range(24, 31)),
            key=len,
        )
        metrics = QFontMetricsF(QApplication.font())
        self.setWidth(int(max(metrics.horizontalAdvance(sample), 60) + 16))

    def tickSpacing(self, min_val: float, max_val: float, size: float) -> list[tuple[float, float]]:
        span = abs(max_val - min_val)
        if span == 0 or size <= 0:
            return []
        px_per_row = size / span
        step = next((s for s in self._STEPS if s * px_per_row >= 22), self._STEPS[-1])
        return [(float(step), 0.0)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        texts = []
        for v in values:
            i = round(v)
            if 0 <= i < len(self.nights) and abs(v - i) < 1e-6:
                night = self.nights[i]
                short = spacing < 28
                texts.append(day_month(night, weekday=True) if short else medium_date(night))
            else:
                texts.append("")
        return texts


class HistoryRaster(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph ships no types
    """The actogram. Signals: ``row_clicked(int)`` — the row (0 = newest night) clicked."""

    row_clicked = Signal(int)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        self._night_axis = NightAxis("left")
        super().__init__(
            parent, axisItems={"bottom": ClockAxis("bottom"), "left": self._night_axis}
        )
        self._theme = theme
        self._data = HistoryData(kinds=(), rows=())
        self._shown_rows = 0
        self._window = MIN_WINDOW
        plot = self.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.getViewBox().invertY(True)
        plot.getViewBox().setMouseEnabled(x=True, y=False)
        self._image = pg.ImageItem(axisOrder="row-major")
        self._image.setVisible(False)
        # pyqtgraph's own downsampling averages (and crashed on RGBA here); rows are binned
        # below instead, keeping every event visible however many nights share a pixel.
        self._image.setAutoDownsample(False)
        plot.addItem(self._image)
        # Leg runs and jerk series shaded apart, as on the night timeline and the summary.
        self.run_bands = Bands()
        self.jerk_bands = Bands()
        for z, bands in ((-20, self.run_bands), (-19, self.jerk_bands)):
            bands.setZValue(z)
            plot.addItem(bands, ignoreBounds=True)
        self._lights_out = pg.ScatterPlotItem(symbol="|", size=10, pxMode=True)
        plot.addItem(self._lights_out)
        self._markers: list[pg.ScatterPlotItem] = []
        self._index_image = np.zeros((0, 1), dtype=np.uint8)
        self._lut: np.ndarray | None = None
        self._rows_per_pixel = 1
        self._as_image = False
        self._x = np.zeros(0)
        self._rows = np.zeros(0, dtype=np.int32)
        self._kind = np.zeros(0, dtype=np.int32)
        self._row_end = np.zeros(0, dtype=np.int64)
        self.scene().sigMouseClicked.connect(self._on_scene_clicked)
        plot.getViewBox().sigResized.connect(self._on_view_resized)
        self.set_theme(theme)

    # -- public ---------------------------------------------------------------------------

    @property
    def shows_image(self) -> bool:
        return self._as_image

    @property
    def shown_rows(self) -> int:
        return self._shown_rows

    def set_history(self, data: HistoryData, rows: int) -> None:
        """Take new data (flattened once here) and show its newest ``rows`` rows."""
        self._data = data
        self._night_axis.nights = [row.night for row in data.rows]
        lengths = np.fromiter((len(r.minutes) for r in data.rows), np.int64, len(data.rows))
        self._row_end = np.cumsum(lengths)
        total = int(self._row_end[-1]) if len(lengths) else 0
        minutes = np.fromiter(chain.from_iterable(r.minutes for r in data.rows), np.int32, total)
        self._kind = np.fromiter(chain.from_iterable(r.kinds for r in data.rows), np.int32, total)
        self._rows = np.repeat(np.arange(len(lengths), dtype=np.int32), lengths)
        self._x = minutes / 60.0
        lo, hi = MIN_WINDOW
        if total:
            lo = min(lo, math.floor(int(minutes.min()) / 60) * 60)
            hi = max(hi, math.ceil((int(minutes.max()) + 1) / 60) * 60)
        self._window = (lo, hi)
        # Later writes win, so write the first kind last: it is drawn on top in a shared minute.
        order = np.argsort(-self._kind, kind="stable")
        self._index_image = np.zeros((len(lengths), self._window[1] - lo), dtype=np.uint8)
        self._index_image[self._rows[order], minutes[order] - lo] = self._kind[order] + 1
        self._lut = None
        self._sync_marker_items()
        self._style_markers()
        self.set_rows(rows)

    def set_rows(self, rows: int) -> None:
        """Show the newest ``rows`` rows (clamped to the data), as an image or as markers."""
        n = max(0, min(rows, len(self._data.rows)))
        self._shown_rows = n
        end = int(self._row_end[n - 1]) if n else 0
        as_image = n > IMAGE_ABOVE_ROWS
        self._as_image = as_image
        self._image.setVisible(as_image)
        if as_image:
            self._draw_image(n)
        for k, item in enumerate(self._markers):
            if as_image:
                item.setData(x=[], y=[])
                continue
            mask = self._kind[:end] == k
            item.setData(x=self._x[:end][mask], y=self._rows[:end][mask], size=_size_for(n))
        self._set_lights_out(n, show=not as_image)
        self._set_bands(n, show=not as_image)
        plot = self.getPlotItem()
        plot.setXRange(self._window[0] / 60, self._window[1] / 60, padding=0.01)
        plot.setYRange(-0.5, max(n, 1) - 0.5, padding=0.015)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        apply_chart_theme(self, theme)
        show_grid(self.getPlotItem(), theme, x=True, y=False)
        palette = palette_for(theme)
        pen = pg.mkPen(palette.lights_out, width=1.5)
        self._lights_out.setPen(pen)
        # Outlines, not fills: a row's markers are as tall as the row and would hide a fill.
        # Leg runs boxed in a solid line, jerk series in a dashed one (the legend says so).
        solid = QPen(colour_with_alpha(palette.text, 0.75), 1.2)
        solid.setCosmetic(True)
        self.run_bands.set_style(QBrush(Qt.BrushStyle.NoBrush), solid)
        dashed = QPen(colour_with_alpha(palette.text, 0.75), 1.2, Qt.PenStyle.DashLine)
        dashed.setCosmetic(True)
        self.jerk_bands.set_style(QBrush(Qt.BrushStyle.NoBrush), dashed)
        self._style_markers()
        self._lut = None
        if self.shows_image:
            self._draw_image(self._shown_rows)

    def row_at(self, scene_pos: QPointF) -> int | None:
        """The row under a scene position, or None outside the rows shown."""
        box = self.getPlotItem().getViewBox()
        if not box.sceneBoundingRect().contains(scene_pos):
            return None
        row = round(box.mapSceneToView(scene_pos).y())
        return row if 0 <= row < self._shown_rows else None

    # -- private --------------------------------------------------------------------------

    def _on_scene_clicked(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        row = self.row_at(event.scenePos())
        if row is not None:
            self.row_clicked.emit(row)

    def _on_view_resized(self) -> None:
        if self.shows_image and self._rows_needed() != self._rows_per_pixel:
            self._draw_image(self._shown_rows)

    def _rows_needed(self) -> int:
        """Nights per image row so that an image row is at least one pixel high."""
        height = float(self.getPlotItem().getViewBox().height())
        return max(1, math.ceil(self._shown_rows / max(height, 100.0)))

    def _draw_image(self, n: int) -> None:
        """The newest ``n`` rows as an RGBA image, nights binned together when they outnumber
        the pixels: the first kind (by the user's order) present in a bin wins."""
        per = self._rows_needed()
        self._rows_per_pixel = per
        block = self._index_image[:n]
        if per > 1:
            width = block.shape[1]
            keyed = np.where(block == 0, np.uint8(255), block)
            pad = (-n) % per
            if pad:
                keyed = np.vstack([keyed, np.full((pad, width), 255, np.uint8)])
            keyed = keyed.reshape(-1, per, width).min(axis=1)
            block = np.where(keyed == 255, np.uint8(0), keyed)
        self._image.setImage(self._colour_table()[block], autoLevels=False)
        lo, hi = self._window
        self._image.setRect(lo / 60, -0.5, (hi - lo) / 60, block.shape[0] * per)

    def _colour_table(self) -> np.ndarray:
        if self._lut is None:
            lut = np.zeros((len(self._data.kinds) + 1, 4), dtype=np.uint8)
            for k, kind in enumerate(self._data.kinds):
                colour = kind_colour(kind.colour, self._theme)
                lut[k + 1] = (colour.red(), colour.green(), colour.blue(), 255)
            self._lut = lut
        return self._lut

    def _sync_marker_items(self) -> None:
        plot = self.getPlotItem()
        while len(self._markers) < len(self._data.kinds):
            item = pg.ScatterPlotItem(pxMode=True)
            plot.addItem(item)
            self._markers.append(item)
        while len(self._markers) > len(self._data.kinds):
            plot.removeItem(self._markers.pop())

    def _style_markers(self) -> None:
        for kind, item in zip(self._data.kinds, self._markers, strict=False):
            item.setSymbol(symbol_for(kind))
            item.setBrush(brush_for(kind, self._theme))
            # No outline here: on a dense row, outlines turn a run of markers into hatching.
            item.setPen(pg.mkPen(None))

    def _set_lights_out(self, n: int, *, show: bool) -> None:
        rows = self._data.rows[:n] if show else ()
        marks = [
            (r.lights_out_minute / 60, i)
            for i, r in enumerate(rows)
            if r.lights_out_minute is not None
        ]
        self._lights_out.setData(x=[m[0] for m in marks], y=[m[1] for m in marks])

    def _set_bands(self, n: int, *, show: bool) -> None:
        rows = self._data.rows[:n] if show else ()

        def rects(spans: list[tuple[int, tuple[tuple[int, int], ...]]]) -> list[QRectF]:
            return [
                QRectF(start / 60 - 0.01, i - 0.46, (end - start + 1) / 60 + 0.02, 0.92)
                for i, row_spans in spans
                for start, end in row_spans
            ]

        self.run_bands.setData(rects([(i, r.leg_runs) for i, r in enumerate(rows)]))
        self.jerk_bands.setData(rects([(i, r.jerk_series) for i, r in enumerate(rows)]))


def _size_for(rows: int) -> float:
    """Marker size in pixels: big enough to tell shapes apart on a month, smaller beyond."""
    if rows <= 35:
        return 9.0
    if rows <= 95:
        return 6.0
    return 4.0
