"""The summary's text parts: header, key figures, runs, night table, comparison, footer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt

from hypnic.domain.kinds import Kind
from hypnic.report.canvas import (
    ALIGN_CENTRE,
    ALIGN_LEFT,
    ALIGN_RIGHT,
    DARK,
    FAINT,
    LIGHT,
    MID,
    Canvas,
)
from hypnic.report.model import Comparison, NightLine, ReportModel, at_a_glance, fmt_summary

BODY = 9.0
SMALL = 7.5
ROW_H = 13.0
NIGHT_ROW_H = 12.0


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width: float
    align: Qt.AlignmentFlag = ALIGN_RIGHT
    kind: Kind | None = None


def fit(columns: Sequence[Column], width: float, *, stretch: int = -1) -> list[Column]:
    """Columns widened or narrowed to ``width``: the ``stretch`` column takes the difference."""
    cols = list(columns)
    extra = width - sum(col.width for col in cols)
    last = cols[stretch]
    cols[stretch] = Column(last.title, max(last.width + extra, 30.0), last.align, last.kind)
    return cols


def header_row(c: Canvas, x: float, y: float, cols: Sequence[Column], h: float) -> None:
    """Bold column titles (wrapped to two lines); a kind's column has its marker above it."""
    start = x
    for col in cols:
        rect = QRectF(x + 2, y, col.width - 4, h)
        if col.kind is not None:
            c.marker(col.kind.shape, x + col.width / 2, y + 5, 6.5, col.kind.colour)
            rect = QRectF(x + 1, y + h / 2, col.width - 2, h / 2)
            c.text(rect, c.elide(col.title, SMALL, col.width - 2), SMALL, bold=True,
                   align=ALIGN_CENTRE)  # fmt: skip
        else:
            c.text(rect, col.title, SMALL, bold=True, align=col.align, wrap=True)
        x += col.width
    c.line(start, y + h, x, y + h, width=0.8)


def body_row(c: Canvas, x: float, y: float, cols: Sequence[Column], cells: Sequence[str],
             h: float, *, size: float = SMALL, bold: bool = False) -> None:  # fmt: skip
    start = x
    for col, cell in zip(cols, cells, strict=True):
        rect = QRectF(x + 2, y, col.width - 4, min(h, NIGHT_ROW_H) if size == SMALL else h)
        if h > NIGHT_ROW_H and col.title in WRAPPING:
            # Several lines: top-aligned, wrapped, the rest clipped by the row.
            top = QRectF(x + 2, y + 1.5, col.width - 4, h - 2)
            c.painter.save()
            c.painter.setClipRect(QRectF(x, y, col.width, h))
            c.text(top, cell, size, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                   wrap=True)  # fmt: skip
            c.painter.restore()
        else:
            c.text(rect, c.elide(cell, size, col.width - 4), size, bold=bold, align=col.align)
        x += col.width
    c.line(start, y + h, x, y + h, colour=LIGHT, width=0.3)


def header(c: Canvas, model: ReportModel, x: float, y: float, w: float) -> float:
    """Title, patient, period and medications; returns the height used."""
    c.text(QRectF(x, y, w, 24), model.title, 18, bold=True)
    if model.patient:
        who = model.patient + (f"  (born {model.date_of_birth})" if model.date_of_birth else "")
        c.text(QRectF(x, y, w, 24), who, 13, bold=True, align=ALIGN_RIGHT)
    y0 = y
    y += 26
    period = model.period
    line = (f"Nights {period.first:%a %d %b %Y} to {period.last:%a %d %b %Y}:  "
            f"{model.logged_of_period()}")  # fmt: skip
    c.text(QRectF(x, y, w, 14), line, 10.5, bold=True)
    y += 16
    glance = at_a_glance(model)
    if glance:
        y += _wrapped(c, glance, x, y, w, 10)
    if model.medications:
        meds = "; ".join(
            f"{m.name} {m.usual_dose}".strip() + (" at bedtime" if m.bedtime else "")
            for m in model.medications
        )
        y += _wrapped(c, f"Current medications: {meds}", x, y, w, BODY)
    if model.partner_total:
        nights = model.partner_nights
        text = (f"A bed partner also logged {model.partner_total} events on {nights} "
                f"night{'s' if nights != 1 else ''}; they are not in the figures.")  # fmt: skip
        y += _wrapped(c, text, x, y, w, BODY, colour=DARK)
    return y - y0 + 4


def _wrapped(c: Canvas, text: str, x: float, y: float, w: float, size: float,
             **kw: object) -> float:  # fmt: skip
    h = c.wrapped_height(text, size, w)
    c.text(QRectF(x, y, w, h), text, size, wrap=True, **kw)  # type: ignore[arg-type]
    return h + 2


def heading(c: Canvas, text: str, x: float, y: float, w: float, note: str = "") -> float:
    c.text(QRectF(x, y, w, 14), text, 11, bold=True)
    if note:
        indent = c.text_width(text, 11, bold=True) + 8
        c.text(QRectF(x + indent, y + 1, w - indent, 14), note, SMALL, colour=DARK)
    return 16.0


def key_figures(c: Canvas, model: ReportModel, x: float, y: float, w: float) -> float:
    cols = fit([
        Column("Kind", 90, ALIGN_LEFT), Column("Total", 40),
        Column("Nights with any", 72), Column("Per night\nmedian (IQR)", 85),
        Column("Per hour of wind-down\nmedian (IQR)", 115),
        Column("Minutes lights-out to first\nmedian (IQR)", 125),
    ], w, stretch=0)  # fmt: skip
    header_row(c, x, y, cols, 22)
    y0, y = y, y + 24
    logged = model.logged_nights
    rows = [*model.figures, *([model.all_kinds] if model.all_kinds else [])]
    for fig in rows:
        is_all = fig.kind is None
        cells = [
            fig.label, str(fig.total), f"{fig.nights_with_any} of {logged}",
            fmt_summary(fig.per_night, 0), fmt_summary(fig.per_hour, 1),
            fmt_summary(fig.latency_min, 0),
        ]  # fmt: skip
        if fig.kind is not None:
            c.marker(fig.kind.shape, x + 6, y + ROW_H / 2, 6.5, fig.kind.colour)
            cells[0] = "     " + cells[0]
        body_row(c, x, y, cols, cells, ROW_H, size=8.5, bold=is_all)
        y += ROW_H
    return y - y0 + 4


def runs_table(c: Canvas, model: ReportModel, x: float, y: float, w: float) -> float:
    cols = fit([
        Column("Interval rule", 90, ALIGN_LEFT), Column("Nights with a run", 85),
        Column("Runs in total", 60), Column("Longest run (taps)", 75),
        Column("Share of leg taps in runs, median (IQR)", 170),
    ], w, stretch=0)  # fmt: skip
    header_row(c, x, y, cols, 22)
    y0, y = y, y + 24
    for rule in model.runs:
        cells = [
            rule.label, f"{rule.nights_with_run} of {model.logged_nights}", str(rule.runs_total),
            str(rule.longest_run) if rule.runs_total else "–",
            fmt_summary(rule.in_runs_share, 0, percent=True),
        ]  # fmt: skip
        body_row(c, x, y, cols, cells, ROW_H, size=8.5)
        y += ROW_H
    return y - y0 + 4


# Columns whose text wraps onto more lines instead of being cut (up to WRAP_LINES).
WRAPPING = ("Doses", "Tags", "Note")
WRAP_LINES = 3
LINE_H = 9.5


def night_columns(model: ReportModel, w: float) -> list[Column]:
    cols = [Column("Night", 50 if _one_year(model) else 72, ALIGN_LEFT), Column("Lights out", 32)]
    cols += [Column(_short(k.label), 38, ALIGN_CENTRE, kind=k) for k in model.kinds]
    if model.partner_total:
        cols.append(Column("Partner", 34))
    cols.append(Column("Longest run", 36))
    if model.has_doses:
        cols.append(Column("Doses", 104, ALIGN_LEFT))
    if model.has_quality:
        cols.append(Column("Sleep quality", 36))
    if model.has_tags:
        cols.append(Column("Tags", 60, ALIGN_LEFT))
    cols.append(Column("Note", 50, ALIGN_LEFT))
    return fit(cols, w)


def _lines(c: Canvas, text: str, width: float) -> int:
    if not text or c.text_width(text, SMALL) <= width:
        return 1
    return min(
        WRAP_LINES,
        round(c.wrapped_height(text, SMALL, width) / c.wrapped_height("X", SMALL, width)),
    )


def night_row_height(
    c: Canvas, model: ReportModel, night: NightLine, cols: Sequence[Column]
) -> float:
    """One line, or more when a note, the doses or the tags need them (up to 3)."""
    if not night.logged:
        return NIGHT_ROW_H
    cells = night_cells(model, night)
    lines = max(
        _lines(c, cell, col.width - 4)
        for col, cell in zip(cols, cells, strict=True)
        if col.title in WRAPPING
    )
    return NIGHT_ROW_H + (lines - 1) * LINE_H


def _one_year(model: ReportModel) -> bool:
    return model.period.first.year == model.period.last.year


def night_label(model: ReportModel, night: NightLine) -> str:
    """Like "Tue 24 Nov", with the year when the period spans two."""
    return f"{night.night:%a %d %b}" if _one_year(model) else f"{night.night:%a %Y-%m-%d}"


def night_cells(model: ReportModel, night: NightLine) -> list[str]:
    if not night.logged:
        return [night_label(model, night), "not logged"]
    cells = [night_label(model, night), night.lights_out or "–"]
    cells += [str(n) for n in night.counts]
    if model.partner_total:
        cells.append(str(night.partner_total) if night.partner_total else "")
    cells.append(str(night.longest_run) if night.longest_run else "–")
    if model.has_doses:
        cells.append(", ".join(d.text() for d in night.extras.doses))
    if model.has_quality:
        cells.append("" if night.extras.quality is None else f"{night.extras.quality}/5")
    if model.has_tags:
        cells.append(", ".join(night.extras.tags))
    cells.append(" ".join(night.note.split()))
    return cells


def night_row(c: Canvas, model: ReportModel, night: NightLine, x: float, y: float,
              cols: Sequence[Column], shade: bool, h: float = NIGHT_ROW_H) -> None:  # fmt: skip
    if shade:
        c.rect(QRectF(x, y, sum(col.width for col in cols), h), fill=FAINT)
    cells = night_cells(model, night)
    if not night.logged:
        c.text(QRectF(x + 2, y, cols[0].width, NIGHT_ROW_H), cells[0], SMALL, colour=MID)
        c.text(QRectF(x + cols[0].width + 2, y, 200, NIGHT_ROW_H), "not logged", SMALL,
               colour=MID)  # fmt: skip
        c.line(x, y + NIGHT_ROW_H, x + sum(col.width for col in cols), y + NIGHT_ROW_H,
               colour=LIGHT, width=0.3)  # fmt: skip
        return
    body_row(c, x, y, cols, cells, h)


def comparison(c: Canvas, comp: Comparison, x: float, y: float, w: float) -> float:
    if not comp.rows:
        text = (
            f"{comp.medication}: {comp.nights_with} nights with a dose, {comp.nights_without} "
            "without; too few to compare (3 or more on each side are needed)."
        )
        c.text(QRectF(x, y, w, ROW_H), text, BODY)
        return ROW_H + 6
    cols = fit([
        Column("Kind", 120, ALIGN_LEFT),
        Column(f"With {comp.medication}\nmedian per night ({comp.nights_with} nights)", 190),
        Column(f"Without\nmedian per night ({comp.nights_without} nights)", 190),
    ], w, stretch=0)  # fmt: skip
    header_row(c, x, y, cols, 22)
    y0, y = y, y + 24
    for row in comp.rows:
        cells = [row.label, f"{row.with_dose:g}", f"{row.without_dose:g}"]
        if row.kind is not None:
            c.marker(row.kind.shape, x + 6, y + ROW_H / 2, 6.5, row.kind.colour)
            cells[0] = "     " + cells[0]
        body_row(c, x, y, cols, cells, ROW_H, size=8.5, bold=row.kind is None)
        y += ROW_H
    return y - y0 + 6


def comparison_height(comp: Comparison) -> float:
    return 24 + ROW_H * len(comp.rows) + 6 if comp.rows else ROW_H + 6


def footer(c: Canvas, model: ReportModel, page: int, pages: int, x: float, w: float) -> None:
    y = c.height - 40
    c.line(x, y, x + w, y, colour=MID, width=0.4)
    c.text(QRectF(x, y + 2, w, 18), model.methods, 7, wrap=True, colour=DARK)
    who = f" · {model.patient}" if model.patient else ""
    left = f"{model.title}{who} · {model.period.first} to {model.period.last} · generated " \
           f"{model.generated:%Y-%m-%d}"  # fmt: skip
    c.text(QRectF(x, y + 20, w, 10), left, 7)
    c.text(QRectF(x, y + 20, w, 10), f"Page {page} of {pages}", 7.5, bold=True,
           align=ALIGN_RIGHT)  # fmt: skip


def _short(label: str) -> str:
    return label if len(label) <= 10 else label.split()[0]
