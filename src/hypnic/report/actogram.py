"""The actogram for print: one row per night on a clock-time axis fitted to the data.

Leg runs and jerk series are drawn as hatched spans (never dozens of overlapping markers that
print as a black bar); taps outside any run as their kind's marker; dose nights carry a "D"
beside their date, so every row can be found by date and every dose night seen.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage

from hypnic.report.canvas import ALIGN_CENTRE, ALIGN_RIGHT, BLACK, DARK, LIGHT, MID, Canvas
from hypnic.report.charts_print import AXIS_SIZE, MARKER_NIGHTS, LegendItem, kind_items
from hypnic.report.model import NightLine, ReportModel, RunGroup
from hypnic.report.words import Summary

# Minutes since 18:00 of the night a row can show: from the day boundary's 12:00 to 12:00.
EARLIEST, LATEST = -6 * 60, 18 * 60
MIN_SPAN = 4 * 60
LABEL_W = 50.0
DOSE_W = 9.0
LEG_BRUSH = Qt.BrushStyle.BDiagPattern
JERK_BRUSH = Qt.BrushStyle.CrossPattern
# The darkest grey of the binned actogram (0 is black): dense runs stay legible in print.
BINNED_DARKEST = 70


@dataclass(frozen=True, slots=True)
class Axis:
    """The clock hours the actogram spans (minutes since 18:00) and the taps left outside."""

    lo: float
    hi: float
    outside: int

    def x(self, plot: QRectF, minute: float) -> float:
        return plot.left() + plot.width() * (minute - self.lo) / (self.hi - self.lo)


def fitted_axis(nights: Sequence[NightLine]) -> Axis:
    """Whole hours around the 1st to 99th percentile of the night's moments (taps, runs,
    lights-out, doses), at least four hours wide: a lone tap at dawn does not squeeze a
    hundred others into a fifth of the width. Taps left outside are counted."""
    taps = [m for n in nights for m, _ in n.marks]
    taps += [m for n in nights for r in n.runs for m in (r.start, r.end)]
    other = [n.lights_out_minute for n in nights if n.lights_out_minute is not None]
    other += [m for n in nights for m in n.extras.dose_minutes]
    moments = sorted(taps + other)
    if not moments:
        return Axis(3 * 60, 9 * 60, 0)  # 21:00–03:00
    cut = len(moments) // 100 if len(moments) >= 100 else 0
    lo, hi = moments[cut], moments[-1 - cut]
    lo, hi = math.floor(lo / 60) * 60, math.ceil(hi / 60) * 60
    if hi - lo < MIN_SPAN:
        grow = (MIN_SPAN - (hi - lo)) / 2
        lo, hi = lo - math.ceil(grow / 60) * 60, hi + math.ceil(grow / 60) * 60
    lo, hi = max(lo, EARLIEST), min(hi, LATEST)
    outside = sum(1 for m in taps if not lo <= m <= hi)
    return Axis(lo, hi, outside)


def legend_items(model: ReportModel, w: Summary, *, binned: bool) -> list[LegendItem]:
    """The actogram's key: kinds, runs, lights-out, doses and unlogged nights (when binned,
    only the dose ticks and unlogged nights: the grey levels are explained in the note)."""

    def span(style: Qt.BrushStyle) -> Callable[[Canvas, float, float], None]:
        def draw(c: Canvas, x: float, y: float) -> None:
            c.rect(QRectF(x - 4, y - 3, 10, 6), fill=QColor("#ffffff"), outline=BLACK, width=0.4)
            c.rect(QRectF(x - 4, y - 3, 10, 6), fill=QBrush(DARK, style))

        return draw

    def lights(c: Canvas, x: float, y: float) -> None:
        c.line(x, y - 4, x, y + 4, width=1.2)

    def dose(c: Canvas, x: float, y: float) -> None:
        c.text(QRectF(x - 5, y - 5, 10, 10), w.dose_letter(), 7, bold=True, align=ALIGN_CENTRE)

    def quiet(c: Canvas, x: float, y: float) -> None:
        c.text(QRectF(x - 5, y - 5, 10, 10), w.quiet_letter(), 6, colour=DARK, bold=True,
               align=ALIGN_CENTRE)  # fmt: skip

    def dose_tick(c: Canvas, x: float, y: float) -> None:
        c.rect(QRectF(x - 2, y - 0.6, 5, 1.4), fill=BLACK)

    def unlogged(c: Canvas, x: float, y: float) -> None:
        c.rect(QRectF(x - 4, y - 3, 10, 6), fill=QBrush(MID, Qt.BrushStyle.FDiagPattern),
               outline=LIGHT, width=0.3)  # fmt: skip

    missing = any(not n.logged for n in model.nights)
    if binned:
        items = [LegendItem(w.legend_dose_column(), dose_tick)] if model.has_doses else []
        return items + ([LegendItem(w.legend_not_logged(), unlogged)] if missing else [])
    items = kind_items(model, w)
    p = model.patterns
    if p.has_leg_kind:
        items.append(LegendItem(w.legend_leg_run(), span(LEG_BRUSH)))
    if p.has_jerk_kind:
        items.append(LegendItem(w.legend_jerk_series(), span(JERK_BRUSH)))
    items.append(LegendItem(w.legend_lights_out(), lights))
    if model.has_doses:
        items.append(LegendItem(w.legend_dose(), dose))
    if any(n.quiet for n in model.nights):
        items.append(LegendItem(w.legend_quiet(), quiet))
    if missing:
        items.append(LegendItem(w.legend_not_logged(), unlogged))
    return items


def actogram(c: Canvas, model: ReportModel, w: Summary, rect: QRectF, axis: Axis) -> None:
    """One row per night, newest on top, on ``axis``; rows labelled by date."""
    nights = list(reversed(model.nights))
    plot = QRectF(rect.left() + LABEL_W + DOSE_W, rect.top(), rect.width() - LABEL_W - DOSE_W,
                  rect.height() - 10)  # fmt: skip
    row_h = plot.height() / max(len(nights), 1)
    c.rect(plot, fill=QColor("#ffffff"), outline=MID)
    _hours(c, w, plot, axis)
    _labels(c, model, w, nights, rect, plot, row_h)
    for row, night in enumerate(nights):
        top = plot.top() + row * row_h
        if not night.logged:
            c.rect(QRectF(plot.left(), top, plot.width(), row_h),
                   fill=QBrush(LIGHT, Qt.BrushStyle.FDiagPattern))  # fmt: skip
    if len(nights) > MARKER_NIGHTS:
        _binned(c, nights, plot, axis)
        return
    size = max(2.5, min(row_h * 0.78, 5.5))
    for row, night in enumerate(nights):
        if night.logged:
            _row(c, model, w, night, plot, axis, plot.top() + row * row_h, row_h, size)


def _hours(c: Canvas, w: Summary, plot: QRectF, axis: Axis) -> None:
    step = 60 if axis.hi - axis.lo <= 10 * 60 else 120
    minute = math.ceil(axis.lo / step) * step
    while minute <= axis.hi:
        x = axis.x(plot, minute)
        midnight = minute % (24 * 60) == 6 * 60
        if axis.lo < minute < axis.hi:
            c.line(x, plot.top(), x, plot.bottom(), colour=DARK if midnight else LIGHT,
                   width=0.6 if midnight else 0.35)  # fmt: skip
        c.text(QRectF(x - 20, plot.bottom() + 1, 40, 9), w.clock(minute), AXIS_SIZE,
               align=ALIGN_CENTRE)  # fmt: skip
        minute += step


def _labels(c: Canvas, model: ReportModel, w: Summary, nights: Sequence[NightLine],
            rect: QRectF, plot: QRectF, row_h: float) -> None:  # fmt: skip
    """Every row's date when rows are tall enough, else each Monday's (the first of each
    month on long periods) with a faint line above it; "D" beside each dose night."""
    every_row = row_h >= 5.5
    long = len(nights) > MARKER_NIGHTS
    size = min(AXIS_SIZE, max(5.0, row_h * 0.9))
    for row, night in enumerate(nights):
        top = plot.top() + row * row_h
        if night.extras.doses and row_h >= 3:
            c.text(QRectF(rect.left() + LABEL_W, top + row_h / 2 - 4, DOSE_W, 8), w.dose_letter(),
                   min(6.0, max(4.0, row_h)), bold=True, align=ALIGN_CENTRE)  # fmt: skip
        elif night.extras.doses:  # rows too thin for a letter: a tick in the dose column
            left = rect.left() + LABEL_W + 2
            c.rect(QRectF(left, top, DOSE_W - 4, max(row_h, 0.5)), fill=BLACK)
        day = night.night
        marked = (
            day.day == 1 if long else day.weekday() == 6
        )  # Sunday tops a week when newest-first
        if every_row:
            text = w.day(day) if model.period.nights <= 366 else w.day_with_year(day)
            c.text(QRectF(rect.left(), top + row_h / 2 - 5, LABEL_W - 3, 10), text, size,
                   align=ALIGN_RIGHT, colour=BLACK if night.logged else MID)  # fmt: skip
        elif marked:
            c.line(plot.left(), top, plot.right(), top, colour=LIGHT, width=0.3)
            text = w.month(day) if long else w.short_day(day)
            c.text(QRectF(rect.left(), top - 1, LABEL_W - 3, 9), text, 5.5, align=ALIGN_RIGHT)
            c.line(rect.left() + LABEL_W - 2, top, plot.left(), top, colour=MID, width=0.3)


def _row(c: Canvas, model: ReportModel, w: Summary, night: NightLine, plot: QRectF, axis: Axis,
         top: float, row_h: float, size: float) -> None:  # fmt: skip
    centre = top + row_h / 2
    visible = (axis.lo, axis.hi)
    if night.quiet and row_h >= 5:
        c.text(QRectF(plot.left() + 2, top, 60, row_h), w.quiet_letter(), min(6.0, row_h),
               colour=DARK, bold=True)  # fmt: skip
    for span in night.runs:
        start, end = max(span.start, visible[0]), min(span.end, visible[1])
        if end < visible[0] or start > visible[1]:
            continue
        x1, x2 = axis.x(plot, start), axis.x(plot, end)
        if x2 - x1 < 2.0:
            x1, x2 = (x1 + x2) / 2 - 1.0, (x1 + x2) / 2 + 1.0
        box = QRectF(x1, centre - row_h * 0.36, x2 - x1, row_h * 0.72)
        style = LEG_BRUSH if span.group == RunGroup.LEG else JERK_BRUSH
        c.rect(box, fill=QColor("#ffffff"), outline=BLACK, width=0.35)
        c.rect(box, fill=QBrush(DARK, style))
        kind = model.kinds[span.kind_index]
        c.marker(kind.shape, x1, centre, size, kind.colour, outline=0.3)
    if night.lights_out_minute is not None and visible[0] <= night.lights_out_minute <= visible[1]:
        x = axis.x(plot, night.lights_out_minute)
        c.line(x, top + row_h * 0.04, x, top + row_h * 0.96, width=1.2)
    for minute in night.extras.dose_minutes:
        if visible[0] <= minute <= visible[1]:
            x = axis.x(plot, minute)
            c.text(QRectF(x - 5, centre - 5, 10, 10), w.dose_letter(), min(6.5, row_h + 1),
                   bold=True, align=ALIGN_CENTRE)  # fmt: skip
    before = after = 0
    for minute, k in night.marks:
        if minute < visible[0]:
            before += 1
        elif minute > visible[1]:
            after += 1
        else:
            kind = model.kinds[k]
            c.marker(kind.shape, axis.x(plot, minute), centre, size, kind.colour, outline=0.3)
    arrow = min(7.0, row_h + 1)
    if before:
        c.text(QRectF(plot.left() - 1, top, 6, row_h), "‹", arrow, bold=True)
    if after:
        c.text(QRectF(plot.right() - 5, top, 6, row_h), "›", arrow, bold=True)


def _binned(c: Canvas, nights: Sequence[NightLine], plot: QRectF, axis: Axis) -> None:
    """Taps per 10 minutes as grey levels, one image row per night (long periods).

    The scale stops at dark grey, never black, so a night of kick runs stays a grey streak
    in print; a row with no tap stays clear, so an unlogged night's hatching shows through.
    """
    bins = max(1, round((axis.hi - axis.lo) / 10))
    image = QImage(bins, len(nights), QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    for row, night in enumerate(nights):
        counts = [0] * bins
        moments = [m for m, _ in night.marks]
        for span in night.runs:
            moments += [span.start + (span.end - span.start) * i / max(span.movements - 1, 1)
                        for i in range(span.movements)]  # fmt: skip
        for minute in moments:
            b = int((minute - axis.lo) // 10)
            if 0 <= b < bins:
                counts[b] += 1
        for b, n in enumerate(counts):
            if n:
                level = max(BINNED_DARKEST, round(215 - 38 * math.log2(1 + n)))
                image.setPixelColor(b, row, QColor(level, level, level))
    c.image(plot, image)
