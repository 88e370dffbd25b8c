"""The summary's charts drawn for print: legends, counts per night, intervals, symptom onset.

Every chart reads in grey print: kinds by marker shape and line dash, ranges by hatching.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor

from hypnic.domain.intervals import AASM_MIN_S, RUN_MAX_S, interval_histogram, log_edges
from hypnic.domain.kinds import Kind
from hypnic.report.canvas import ALIGN_CENTRE, ALIGN_RIGHT, BLACK, DARK, FAINT, LIGHT, MID, Canvas
from hypnic.report.model import Onset, ReportModel
from hypnic.report.words import Summary

AXIS_SIZE = 6.5
LEGEND_SIZE = 7.0
LEGEND_H = 10.0
# Above this many nights the charts draw no marker per night (the actogram bins them instead).
MARKER_NIGHTS = 120
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
          Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine)  # fmt: skip
LEFT_AXIS = 34.0
DOSE_FILL = QColor("#e4e4e4")


@dataclass(frozen=True, slots=True)
class LegendItem:
    """A legend entry: a small symbol drawn in a 10 pt box, then its words."""

    label: str
    draw: Callable[[Canvas, float, float], None]  # (canvas, x, centre y)


def legend(c: Canvas, items: Sequence[LegendItem], x: float, y: float, width: float) -> float:
    """Entries flowing over as many lines as they need; returns the height taken."""
    left, top = x, y
    for item in items:
        need = 14 + c.text_width(item.label, LEGEND_SIZE) + 10
        if x > left and x + need > left + width:
            x, y = left, y + LEGEND_H
        item.draw(c, x + 5, y + LEGEND_H / 2)
        c.text(QRectF(x + 14, y, need, LEGEND_H), item.label, LEGEND_SIZE)
        x += need
    return y - top + LEGEND_H + 1


def kind_items(model: ReportModel, w: Summary, *, dashes: bool = False) -> list[LegendItem]:
    """Each kind's marker (and, with ``dashes``, its median line's dash) and label."""

    def item(i: int, kind: Kind) -> LegendItem:
        def draw(c: Canvas, x: float, y: float) -> None:
            if dashes:
                c.line(x - 4, y, x + 6, y, width=0.9, style=DASHES[i % len(DASHES)])
            c.marker(kind.shape, x, y, 5.5, kind.colour)

        return LegendItem(w.kind_label(kind), draw)

    return [item(i, kind) for i, kind in enumerate(model.kinds)]


def axis_title(c: Canvas, text: str, x: float, plot: QRectF) -> None:
    """A y axis's title set upright (read from below) at ``x``, centred on the plot."""
    if not c.drawing:
        return
    length = c.text_width(text, AXIS_SIZE) + 4
    c.painter.save()
    c.painter.translate(x, plot.center().y() + length / 2)
    c.painter.rotate(-90)
    c.text(QRectF(0, -4.5, length, 9), text, AXIS_SIZE, colour=DARK)
    c.painter.restore()


def nice_max(top: float, least: float = 5.0) -> float:
    """A round axis maximum at or above ``top`` (at least ``least``), close enough that the
    points use the chart's height (a night of 62 taps on an axis to 80, not 100)."""
    top = max(top, least)
    magnitude = float(10 ** math.floor(math.log10(top)))
    for factor in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if top <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude  # pragma: no cover


def tick_step(y_max: float) -> float:
    """A round step giving at most 5 steps up to ``y_max`` (whole numbers: counts)."""
    magnitude = float(10 ** math.floor(math.log10(max(y_max / 5, 1.0))))
    return next(
        f * magnitude
        for f in (1, 2, 2.5, 5, 10)
        if y_max / (f * magnitude) <= 5 + 1e-9 and (f * magnitude).is_integer()
    )


def y_ticks(c: Canvas, w: Summary, plot: QRectF, y_max: float, *, grid: bool = True) -> None:
    step = tick_step(y_max)
    value = 0.0
    while value <= y_max + 1e-9:
        y = plot.bottom() - plot.height() * value / y_max
        if grid and 0 < value < y_max:
            c.line(plot.left(), y, plot.right(), y, colour=FAINT, width=0.4)
        c.text(QRectF(plot.left() - 30, y - 5, 27, 10), w.count(value), AXIS_SIZE,
               align=ALIGN_RIGHT)  # fmt: skip
        value += step


def counts_chart(c: Canvas, model: ReportModel, w: Summary, rect: QRectF) -> None:
    """Each night's taps per kind as points, the 7-night median as a line, y from zero; a
    grey column behind each night with a dose."""
    nights = model.nights
    top = max((max(n.counts, default=0) for n in nights), default=0)
    y_max = nice_max(top)
    plot = QRectF(rect.left() + LEFT_AXIS, rect.top(), rect.width() - LEFT_AXIS,
                  rect.height() - 11)  # fmt: skip
    count = len(nights)
    slot = plot.width() / max(count, 1)

    def x_of(i: int) -> float:
        return plot.left() + (i + 0.5) * slot

    def y_of(v: float) -> float:
        return plot.bottom() - plot.height() * v / y_max

    many = count > MARKER_NIGHTS
    for i, night in enumerate(nights):
        if night.extras.doses and not many:
            c.rect(QRectF(plot.left() + i * slot, plot.top(), slot, plot.height()), fill=DOSE_FILL)
        elif night.extras.doses:  # hundreds of nights: a tick along the top, not a barcode
            c.rect(QRectF(plot.left() + i * slot, plot.top(), max(slot, 0.4), 3.5), fill=BLACK)
    c.rect(plot, outline=MID)
    y_ticks(c, w, plot, y_max)
    axis_title(c, w.counts_axis(), rect.left() + 5, plot)
    _date_ticks(c, model, w, plot, x_of)
    size = max(2.0, min(4.5, slot * 0.9))
    for k, kind in enumerate(model.kinds):
        pts = [(x_of(i), y_of(v)) for i, n in enumerate(nights) if (v := n.trend[k]) is not None]
        for (x1, y1), (x2, y2) in itertools.pairwise(pts):
            if x2 - x1 < slot * 1.5:  # a gap of unlogged nights is not bridged
                c.line(x1, y1, x2, y2, colour=BLACK, width=1.0, style=DASHES[k % len(DASHES)])
        if count > MARKER_NIGHTS:
            continue  # thousands of points hide the trend; the lines carry it
        for i, night in enumerate(nights):
            if night.logged:
                c.marker(kind.shape, x_of(i), y_of(night.counts[k]), size, kind.colour,
                         outline=0.3)  # fmt: skip


def _date_ticks(c: Canvas, model: ReportModel, w: Summary, plot: QRectF,
                x_of: Callable[[int], float]) -> None:  # fmt: skip
    nights = model.nights
    count = len(nights)
    every = max(1, math.ceil(count / 9))
    every = 7 * math.ceil(every / 7) if every > 3 else every
    long = count > 366
    for i in range(count - 1, -1, -every):  # counted back from the newest night
        c.line(x_of(i), plot.bottom(), x_of(i), plot.bottom() + 2)
        day = nights[i].night
        c.text(QRectF(x_of(i) - 25, plot.bottom() + 1.5, 50, 9),
               w.month(day) if long else w.short_day(day), AXIS_SIZE,
               align=ALIGN_CENTRE)  # fmt: skip


def histogram(c: Canvas, model: ReportModel, w: Summary, rect: QRectF) -> None:
    """Intervals between the patient's successive leg taps, log x, the 5–90 s range hatched."""
    edges, counts = interval_histogram(model.intervals_s, log_edges(1.0, 3600.0, 24))
    y_max = nice_max(max(counts, default=0))
    plot = QRectF(rect.left() + LEFT_AXIS, rect.top() + 10, rect.width() - LEFT_AXIS,
                  rect.height() - 30)  # fmt: skip
    lo, hi = math.log(edges[0]), math.log(edges[-1])

    def x_of(s: float) -> float:
        return plot.left() + plot.width() * (math.log(s) - lo) / (hi - lo)

    band = QRectF(x_of(AASM_MIN_S), plot.top(), x_of(RUN_MAX_S) - x_of(AASM_MIN_S), plot.height())
    c.rect(band, fill=QBrush(MID, Qt.BrushStyle.BDiagPattern), outline=MID)
    c.text(QRectF(band.left() - 20, plot.top() - 10, band.width() + 40, 9), w.periodic_range(),
           AXIS_SIZE, align=ALIGN_CENTRE, bold=True)  # fmt: skip
    for a, b, n in zip(edges, edges[1:], counts, strict=False):
        if n:
            h = plot.height() * n / y_max
            c.rect(QRectF(x_of(a), plot.bottom() - h, x_of(b) - x_of(a), h),
                   fill=QColor("#6e6e6e"), outline=BLACK, width=0.4)  # fmt: skip
    c.rect(plot, outline=MID)
    y_ticks(c, w, plot, y_max, grid=False)
    axis_title(c, w.intervals_axis(), rect.left() + 5, plot)
    ticks = ((1, w.seconds(1)), (5, w.seconds(5)), (10, w.seconds(10)), (30, w.seconds(30)),
             (90, w.seconds(90)), (300, w.minutes_tick(5)), (900, w.minutes_tick(15)),
             (3600, w.hours_tick(1)))  # fmt: skip
    for seconds, label in ticks:
        x = x_of(seconds)
        c.line(x, plot.bottom(), x, plot.bottom() + 2)
        c.text(QRectF(x - 20, plot.bottom() + 2, 40, 9), label, AXIS_SIZE, align=ALIGN_CENTRE)
    c.text(QRectF(plot.left(), plot.bottom() + 11, plot.width(), 9), w.interval_axis(),
           AXIS_SIZE, align=ALIGN_CENTRE, colour=DARK)  # fmt: skip


def onset_chart(c: Canvas, model: ReportModel, onset: Onset, w: Summary, rect: QRectF) -> None:
    """Each night's onset as a clock time across both periods, each period's median a line."""
    first, last = onset.before.first, model.period.last
    days = (last - first).days + 1
    minutes = [m for _, m in onset.points]
    lo = math.floor((min(minutes) - 20) / 60) * 60
    hi = max(math.ceil((max(minutes) + 20) / 60) * 60, lo + 120)
    plot = QRectF(rect.left() + 30, rect.top() + 4, rect.width() - 30, rect.height() - 16)

    def x_of(night: date) -> float:
        return plot.left() + plot.width() * ((night - first).days + 0.5) / days

    def y_of(minute: float) -> float:
        return plot.top() + plot.height() * (minute - lo) / (hi - lo)  # earlier on top

    split = x_of(model.period.first) - plot.width() / days / 2
    c.rect(QRectF(plot.left(), plot.top(), split - plot.left(), plot.height()), fill=FAINT)
    c.rect(plot, outline=MID)
    step = next(s for s in (60, 120, 180, 240, 360) if plot.height() * s / (hi - lo) >= 11)
    for minute in range(int(lo), int(hi) + 1, step):
        y = y_of(minute)
        if lo < minute < hi:
            c.line(plot.left(), y, plot.right(), y, colour=LIGHT, width=0.3)
        c.text(QRectF(rect.left(), y - 5, 27, 10), w.clock(minute), AXIS_SIZE, align=ALIGN_RIGHT)
    show = w.month if days > 2 * 92 else w.short_day
    taken: list[float] = []
    for day, right in ((last, True), (first, False), (model.period.first, False)):
        x = x_of(day)
        if any(abs(x - other) < 45 for other in taken):
            continue  # a label would overwrite another (a short period)
        taken.append(x)
        c.text(QRectF(x - (45 if right else 5), plot.bottom() + 1.5, 50, 9), show(day),
               AXIS_SIZE, align=ALIGN_RIGHT if right else Qt.AlignmentFlag.AlignLeft)  # fmt: skip
    for night, at in onset.points:
        c.marker("o", x_of(night), y_of(at), 3.5, "#ffffff" if night < model.period.first
                 else "#000000", outline=0.5)  # fmt: skip
    for found, start, end, style in (
        (onset.earlier, plot.left(), split, Qt.PenStyle.DashLine),
        (onset.this, split, plot.right(), Qt.PenStyle.SolidLine),
    ):
        if found.median is not None:
            y = y_of(found.median)
            c.line(start, y, end, y, width=1.1, style=style)
