"""An x axis read as a bedside clock (hours since 18:00 of the night, or minutes since
lights-out), and labelled vertical marks at instants on it.

pyqtgraph's DateAxisItem formats in the machine's zone; a night is read on the wall clock it was
logged with, so positions come from each event's stored local time (DESIGN section 7).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from enum import Enum
from typing import Protocol

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPen
from PySide6.QtWidgets import QApplication

from hypnic.ui.charts.style import ChartPalette, colour_with_alpha
from hypnic.ui.common.locale_text import clock

NIGHT_ORIGIN_HOUR = 18
_MS_PER_HOUR = 3_600_000
_MS_PER_DAY = 86_400_000
_EPOCH = date(1970, 1, 1)
MINUS = "\u2212"

# Tick spacings a clock reader expects, in hours (clock mode) and minutes (lights-out mode).
_CLOCK_STEPS: tuple[float, ...] = (
    *(s / 3600 for s in (1, 2, 5, 10, 15, 30)),
    *(m / 60 for m in (1, 2, 5, 10, 15, 30)),
    *(1.0, 2.0, 3.0, 6.0, 12.0),
)
_MINUTE_STEPS: tuple[float, ...] = (
    *(s / 60 for s in (1, 2, 5, 10, 15, 30)),
    *(1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 180.0, 360.0, 720.0),
)
_MIN_MINOR_PX = 14.0


def _label_row_px() -> int:
    """One row of mark labels: a line of the application font (the text size sets it)."""
    return round(QFontMetricsF(QApplication.font()).height()) + 4


class HasLocalMs(Protocol):
    @property
    def local_ms(self) -> int: ...


class AxisMode(Enum):
    """What the x values mean."""

    CLOCK = "clock"  # hours since 18:00 local of the night's date
    MINUTES = "minutes"  # minutes since lights-out


def night_origin_local_ms(night: date) -> int:
    """Local-clock milliseconds of 18:00 on the night's date: x = 0."""
    return (night - _EPOCH).days * _MS_PER_DAY + NIGHT_ORIGIN_HOUR * _MS_PER_HOUR


def local_ms_to_x(local_ms: int, night: date) -> float:
    """Hours since 18:00 of ``night`` on the wall clock (00:40 next day -> 6.67)."""
    return (local_ms - night_origin_local_ms(night)) / _MS_PER_HOUR


def instant_x(instant: HasLocalMs, night: date) -> float:
    """x of an Event or Instant, from the offset stored with it (a DST night reads right)."""
    return local_ms_to_x(instant.local_ms, night)


def minutes_since(utc_ms: int, origin_utc_ms: int) -> float:
    """Elapsed minutes from ``origin_utc_ms`` (lights-out): real time, even across a DST change."""
    return (utc_ms - origin_utc_ms) / 60_000


def clock_text(x: float, *, seconds: bool = False) -> str:
    """The wall-clock time at x hours since 18:00: "20:00", "00:00", "02:30:15"."""
    return clock(round(x * 3600 + NIGHT_ORIGIN_HOUR * 3600), seconds=seconds)


def minutes_text(value: float) -> str:
    """A signed minute count with a true minus sign: "−10", "0", "+30", "+2.5"."""
    rounded = round(value, 2)
    if abs(rounded) < 1e-9:
        return "0"
    body = f"{abs(rounded):.2f}".rstrip("0").rstrip(".")
    return (MINUS if rounded < 0 else "+") + body


class ClockAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no types
    """A bottom axis labelling x as clock times or as minutes since lights-out.

    Only major ticks carry text; in minutes mode the right-most label says "min".
    """

    def __init__(self, orientation: str = "bottom", **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self._mode = AxisMode.CLOCK
        self._major = 1.0

    @property
    def mode(self) -> AxisMode:
        return self._mode

    def set_mode(self, mode: AxisMode) -> None:
        if mode is self._mode:
            return
        self._mode = mode
        self.picture = None
        self.update()

    def tickSpacing(self, min_val: float, max_val: float, size: float) -> list[tuple[float, float]]:
        span = abs(max_val - min_val)
        if span == 0 or size <= 0:
            return []
        px_per_unit = size / span
        steps = _CLOCK_STEPS if self._mode is AxisMode.CLOCK else _MINUTE_STEPS
        min_major_px = self._label_px(self.tr("%s min") % "+120" if self._mode is AxisMode.MINUTES
                                      else clock_text(5.75)) + 24.0  # fmt: skip
        if self.orientation in ("left", "right"):
            # Labels stacked one above the other need only a line each.
            font = self.style.get("tickFont") or QApplication.font()
            min_major_px = QFontMetricsF(font).height() * 1.6
        major = next((s for s in steps if s * px_per_unit >= min_major_px), None)
        if major is None:
            major = steps[-1] * math.ceil(min_major_px / (steps[-1] * px_per_unit))
        if self._mode is AxisMode.CLOCK and major < 1 / 60:
            # HH:MM:SS labels are wider: make room for them.
            wide = self._label_px(clock_text(5.75, seconds=True)) + 24.0
            major = next((s for s in steps if s * px_per_unit >= wide), major)
        self._major = major
        levels = [(major, 0.0)]
        minor = next(
            (
                s
                for s in steps
                if s < major
                and s * px_per_unit >= _MIN_MINOR_PX
                and abs(major / s - round(major / s)) < 1e-6
            ),
            None,
        )
        if minor is not None:
            levels.append((minor, 0.0))
        return levels

    def _label_px(self, text: str) -> float:
        """How wide a tick label is drawn (the application font, as the text size sets it)."""
        font = self.style.get("tickFont") or QApplication.font()
        return QFontMetricsF(font).horizontalAdvance(text)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if spacing < self._major * 0.999:
            return ["" for _ in values]
        if self._mode is AxisMode.CLOCK:
            with_seconds = spacing < 1 / 60 - 1e-9
            return [clock_text(v, seconds=with_seconds) for v in values]
        texts = [minutes_text(v) for v in values]
        if texts:
            texts[-1] = self.tr("%s min") % texts[-1]
        return texts


class TimeMarks:
    """Vertical marks for wind-down, lights-out and doses, their labels staggered in rows at
    the top of the plot so close marks never print over each other. Lines are reused."""

    def __init__(self, plot: pg.PlotItem, *, winddown_label: str, lights_out_label: str) -> None:
        self._plot = plot
        self._palette: ChartPalette | None = None
        self.winddown_line = self._new_line(winddown_label)
        self.lights_out_line = self._new_line(lights_out_label)
        self.dose_lines: list[pg.InfiniteLine] = []

    def set_marks(
        self,
        *,
        winddown: float | None,
        lights_out: float | None,
        doses: Sequence[tuple[float, str]],
    ) -> None:
        for line, x in ((self.winddown_line, winddown), (self.lights_out_line, lights_out)):
            line.setVisible(x is not None)
            if x is not None:
                line.setPos(x)
        while len(self.dose_lines) < len(doses):
            self.dose_lines.append(self._new_line(""))
        self._restyle()
        for i, line in enumerate(self.dose_lines):
            line.setVisible(i < len(doses))
            if i < len(doses):
                x, label = doses[i]
                line.setPos(x)
                line.label.setFormat(label.replace("{", "{{").replace("}", "}}"))

    def visible_lines(self) -> list[pg.InfiniteLine]:
        lines = [self.winddown_line, self.lights_out_line, *self.dose_lines]
        return [line for line in lines if line.isVisible()]

    def set_palette(self, palette: ChartPalette) -> None:
        self._palette = palette
        self._restyle()

    def layout_labels(self, view: pg.ViewBox) -> int:
        """Put each label in the first row where it fits; the pixel height the rows need."""
        height = view.height()
        (lo, hi), width = view.viewRange()[0], view.width()
        row_px = _label_row_px()
        rows: list[list[tuple[float, float]]] = []
        # Lights-out first, so it gets the top row; then wind-down, then doses.
        for line in sorted(self.visible_lines(), key=lambda ln: ln is not self.lights_out_line):
            text_w = line.label.textItem.boundingRect().width()
            x_px = (line.value() - lo) / (hi - lo) * width if hi > lo else 0.0
            flip = x_px + text_w + 4 > width  # near the right edge: text left of its line
            span = (x_px - text_w - 4, x_px) if flip else (x_px, x_px + text_w + 4)
            row = next((i for i, used in enumerate(rows) if _free(span, used)), len(rows))
            if row == len(rows):
                rows.append([])
            rows[row].append(span)
            line.label.anchors = [(1, 0), (1, 0)] if flip else [(0, 0), (0, 0)]
            if height > 0:
                line.label.setPosition((2 + row * row_px) / height)
        return len(rows) * row_px + 4 if rows else 6

    def _new_line(self, label: str) -> pg.InfiniteLine:
        line = pg.InfiniteLine(
            angle=90, movable=False, label=label, labelOpts={"anchors": [(0, 0), (0, 0)]}
        )
        line.setZValue(-5)
        line.setVisible(False)
        self._plot.addItem(line, ignoreBounds=True)
        return line

    def _restyle(self) -> None:
        palette = self._palette
        if palette is None:
            return
        styles = [
            (self.winddown_line, palette.mark, Qt.PenStyle.DashLine),
            (self.lights_out_line, palette.lights_out, Qt.PenStyle.SolidLine),
            *((line, palette.mark, Qt.PenStyle.DotLine) for line in self.dose_lines),
        ]
        for line, colour, style in styles:
            pen = QPen(QColor(colour), 1.5, style)
            pen.setCosmetic(True)
            line.setPen(pen)
            line.label.setColor(QColor(palette.text))
            line.label.fill = QBrush(colour_with_alpha(palette.background, 0.85))
            line.label.update()


def _free(span: tuple[float, float], used: list[tuple[float, float]]) -> bool:
    return all(span[1] < left or span[0] > right for left, right in used)
