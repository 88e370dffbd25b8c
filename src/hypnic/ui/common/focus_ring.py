"""A thick ring in the theme's focus colour around whatever has the keyboard focus.

One mechanism for every control (DESIGN section 10: a focus plainly visible in every theme):
buttons, text fields, lists, combos, the big bedside buttons and the charts alike, without
restyling any of them. The ring is a see-through widget over the focused one's window, moved
with it; clicks pass through it and screen readers do not see it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

RING_PX = 3
_GAP_PX = 1
_COLOUR = "hypnicFocusColour"
_RING_NAME = "hypnicFocusRing"
_INSTALLED = "hypnicFocusRingsInstalled"
# A widget with this property set to True gets no ring: a container that takes keys for the
# whole window (the bedside's panel), where a ring around everything would say nothing.
NO_RING = "hypnicNoFocusRing"


class FocusRing(QWidget):
    """The ring of one window; shown around its focus widget while the window has focus."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(_RING_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        app = QApplication.instance()
        colour = QColor(str(app.property(_COLOUR) or "#0064a0")) if app else QColor("#0064a0")
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, RING_PX)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        half = RING_PX / 2
        p.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 5, 5)
        p.end()


class FocusRings(QObject):
    """Follows the application's focus and keeps a ring around the focus widget.

    Never touches the widget that lost the focus (it may be in its destructor): the ring it
    had is remembered and hidden instead.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._target: QWidget | None = None
        self._ring: FocusRing | None = None
        self._watched: list[QWidget] = []
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._hide_ring()
        self._watch(new)
        self.place()

    def _hide_ring(self) -> None:
        if self._ring is not None and isValid(self._ring):
            self._ring.hide()
        self._ring = None

    def _watch(self, widget: QWidget | None) -> None:
        for watched in self._watched:
            if isValid(watched):
                watched.removeEventFilter(self)
        self._watched = []
        self._target = widget
        # The widget and each parent: scrolling moves a parent, not the widget itself.
        while widget is not None and not widget.isWindow():
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Hide:
            self._hide_ring()  # the widget or a parent is going (perhaps for good)
        elif kind in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        return False

    def place(self) -> None:
        """Put the ring around the focus widget (hidden when it is not shown)."""
        target = self._target
        if target is None or not isValid(target) or isinstance(target, FocusRing):
            return
        if not target.isVisible() or target.isWindow() or target.property(NO_RING) is True:
            self._hide_ring()
            return
        ring = _ring_of(target)
        if ring is None:
            return
        window = target.window()
        top_left = target.mapTo(window, target.rect().topLeft())
        grow = RING_PX + _GAP_PX
        ring.setGeometry(QRect(top_left, target.size()).adjusted(-grow, -grow, grow, grow))
        ring.raise_()
        ring.show()
        ring.update()
        self._ring = ring


def _ring_of(widget: QWidget) -> FocusRing | None:
    """The ring of ``widget``'s window, made the first time it is needed."""
    window = widget.window()
    if window is None:
        return None
    ring = window.findChild(FocusRing, _RING_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return ring if ring is not None else FocusRing(window)


def install_focus_rings(app: QApplication, colour: str) -> None:
    """Show focus rings in ``colour`` (the theme's focus colour); installs them once."""
    app.setProperty(_COLOUR, colour)
    # A property, not app.findChild(FocusRings): that wraps every child of the application in
    # Python to compare its type, tens of milliseconds before the bedside's first paint.
    if app.property(_INSTALLED) is not True:
        FocusRings(app)
        app.setProperty(_INSTALLED, True)
    for widget in app.allWidgets():
        if isinstance(widget, FocusRing) and widget.isVisible():
            widget.update()
