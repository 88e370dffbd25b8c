"""Translucent rectangles behind chart markers (periodic runs, jerk series)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen

# A run of a few seconds is still a band a person can see.
MIN_BAND_PX = 6.0


class Bands(pg.GraphicsObject):  # type: ignore[misc]  # pyqtgraph ships no types
    """Translucent rectangles behind the markers (periodic runs), never thinner than 6 px."""

    def __init__(self) -> None:
        super().__init__()
        self._rects: list[QRectF] = []
        self._brush = QBrush()
        self._pen = QPen(Qt.PenStyle.NoPen)

    def setData(self, rects: list[QRectF]) -> None:
        self.prepareGeometryChange()
        self._rects = rects
        self.update()

    def rects(self) -> list[QRectF]:
        return list(self._rects)

    def set_style(self, brush: QBrush, pen: QPen) -> None:
        self._brush, self._pen = brush, pen
        self.update()

    def boundingRect(self) -> QRectF:
        bounds = QRectF()
        for rect in self._rects:
            bounds = bounds.united(rect)
        return bounds.adjusted(-1, 0, 1, 0) if not bounds.isNull() else bounds

    def paint(self, painter: QPainter, *args: object) -> None:
        px = self.pixelWidth() or 0.0
        painter.setBrush(self._brush)
        painter.setPen(self._pen)
        for rect in self._rects:
            grow = max(0.0, (MIN_BAND_PX * px - rect.width()) / 2)
            painter.drawRect(rect.adjusted(-grow, 0, grow, 0))
