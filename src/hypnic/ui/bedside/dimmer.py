"""A see-through dark veil over the window: the brightness dimmer for a dark bedroom."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class DimmerOverlay(QWidget):
    """Covers its parent and darkens it by ``percent``; clicks pass through."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._percent = 0
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._host = parent
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())

    @property
    def percent(self) -> int:
        return self._percent

    def set_percent(self, percent: int) -> None:
        self._percent = max(0, min(80, percent))
        self.setVisible(self._percent > 0)
        self.raise_()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
            self.raise_()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(0, 0, 0, int(255 * self._percent / 100)))
        p.end()
