"""Drawing helpers the summary's parts share: headings, wrapped paragraphs and small tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF, Qt

from hypnic.domain.kinds import Kind
from hypnic.report.canvas import ALIGN_CENTRE, ALIGN_LEFT, ALIGN_RIGHT, DARK, LIGHT, Canvas

BODY = 8.5
SMALL = 7.0
HEADING = 10.5
ROW_H = 10.5
HEADING_H = 14.0
_TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its title (may hold a line break), width and alignment; a kind's
    column shows the kind's marker above its title."""

    title: str
    width: float
    align: Qt.AlignmentFlag = ALIGN_RIGHT
    kind: Kind | None = None
    wraps: bool = False  # its text may take more lines (doses, tags, notes)


def fit(columns: Sequence[Column], width: float, *, stretch: int = -1,
        least: float = 24.0) -> list[Column]:  # fmt: skip
    """Columns widened or narrowed to ``width``: the ``stretch`` column takes the difference."""
    cols = list(columns)
    extra = width - sum(col.width for col in cols)
    cols[stretch] = replace(cols[stretch], width=max(cols[stretch].width + extra, least))
    return cols


def heading(c: Canvas, text: str, x: float, y: float, w: float, note: str = "") -> float:
    """A section's title with a note beside it in small grey type; returns its height."""
    c.text(QRectF(x, y, w, 13), text, HEADING, bold=True)
    if note:
        indent = c.text_width(text, HEADING, bold=True) + 7
        c.text(QRectF(x + indent, y + 1.5, w - indent, 12), c.elide(note, SMALL, w - indent),
               SMALL, colour=DARK)  # fmt: skip
    return HEADING_H


def paragraph(c: Canvas, text: str, x: float, y: float, w: float, size: float = BODY,
              *, bold: bool = False, colour: object = None) -> float:  # fmt: skip
    """Wrapped text at ``y``; returns its height."""
    if not text:
        return 0.0
    h = c.wrapped_height(text, size, w, bold=bold)
    kw = {} if colour is None else {"colour": colour}
    c.text(QRectF(x, y, w, h + 1), text, size, bold=bold, wrap=True,
           align=_TOP_LEFT, **kw)  # type: ignore[arg-type]  # fmt: skip
    return h


# An upright title is cut to this length, so a long kind's name does not make the row tall.
UPRIGHT_MAX = 38.0
UPRIGHT_SIZE = 6.4


def _upright_title(c: Canvas, col: Column) -> str:
    return c.elide(col.title, UPRIGHT_SIZE, UPRIGHT_MAX, bold=True)


def upright(c: Canvas, cols: Sequence[Column], size: float = SMALL) -> bool:
    """Whether the kinds' titles stand upright: all of them, as soon as one does not fit its
    column lying down (a row of mixed titles reads badly)."""
    return any(
        col.kind is not None
        and max((c.text_width(word, size, bold=True) for word in col.title.split()), default=0)
        > col.width - 3
        for col in cols
    )


def header_height(c: Canvas, cols: Sequence[Column], size: float = SMALL) -> float:
    """The height of a header row: its tallest wrapped title, plus a kind's marker."""
    tallest = 0.0
    standing = upright(c, cols, size)
    for col in cols:
        if standing and col.kind is not None:
            h = c.text_width(_upright_title(c, col), UPRIGHT_SIZE, bold=True) + 2
        else:
            h = c.wrapped_height(col.title, size, col.width - 3, bold=True)
        tallest = max(tallest, h + (7.5 if col.kind is not None else 0))
    return tallest + 3


def header_row(c: Canvas, x: float, y: float, cols: Sequence[Column], h: float,
               size: float = SMALL) -> None:  # fmt: skip
    """Bold column titles set at the row's foot; a kind's column has its marker above it."""
    start = x
    standing = upright(c, cols, size)
    for col in cols:
        if standing and col.kind is not None:
            title = _upright_title(c, col)
            length = c.text_width(title, UPRIGHT_SIZE, bold=True) + 2
            if c.drawing:
                c.painter.save()
                c.painter.translate(x + col.width / 2, y + h - 2)
                c.painter.rotate(-90)
                c.text(QRectF(0, -5, length, 10), title, UPRIGHT_SIZE, bold=True)
                c.painter.restore()
            assert col.kind is not None
            c.marker(col.kind.shape, x + col.width / 2, y + h - length - 6, 6.0, col.kind.colour)
            x += col.width
            continue
        title_h = c.wrapped_height(col.title, size, col.width - 3, bold=True)
        rect = QRectF(x + 1.5, y + h - title_h - 2, col.width - 3, title_h + 1)
        align = col.align & ~Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignBottom
        if col.kind is not None:
            c.marker(col.kind.shape, x + col.width / 2, rect.top() - 4, 6.0, col.kind.colour)
            align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        c.text(rect, col.title, size, bold=True, align=align, wrap=True)
        x += col.width
    c.line(start, y + h, x, y + h, width=0.7)


def body_row(c: Canvas, x: float, y: float, cols: Sequence[Column], cells: Sequence[str],
             h: float = ROW_H, *, size: float = SMALL, bold: bool = False,
             colour: object = None, line_h: float = ROW_H) -> None:  # fmt: skip
    """One table row of lines ``line_h`` high: each cell elided to its column, or wrapped
    (top-aligned, clipped to the row) in a column that ``wraps`` when the row is taller."""
    start = x
    kw = {} if colour is None else {"colour": colour}
    for col, cell in zip(cols, cells, strict=True):
        if col.wraps and h > line_h + 0.5:
            with c.clipped(QRectF(x, y, col.width, h)):
                c.text(QRectF(x + 1.5, y + 1.2, col.width - 3, h - 1), cell, size, wrap=True,
                       align=_TOP_LEFT, **kw)  # type: ignore[arg-type]  # fmt: skip
        else:
            rect = QRectF(x + 1.5, y, col.width - 3, min(h, line_h))
            c.text(rect, c.elide(cell, size, col.width - 3, bold=bold), size, bold=bold,
                   align=col.align, **kw)  # type: ignore[arg-type]  # fmt: skip
        x += col.width
    c.line(start, y + h, x, y + h, colour=LIGHT, width=0.3)


def lines_needed(c: Canvas, text: str, width: float, size: float = SMALL,
                 most: int = 3) -> int:  # fmt: skip
    """How many lines ``text`` takes wrapped to ``width`` (at most ``most``)."""
    if not text or c.text_width(text, size) <= width:
        return 1
    one = c.wrapped_height("X", size, width)
    return max(1, min(most, round(c.wrapped_height(text, size, width) / one)))


__all__ = ["ALIGN_CENTRE", "ALIGN_LEFT", "ALIGN_RIGHT", "Column"]
