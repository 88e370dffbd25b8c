"""A thin drawing helper in typographic points over any paged device (PDF writer or printer)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
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
_LIGATURES = QFont.Tag("liga")


class Canvas:
    """Draws in points (1/72 in) whatever the device's resolution.

    The painter is scaled so one unit is one point; a font's point size is divided by the
    same factor, because Qt sizes fonts from the device's DPI before the painter's scale.
    Inside ``measuring()`` nothing is drawn: the summary's parts run once to learn their
    height and again to draw, so the two can never disagree.
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
        self.drawing = True

    @contextmanager
    def measuring(self) -> Iterator[None]:
        """Run the parts without drawing them (to learn how tall they are)."""
        before, self.drawing = self.drawing, False
        try:
            yield
        finally:
            self.drawing = before

    @contextmanager
    def clipped(self, rect: QRectF) -> Iterator[None]:
        self.painter.save()
        self.painter.setClipRect(rect)
        try:
            yield
        finally:
            self.painter.restore()

    def font(self, size: float, *, bold: bool = False) -> QFont:
        """The family at ``size`` points for this device. Text is set in device units (see
        ``text``): a font scaled down to the painter's point units would be rounded to whole
        points, so 6.4 and 7.4 pt would both come out as whole sizes."""
        # No italic: the shipped family has none, and a synthesised one would not embed ours.
        key = (size, bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(self.family)
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            # No "ﬁ" ligatures: copied, searched or read aloud, the text stays plain letters.
            font.setFeature(_LIGATURES, 0)
            self._fonts[key] = font
        return font

    def _metrics(self, size: float, bold: bool) -> QFontMetricsF:
        return QFontMetricsF(self.font(size, bold=bold), self.painter.device())

    def text_width(self, text: str, size: float, *, bold: bool = False) -> float:
        metrics = self._metrics(size, bold)
        widest = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0.0)
        return widest / self.scale

    def elide(self, text: str, size: float, width: float, *, bold: bool = False) -> str:
        metrics = self._metrics(size, bold)
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0.0) * self.scale)

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
        """``text`` in ``rect`` (points, under whatever transform the painter has)."""
        if not self.drawing:
            return
        s = self.scale
        self.painter.save()
        self.painter.scale(1 / s, 1 / s)
        self.painter.setFont(self.font(size, bold=bold))
        self.painter.setPen(QPen(colour))
        flags = int(align) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
        box = QRectF(rect.x() * s, rect.y() * s, rect.width() * s, rect.height() * s)
        self.painter.drawText(box, flags, text)
        self.painter.restore()

    def wrapped_height(self, text: str, size: float, width: float, *, bold: bool = False) -> float:
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap
        )
        box = QRectF(0, 0, width * self.scale, 1e7)
        return self._metrics(size, bold).boundingRect(box, flags, text).height() / self.scale

    def line(self, x1: float, y1: float, x2: float, y2: float, *, colour: QColor = BLACK,
             width: float = 0.5, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> None:  # fmt: skip
        if not self.drawing:
            return
        pen = QPen(colour, width)
        pen.setStyle(style)
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def rect(self, rect: QRectF, *, fill: QBrush | QColor | None = None,
             outline: QColor | None = None, width: float = 0.5) -> None:  # fmt: skip
        if not self.drawing:
            return
        self.painter.setPen(QPen(outline, width) if outline is not None else Qt.PenStyle.NoPen)
        self.painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        self.painter.drawRect(rect)

    def path(self, path: QPainterPath, *, fill: QBrush | QColor | None = None,
             outline: QColor | None = None, width: float = 0.5) -> None:  # fmt: skip
        if not self.drawing:
            return
        self.painter.setPen(QPen(outline, width) if outline is not None else Qt.PenStyle.NoPen)
        self.painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        self.painter.drawPath(path)

    def image(self, rect: QRectF, image: QImage) -> None:
        if self.drawing:
            self.painter.drawImage(rect, image)

    def marker(self, shape: str, x: float, y: float, size: float, colour: str,
               *, outline: float = 0.4) -> None:  # fmt: skip
        """The kind's marker shape, filled with its colour and outlined in black for grey print."""
        if not self.drawing:
            return
        self.painter.setPen(QPen(BLACK, outline))
        self.painter.setBrush(QColor(colour))
        self.painter.drawPath(marker_path(shape, QPointF(x, y), size))
