"""Onset-to-onset intervals between leg taps on a log scale, the 5–90 s band shaded.

A periodic rhythm shows as a hump inside the band (DESIGN section 6: AASM-like 5–90 s).
"""

from __future__ import annotations

import math
from itertools import chain, pairwise

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QApplication, QWidget

from hypnic.domain.history import HistoryData
from hypnic.domain.intervals import AASM_MIN_S, RUN_MAX_S, WASM_MIN_S, log_edges
from hypnic.ui.charts.style import apply_chart_theme, colour_with_alpha, palette_for, show_grid
from hypnic.ui.common.theme import Theme

# 1 s to 1 h in 24 log-spaced bins; the end bins take whatever falls outside.
EDGES = np.array(log_edges(1.0, 3600.0, 24))
# Labelled in the units a person counts in, not as powers of ten.
_TICKS = ((1, "1 s"), (5, "5 s"), (10, "10 s"), (30, "30 s"), (90, "90 s"), (300, "5 min"),
          (900, "15 min"), (3600, "1 h"))  # fmt: skip


_FIRST_TICKS = (1, 5, 90, 3600)


def _fits(ticks: list[tuple[int, str]], metrics: QFontMetricsF, width: float, gap: float) -> bool:
    """Whether centred labels at their log positions across ``width`` leave ``gap`` between."""
    span = math.log10(3600.0)
    spans = [
        (x - half, x + half)
        for value, text in ticks
        for x, half in [(math.log10(value) / span * width, metrics.horizontalAdvance(text) / 2)]
    ]
    return all(b[0] - a[1] >= gap for a, b in pairwise(spans))


class IntervalHistogram(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph ships no types
    """Histogram of the intervals of the nights shown."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._intervals = np.zeros(0)
        self._row_end = np.zeros(0, dtype=np.int64)
        self._counts = np.zeros(len(EDGES) - 1, dtype=np.int64)
        plot = self.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.setLogMode(x=True, y=False)
        plot.getViewBox().setMouseEnabled(x=False, y=False)
        # Counts up to five digits, in the font the text size sets.
        digits = QFontMetricsF(QApplication.font()).horizontalAdvance("00000")
        plot.getAxis("left").setWidth(int(max(digits, 40) + 12))
        self._fit_ticks()
        self._band = pg.LinearRegionItem(
            values=(math.log10(AASM_MIN_S), math.log10(RUN_MAX_S)), movable=False
        )
        self._band.setZValue(-10)
        self._wasm = pg.InfiniteLine(pos=math.log10(WASM_MIN_S), angle=90, movable=False)
        self._band_label = pg.TextItem(self.tr("5–90 s"), anchor=(0.5, 0))
        self._curve = pg.PlotDataItem(stepMode="center", fillLevel=0)
        for item in (self._band, self._wasm, self._curve):
            plot.addItem(item)
        plot.addItem(self._band_label, ignoreBounds=True)
        self.set_theme(theme)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_ticks()

    def _fit_ticks(self) -> None:
        """Every tick that fits without touching its neighbours (large text, a narrow window):
        the ends and the 5–90 s rule's limits first."""
        # Units (s, min, h) are written the same in every language Hypnic speaks.
        plot = self.getPlotItem()
        if plot is None:  # a resize while pyqtgraph is still building the widget
            return
        metrics = QFontMetricsF(QApplication.font())
        width = max(plot.getViewBox().width(), 1.0)
        gap = metrics.averageCharWidth() * 2
        shown: list[tuple[int, str]] = []
        for value, text in sorted(_TICKS, key=lambda t: t[0] not in _FIRST_TICKS):
            trial = sorted([*shown, (value, text)])
            if _fits(trial, metrics, width, gap):
                shown = trial
        plot.getAxis("bottom").setTicks([[(math.log10(v), t) for v, t in shown]])

    @property
    def counts(self) -> np.ndarray:
        return self._counts

    def set_history(self, data: HistoryData, rows: int) -> None:
        lengths = np.fromiter((len(r.intervals_s) for r in data.rows), np.int64, len(data.rows))
        self._row_end = np.cumsum(lengths)
        total = int(self._row_end[-1]) if len(lengths) else 0
        flat = chain.from_iterable(r.intervals_s for r in data.rows)
        self._intervals = np.fromiter(flat, float, total)
        self.set_rows(rows)

    def set_rows(self, rows: int) -> None:
        n = max(0, min(rows, len(self._row_end)))
        end = int(self._row_end[n - 1]) if n else 0
        # Open-ended end bins, as domain.intervals.interval_histogram counts them.
        values = np.clip(self._intervals[:end], EDGES[0], np.nextafter(EDGES[-1], 0))
        self._counts, _ = np.histogram(values, EDGES)
        self._curve.setData(x=EDGES, y=self._counts.astype(float))
        top = max(float(self._counts.max()) * 1.15, 4.0)
        plot = self.getPlotItem()
        plot.setXRange(0, math.log10(EDGES[-1]), padding=0.05)
        plot.setYRange(0, top, padding=0)
        self._band_label.setPos(math.log10(math.sqrt(AASM_MIN_S * RUN_MAX_S)), top)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        palette = palette_for(theme)
        apply_chart_theme(self, theme)
        show_grid(self.getPlotItem(), theme, x=True, y=True)
        self._band.setBrush(colour_with_alpha(palette.band, palette.band_alpha))
        for line in self._band.lines:
            line.setPen(pg.mkPen(colour_with_alpha(palette.band, 0.5)))
        self._wasm.setPen(
            pg.mkPen(colour_with_alpha(palette.band, 0.6), style=Qt.PenStyle.DashLine)
        )
        self._band_label.setColor(palette.text)
        self._curve.setPen(pg.mkPen(palette.text, width=1.5))
        self._curve.setBrush(colour_with_alpha(palette.text, 0.35))
