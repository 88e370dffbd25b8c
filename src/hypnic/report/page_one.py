"""The clinic page's text parts (DESIGN section 8): header, paragraph, key figures, patterns.

Each part draws at ``y`` and returns the height it took (run inside ``Canvas.measuring()``
it only measures).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

from hypnic.domain.analysis import PATTERNS
from hypnic.report.canvas import ALIGN_LEFT, ALIGN_RIGHT, DARK, MID, Canvas
from hypnic.report.layout import (
    BODY,
    ROW_H,
    SMALL,
    Column,
    body_row,
    fit,
    header_height,
    header_row,
    heading,
    lines_needed,
    paragraph,
)
from hypnic.report.model import KindFigures, ReportModel
from hypnic.report.words import Summary

_BLANK = "_" * 26
PATTERN_SIZE = 7.8


def header(c: Canvas, model: ReportModel, w: Summary, x: float, y: float, width: float) -> float:
    """Title; patient and date of birth (or lines to write them on); period, nights logged,
    medications, a partner's taps and the plain-language paragraph."""
    y0 = y
    c.text(QRectF(x, y, width, 22), w.title(), 17, bold=True)
    right = 230.0
    for row, (label, value) in enumerate((
        (w.patient(), model.patient or _BLANK),
        (w.born(), w.full_date(model.date_of_birth) if model.date_of_birth else _BLANK),
    )):  # fmt: skip
        top = y + row * 11.5
        c.text(QRectF(x + width - right, top, 70, 11), label, BODY, colour=DARK)
        c.text(QRectF(x + width - right + 70, top, right - 70, 11),
               c.elide(value, BODY + 0.5, right - 70, bold=True), BODY + 0.5, bold=True,
               align=ALIGN_LEFT)  # fmt: skip
    y += 26
    period = model.period
    line = f"{w.period_line(period.first, period.last)} · " + w.logged_line(
        model.logged_nights, period.nights, model.quiet_nights
    )
    y += paragraph(c, line, x, y, width, 9.5, bold=True) + 2
    meds = w.medications_line(model.medications) if model.medications else w.no_medications()
    y += paragraph(c, meds, x, y, width, BODY) + 1
    if model.partner_total:
        y += paragraph(c, w.partner_line(model.partner_total, model.partner_nights), x, y,
                       width, BODY, colour=DARK) + 1  # fmt: skip
    y += 3
    y += paragraph(c, w.paragraph(model), x, y, width, 9.0) + 4
    return y - y0


def key_figures(c: Canvas, model: ReportModel, w: Summary, x: float, y: float,
                width: float) -> float:  # fmt: skip
    """A row per kind and one for all kinds, then the one-line definition of wind-down."""
    y0 = y
    y += heading(c, w.key_figures(), x, y, width, w.key_figures_note())
    titles = w.key_columns()
    cols = fit([
        Column(titles[0], 120, ALIGN_LEFT), Column(titles[1], 38), Column(titles[2], 58),
        Column(titles[3], 80), Column(titles[4], 96), Column(titles[5], 104),
    ], width, stretch=0)  # fmt: skip
    h = header_height(c, cols)
    header_row(c, x, y, cols, h)
    y += h
    logged = model.logged_nights
    rows = [*model.figures, *([model.all_kinds] if model.all_kinds else [])]
    for fig in rows:
        cells = [_kind_cell(fig, w), w.integer(fig.total), w.of(fig.nights_with_any, logged),
                 w.spread(fig.per_night, "count"), w.spread(fig.per_hour, "rate"),
                 w.spread(fig.latency_min, "minutes")]  # fmt: skip
        if fig.kind is not None:
            c.marker(fig.kind.shape, x + 5, y + ROW_H / 2, 6.0, fig.kind.colour)
            cells[0] = "    " + cells[0]
        body_row(c, x, y, cols, cells, size=7.8, bold=fig.kind is None)
        y += ROW_H
    y += 2
    y += paragraph(c, w.winddown_definition(), x, y, width, SMALL, colour=DARK) + 4
    return y - y0


def _kind_cell(fig: KindFigures, w: Summary) -> str:
    return w.all_kinds() if fig.kind is None else w.kind_with_group(fig.kind)


def patterns(c: Canvas, model: ReportModel, w: Summary, x: float, y: float,
             width: float) -> float:  # fmt: skip
    """Each pattern of DESIGN section 6 as a count of nights, with the runs behind it."""
    y0 = y
    y += heading(c, w.patterns(), x, y, width, w.patterns_note())
    titles = w.pattern_columns()
    names = [w.pattern_name(key) for key in (*PATTERNS, "partner_runs")]
    first = min(max(c.text_width(n, PATTERN_SIZE) for n in names) + 6, width * 0.6)
    cols = fit([Column(titles[0], first, ALIGN_LEFT), Column(titles[1], 44),
                Column(titles[2], 100, ALIGN_LEFT, wraps=True)], width, stretch=2)  # fmt: skip
    h = header_height(c, cols)
    header_row(c, x, y, cols, h)
    y += h
    p = model.patterns
    logged = model.logged_nights
    details = {
        "isolated_jerks": "" if p.has_jerk_kind else w.no_kind_of_group("jerk"),
        "jerk_series": (w.series_detail(p.jerk_series.total, p.jerk_series.longest)
                        if p.has_jerk_kind else w.no_kind_of_group("jerk")),
        "periodic_leg_movements": (
            "; ".join([w.runs_detail(p.leg_runs.total, p.leg_runs.longest),
                       w.wasm_detail(p.wasm_runs.total)])
            if p.has_leg_kind else w.no_kind_of_group("leg")
        ),
        "evening_sensations": "" if p.has_sensation_kind else w.no_kind_of_group("sensation"),
        "after_winddown": w.taps_detail(p.after_winddown_taps),
    }  # fmt: skip
    rows = [(w.pattern_name(key), w.of(p.nights.get(key, 0), logged), details[key],
             bool(p.nights.get(key, 0))) for key in PATTERNS]  # fmt: skip
    if model.partner_total and p.partner_runs.total:
        rows.append(
            (
                w.pattern_name("partner_runs"),
                w.of(p.partner_runs.nights_with, logged),
                w.runs_detail(p.partner_runs.total, p.partner_runs.longest),
                True,
            )
        )
    for name, nights, detail, seen in rows:
        lines = lines_needed(c, detail, cols[2].width - 3, PATTERN_SIZE)
        h = ROW_H + (lines - 1) * PATTERN_SIZE * 1.2
        body_row(c, x, y, cols, [name, nights, detail], h, size=PATTERN_SIZE,
                 colour=None if seen else MID)  # fmt: skip
        y += h
    return y - y0 + 4


__all__ = ["ALIGN_RIGHT", "header", "key_figures", "patterns"]
