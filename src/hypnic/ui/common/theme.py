"""Night and day themes: palettes and style sheets, and dimmed kind colours for the dark."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True, slots=True)
class Theme:
    """Colours of one theme. The night theme is near-black with dim, warm text."""

    name: str
    window: str
    surface: str
    text: str
    muted: str
    accent: str
    banner_bg: str
    banner_text: str
    partner: str
    kind_value: float  # how bright kind colours are drawn (1.0 = as chosen)


NIGHT = Theme(
    name="night",
    window="#0a0806",
    surface="#14100c",
    text="#8c7256",
    muted="#5a4a3a",
    accent="#a0703a",
    banner_bg="#3a1a0c",
    banner_text="#d08a5a",
    partner="#6a5a2a",
    kind_value=0.45,
)
DAY = Theme(
    name="day",
    window="#f4f1ec",
    surface="#ffffff",
    text="#1e1a16",
    muted="#6b6259",
    accent="#0072B2",
    banner_bg="#ffd9c2",
    banner_text="#6a1f00",
    partner="#e9c46a",
    kind_value=1.0,
)


def kind_colour(hex_colour: str, theme: Theme) -> QColor:
    """A kind's colour as drawn in ``theme``: darker and less saturated at night."""
    colour = QColor(hex_colour)
    if theme.kind_value >= 1.0:
        return colour
    return QColor.fromHsvF(
        max(colour.hsvHueF(), 0.0),
        colour.hsvSaturationF() * 0.8,
        colour.valueF() * theme.kind_value,
        colour.alphaF(),
    )


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Set the application palette and a small style sheet for ``theme``."""
    palette = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, theme.window),
        (role.Base, theme.surface),
        (role.AlternateBase, theme.window),
        (role.Button, theme.surface),
        (role.WindowText, theme.text),
        (role.Text, theme.text),
        (role.ButtonText, theme.text),
        (role.ToolTipBase, theme.surface),
        (role.ToolTipText, theme.text),
        (role.PlaceholderText, theme.muted),
        (role.Highlight, theme.accent),
        (role.HighlightedText, theme.window),
    ):
        palette.setColor(r, QColor(value))
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(theme.muted))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(theme.muted))
    app.setPalette(palette)
    app.setStyleSheet(
        f"""
        QToolButton, QPushButton {{ color: {theme.text}; background: {theme.surface};
            border: 1px solid {theme.muted}; border-radius: 6px; padding: 6px 12px; }}
        QToolButton:checked, QPushButton:checked {{ background: {theme.muted};
            color: {theme.window}; }}
        QToolButton#partnerButton:checked {{ background: {theme.partner}; color: {theme.window}; }}
        QToolButton:focus, QPushButton:focus {{ border: 2px solid {theme.accent}; }}
        QLabel#banner {{ background: {theme.banner_bg}; color: {theme.banner_text};
            font-weight: bold; padding: 10px; border-radius: 6px; }}
        QLabel#demoBadge {{ background: {theme.banner_bg}; color: {theme.banner_text};
            font-weight: bold; padding: 4px 10px; border-radius: 6px; }}
        QLabel#partnerBadge {{ background: {theme.partner}; color: {theme.window};
            font-weight: bold; padding: 6px 12px; border-radius: 6px; }}
        QLabel#confirmation {{ color: {theme.text}; font-size: 18px; }}
        QLabel#nightTitle {{ color: {theme.muted}; font-size: 15px; }}
        """
    )
