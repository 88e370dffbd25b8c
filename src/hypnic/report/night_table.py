"""The night-by-night table (DESIGN section 8): a row a night, a run of unlogged nights as one
row, and in long periods a row a week or a month."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF

from hypnic.domain.kinds import KindGroup
from hypnic.report.canvas import ALIGN_CENTRE, ALIGN_LEFT, DARK, FAINT, LIGHT, MID, Canvas
from hypnic.report.layout import Column, body_row, fit, lines_needed
from hypnic.report.model import ReportModel, RowSpan, TableRow
from hypnic.report.words import Summary

KIND_MAX = 28.0
KIND_MIN = 15.0
NOTE_MIN = 50.0


@dataclass(frozen=True, slots=True)
class Look:
    """The table's row height, type size and the most lines a row's text may take."""

    row_h: float = 10.0
    size: float = 7.0
    most_lines: int = 3

    @property
    def line_h(self) -> float:
        return self.size * 1.17


def columns(c: Canvas, model: ReportModel, w: Summary, width: float,
            look: Look | None = None) -> list[Column]:  # fmt: skip
    """The table's columns for ``model``: doses and tags as wide as their longest text
    needs (within limits), kinds share what is left (15–34 pt each), the note the rest."""
    look = look or Look()
    span = _span(model)
    first = {RowSpan.NIGHT: "night", RowSpan.WEEK: "week", RowSpan.MONTH: "month"}[span]
    one_year = model.period.first.year == model.period.last.year
    cols = [Column(w.column(first), 52 if one_year and span == RowSpan.NIGHT else 64, ALIGN_LEFT)]
    if span != RowSpan.NIGHT:
        cols.append(Column(w.column("logged"), 34))
    cols.append(Column(w.column("lights_out"), 27))
    texts = [cells(model, w, row, cols_only=True) for row in model.rows
             if row.span != RowSpan.UNLOGGED]  # fmt: skip

    def needed(key: str, least: float, most: float) -> float:
        widest = max((c.text_width(t[key], look.size) for t in texts), default=0.0)
        return max(least, min(most, widest + 4))

    tail: list[Column] = []
    if model.partner_total:
        tail.append(Column(w.column("partner"), 30))
    groups = {k.group for k in model.kinds}
    if KindGroup.LEG in groups:
        tail.append(Column(w.column("leg_run"), 30))
    if KindGroup.JERK in groups:
        tail.append(Column(w.column("jerk_series"), 32))
    if model.has_quality:
        tail.append(Column(w.column("quality"), 30, ALIGN_CENTRE))
    wrapping = [("doses", 60.0, 110.0)] if model.has_doses else []
    wrapping += [("tags", 50.0, 100.0)] if model.has_tags else []
    # Kinds first (15–34 pt each), with the text columns at their least; then the text
    # columns grow towards what their longest text needs; the note takes what is left.
    fixed = sum(c.width for c in cols) + sum(c.width for c in tail)
    least = sum(lo for _, lo, _ in wrapping) + NOTE_MIN
    each = max(KIND_MIN, min(KIND_MAX, (width - fixed - least) / max(len(model.kinds), 1)))
    spare = width - fixed - each * len(model.kinds) - least
    wanted = {key: needed(key, lo, hi) - lo for key, lo, hi in wrapping}
    share = min(1.0, spare / sum(wanted.values())) if sum(wanted.values()) > 0 else 0.0
    cols += [Column(w.kind_label(k), each, ALIGN_CENTRE, kind=k) for k in model.kinds]
    cols += tail
    cols += [Column(w.column(key), lo + wanted[key] * max(share, 0.0), ALIGN_LEFT, wraps=True)
             for key, lo, _ in wrapping]  # fmt: skip
    cols.append(Column(w.column("note"), NOTE_MIN, ALIGN_LEFT, wraps=True))
    return fit(cols, width)


def _span(model: ReportModel) -> RowSpan:
    spans = {row.span for row in model.rows} - {RowSpan.UNLOGGED}
    return next(iter(spans), RowSpan.NIGHT)


def span_key(model: ReportModel) -> str:
    return _span(model).value


def cells(model: ReportModel, w: Summary, row: TableRow, *, cols_only: bool = False) -> Any:
    """A logged row's text, column by column (an unlogged run is drawn by ``draw_row``);
    with ``cols_only`` the doses', tags' and note's text by name, for sizing the columns."""
    span = row.span
    one_year = model.period.first.year == model.period.last.year
    doses = ", ".join([w.dose_text(d) for d in row.doses]
                      + [w.on_nights(name, n) for name, n in row.dose_nights])  # fmt: skip
    tags = ", ".join([w.tag_label(t) for t in row.tags]
                     + [w.on_nights(w.tag_label(t), n) for t, n in row.tag_nights])  # fmt: skip
    if cols_only:
        return {"doses": doses, "tags": tags}
    if span == RowSpan.NIGHT:
        out = [w.day(row.first) if one_year else w.day_with_year(row.first)]
    elif span == RowSpan.WEEK:
        out = [w.week(row.first, row.last), w.of(row.logged, row.nights)]
    else:
        out = [w.month(row.first), w.of(row.logged, row.nights)]
    out.append(NONE if row.lights_out_minute is None else w.clock(row.lights_out_minute))
    out += [w.count(n) if n is not None else NONE for n in row.counts]
    if model.partner_total:
        out.append(w.integer(row.partner_total) if row.partner_total else "")
    groups = {k.group for k in model.kinds}
    if KindGroup.LEG in groups:
        out.append(w.integer(row.longest_run) if row.longest_run else NONE)
    if KindGroup.JERK in groups:
        out.append(w.integer(row.longest_jerk_series) if row.longest_jerk_series else NONE)
    if model.has_quality:
        out.append("" if row.quality is None else w.count(row.quality))
    if model.has_doses:
        out.append(doses)
    if model.has_tags:
        out.append(tags)
    note = row.note if span == RowSpan.NIGHT else (w.notes(row.notes) if row.notes else "")
    if row.quiet and span == RowSpan.NIGHT:
        note = f"{w.quiet()} {note}".strip()
    out.append(note)
    return out


NONE = "–"


def row_height(c: Canvas, model: ReportModel, w: Summary, row: TableRow,
               cols: Sequence[Column], look: Look) -> float:  # fmt: skip
    """One line, or more (up to ``look.most_lines``) when doses, tags or a note need them."""
    if row.span == RowSpan.UNLOGGED or look.most_lines <= 1:
        return look.row_h
    lines = max(
        (lines_needed(c, cell, col.width - 3, look.size, look.most_lines)
         for col, cell in zip(cols, cells(model, w, row), strict=True) if col.wraps),
        default=1,
    )  # fmt: skip
    return look.row_h + (lines - 1) * look.line_h


def draw_row(c: Canvas, model: ReportModel, w: Summary, row: TableRow, x: float, y: float,
             cols: Sequence[Column], look: Look, shade: bool, h: float) -> None:  # fmt: skip
    width = sum(col.width for col in cols)
    if shade:
        c.rect(QRectF(x, y, width, h), fill=FAINT)
    if row.span == RowSpan.UNLOGGED:
        one_year = model.period.first.year == model.period.last.year
        if _span(model) == RowSpan.MONTH:
            label = w.month_span(row.first, row.last)
        else:
            label = w.span(row.first, row.last, year=not one_year)
        text = w.not_logged(label, row.nights)
        c.text(QRectF(x + 1.5, y, width - 3, look.row_h), c.elide(text, look.size, width - 3),
               look.size, colour=MID)  # fmt: skip
        c.line(x, y + h, x + width, y + h, colour=LIGHT, width=0.3)
        return
    body_row(c, x, y, cols, cells(model, w, row), h, size=look.size, line_h=look.row_h,
             colour=DARK if row.quiet and row.span == RowSpan.NIGHT else None)  # fmt: skip


__all__ = ["ALIGN_LEFT", "columns", "draw_row", "row_height", "span_key"]
