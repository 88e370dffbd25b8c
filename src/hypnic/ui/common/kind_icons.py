"""Small icons for kinds: the marker shape in the kind's colour, and plain colour swatches."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPen, QPixmap

from hypnic.domain.kinds import Kind
from hypnic.markers import marker_path
from hypnic.ui.common.theme import DAY, Theme, kind_colour

ICON_SIZE = 22


def _canvas(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def marker_icon(shape: str, colour: str, theme: Theme = DAY, size: int = ICON_SIZE) -> QIcon:
    """The marker ``shape`` filled with ``colour``, outlined so a light colour still shows."""
    pixmap, painter = _canvas(size)
    fill = kind_colour(colour, theme)
    painter.setPen(QPen(fill.darker(160), 1.2))
    painter.setBrush(fill)
    painter.drawPath(marker_path(shape, QPointF(size / 2, size / 2), size * 0.8))
    painter.end()
    return QIcon(pixmap)


def kind_icon(kind: Kind, theme: Theme = DAY, size: int = ICON_SIZE) -> QIcon:
    return marker_icon(kind.shape, kind.colour, theme, size)


def swatch_icon(colour: str, theme: Theme = DAY, size: int = ICON_SIZE) -> QIcon:
    """A rounded square of ``colour`` (as ``theme`` draws it) with a thin dark edge."""
    pixmap, painter = _canvas(size)
    fill = kind_colour(colour, theme)
    painter.setPen(QPen(fill.darker(170), 1))
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(2.5, 2.5, size - 5, size - 5), 4, 4)
    painter.end()
    return QIcon(pixmap)
