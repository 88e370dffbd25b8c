"""A thin drawing helper in typographic points over any paged device (PDF writer or printer)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
)

from hypnic.markers import marker_path

BLACK = QColor("#000000")
DARK = QColor("#404040")
MID = QColor("#8c8c8c")
LIGHT = QColor("#d0d0d0")
FAINT = QColor("#ececec")

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTRE = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter


class Canvas:
    """Draws in points (1/72 in) whatever the device's resolution.

    The painter is scaled so one unit is one point; a font's point size is divided by the
    same factor, because Qt sizes fonts from the device's DPI before the painter's scale.
    """

    def __init__(self, painter: QPainter, family: str) -> None:
        self.painter = painter
        self.family = family
        device = painter.device()
        self.scale = device.logicalDpiY() / 72.0
        self.width = device.width() / self.scale
        self.height = device.height() / self.scale
        painter.scale(self.scale, self.scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._fonts: dict[tuple[float, bool], QFont] = {}

    def font(self, size: float, *, bold: bool = False) -> QFont:
        # No italic: the shipped family has none, and a synthesised one would not embed ours.
        key = (size, bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(self.family)
            font.setPointSizeF(size / self.scale)
            font.setBold(bold)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._fonts[key] = font
        return font

    def text_width(self, text: str, size: float, *, bold: bool = False) -> float:
        metrics = QFontMetricsF(self.font(size, bold=bold), self.painter.device())
        return metrics.horizontalAdvance(text)

    def elide(self, text: str, size: float, width: float) -> str:
        metrics = QFontMetricsF(self.font(size), self.painter.device())
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0.0))

    def text(
        self,
        rect: QRectF,
        text: str,
        size: float = 9,
        *,
        bold: bool = False,
        align: Qt.AlignmentFlag = ALIGN_LEFT,
        colour: QColor = BLACK,
        wrap: bool = False,
    ) -> None:
        self.painter.setFont(self.font(size, bold=bold))
        self.painter.setPen(QPen(colour))
        flags = int(align) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
        self.painter.drawText(rect, flags, text)

    def wrapped_height(self, text: str, size: float, width: float) -> float:
        self.painter.setFont(self.font(size))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap
        )
        return self.painter.boundingRect(QRectF(0, 0, width, 10_000), flags, text).height()

    def line(self, x1: float, y1: float, x2: float, y2: float, *, colour: QColor = BLACK,
             width: float = 0.5, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> None:  # fmt: skip
        pen = QPen(colour, width)
        pen.setStyle(style)
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def rect(self, rect: QRectF, *, fill: QBrush | QColor | None = None,
             outline: QColor | None = None, width: float = 0.5) -> None:  # fmt: skip
        self.painter.setPen(QPen(outline, width) if outline is not None else Qt.PenStyle.NoPen)
        self.painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        self.painter.drawRect(rect)

    def marker(self, shape: str, x: float, y: float, size: float, colour: str,
               *, outline: float = 0.4) -> None:  # fmt: skip
        """The kind's marker shape, filled with its colour and outlined in black for grey print."""
        self.painter.setPen(QPen(BLACK, outline))
        self.painter.setBrush(QColor(colour))
        self.painter.drawPath(marker_path(shape, QPointF(x, y), size))
