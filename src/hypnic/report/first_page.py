"""The clinic page's charts: the actogram and the taps per night, sharing the room left."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from hypnic.report import actogram as acto
from hypnic.report import charts_print as charts
from hypnic.report.canvas import BLACK, Canvas
from hypnic.report.charts_print import LegendItem
from hypnic.report.layout import HEADING_H, heading
from hypnic.report.model import ReportModel
from hypnic.report.words import Summary

AXIS_H = 10.0
MAX_ROW_H = 14.0
MAX_COUNTS_H = 180.0


def charts_part(c: Canvas, model: ReportModel, w: Summary, room: QRectF) -> None:
    """The actogram takes about 60 % of ``room`` (no more than 14 pt a night), the counts
    chart the rest (at most 210 pt)."""
    x, y, width = room.left(), room.top(), room.width()
    binned = len(model.nights) > charts.MARKER_NIGHTS
    axis = acto.fitted_axis(model.nights)
    acto_items = acto.legend_items(model, w, binned=binned)
    counts_items = [*charts.kind_items(model, w, dashes=True)]
    if model.has_doses:
        many = len(model.nights) > charts.MARKER_NIGHTS
        counts_items.append(LegendItem(w.legend_dose_nights(many), _dose_tick if many
                                       else _dose_column))  # fmt: skip
    with c.measuring():
        acto_legend = charts.legend(c, acto_items, x, 0, width) if acto_items else 0.0
        counts_legend = charts.legend(c, counts_items, x, 0, width)
    fixed = 2 * HEADING_H + acto_legend + counts_legend + 2 * AXIS_H + 14
    free = max(room.height() - fixed, 120.0)
    acto_h = min(free * 0.6, MAX_ROW_H * len(model.nights)) + AXIS_H
    counts_h = min(free - acto_h + AXIS_H, MAX_COUNTS_H) + AXIS_H

    note = w.actogram_note(binned)
    if axis.outside:
        note = f"{note}; {w.outside_hours(axis.outside)}"
    y += heading(c, w.when_in_the_night(), x, y, width, note)
    if acto_items:
        y += charts.legend(c, acto_items, x, y, width)
    acto.actogram(c, model, w, QRectF(x, y, width, acto_h), axis)
    y += acto_h + 8
    y += heading(c, w.taps_per_night(), x, y, width, w.counts_note())
    y += charts.legend(c, counts_items, x, y, width)
    charts.counts_chart(c, model, w, QRectF(x, y, width, counts_h))


def _dose_column(c: Canvas, x: float, y: float) -> None:
    c.rect(QRectF(x - 3, y - 4.5, 6, 9), fill=charts.DOSE_FILL)


def _dose_tick(c: Canvas, x: float, y: float) -> None:
    c.rect(QRectF(x - 0.5, y - 4.5, 1.2, 3.5), fill=BLACK)
