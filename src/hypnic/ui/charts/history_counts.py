"""Events per night by kind: points for the nights, a rolling 7-night median as the trend.

Night-to-night variation is large, so nightly values are points, never a jagged line, and the
y axis starts at zero (DESIGN section 6). x is the night, counted back from the newest (0).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QApplication, QWidget

from hypnic.domain.analysis import MIN_TREND_NIGHTS
from hypnic.domain.history import HistoryData
from hypnic.ui.charts.style import apply_chart_theme, brush_for, pen_for, show_grid, symbol_for
from hypnic.ui.common.locale_text import day_month, month_year
from hypnic.ui.common.theme import Theme, kind_colour

# Kinds sit side by side around their night, so equal counts do not hide each other.
_DODGE = 0.18
# The legend sits this many pixels below the plot's top; the y axis reaches this share below zero.
_LEGEND_OFFSET = 4
_BELOW_ZERO = 0.025


class NightDateAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no types
    """A bottom axis whose value v is the night ``newest + v days`` (v <= 0)."""

    _STEPS = (1, 2, 7, 14, 28, 91, 182, 364, 728)

    def __init__(self, orientation: str = "bottom", **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.newest: date | None = None

    def tickSpacing(self, min_val: float, max_val: float, size: float) -> list[tuple[float, float]]:
        span = abs(max_val - min_val)
        if span == 0 or size <= 0:
            return []
        px_per_night = size / span
        # Labels a little apart, however large the text size makes them.
        room = QFontMetricsF(QApplication.font()).horizontalAdvance(day_month(date(2025, 11, 30)))
        step = next((s for s in self._STEPS if s * px_per_night >= room + 24), self._STEPS[-1])
        return [(float(step), 0.0)]

    def tickValues(
        self, min_val: float, max_val: float, size: float
    ) -> list[tuple[float, list[float]]]:
        # Count ticks back from the newest night (x = 0), so the newest is always labelled.
        levels = self.tickSpacing(min_val, max_val, size)
        if not levels:
            return []
        step = levels[0][0]
        first = np.ceil(min_val / step) * step
        return [(step, list(np.arange(first, max_val + 1e-9, step)))]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.newest is None:
            return ["" for _ in values]
        label = day_month if spacing < 91 else month_year
        return [label(self.newest + timedelta(days=round(v))) for v in values]


class HistoryCounts(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph ships no types
    """Per-night counts. Signals: ``row_clicked(int)`` — the night (row, 0 = newest) of a
    clicked point."""

    row_clicked = Signal(int)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        self._date_axis = NightDateAxis("bottom")
        super().__init__(parent, axisItems={"bottom": self._date_axis})
        self._theme = theme
        self._data = HistoryData(kinds=(), rows=())
        self._points: list[pg.ScatterPlotItem] = []
        self._medians: list[pg.PlotDataItem] = []
        self._counts = np.zeros((0, 0))
        self._medians_arr = np.zeros((0, 0))
        self._logged = np.zeros(0, dtype=bool)
        self._shown_rows = 0
        plot = self.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.getViewBox().setMouseEnabled(x=True, y=False)
        # The chart's title above says what y counts; an axis label here would crowd it out
        # at large text sizes.
        points = QApplication.font().pointSizeF()
        self._legend = plot.addLegend(
            offset=(8, _LEGEND_OFFSET), colCount=4, labelTextSize=f"{max(points, 6):.1f}pt"
        )
        self.set_theme(theme)

    @property
    def legend(self) -> pg.LegendItem:
        return self._legend

    @property
    def shown_rows(self) -> int:
        return self._shown_rows

    def median_item(self, kind_index: int) -> pg.PlotDataItem:
        return self._medians[kind_index]

    def points_item(self, kind_index: int) -> pg.ScatterPlotItem:
        return self._points[kind_index]

    def set_history(self, data: HistoryData, rows: int) -> None:
        self._data = data
        self._date_axis.newest = data.rows[0].night if data.rows else None
        n_kinds = len(data.kinds)
        self._counts = np.array([r.counts for r in data.rows], dtype=float).reshape(-1, n_kinds)
        medians = [[np.nan if m is None else m for m in r.medians] for r in data.rows]
        self._medians_arr = np.array(medians, dtype=float).reshape(-1, n_kinds)
        self._logged = np.fromiter((r.logged for r in data.rows), bool, len(data.rows))
        self._sync_items()
        self.set_rows(rows)

    def set_rows(self, rows: int) -> None:
        n = max(0, min(rows, len(self._data.rows)))
        self._shown_rows = n
        x = -np.arange(n, dtype=float)
        logged = self._logged[:n]
        show_median = int(logged.sum()) >= MIN_TREND_NIGHTS
        n_kinds = len(self._data.kinds)
        for k in range(n_kinds):
            offset = (k - (n_kinds - 1) / 2) * _DODGE if n <= 120 else 0.0
            ys = self._counts[:n, k]
            self._points[k].setData(
                x=x[logged] + offset,
                y=ys[logged],
                data=np.flatnonzero(logged),
                size=_size_for(n),
                # Past a few months markers are tiny: an outline would hide the fill.
                pen=pen_for(self._data.kinds[k], self._theme) if n <= 120 else pg.mkPen(None),
            )
            if show_median:
                self._medians[k].setData(x=x, y=self._medians_arr[:n, k], connect="finite")
            else:
                self._medians[k].setData(x=[], y=[])
            self._medians[k].setVisible(show_median)
        self.getPlotItem().setXRange(-max(n, 1) + 0.5, 0.5, padding=0.02)
        self._fit_y()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "_legend"):  # not while the base class is still being built
            self._fit_y()

    def _fit_y(self) -> None:
        """Zero to the highest night, with room above it for the legend: its height in pixels
        (it grows with the text size), so no point is ever drawn under it. The sliver below
        zero keeps the markers of zero-count nights whole."""
        n, n_kinds = self._shown_rows, len(self._data.kinds)
        highest = max(float(self._counts[:n].max()) if n and n_kinds else 0.0, 3.0)
        view = self.getPlotItem().getViewBox().height()
        legend = self._legend.boundingRect().height() + _LEGEND_OFFSET + _size_for(n)
        share = min(legend / view, 0.6) if view > 0 else 0.3
        top = highest / (1 - share * (1 + _BELOW_ZERO))
        self.getPlotItem().setYRange(-top * _BELOW_ZERO, top, padding=0)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        apply_chart_theme(self, theme)
        show_grid(self.getPlotItem(), theme, x=False, y=True)
        self._style_items()

    def _sync_items(self) -> None:
        plot = self.getPlotItem()
        self._legend.clear()
        while len(self._points) < len(self._data.kinds):
            median = pg.PlotDataItem()
            median.setZValue(-1)
            points = pg.ScatterPlotItem(pxMode=True)
            points.sigClicked.connect(self._on_points_clicked)
            plot.addItem(median)
            plot.addItem(points)
            self._medians.append(median)
            self._points.append(points)
        while len(self._points) > len(self._data.kinds):
            plot.removeItem(self._points.pop())
            plot.removeItem(self._medians.pop())
        for kind, points in zip(self._data.kinds, self._points, strict=True):
            self._legend.addItem(points, kind.label)
        self._style_items()

    def _style_items(self) -> None:
        for kind, points, median in zip(
            self._data.kinds, self._points, self._medians, strict=False
        ):
            points.setSymbol(symbol_for(kind))
            points.setBrush(brush_for(kind, self._theme))
            points.setPen(pen_for(kind, self._theme))
            pen = pg.mkPen(kind_colour(kind.colour, self._theme), width=2.5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            median.setPen(pen)
        if self._data.kinds:
            apply_chart_theme(self, self._theme)

    def _on_points_clicked(self, _item: object, points: Any, _event: object = None) -> None:
        if len(points):
            self.row_clicked.emit(int(points[0].data()))


def _size_for(rows: int) -> float:
    if rows <= 35:
        return 10.0
    if rows <= 120:
        return 7.0
    return 4.0
