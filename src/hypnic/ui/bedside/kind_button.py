"""One huge tap target for a kind: its marker shape and colour, name, key hint and count."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from hypnic.domain.kinds import Kind
from hypnic.markers import marker_path
from hypnic.ui.common.theme import Theme, kind_colour
from hypnic.words import shape_name


class KindButton(QAbstractButton):
    """A big button that logs one kind. It never logs by itself: the panel decides."""

    def __init__(self, kind: Kind, key_hint: str, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self._key_hint = key_hint
        self._theme = theme
        self._count = 0
        self._partner_count = 0
        # In partner mode the partner's count is the big one (it is what is being logged).
        self._partner_mode = False
        # The window system's timestamp of the latest release (0 when synthetic): the panel
        # tells a double tap from two taps by it, not by when the click is handled.
        self.last_release_ms = 0
        self._flash = False
        self._flash_timer = QTimer(self, singleShot=True, interval=350)
        self._flash_timer.timeout.connect(self._end_flash)
        # Reachable with Tab, but a click never leaves it focused: a stray Space logs nothing.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(120, 120))
        self.setAccessibleName(self.tr("Log %s") % kind.label)
        self._update_description()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_count(self, count: int, partner: int = 0, *, partner_mode: bool = False) -> None:
        """Tonight's own taps (``count``) and the partner's, shown apart (DESIGN section 6)."""
        self._count, self._partner_count, self._partner_mode = count, partner, partner_mode
        self._update_description()
        self.update()

    def counts(self) -> tuple[int, int]:
        """Tonight's own taps and the partner's, as shown."""
        return self._count, self._partner_count

    def _caption(self) -> tuple[str, str]:
        """The big number and the line under it, which says whose taps it counts."""
        if self._partner_mode:
            return str(self._partner_count), self.tr("partner's · yours %s") % self._count
        if self._partner_count:
            return str(self._count), self.tr("yours · partner %s") % self._partner_count
        return str(self._count), self.tr("yours tonight")

    def flash(self) -> None:
        """Show that a tap was saved (called only after the commit)."""
        self._flash = True
        self._flash_timer.start()
        self.update()

    def _end_flash(self) -> None:
        self._flash = False
        self.update()

    def _update_description(self) -> None:
        if self._partner_mode:
            text = self.tr("Partner %1 tonight, yours %2. Key %3.")
            mine, theirs = str(self._count), str(self._partner_count)
            text = text.replace("%1", theirs).replace("%2", mine)
        elif self._partner_count:
            text = self.tr("%1 tonight, partner %2. Key %3.")
            text = text.replace("%1", str(self._count)).replace("%2", str(self._partner_count))
        else:
            text = self.tr("%1 tonight. Key %3.").replace("%1", str(self._count))
        self.setAccessibleDescription(text.replace("%3", self._key_hint))
        self.setToolTip(self.tr("Log %s (key %s)") % (self.kind.label, self._key_hint))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.last_release_ms = int(event.timestamp())
        super().mouseReleaseEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(300, 400)

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = self._theme
        colour = kind_colour(self.kind.colour, theme)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        fill = QColor(theme.surface)
        if self._flash or self.isDown():
            fill = QColor(colour)
            fill.setAlphaF(0.35 if theme.name == "night" else 0.25)
        p.setBrush(fill)
        border = QColor(colour)
        p.setPen(QPen(border, 6 if self.hasFocus() else 3))
        p.drawRoundedRect(rect, 24, 24)

        h = rect.height()
        marker = min(rect.width(), h) * 0.2
        centre = QPointF(rect.center().x(), rect.top() + h * 0.25)
        p.setPen(QPen(colour.darker(130), 2))
        p.setBrush(colour)
        p.drawPath(marker_path(self.kind.shape, centre, marker))

        text = QColor(theme.text)
        p.setPen(text)
        font = QFont(self.font())
        font.setPixelSize(_text_px(self.font(), 1.5, min(h * 0.09, rect.width() * 0.11)))
        font.setBold(True)
        p.setFont(font)
        p.drawText(
            QRectF(rect.left(), rect.top() + h * 0.41, rect.width(), h * 0.14),
            Qt.AlignmentFlag.AlignCenter,
            QFontMetricsF(font).elidedText(
                self.kind.label, Qt.TextElideMode.ElideRight, rect.width() - 16
            ),
        )
        big, caption = self._caption()
        font.setPixelSize(_text_px(self.font(), 2.5, h * 0.16))
        p.setFont(font)
        p.drawText(
            QRectF(rect.left(), rect.top() + h * 0.54, rect.width(), h * 0.2),
            Qt.AlignmentFlag.AlignCenter,
            big,
        )
        font.setBold(False)
        font.setPixelSize(_text_px(self.font(), 1.0, min(h * 0.05, rect.width() * 0.07)))
        p.setFont(font)
        p.setPen(QColor(theme.muted))
        metrics = QFontMetricsF(font)
        p.drawText(
            QRectF(rect.left() + 8, rect.top() + h * 0.74, rect.width() - 16, h * 0.1),
            Qt.AlignmentFlag.AlignCenter,
            metrics.elidedText(caption, Qt.TextElideMode.ElideRight, rect.width() - 16),
        )
        hint = self.tr("key %s · %s") % (self._key_hint, shape_name(self.kind.shape))
        if QFontMetricsF(font).horizontalAdvance(hint) > rect.width() - 16:
            hint = self.tr("key %s") % self._key_hint
        p.drawText(
            QRectF(rect.left() + 8, rect.bottom() - h * 0.14, rect.width() - 16, h * 0.1),
            Qt.AlignmentFlag.AlignCenter,
            QFontMetricsF(font).elidedText(hint, Qt.TextElideMode.ElideRight, rect.width() - 16),
        )
        p.end()


def _text_px(text_font: QFont, least: float, room: float) -> int:
    """A size in pixels from the button's room, never below ``least`` times the window's text
    size: the buttons grow with the text size and stay the biggest text on the screen."""
    return int(max(QFontInfo(text_font).pixelSize() * least, room))
