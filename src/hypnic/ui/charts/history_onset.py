"""When the evening symptoms began, night by night: a clock time per night and its rolling
7-night median (DESIGN section 6: points with a median line, never a jagged line).

Earlier onsets are drawn higher, as the summary draws them: an onset creeping earlier in the
day (a question of augmentation for the doctor) climbs the chart.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QWidget

from hypnic.domain.analysis import MIN_TREND_NIGHTS
from hypnic.domain.history import HistoryData
from hypnic.ui.charts.clock_axis import ClockAxis
from hypnic.ui.charts.history_counts import NightDateAxis
from hypnic.ui.charts.style import apply_chart_theme, colour_with_alpha, palette_for, show_grid
from hypnic.ui.common.theme import Theme


class HistoryOnset(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph ships no types
    """Onset clock times per night (y: hours since 18:00, earlier on top).

    Signals: ``row_clicked(int)`` — the night (row, 0 = newest) of a clicked point.
    """

    row_clicked = Signal(int)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        self._date_axis = NightDateAxis("bottom")
        super().__init__(parent, axisItems={"bottom": self._date_axis, "left": ClockAxis("left")})
        self._theme = theme
        self._data = HistoryData(kinds=(), rows=())
        self._shown_rows = 0
        plot = self.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.getViewBox().setMouseEnabled(x=True, y=False)
        plot.getViewBox().invertY(True)
        self.points = pg.ScatterPlotItem(pxMode=True, size=7, symbol="o")
        self.points.sigClicked.connect(self._on_points_clicked)
        self.median = pg.PlotDataItem()
        self.median.setZValue(-1)
        plot.addItem(self.median)
        plot.addItem(self.points)
        self.setAccessibleName(self.tr("When the evening symptoms began, night by night"))
        self.set_theme(theme)

    @property
    def shown_rows(self) -> int:
        return self._shown_rows

    def set_history(self, data: HistoryData, rows: int) -> None:
        self._data = data
        self._date_axis.newest = data.rows[0].night if data.rows else None
        self.set_rows(rows)

    def set_rows(self, rows: int) -> None:
        n = max(0, min(rows, len(self._data.rows)))
        self._shown_rows = n
        shown = self._data.rows[:n]
        found = [(i, r.onset_minute) for i, r in enumerate(shown) if r.onset_minute is not None]
        xs = np.array([-i for i, _ in found], dtype=float)
        ys = np.array([m / 60 for _, m in found], dtype=float)
        self.points.setData(x=xs, y=ys, data=np.array([i for i, _ in found], dtype=int))
        medians = [np.nan if r.onset_median is None else r.onset_median / 60 for r in shown]
        if len(found) >= MIN_TREND_NIGHTS:
            self.median.setData(x=-np.arange(n, dtype=float), y=np.array(medians),
                                connect="finite")  # fmt: skip
        else:
            self.median.setData(x=[], y=[])
        plot = self.getPlotItem()
        plot.setXRange(-max(n, 1) + 0.5, 0.5, padding=0.02)
        if len(ys):
            lo, hi = float(np.floor(ys.min())) - 0.5, float(np.ceil(ys.max())) + 0.5
            plot.setYRange(lo, max(hi, lo + 2), padding=0)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        apply_chart_theme(self, theme)
        show_grid(self.getPlotItem(), theme, x=False, y=True)
        palette = palette_for(theme)
        outline = QPen(QColor(palette.outline), 1.0)
        outline.setCosmetic(True)
        self.points.setPen(outline)
        # Points in the accent, the median line in the text colour: the two never blur.
        self.points.setBrush(QBrush(colour_with_alpha(palette.band, 0.75)))
        pen = pg.mkPen(QColor(palette.text), width=2.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.median.setPen(pen)

    def _on_points_clicked(self, _item: object, points: Any, _event: object = None) -> None:
        if len(points):
            self.row_clicked.emit(int(points[0].data()))
