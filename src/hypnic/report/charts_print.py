"""The summary's charts drawn for print: actogram, counts per night, interval histogram."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage

from hypnic.domain.intervals import AASM_MIN_S, RUN_MAX_S, interval_histogram, log_edges
from hypnic.report.canvas import (
    ALIGN_CENTRE,
    ALIGN_RIGHT,
    BLACK,
    DARK,
    FAINT,
    LIGHT,
    MID,
    Canvas,
)
from hypnic.report.model import NightLine, ReportModel

# The actogram spans 18:00 to 10:00 next morning (minutes since 18:00 of the night).
SPAN_MIN = 16 * 60
# Above this many nights the actogram is binned into a grey image instead of markers.
MARKER_NIGHTS = 120
_DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
           Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine)  # fmt: skip
AXIS_SIZE = 7.0


def legend(c: Canvas, model: ReportModel, x: float, y: float, *, trend: bool = False) -> None:
    """One line: each kind's marker and label (and the median line style with ``trend``)."""
    for i, kind in enumerate(model.kinds):
        c.marker(kind.shape, x + 4, y + 5, 6.5, kind.colour)
        x += 10
        if trend:
            c.line(x, y + 5, x + 14, y + 5, width=1.1, style=_DASHES[i % len(_DASHES)])
            x += 17
        c.text(QRectF(x, y, 200, 10), kind.label, 8)
        x += c.text_width(kind.label, 8) + 12
    if not trend and model.has_doses:
        c.text(QRectF(x, y, 12, 10), "D", 7.5, bold=True)
        c.text(QRectF(x + 8, y, 100, 10), "dose", 8)
    if trend:
        what = "points: each night · " if len(model.nights) <= MARKER_NIGHTS else ""
        c.text(QRectF(x, y, 200, 10), f"{what}lines: 7-night median", 7.5,
               colour=DARK)  # fmt: skip


def actogram(c: Canvas, model: ReportModel, rect: QRectF) -> None:
    """One row per night, newest on top; x is clock time from 18:00 to 10:00."""
    nights = list(reversed(model.nights))
    label_w = 58.0
    plot = QRectF(rect.left() + label_w, rect.top(), rect.width() - label_w, rect.height() - 12)
    row_h = plot.height() / max(len(nights), 1)
    c.rect(plot, fill=QColor("#ffffff"), outline=MID)
    for hour in range(0, 17, 2):
        x = plot.left() + plot.width() * hour * 60 / SPAN_MIN
        midnight = hour == 6
        if 0 < hour < 16:
            c.line(x, plot.top(), x, plot.bottom(), colour=DARK if midnight else LIGHT,
                   width=0.6 if midnight else 0.4)  # fmt: skip
        c.text(QRectF(x - 20, plot.bottom() + 1, 40, 10), f"{(18 + hour) % 24:02d}:00",
               AXIS_SIZE, align=ALIGN_CENTRE)  # fmt: skip
    label_every = max(1, math.ceil(8.0 / row_h)) if row_h > 0 else 1
    if label_every > 1:
        label_every = 7 * math.ceil(label_every / 7)  # weekly labels on long periods
    for row, night in enumerate(nights):
        top = plot.top() + row * row_h
        if not night.logged:
            c.rect(QRectF(plot.left(), top, plot.width(), row_h),
                   fill=QBrush(MID, Qt.BrushStyle.BDiagPattern))  # fmt: skip
        if row % label_every == 0 and row_h * label_every >= 7:
            text = night.night.strftime("%a %d %b" if _one_year(model) else "%d %b %Y")
            size = min(AXIS_SIZE, max(5.5, row_h * 0.85))
            c.text(QRectF(rect.left(), top, label_w - 4, max(row_h, size + 1)), text, size,
                   align=ALIGN_RIGHT)  # fmt: skip
    if len(nights) > MARKER_NIGHTS:
        _binned(c, nights, plot)
        return
    size = max(2.5, min(row_h * 0.8, 6.0))
    for row, night in enumerate(nights):
        centre = plot.top() + (row + 0.5) * row_h
        if night.lights_out_minute is not None and 0 <= night.lights_out_minute <= SPAN_MIN:
            x = plot.left() + plot.width() * night.lights_out_minute / SPAN_MIN
            c.line(x, centre - row_h * 0.48, x, centre + row_h * 0.48, width=1.2)
        for minute in night.extras.dose_minutes:
            if 0 <= minute <= SPAN_MIN:
                x = plot.left() + plot.width() * minute / SPAN_MIN
                c.text(QRectF(x - 5, centre - 5, 10, 10), "D", min(7, row_h), bold=True,
                       align=ALIGN_CENTRE)  # fmt: skip
        for minute, k in night.marks:
            if 0 <= minute <= SPAN_MIN:
                kind = model.kinds[k]
                x = plot.left() + plot.width() * minute / SPAN_MIN
                c.marker(kind.shape, x, centre, size, kind.colour, outline=0.3)


def _binned(c: Canvas, nights: list[NightLine], plot: QRectF) -> None:
    """Events per 10 minutes as grey levels, one pixel row per night (long periods)."""
    bins = SPAN_MIN // 10
    image = QImage(bins, len(nights), QImage.Format.Format_Grayscale8)
    image.fill(255)
    for row, night in enumerate(nights):
        counts = [0] * bins
        for minute, _ in night.marks:
            if 0 <= minute < SPAN_MIN:
                counts[minute // 10] += 1
        for b, n in enumerate(counts):
            if n:
                image.setPixel(b, row, QColor.fromHsv(0, 0, max(0, 200 - 40 * n)).rgb())
    c.painter.drawImage(plot, image)


def counts_chart(c: Canvas, model: ReportModel, rect: QRectF) -> None:
    """Each night's count per kind as points, the 7-night rolling median as a line; y from 0."""
    nights = model.nights
    top = max((max(n.counts, default=0) for n in nights), default=0)
    y_max = _nice_max(top)
    plot = QRectF(rect.left() + 58, rect.top(), rect.width() - 58, rect.height() - 12)
    c.rect(plot, outline=MID)
    step = _nice_step(y_max)
    value = 0.0
    while value <= y_max + 1e-9:
        y = plot.bottom() - plot.height() * value / y_max
        if 0 < value < y_max:
            c.line(plot.left(), y, plot.right(), y, colour=FAINT, width=0.4)
        c.text(QRectF(plot.left() - 30, y - 5, 27, 10), f"{value:g}", AXIS_SIZE,
               align=ALIGN_RIGHT)  # fmt: skip
        value += step
    c.text(QRectF(rect.left(), plot.top(), 40, 22), "events\nper night", AXIS_SIZE, colour=DARK)
    count = len(nights)
    slot = plot.width() / max(count, 1)

    def x_of(i: int) -> float:
        return plot.left() + (i + 0.5) * slot

    every = max(1, math.ceil(count / 8))
    every = 7 * math.ceil(every / 7) if every > 3 else every
    for i in range(0, count, every):
        c.line(x_of(i), plot.bottom(), x_of(i), plot.bottom() + 2)
        c.text(QRectF(x_of(i) - 25, plot.bottom() + 1, 50, 10),
               nights[i].night.strftime("%d %b" if _one_year(model) else "%b %Y"), AXIS_SIZE,
               align=ALIGN_CENTRE)  # fmt: skip

    def y_of(v: float) -> float:
        return plot.bottom() - plot.height() * v / y_max

    size = max(2.0, min(5.0, slot * 0.9))
    for k, kind in enumerate(model.kinds):
        trend = [(i, n.trend[k]) for i, n in enumerate(nights)]
        pts = [(x_of(i), y_of(v)) for i, v in trend if v is not None]
        for (x1, y1), (x2, y2) in itertools.pairwise(pts):
            if x2 - x1 < slot * 1.5:  # a gap of unlogged nights is not bridged
                c.line(x1, y1, x2, y2, colour=BLACK, width=1.1, style=_DASHES[k % len(_DASHES)])
        if count > MARKER_NIGHTS:
            continue  # thousands of points hide the trend; the lines carry it
        for i, night in enumerate(nights):
            if night.logged:
                c.marker(kind.shape, x_of(i), y_of(night.counts[k]), size, kind.colour, outline=0.3)


def histogram(c: Canvas, model: ReportModel, rect: QRectF) -> None:
    """Intervals between the patient's successive leg taps, log x, 5–90 s hatched."""
    edges, counts = interval_histogram(model.intervals_s, log_edges(1.0, 3600.0, 24))
    y_max = _nice_max(max(counts, default=0))
    plot = QRectF(rect.left() + 58, rect.top() + 12, rect.width() - 58, rect.height() - 36)
    lo, hi = math.log(edges[0]), math.log(edges[-1])

    def x_of(s: float) -> float:
        return plot.left() + plot.width() * (math.log(s) - lo) / (hi - lo)

    band = QRectF(x_of(AASM_MIN_S), plot.top(), x_of(RUN_MAX_S) - x_of(AASM_MIN_S), plot.height())
    c.rect(band, fill=QBrush(MID, Qt.BrushStyle.BDiagPattern), outline=MID)
    c.text(QRectF(band.left(), plot.top() - 11, band.width(), 10), "5–90 s: periodic range",
           AXIS_SIZE, align=ALIGN_CENTRE, bold=True)  # fmt: skip
    for a, b, n in zip(edges, edges[1:], counts, strict=False):
        if n:
            h = plot.height() * n / y_max
            c.rect(QRectF(x_of(a), plot.bottom() - h, x_of(b) - x_of(a), h),
                   fill=QColor("#6e6e6e"), outline=BLACK, width=0.4)  # fmt: skip
    c.rect(plot, outline=MID)
    step = _nice_step(y_max)
    value = 0.0
    while value <= y_max + 1e-9:
        y = plot.bottom() - plot.height() * value / y_max
        c.text(QRectF(plot.left() - 30, y - 5, 27, 10), f"{value:g}", AXIS_SIZE,
               align=ALIGN_RIGHT)  # fmt: skip
        value += step
    c.text(QRectF(rect.left(), plot.top(), 40, 22), "intervals", AXIS_SIZE, colour=DARK)
    ticks = ((1, "1 s"), (5, "5 s"), (10, "10 s"), (30, "30 s"), (90, "90 s"), (300, "5 min"),
             (900, "15 min"), (3600, "1 h"))  # fmt: skip
    for seconds, label in ticks:
        x = x_of(seconds)
        c.line(x, plot.bottom(), x, plot.bottom() + 2)
        c.text(QRectF(x - 20, plot.bottom() + 2, 40, 10), label, AXIS_SIZE, align=ALIGN_CENTRE)
    c.text(QRectF(plot.left(), plot.bottom() + 12, plot.width(), 10),
           "interval from one leg tap to the next (log scale)", AXIS_SIZE,
           align=ALIGN_CENTRE, colour=DARK)  # fmt: skip


def _one_year(model: ReportModel) -> bool:
    return model.period.nights <= 366


def _nice_max(top: float) -> float:
    """A round axis maximum at or above ``top`` (at least 5)."""
    top = max(top, 5.0)
    magnitude = float(10 ** math.floor(math.log10(top)))
    for factor in (1, 2, 2.5, 5, 10):
        if top <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude  # pragma: no cover


def _nice_step(y_max: float) -> float:
    return y_max / 5 if y_max / 5 >= 1 else 1.0
