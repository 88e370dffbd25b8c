"""The bedside window's top bar: lights-out, partner switch, theme, dimmer and the menu."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QSlider,
    QToolButton,
    QWidget,
)


class TopBar(QWidget):
    """Small controls above the tap buttons; each is also a key, so none is needed in the dark.

    The daytime windows (review, history, summary, settings) live in one menu, which keeps the
    bar short enough for a 1024 px wide screen. With large text it takes two rows (the theme,
    dimmer and menu go under the rest) rather than push the menu off the screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self._left, left = _group(self)
        self._right, right = _group(self)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(16, 10, 16, 0)
        # The bar says its own minimum (one group wide): the grid must not hold it at both.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._grid.addWidget(self._left, 0, 0, Qt.AlignmentFlag.AlignLeft)
        self._grid.addWidget(self._right, 0, 1, Qt.AlignmentFlag.AlignRight)
        self._stacked = False
        self.lights_out_button = self._tool(left, tr("Lights out (L)"), tr("Record lights-out now"))
        self.partner_button = self._tool(left, tr("Partner (P)"), tr("Partner logging"), True)
        self.partner_button.setObjectName("partnerButton")
        # Shown in --demo: the data on screen is made up, whatever the title bar shows.
        self.demo_badge = QLabel(tr("DEMO — nothing here is real"), self._left)
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setAccessibleName(tr("Demo: nothing here is real"))
        self.demo_badge.hide()
        left.addWidget(self.demo_badge)
        self.theme_button = self._tool(right, tr("Day theme"), tr("Switch theme"))
        dim_label = QLabel(tr("Dim"), self._right)
        right.addWidget(dim_label)
        self.dimmer_slider = QSlider(Qt.Orientation.Horizontal, self._right)
        self.dimmer_slider.setRange(0, 80)
        self.dimmer_slider.setFixedWidth(120)
        self.dimmer_slider.setAccessibleName(tr("Brightness dimmer"))
        self.dimmer_slider.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        dim_label.setBuddy(self.dimmer_slider)
        right.addWidget(self.dimmer_slider)
        # Alt+M opens it; the style draws its arrow (a second one in the text would double it).
        self.menu_button = self._tool(
            right, tr("&Menu"), tr("Menu: review, history, summary, settings")
        )
        self.menu = QMenu(self.menu_button)
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    @property
    def stacked(self) -> bool:
        """Whether the bar takes two rows (its one row is wider than the window)."""
        return self._stacked

    def _tool(self, row: QHBoxLayout, text: str, name: str, checkable: bool = False) -> QToolButton:
        button = QToolButton(row.parentWidget())
        button.setText(text)
        button.setAccessibleName(name)
        button.setCheckable(checkable)
        # Reachable with Tab, but a click never leaves it focused: Space must not press it.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        row.addWidget(button)
        return button

    def _one_row_width(self) -> int:
        margins = self._grid.contentsMargins()
        return (
            self._left.sizeHint().width() + self._right.sizeHint().width()
            + self._grid.horizontalSpacing() + margins.left() + margins.right()
        )  # fmt: skip

    def sizeHint(self) -> QSize:
        return QSize(self._one_row_width(), self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        margins = self._grid.contentsMargins()
        left, right = self._left.sizeHint(), self._right.sizeHint()
        width = max(left.width(), right.width()) + margins.left() + margins.right()
        rows = (
            left.height() + right.height() + self._grid.verticalSpacing()
            if self._stacked
            else max(left.height(), right.height())
        )
        return QSize(width, rows + margins.top() + margins.bottom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.reflow(event.size().width())

    def reflow(self, width: int) -> None:
        """One row when it fits in ``width``, else the right-hand group under the left."""
        stacked = width < self._one_row_width()
        if stacked == self._stacked:
            return
        self._stacked = stacked
        self._grid.removeWidget(self._right)
        row, column = (1, 0) if stacked else (0, 1)
        self._grid.addWidget(self._right, row, column, Qt.AlignmentFlag.AlignRight)
        self.updateGeometry()


def _group(parent: QWidget) -> tuple[QWidget, QHBoxLayout]:
    group = QWidget(parent)
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    return group, row
