"""Night and day themes, each with a high-contrast variant: palettes, the application style
sheet (text sizes relative to the desktop's font, a focus ring you can see), kind colours.

Every colour pair that carries text meets WCAG AA (4.5:1; 3:1 for borders and the focus ring),
measured by tests/ui/common/test_theme_contrast.py from ``Theme.text_pairs``. The night theme
stays dim and warm: it meets the ratios with little light, the dimmer darkens it further.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from hypnic.ui.common.announce import announce_label
from hypnic.ui.common.arrows import arrow_files, check_file
from hypnic.ui.common.focus_ring import install_focus_rings

# The desktop's own font, kept on the application before the text size first scales it.
_DESKTOP_FONT = "hypnicDesktopFont"


@dataclass(frozen=True, slots=True)
class Theme:
    """Colours of one theme. ``muted`` is secondary text, ``border`` outlines controls,
    ``focus`` rings the control that has the keyboard focus."""

    name: str  # "night" or "day"
    high_contrast: bool
    window: str
    surface: str
    text: str
    muted: str
    border: str
    accent: str
    focus: str
    error: str
    banner_bg: str
    banner_text: str
    partner: str
    partner_text: str
    kind_value: float  # how bright kind colours are drawn (1.0 = as chosen)

    @property
    def disabled(self) -> str:
        """The text of a control that cannot be used now: halfway from the surface to the text,
        plainly dimmer than any live text of the theme (WCAG asks no contrast of it)."""
        a, b = self.surface.lstrip("#"), self.text.lstrip("#")
        mixed = ((int(a[i : i + 2], 16) + int(b[i : i + 2], 16)) // 2 for i in (0, 2, 4))
        return "#" + "".join(f"{c:02x}" for c in mixed)

    def text_pairs(self) -> list[tuple[str, str, str, float]]:
        """(what, foreground, background, least WCAG ratio) for every pair drawn."""
        pairs: list[tuple[str, str, str, float]] = []
        for ground, back in (("window", self.window), ("surface", self.surface)):
            pairs += [
                (f"text on {ground}", self.text, back, 4.5),
                (f"secondary text on {ground}", self.muted, back, 4.5),
                (f"links and selection on {ground}", self.accent, back, 4.5),
                (f"error sentences on {ground}", self.error, back, 4.5),
                (f"control borders on {ground}", self.border, back, 3.0),
                (f"focus ring on {ground}", self.focus, back, 3.0),
            ]
        return [
            *pairs,
            ("selected text", self.window, self.accent, 4.5),
            ("checked button text", self.window, self.muted, 4.5),
            ("not-saved banner", self.banner_text, self.banner_bg, 4.5),
            ("partner badge", self.partner_text, self.partner, 4.5),
        ]


NIGHT = Theme(
    name="night",
    high_contrast=False,
    window="#0a0806",
    surface="#14100c",
    text="#a08262",
    muted="#947a5d",
    border="#75604b",
    accent="#a8763d",
    focus="#c8873f",
    error="#e0683a",
    banner_bg="#3a1a0c",
    banner_text="#d08a5a",
    partner="#947e3b",
    partner_text="#0a0806",
    kind_value=0.45,
)
DAY = Theme(
    name="day",
    high_contrast=False,
    window="#f4f1ec",
    surface="#ffffff",
    text="#1e1a16",
    muted="#62594f",
    border="#8a8178",
    accent="#0064a0",
    focus="#0064a0",
    error="#a8200d",
    banner_bg="#ffd9c2",
    banner_text="#6a1f00",
    partner="#e9c46a",
    partner_text="#1e1a16",
    kind_value=1.0,
)
# For low vision (optic neuritis, blurred sight): much stronger contrast, still warm at night.
NIGHT_HIGH_CONTRAST = Theme(
    name="night",
    high_contrast=True,
    window="#000000",
    surface="#0c0a08",
    text="#ffd7a8",
    muted="#d9b58c",
    border="#b8966e",
    accent="#ffb454",
    focus="#ffe08a",
    error="#ff8a5c",
    banner_bg="#5a1e00",
    banner_text="#ffd0b0",
    partner="#e8c860",
    partner_text="#000000",
    kind_value=1.0,
)
DAY_HIGH_CONTRAST = Theme(
    name="day",
    high_contrast=True,
    window="#ffffff",
    surface="#ffffff",
    text="#000000",
    muted="#333333",
    border="#000000",
    accent="#003f8a",
    focus="#003f8a",
    error="#8c0000",
    banner_bg="#ffc8a8",
    banner_text="#000000",
    partner="#ffd23f",
    partner_text="#000000",
    kind_value=1.0,
)
THEMES: tuple[Theme, ...] = (NIGHT, DAY, NIGHT_HIGH_CONTRAST, DAY_HIGH_CONTRAST)


def theme_for(name: str, *, high_contrast: bool = False) -> Theme:
    """The night or day theme, or its high-contrast variant."""
    return next(t for t in THEMES if t.name == name and t.high_contrast == high_contrast)


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


def desktop_font(app: QApplication) -> QFont:
    """The desktop's font, as it was before Hypnic's text size scaled it."""
    kept = app.property(_DESKTOP_FONT)
    if isinstance(kept, QFont):
        return QFont(kept)
    font = QFont(app.font())
    app.setProperty(_DESKTOP_FONT, font)
    return font


def scaled_font(app: QApplication, text_scale: int) -> QFont:
    """The desktop's font at ``text_scale`` percent."""
    font = desktop_font(app)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * text_scale / 100)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * text_scale / 100))
    return font


def apply_theme(app: QApplication, theme: Theme, text_scale: int = 100) -> None:
    """The application's font (the desktop's at ``text_scale`` percent), palette and style
    sheet for ``theme``. Sizes in the sheet are in points from that font, so they grow with
    it."""
    font = scaled_font(app, text_scale)
    if app.font() != font:
        app.setFont(font)
    app.setPalette(_palette(theme))
    up, down = arrow_files(app, theme.text)
    tick = check_file(app, theme.window)
    images = (up.as_posix(), down.as_posix(), tick.as_posix())
    app.setStyleSheet(style_sheet(theme, _points(font), images=images))
    install_focus_rings(app, theme.focus)


def _points(font: QFont) -> float:
    if font.pointSizeF() > 0:
        return font.pointSizeF()
    return max(font.pixelSize(), 1) * 0.75  # 96 dpi: 4 px make 3 pt


def _palette(theme: Theme) -> QPalette:
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
        (role.Link, theme.accent),
        (role.LinkVisited, theme.accent),
        (role.Mid, theme.border),
        (role.Dark, theme.border),
    ):
        palette.setColor(r, QColor(value))
    for r in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, QColor(theme.disabled))
    return palette


def style_sheet(theme: Theme, points: float, images: tuple[str, str, str] = ("", "", "")) -> str:
    """The application style sheet, with font sizes from ``points`` (the text size's base) so
    they grow with it. Text fields, spin boxes and combo boxes get a border in the theme's
    border colour (3:1 against the background, WCAG 1.4.11), and their arrows (``images``:
    up, down and a tick) in its text colour; check boxes and radio buttons likewise. The
    keyboard focus is shown by ``focus_ring``, the same for every control."""
    t = theme
    up, down, tick = images
    fields = "QLineEdit, QAbstractSpinBox, QComboBox"
    return f"""
        {fields} {{ color: {t.text}; background: {t.surface}; border: 1px solid {t.border};
            border-radius: 3px; padding: 0.15em 0.3em; }}
        QComboBox {{ padding-right: 1.6em; }}
        QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
            width: 1.4em; border: none; }}
        QComboBox::down-arrow {{ image: url({down}); width: 0.7em; height: 0.7em; }}
        QAbstractSpinBox {{ padding-right: 1.6em; }}
        QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: 1.4em;
            border: none; subcontrol-origin: border; }}
        QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
        QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
        QAbstractSpinBox::up-arrow {{ image: url({up}); width: 0.6em; height: 0.6em; }}
        QAbstractSpinBox::down-arrow {{ image: url({down}); width: 0.6em; height: 0.6em; }}
        QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::down-arrow:disabled,
        QComboBox::down-arrow:disabled {{ image: none; }}
        QKeySequenceEdit QLineEdit {{ border: none; padding: 0px; }}
        QCheckBox::indicator, QRadioButton::indicator, QTreeView::indicator {{
            width: 0.9em; height: 0.9em; border: 1px solid {t.border}; background: {t.surface};
            border-radius: 3px; }}
        QRadioButton::indicator {{ border-radius: 0.5em; }}
        QCheckBox::indicator:checked, QTreeView::indicator:checked {{ background: {t.accent};
            border-color: {t.accent}; image: url({tick}); }}
        QRadioButton::indicator:checked {{ border: 1px solid {t.accent};
            background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
                stop: 0 {t.accent}, stop: 0.55 {t.accent}, stop: 0.65 {t.surface},
                stop: 1 {t.surface}); }}
        QToolButton, QPushButton {{ color: {t.text}; background: {t.surface};
            border: 1px solid {t.border}; border-radius: 0.4em; padding: 0.35em 0.8em; }}
        QToolButton:checked, QPushButton:checked {{ background: {t.muted}; color: {t.window}; }}
        QToolButton#partnerButton:checked {{ background: {t.partner}; color: {t.partner_text}; }}
        QToolButton:disabled, QPushButton:disabled, QLineEdit:disabled,
        QAbstractSpinBox:disabled, QComboBox:disabled {{ color: {t.disabled};
            border-style: dotted; }}
        QCheckBox:disabled, QRadioButton:disabled {{ color: {t.disabled}; }}
        QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
            border-style: dotted; }}
        QSlider::groove:horizontal {{ height: 0.4em; background: {t.border};
            border-radius: 0.2em; }}
        QSlider::sub-page:horizontal {{ background: {t.accent}; border-radius: 0.2em; }}
        QSlider::handle:horizontal {{ background: {t.text}; width: 1.1em;
            margin: -0.35em 0em; border-radius: 0.55em; }}
        QToolTip {{ color: {t.text}; background: {t.surface}; border: 1px solid {t.border}; }}
        QLabel#banner {{ background: {t.banner_bg}; color: {t.banner_text};
            font-weight: bold; padding: 0.6em; border-radius: 6px; }}
        QLabel#demoBadge {{ background: {t.banner_bg}; color: {t.banner_text};
            font-weight: bold; padding: 0.25em 0.6em; border-radius: 6px; }}
        QLabel#partnerBadge {{ background: {t.partner}; color: {t.partner_text};
            font-weight: bold; padding: 0.4em 0.8em; border-radius: 6px; }}
        QLabel#confirmation {{ color: {t.text}; font-size: {points * 1.35:.1f}pt; }}
        QLabel#nightTitle {{ color: {t.muted}; font-size: {points * 1.15:.1f}pt; }}
        QLabel#windowTitle {{ font-size: {points * 1.3:.1f}pt; font-weight: bold; }}
        QLabel#chartTitle, QLabel[strong="true"] {{ font-weight: bold; }}
        QLabel[problem="true"] {{ color: {t.error}; font-weight: bold; }}
        """


def mark_problem(label: QWidget, problem: bool) -> None:
    """Show a label's text as a problem (in the theme's error colour) or as plain text."""
    if bool(label.property("problem")) != problem:
        label.setProperty("problem", problem)
        label.style().unpolish(label)
        label.style().polish(label)
    if problem and isinstance(label, QLabel):
        announce_label(label, assertive=True)
