"""The bedside window's top bar: lights-out, partner switch, theme, dimmer and the menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSlider, QToolButton, QWidget


class TopBar(QWidget):
    """Small controls above the tap buttons; each is also a key, so none is needed in the dark.

    The daytime windows (review, history, summary, settings) live in one menu, which keeps the
    bar short enough for a 1024 px wide screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(16, 10, 16, 0)
        tr = self.tr
        self.lights_out_button = self._tool(tr("Lights out (L)"), tr("Record lights-out now"))
        self.partner_button = self._tool(tr("Partner (P)"), tr("Partner logging"), True)
        self.partner_button.setObjectName("partnerButton")
        # Shown in --demo: the data on screen is made up, whatever the title bar shows.
        self.demo_badge = QLabel(tr("DEMO — nothing here is real"), self)
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setAccessibleName(tr("Demo: nothing here is real"))
        self.demo_badge.hide()
        self._row.addWidget(self.demo_badge)
        self._row.addStretch(1)
        self.theme_button = self._tool(tr("Day theme"), tr("Switch theme"))
        dim_label = QLabel(tr("Dim"), self)
        self._row.addWidget(dim_label)
        self.dimmer_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.dimmer_slider.setRange(0, 80)
        self.dimmer_slider.setFixedWidth(120)
        self.dimmer_slider.setAccessibleName(tr("Brightness dimmer"))
        self.dimmer_slider.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        dim_label.setBuddy(self.dimmer_slider)
        self._row.addWidget(self.dimmer_slider)
        # Alt+M opens it; the style draws its arrow (a second one in the text would double it).
        self.menu_button = self._tool(tr("&Menu"), tr("Menu: review, history, summary, settings"))
        self.menu = QMenu(self.menu_button)
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def _tool(self, text: str, name: str, checkable: bool = False) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(name)
        button.setCheckable(checkable)
        # Reachable with Tab, but a click never leaves it focused: Space must not press it.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._row.addWidget(button)
        return button
