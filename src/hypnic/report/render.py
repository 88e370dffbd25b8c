"""Lay the summary out on pages and paint it on a PDF writer or a printer (one code path).

Page 1 is the clinic page; page 2 onwards hold the table, the comparisons, the diary, the
rest tests, the onset, the histogram and the methods. Up to 31 nights take 2 pages and up to
92 take 3 (DESIGN section 8): when the comfortable layout would need more, the table's notes
take fewer lines, the charts less height and the methods smaller type, in that order.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

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
from hypnic.report import night_table as table
from hypnic.report import page_one, page_two
from hypnic.report.build_parts import WEEKLY_ROWS_MAX
from hypnic.report.canvas import DARK, MID, Canvas
from hypnic.report.first_page import charts_part
from hypnic.report.layout import (
    ALIGN_RIGHT,
    HEADING_H,
    Column,
    header_height,
    header_row,
    heading,
    paragraph,
)
from hypnic.report.model import ReportModel, TableRow
from hypnic.report.qtfix import guard_none_refcount
from hypnic.report.words import Summary
from hypnic.resources import resource_path

MARGIN_X = 36.0
TOP = 24.0
BOTTOM = 27.0  # the footer lives here
FONT_FILES = ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf")
_LETTER_TERRITORIES = (QLocale.Country.UnitedStates, QLocale.Country.Canada)

Paint = Callable[[Canvas, float], object]
Pages = list[list[tuple[float, Paint]]]


@dataclass(frozen=True, slots=True)
class Style:
    """How roomy page 2 is: lines a table row may take, the table's row height and type,
    the charts' height and the methods' type."""

    row_lines: int
    row_h: float
    table_size: float
    chart_h: float
    methods_size: float


STYLES = (
    Style(3, 10.0, 7.0, 90.0, 6.8),
    Style(2, 10.0, 7.0, 76.0, 6.6),
    Style(2, 9.6, 7.0, 64.0, 6.4),
    Style(1, 9.6, 7.0, 64.0, 6.4),
    Style(1, 8.8, 6.5, 50.0, 6.1),
)


def page_budget(model: ReportModel) -> int:
    """The most pages the period should take: 2 up to 31 nights, 3 up to 92 (DESIGN section
    8) and up to a year (its table condensed to weeks), 4 beyond (months)."""
    nights = model.period.nights
    return 2 if nights <= 31 else 3 if nights <= WEEKLY_ROWS_MAX else 4


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


def pdf_bytes(model: ReportModel, paper: str | None = None,
              words: Summary | None = None) -> tuple[bytes, int]:  # fmt: skip
    """The summary as a PDF document in memory and its page count (write it atomically)."""
    words = words or Summary()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, paper)
    writer.setTitle(f"{words.title()} {model.period.first} – {model.period.last}")
    writer.setCreator("Hypnic")
    pages = render_report(model, writer, words)
    del writer  # flushes the PDF trailer into the buffer
    buffer.close()
    return bytes(data.data()), pages


def count_pages(model: ReportModel, paper: str | None = None,
                words: Summary | None = None) -> int:  # fmt: skip
    """How many pages the summary takes on ``paper``: laid out as ``render_report`` lays it
    out, nothing drawn."""
    data = QByteArray()  # the buffer does not own it: keep it alive while writing
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, paper)
    painter = QPainter()
    if not painter.begin(writer):
        raise HypnicError("The summary could not be laid out.")
    try:
        return len(_layout(Canvas(painter, report_font_family()), model, words or Summary()))
    finally:
        painter.end()
        del writer
        buffer.close()


def _writer(buffer: QBuffer, paper: str | None) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(page_size(paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    return writer


def render_report(model: ReportModel, device: QPagedPaintDevice,
                  words: Summary | None = None) -> int:  # fmt: skip
    """Paint every page of the summary on ``device`` (full page, no margins); returns pages."""
    words = words or Summary()
    family = report_font_family()
    painter = QPainter()
    if not painter.begin(device):
        raise HypnicError("The summary could not be drawn on this printer or file.")
    try:
        canvas = Canvas(painter, family)
        pages = _layout(canvas, model, words)
        width = canvas.width - 2 * MARGIN_X
        for number, page in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            for y, paint in page:
                paint(canvas, y)
            _footer(canvas, model, words, number, len(pages), MARGIN_X, width)
    finally:
        painter.end()
    return len(pages)


def _layout(canvas: Canvas, model: ReportModel, words: Summary) -> Pages:
    """The roomiest style whose pages stay within the budget (the most compact otherwise)."""
    budget = page_budget(model)
    pages: Pages = []
    for style in STYLES:
        with canvas.measuring():
            pages = _plan(canvas, model, words, style)
        if len(pages) <= budget:
            break
    return pages


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


def _plan(c: Canvas, model: ReportModel, w: Summary, style: Style) -> Pages:
    flow = _Flow(TOP, c.height - BOTTOM)
    x, width = MARGIN_X, c.width - 2 * MARGIN_X
    flow.add(c.height, lambda c, y: _first_page(c, model, w, y))
    if model.empty:
        return flow.pages
    flow.new_page()
    _plan_table(c, model, w, style, flow)
    comparisons = page_two.comparisons(c, model, w, x, 0, width)
    flow.add(comparisons, lambda c, y: page_two.comparisons(c, model, w, x, y, width))
    half = (width - 16) / 2
    chart_h = style.chart_h
    parts: list[Callable[[Canvas, float, float], float]] = [
        lambda c, x, y: page_two.diary(c, model, w, x, y, half),
        lambda c, x, y: page_two.rest_tests(c, model, w, x, y, half),
        lambda c, x, y: page_two.onset(c, model, w, x, y, half, chart_h * 0.7),
        lambda c, x, y: page_two.histogram(c, model, w, x, y, half, chart_h),
    ]
    heights = [part(c, x, 0) for part in parts]
    left = _balanced(heights)
    columns = ([p for i, p in enumerate(parts) if i in left],
               [p for i, p in enumerate(parts) if i not in left])  # fmt: skip

    def two_columns(c: Canvas, y: float) -> None:
        for column, at in zip(columns, (x, x + half + 16), strict=True):
            top = y
            for part in column:
                top += part(c, at, top)

    flow.add(max(sum(heights[i] for i in left),
                 sum(h for i, h in enumerate(heights) if i not in left)), two_columns)  # fmt: skip
    methods = page_two.methods(c, w, x, 0, width, style.methods_size)
    flow.add(methods, lambda c, y: page_two.methods(c, w, x, y, width, style.methods_size))
    return flow.pages


def _balanced(heights: list[float]) -> set[int]:
    """The parts (by index) for the left column, keeping their order in each column, so the
    taller column is as short as it can be."""
    best: tuple[float, set[int]] = (float("inf"), set())
    for mask in range(1 << len(heights)):
        left = {i for i in range(len(heights)) if mask >> i & 1}
        tall = max(sum(heights[i] for i in left),
                   sum(h for i, h in enumerate(heights) if i not in left))  # fmt: skip
        if tall < best[0] - 0.01:
            best = (tall, left)
    return best[1]


def _plan_table(c: Canvas, model: ReportModel, w: Summary, style: Style, flow: _Flow) -> None:
    x, width = MARGIN_X, c.width - 2 * MARGIN_X
    look = table.Look(style.row_h, style.table_size, style.row_lines)
    cols = table.columns(c, model, w, width, look)
    span = table.span_key(model)
    top_h = HEADING_H + header_height(c, cols)

    def table_top(continued: bool) -> Paint:
        def paint(c: Canvas, y: float) -> None:
            heading(c, w.table_heading(span, continued), x, y, width, w.table_note(span))
            header_row(c, x, y + HEADING_H, cols, top_h - HEADING_H)

        return paint

    if not flow.fits(top_h + 3 * look.row_h):
        flow.new_page()
    flow.add(top_h, table_top(False))
    for i, row in enumerate(model.rows):
        h = table.row_height(c, model, w, row, cols, look)
        if not flow.fits(h):
            flow.new_page()
            flow.add(top_h, table_top(True))
        flow.add(h, functools.partial(_row, model, w, row, cols, look, i % 2 == 1, h))
    flow.add(5, lambda c, y: None)


def _row(model: ReportModel, w: Summary, row: TableRow, cols: list[Column], look: table.Look,
         shade: bool, h: float, c: Canvas, y: float) -> None:  # fmt: skip
    table.draw_row(c, model, w, row, MARGIN_X, y, cols, look, shade, h)


def _first_page(c: Canvas, model: ReportModel, w: Summary, y: float) -> None:
    x, width = MARGIN_X, c.width - 2 * MARGIN_X
    y += page_one.header(c, model, w, x, y, width)
    if model.empty:
        y += 20
        c.text(QRectF(x, y, width, 20), w.nothing_logged(), 15, bold=True)
        y += 24
        y += paragraph(c, w.nothing_logged_text(model.period.first, model.period.last),
                                x, y, width, 9.5) + 16  # fmt: skip
        page_two.methods(c, w, x, y, width, 7.0)
        return
    y += page_one.key_figures(c, model, w, x, y, width)
    y += page_one.patterns(c, model, w, x, y, width)
    charts_part(c, model, w, QRectF(x, y, width, c.height - BOTTOM - y))


def _footer(c: Canvas, model: ReportModel, w: Summary, page: int, pages: int, x: float,
            width: float) -> None:  # fmt: skip
    y = c.height - BOTTOM + 5
    c.line(x, y, x + width, y, colour=MID, width=0.4)
    c.text(QRectF(x, y + 1.5, width - 80, 10), w.not_a_diagnosis(), 7.2, bold=True)
    c.text(QRectF(x, y + 1.5, width, 10), w.page(page, pages), 7.2, bold=True, align=ALIGN_RIGHT)
    footer = w.footer(model.patient, model.period.first, model.period.last, model.generated)
    c.text(QRectF(x, y + 10.5, width, 9), c.elide(footer, 6.3, width), 6.3, colour=DARK)
