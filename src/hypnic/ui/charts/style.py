"""Theming shared by every chart: backgrounds, axes, grids, and how each kind's marker looks.

pyqtgraph ignores the Qt palette, so each chart is styled here explicitly (DESIGN section 7).
A kind keeps its Okabe–Ito colour and its own shape in every chart, and markers get an outline
so they still read in grey print.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from hypnic.domain.kinds import SHAPES, Kind
from hypnic.ui.common.theme import Theme, kind_colour

MARKER_SIZE = 13
# Symbols pyqtgraph draws; a kind's shape outside these falls back to a circle.
_PG_SYMBOLS = frozenset(SHAPES) & frozenset(Symbols)
# pyqtgraph's "t" points down and "t1" up; the kinds (and the buttons) mean "t" to point up.
_POINTING = {"t": "t1", "t1": "t"}


@dataclass(frozen=True, slots=True)
class ChartPalette:
    """The colours a chart needs in one theme."""

    background: str
    axis: str
    text: str
    grid_alpha: float
    outline: str  # marker outline: dark on a light page, light on a dark one
    band: str  # periodic-run shading (drawn translucent)
    band_alpha: float
    mark: str  # vertical marks: wind-down, doses
    lights_out: str
    highlight: str


def palette_for(theme: Theme) -> ChartPalette:
    """The chart colours of ``theme`` (the night one stays dim and warm)."""
    if theme.name == "night":
        return ChartPalette(
            background=theme.window,
            axis=theme.muted,
            text=theme.text,
            grid_alpha=0.14,
            outline=theme.text,
            band=theme.accent,
            band_alpha=0.16,
            mark=theme.muted,
            lights_out=theme.accent,
            highlight=theme.banner_text,
        )
    return ChartPalette(
        background=theme.surface,
        axis=theme.muted,
        text=theme.text,
        grid_alpha=0.22,
        outline=theme.text,
        band=theme.accent,
        band_alpha=0.14,
        mark=theme.muted,
        lights_out=theme.text,
        highlight=theme.accent,
    )


def colour_with_alpha(colour: str | QColor, alpha: float) -> QColor:
    result = QColor(colour)
    result.setAlphaF(alpha)
    return result


def symbol_for(kind: Kind) -> str:
    """The pyqtgraph symbol that draws a kind's shape as the bedside buttons draw it."""
    shape = kind.shape if kind.shape in _PG_SYMBOLS else "o"
    return _POINTING.get(shape, shape)


def brush_for(kind: Kind, theme: Theme, *, hollow: bool = False) -> QBrush:
    """A marker's fill: the kind's colour as drawn in ``theme``; none for a hollow marker."""
    if hollow:
        return QBrush(Qt.BrushStyle.NoBrush)
    return QBrush(kind_colour(kind.colour, theme))


def pen_for(kind: Kind, theme: Theme, *, hollow: bool = False) -> QPen:
    """A marker's outline: a thin dark (day) or light (night) edge, or the kind's colour when
    hollow (a partner's tap), thick enough to see the shape."""
    if hollow:
        pen = QPen(kind_colour(kind.colour, theme), 2.2)
    else:
        pen = QPen(colour_with_alpha(palette_for(theme).outline, 0.85), 1.0)
    pen.setCosmetic(True)
    return pen


def axis_pen(theme: Theme) -> QPen:
    pen = QPen(QColor(palette_for(theme).axis), 1)
    pen.setCosmetic(True)
    return pen


def apply_chart_theme(target: pg.GraphicsView | pg.PlotItem, theme: Theme) -> None:
    """Style a PlotWidget, a GraphicsLayoutWidget (every PlotItem in it) or one PlotItem."""
    palette = palette_for(theme)
    if isinstance(target, pg.GraphicsView):
        target.setBackground(palette.background)
    if isinstance(target, pg.PlotWidget):
        style_plot_item(target.getPlotItem(), theme)
    elif isinstance(target, pg.GraphicsLayoutWidget):
        for item in target.ci.items:
            if isinstance(item, pg.PlotItem):
                style_plot_item(item, theme)
    elif isinstance(target, pg.PlotItem):
        style_plot_item(target, theme)


def style_plot_item(plot: pg.PlotItem, theme: Theme) -> None:
    """Axes, grid, title and legend of one PlotItem in ``theme``."""
    palette = palette_for(theme)
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(axis_pen(theme))
        axis.setTextPen(QColor(palette.text))
        # The grid is drawn with the tick pen at the axis's grid alpha.
        if axis.grid is not False:
            axis.setGrid(int(palette.grid_alpha * 255))
    if plot.titleLabel.text:
        plot.titleLabel.setText(plot.titleLabel.text, color=palette.text)
    if plot.legend is not None:
        plot.legend.setLabelTextColor(palette.text)
        plot.legend.setBrush(colour_with_alpha(palette.background, 0.85))
        plot.legend.setPen(axis_pen(theme))


def show_grid(plot: pg.PlotItem, theme: Theme, *, x: bool = True, y: bool = False) -> None:
    """Turn on grid lines at the theme's alpha (dimmer at night)."""
    plot.showGrid(x=x, y=y, alpha=palette_for(theme).grid_alpha)
