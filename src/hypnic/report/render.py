"""Lay the summary out on pages and paint it on a PDF writer or a printer (one code path)."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF
from PySide6.QtGui import (
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from hypnic.domain.errors import HypnicError
from hypnic.report import charts_print as charts
from hypnic.report import pages as part
from hypnic.report.canvas import DARK, Canvas
from hypnic.report.model import METHODS_DETAIL, Comparison, NightLine, ReportModel
from hypnic.report.qtfix import guard_none_refcount
from hypnic.resources import resource_path

MARGIN_X = 42.0
TOP = 36.0
BOTTOM = 50.0  # the footer lives here
FONT_FILES = ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf")
_LETTER_TERRITORIES = (QLocale.Country.UnitedStates, QLocale.Country.Canada)

Paint = Callable[[Canvas, float], object]


@functools.cache
def report_font_family() -> str:
    """Register the shipped font (once per process) so every PDF embeds the same glyphs."""
    if QGuiApplication.instance() is None:
        raise HypnicError("The summary needs a Qt application to draw its pages.")
    guard_none_refcount()
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id < 0:
            raise HypnicError(f"The summary's font {name} is missing from this installation.")
        family = QFontDatabase.applicationFontFamilies(font_id)[-1]
    return family


def page_size(paper: str | None, locale: QLocale | None = None) -> QPageSize:
    """A4, or Letter in the United States and Canada; ``paper`` ('a4'/'letter') overrides."""
    if paper is None:
        territory = (locale or QLocale.system()).territory()
        paper = "letter" if territory in _LETTER_TERRITORIES else "a4"
    size_id = QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4
    return QPageSize(size_id)


def pdf_bytes(model: ReportModel, paper: str | None = None) -> tuple[bytes, int]:
    """The summary as a PDF document in memory and its page count (write it atomically)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(page_size(paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    writer.setTitle(f"{model.title} {model.period.first} to {model.period.last}")
    writer.setCreator("Hypnic")
    pages = render_report(model, writer)
    del writer  # flushes the PDF trailer into the buffer
    buffer.close()
    return bytes(data.data()), pages


def render_report(model: ReportModel, device: QPagedPaintDevice) -> int:
    """Paint every page of the summary on ``device`` (full page, no margins); returns pages."""
    family = report_font_family()
    painter = QPainter()
    if not painter.begin(device):
        raise HypnicError("The summary could not be drawn on this printer or file.")
    try:
        canvas = Canvas(painter, family)
        flow = _Flow(TOP, canvas.height - BOTTOM)
        flow.add(canvas.height, lambda c, y: _first_page(c, model, y))
        if not model.empty:
            flow.new_page()
            _plan_rest(canvas, model, flow)
        width = canvas.width - 2 * MARGIN_X
        for number, page in enumerate(flow.pages, start=1):
            if number > 1:
                device.newPage()
            for y, paint in page:
                paint(canvas, y)
            part.footer(canvas, model, number, len(flow.pages), MARGIN_X, width)
    finally:
        painter.end()
    return len(flow.pages)


HIST_H = 190.0
MIN_HIST_H = 120.0


class _Flow:
    """Blocks placed down the pages; a block that does not fit starts a new page."""

    def __init__(self, top: float, bottom: float) -> None:
        self.top, self.bottom = top, bottom
        self.pages: list[list[tuple[float, Paint]]] = [[]]
        self.y = top

    def fits(self, height: float) -> bool:
        return self.y + height <= self.bottom

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def add(self, height: float, paint: Paint) -> None:
        if not self.fits(height) and self.pages[-1]:
            self.new_page()
        self.pages[-1].append((self.y, paint))
        self.y += height


def _first_page(c: Canvas, model: ReportModel, y: float) -> None:
    x, w = MARGIN_X, c.width - 2 * MARGIN_X
    y += part.header(c, model, x, y, w)
    if model.empty:
        y += 30
        c.text(QRectF(x, y, w, 24), "No nights logged in this period", 16, bold=True)
        text = (f"Nothing was recorded for the nights {model.period.first} to "
                f"{model.period.last}. Choose another period to see figures.")  # fmt: skip
        c.text(QRectF(x, y + 28, w, 30), text, 10, wrap=True)
        y += 80
        y += part.heading(c, "Methods", x, y, w)
        c.text(QRectF(x, y, w, 200), METHODS_DETAIL, part.BODY, wrap=True, colour=DARK)
        return
    y += 6 + part.heading(c, "Key figures", x, y + 6, w,
                          "the patient's own taps; medians over logged nights")  # fmt: skip
    y += part.key_figures(c, model, x, y, w)
    runs_note = "4 or more leg movements in a row, each interval in the rule"
    y += 4 + part.heading(c, "Periodic runs", x, y + 4, w, runs_note)
    y += part.runs_table(c, model, x, y, w)
    bottom = c.height - BOTTOM
    room = bottom - y - 2 * 22 - 14 - 12
    acto_h = min(room * 0.58, 14.0 * len(model.nights) + 14)
    counts_h = min(room - acto_h, 210.0)
    binned = len(model.nights) > charts.MARKER_NIGHTS
    acto_note = "one row per night, newest on top; " + (
        "darker = more taps in 10 minutes" if binned else "bar = lights-out"
    )
    y += 6 + part.heading(c, "When in the night", x, y + 6, w, acto_note)
    if not binned:
        charts.legend(c, model, x + 58, y)
    y += 14
    charts.actogram(c, model, QRectF(x, y, w, acto_h))
    y += acto_h + 8
    y += part.heading(c, "Events per night", x, y, w, "y axis from zero")
    charts.legend(c, model, x + 58, y, trend=True)
    y += 14
    charts.counts_chart(c, model, QRectF(x, y, w, counts_h))


def _plan_rest(c: Canvas, model: ReportModel, flow: _Flow) -> None:
    x, w = MARGIN_X, c.width - 2 * MARGIN_X
    cols = part.night_columns(model, w)
    table_note = "newest first; counts are the patient's own taps"

    def table_top(title: str) -> Paint:
        def paint(c: Canvas, y: float) -> None:
            part.heading(c, title, x, y, w, table_note)
            part.header_row(c, x, y + 16, cols, 22)

        return paint

    top_h = 16 + 24
    if not flow.fits(top_h + 3 * part.NIGHT_ROW_H):
        flow.new_page()
    flow.add(top_h, table_top("Night by night"))
    for i, night in enumerate(reversed(model.nights)):
        row_h = part.night_row_height(c, model, night, cols)
        if not flow.fits(row_h):
            flow.new_page()
            flow.add(top_h, table_top("Night by night (continued)"))
        flow.add(row_h, functools.partial(_night_row, model, night, cols, i % 2 == 1, row_h))
    flow.add(10, lambda c, y: None)

    if model.comparisons:
        if not flow.fits(22 + part.comparison_height(model.comparisons[0])):
            flow.new_page()
        note = "median taps per night; nights were not randomised, so read it as a hint"
        flow.add(22, lambda c, y: part.heading(c, "With and without medication", x, y + 4, w, note))
        for comp in model.comparisons:
            flow.add(part.comparison_height(comp), functools.partial(_comparison, comp, x, w))

    methods_h = c.wrapped_height(METHODS_DETAIL, part.BODY, w)
    # A shorter histogram beats a page holding only the methods: doctors want two pages.
    room = flow.bottom - flow.y - (20 + 24 + methods_h)
    hist_h = HIST_H if room >= HIST_H or room < MIN_HIST_H else room
    flow.add(20 + hist_h, lambda c, y: _histogram(c, model, x, y, w, hist_h))
    flow.add(24 + methods_h, lambda c, y: _methods(c, x, y, w, methods_h))


def _night_row(model: ReportModel, night: NightLine, cols: list[part.Column], shade: bool,
               h: float, c: Canvas, y: float) -> None:  # fmt: skip
    part.night_row(c, model, night, MARGIN_X, y, cols, shade, h)


def _comparison(comp: Comparison, x: float, w: float, c: Canvas, y: float) -> None:
    part.comparison(c, comp, x, y, w)


def _histogram(c: Canvas, model: ReportModel, x: float, y: float, w: float, h: float) -> None:
    n = len(model.intervals_s)
    part.heading(c, "Intervals between leg taps", x, y + 4, w,
                 f"{n} intervals between successive leg taps")  # fmt: skip
    charts.histogram(c, model, QRectF(x, y + 22, w, h - 4))


def _methods(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    part.heading(c, "Methods", x, y + 6, w)
    c.text(QRectF(x, y + 22, w, h + 2), METHODS_DETAIL, part.BODY, wrap=True, colour=DARK)
