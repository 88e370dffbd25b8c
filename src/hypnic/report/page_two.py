"""The summary's second page after the table: comparisons, morning diary, rest tests, the
evening symptoms' onset, the interval histogram and the methods.

Each part draws at ``y`` and returns the height it took (run inside ``Canvas.measuring()``
it only measures).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

from hypnic.report import charts_print as charts
from hypnic.report.canvas import ALIGN_LEFT, ALIGN_RIGHT, DARK, FAINT, LIGHT, Canvas
from hypnic.report.layout import (
    ROW_H,
    SMALL,
    Column,
    body_row,
    fit,
    header_height,
    header_row,
    heading,
    paragraph,
)
from hypnic.report.model import ReportModel
from hypnic.report.words import Summary

SHOWN_TESTS = 2
# Comparisons with more kinds than this compare groups of kinds instead.
GROUPS_OVER = 5
GAP = 6.0


def comparisons(c: Canvas, model: ReportModel, w: Summary, x: float, y: float,
                width: float) -> float:  # fmt: skip
    """A row per comparison that has 3 or more nights on each side, each cell "with /
    without"; the others named in a line."""
    y0 = y
    y += heading(c, w.comparisons(), x, y, width, w.comparisons_note())
    shown = [comp for comp in model.comparisons if comp.comparable]
    if shown:
        # Many kinds: by group (leg, jerk, sensation, other), so every cell keeps its numbers.
        by_group = len(model.kinds) > GROUPS_OVER
        heads = ([Column(w.group_title(g), 0) for g in model.groups] if by_group
                 else [Column(w.kind_label(k), 0, kind=k) for k in model.kinds])  # fmt: skip
        each = max(30.0, min(48.0, (width - 214) / (len(heads) + 1)))
        cols = fit([Column(w.compared(), 170, ALIGN_LEFT), Column(w.column("nights"), 44)]
                   + [Column(h.title, each, kind=h.kind) for h in heads]
                   + [Column(w.all_kinds(), each)], width, stretch=0)  # fmt: skip
        h = header_height(c, cols)
        header_row(c, x, y, cols, h)
        y += h
        for i, comp in enumerate(shown):
            if i % 2:
                c.rect(QRectF(x, y, width, ROW_H), fill=FAINT)
            mine, other = comp.with_side, comp.without_side
            pairs: list[tuple[float, float]] = [(mine.nights, other.nights)]
            pairs += list(zip(mine.by_group, other.by_group, strict=True) if by_group
                          else zip(mine.medians, other.medians, strict=True))  # fmt: skip
            pairs += [(mine.all_kinds or 0.0, other.all_kinds or 0.0)]
            cells = [w.compared_label(comp), *(w.pair(w.count(a), w.count(b)) for a, b in pairs)]
            body_row(c, x, y, cols, cells, size=7.3)
            y += ROW_H
    rest = [w.too_few_item(comp) for comp in model.comparisons if not comp.comparable]
    if rest:
        y += 2 + paragraph(c, w.too_few(rest), x, y + 2, width, SMALL, colour=DARK)
    return y - y0 + GAP


def diary(c: Canvas, model: ReportModel, w: Summary, x: float, y: float, width: float) -> float:
    y0 = y
    found = model.diary
    y += heading(c, w.diary(), x, y, width, w.diary_note(found.nights) if found.nights else "")
    if not found.nights:
        return y - y0 + paragraph(c, w.no_diary(), x, y, width, SMALL, colour=DARK) + GAP
    names = w.diary_columns()
    values = (
        (names[0], w.spread(found.total_sleep_min, "duration")),
        (names[1], w.spread(found.efficiency, "share")),
        (names[2], w.spread(found.sol_min, "minutes")),
        (names[3], w.spread(found.waso_min, "minutes")),
        (names[4], w.spread(found.quality, "count")),
    )
    c.line(x, y, x + width, y, width=0.7)
    for name, value in values:
        c.text(QRectF(x + 1.5, y, width, ROW_H), name, 7.0)
        c.text(QRectF(x, y, width - 1.5, ROW_H), value, 7.3, bold=True, align=ALIGN_RIGHT)
        c.line(x, y + ROW_H, x + width, y + ROW_H, colour=LIGHT, width=0.3)
        y += ROW_H
    return y - y0 + GAP


def rest_tests(c: Canvas, model: ReportModel, w: Summary, x: float, y: float,
               width: float) -> float:  # fmt: skip
    """The latest rest tests and the median of all: taps per hour by kind, all taps, and leg
    movements beside the SIT's cut-off (not equivalent)."""
    y0 = y
    tests = model.rest_tests
    # A median of 3 under 2 rows: the note says the table lists the latest only.
    note = (w.rest_note_latest(SHOWN_TESTS, len(tests)) if len(tests) > SHOWN_TESTS
            else w.rest_note() if tests else "")  # fmt: skip
    y += heading(c, w.rest_tests(), x, y, width, note)
    if not tests:
        return y - y0 + paragraph(c, w.no_rest_tests(), x, y, width, SMALL, colour=DARK) + GAP
    used = [i for i, k in enumerate(model.kinds) if any(t.per_hour_by_kind[i] for t in tests)]
    names = w.rest_columns()
    each = max(16.0, min(34.0, (width - 150) / max(len(used), 1)))
    cols = fit([Column(names[0], 50, ALIGN_LEFT), Column(names[1], 32)]
               + [Column(w.kind_label(model.kinds[i]), each, kind=model.kinds[i]) for i in used]
               + [Column(names[2], 36), Column(names[3], 46)], width, stretch=0)  # fmt: skip
    h = header_height(c, cols)
    header_row(c, x, y, cols, h)
    y += h
    rows = [(w.day(t.night), w.integer(round(t.minutes)), t.per_hour_by_kind, t.per_hour,
             t.leg_per_hour) for t in tests[-SHOWN_TESTS:][::-1]]  # fmt: skip
    if model.rest_medians is not None:
        m = model.rest_medians
        rows.append((w.median_of_tests(m.tests), "", m.per_hour_by_kind, m.per_hour,
                     m.leg_per_hour))  # fmt: skip
    for label, minutes, by_kind, every, legs in rows:
        cells = [label, minutes, *(w.number(by_kind[i], 1) for i in used), w.number(every, 1),
                 w.number(legs, 1)]  # fmt: skip
        body_row(c, x, y, cols, cells, size=7.3, bold=not minutes)
        y += ROW_H
    y += paragraph(c, w.sit_cutoff(), x, y + 1, width, SMALL, bold=True) + 1
    return y - y0 + GAP


def onset(c: Canvas, model: ReportModel, w: Summary, x: float, y: float, width: float,
          chart_h: float) -> float:  # fmt: skip
    """The median onset this period and the one before, in words and on a small chart."""
    y0 = y
    found = model.onset
    y += heading(c, w.onset(), x, y, width, w.onset_note() if found and found.any else "")
    if found is None or not found.any:
        return y - y0 + paragraph(c, w.onset_none(), x, y, width, SMALL, colour=DARK) + GAP
    said = []
    for spread, nights, sentence in (
        (found.this, found.this.n, w.onset_this),
        (found.earlier, found.earlier.n, w.onset_before),
    ):
        if spread.median is not None:
            said.append(sentence(w.spread(spread, "clock"), nights))
        elif nights:
            said.append(w.onset_too_few(nights))
    if found.this.median is not None and found.earlier.median is not None:
        said.append(w.onset_shift(round(found.earlier.median - found.this.median)))
    said.append(w.onset_question())
    y += paragraph(c, " ".join(said), x, y, width, 7.5) + 3
    charts.onset_chart(c, model, found, w, QRectF(x, y, width, chart_h))
    return y - y0 + chart_h + GAP


def histogram(c: Canvas, model: ReportModel, w: Summary, x: float, y: float, width: float,
              chart_h: float) -> float:  # fmt: skip
    y0 = y
    y += heading(c, w.intervals(), x, y, width, w.intervals_note(len(model.intervals_s)))
    charts.histogram(c, model, w, QRectF(x, y, width, chart_h))
    return y - y0 + chart_h + GAP


def methods(c: Canvas, w: Summary, x: float, y: float, width: float, size: float) -> float:
    """The methods in two columns, paragraphs kept whole, balanced by height."""
    y0 = y
    y += heading(c, w.methods(), x, y, width)
    gap = 14.0
    col_w = (width - gap) / 2
    texts = w.methods_text()
    heights = [c.wrapped_height(t, size, col_w) + 3 for t in texts]
    half = sum(heights) / 2
    left, split = 0.0, len(texts)
    for i, h in enumerate(heights):
        if left + h / 2 > half:
            split = i
            break
        left += h
    tops = [y, y]
    for i, text in enumerate(texts):
        side = 0 if i < split else 1
        tops[side] += paragraph(c, text, x + side * (col_w + gap), tops[side], col_w, size,
                                colour=DARK) + 3  # fmt: skip
    return max(tops) - y0
