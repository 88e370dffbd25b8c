"""What stretch of the night the timeline shows: the whole night with room for its marks' labels,
zoomed and panned by mouse or keys (+ and -, the arrows, Home for the whole night)."""

from __future__ import annotations

from collections.abc import Iterable

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from hypnic.ui.charts.clock_axis import TimeMarks

# x always spans at least 20:00–02:00 (DESIGN section 7): hours since 18:00.
MIN_CLOCK_SPAN = (2.0, 8.0)
MIN_ALIGNED_SPAN = (-15.0, 60.0)
# One press of + shows this share of the span; an arrow moves the view by this share of half.
_ZOOM_STEP = 0.7
_PAN_STEP = 0.5


class NightTimelineRange(QObject):
    """The range of the timeline's view box: x from the night shown (clock hours, or minutes
    since lights-out when aligned), y from its lanes with the mark labels' rows above them."""

    def __init__(self, plot_widget: pg.PlotWidget, marks: TimeMarks, parent: QObject) -> None:
        super().__init__(parent)
        self._plot_widget = plot_widget
        self._marks = marks
        self._xs: list[float] | None = None  # the events' x; None until a night is shown
        self._aligned = False
        self._lanes = 0
        self._view = plot_widget.getPlotItem().getViewBox()
        self._view.setMouseEnabled(x=True, y=False)
        self._view.invertY(True)  # the first lane on top, the mark labels above it
        self._view.sigResized.connect(self.layout_marks)
        # Zoom and pan from the keyboard too: + and -, the arrows, Home for the whole night.
        plot_widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        plot_widget.installEventFilter(self)

    def reset(self, xs: Iterable[float], *, aligned: bool, lanes: int) -> None:
        """Show the whole night: every event in ``xs`` and every mark, at least 20:00–02:00
        (or 15 minutes before lights-out to an hour after)."""
        self._xs = [float(x) for x in xs]
        self._aligned = aligned
        self._lanes = lanes
        self._reset()

    def show_x(self, x: float) -> None:
        """Move the view, keeping its width, so that ``x`` is in it."""
        lo, hi = self._view.viewRange()[0]
        if not lo <= x <= hi:
            half = (hi - lo) / 2
            self._view.setXRange(x - half, x + half, padding=0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._plot_widget
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._xs is not None
            and self.zoom_or_pan(Qt.Key(event.key()))
        ):
            return True
        return super().eventFilter(watched, event)

    def zoom_or_pan(self, key: Qt.Key) -> bool:
        """+ and - zoom around the middle, Left and Right pan, Home (or 0) shows the whole
        night again; False for any other key."""
        (lo, hi), k = self._view.viewRange()[0], Qt.Key
        middle, half = (lo + hi) / 2, (hi - lo) / 2
        if key in (k.Key_Plus, k.Key_Equal):
            half *= _ZOOM_STEP
        elif key in (k.Key_Minus, k.Key_Underscore):
            half /= _ZOOM_STEP
        elif key in (k.Key_Left, k.Key_Right):
            middle += half * _PAN_STEP * (1 if key == k.Key_Right else -1)
        elif key in (k.Key_Home, k.Key_0):
            self._reset()
            return True
        else:
            return False
        self._view.setXRange(middle - half, middle + half, padding=0)
        return True

    def _reset(self) -> None:
        assert self._xs is not None
        xs = self._xs + [line.value() for line in self._marks.visible_lines()]
        lo, hi = MIN_ALIGNED_SPAN if self._aligned else MIN_CLOCK_SPAN
        margin = 5.0 if self._aligned else 0.25
        if xs:
            lo, hi = min(lo, min(xs) - margin), max(hi, max(xs) + margin)
        # A little room either side so the 20:00 and 02:00 ticks get their labels.
        lo, hi = lo - (hi - lo) * 0.02, hi + (hi - lo) * 0.02
        slack = (hi - lo) * 0.25
        self._view.setLimits(
            xMin=lo - slack,
            xMax=hi + slack,
            minXRange=1.0 if self._aligned else 1 / 60,
            maxXRange=hi - lo + 2 * slack,
        )
        self._view.setXRange(lo, hi, padding=0)
        self.layout_marks()

    def layout_marks(self) -> None:
        """Leave room above the top lane for the rows of mark labels."""
        lanes = max(self._lanes, 1)
        header_px = self._marks.layout_labels(self._view)
        per_lane = max(self._view.height() - header_px, 24.0) / lanes
        top = -0.5 - header_px / per_lane
        self._view.setLimits(yMin=top, yMax=lanes - 0.5)
        self._view.setYRange(top, lanes - 0.5, padding=0)
