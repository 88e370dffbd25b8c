"""WCAG AA contrast in every theme, measured from the theme's own colours (WCAG 2.x relative
luminance): 4.5:1 for text, 3:1 for control borders and the focus ring (DESIGN section 10)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hypnic.ui.common.theme import (
    DAY,
    DAY_HIGH_CONTRAST,
    NIGHT,
    NIGHT_HIGH_CONTRAST,
    THEMES,
    Theme,
    style_sheet,
    theme_for,
)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_gives_the_known_extremes() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def _name(theme: Theme) -> str:
    return f"{theme.name}{' high contrast' if theme.high_contrast else ''}"


@pytest.mark.parametrize("theme", THEMES, ids=_name)
def test_every_colour_pair_of_the_theme_meets_wcag_aa(theme: Theme) -> None:
    failing = [
        f"{what}: {fg} on {bg} is {contrast(fg, bg):.2f}:1, needs {least}:1"
        for what, fg, bg, least in theme.text_pairs()
        if contrast(fg, bg) < least
    ]
    assert not failing, "\n".join(failing)


def test_high_contrast_is_well_beyond_the_minimum() -> None:
    for theme in (NIGHT_HIGH_CONTRAST, DAY_HIGH_CONTRAST):
        assert contrast(theme.text, theme.window) >= 14.0  # WCAG AAA asks 7:1
        assert contrast(theme.focus, theme.window) >= 7.0


def test_the_night_theme_stays_dim() -> None:
    """Contrast with little light: the night theme's text is far darker than the day's."""
    assert luminance(NIGHT.text) < 0.3 * luminance(DAY.window)
    assert luminance(NIGHT.window) < 0.005


def test_each_variant_is_found_by_name() -> None:
    assert theme_for("night") is NIGHT and theme_for("day") is DAY
    assert theme_for("night", high_contrast=True) is NIGHT_HIGH_CONTRAST
    assert theme_for("day", high_contrast=True) is DAY_HIGH_CONTRAST


def test_the_style_sheet_sizes_text_in_points_from_the_desktop_font() -> None:
    sheet = style_sheet(NIGHT, 20.0)
    assert "font-size: 27.0pt" in sheet  # the confirmation line: 1.35 times the base
    units = re.findall(r"font-size:\s*[\d.]+\s*([a-z%]+)", sheet)
    assert units and set(units) == {"pt"}


def test_no_fixed_pixel_font_size_anywhere_in_the_window_code() -> None:
    """Text follows the desktop's font and the text size: sizes come from the font, never a
    fixed number of pixels or points."""
    root = Path(__file__).resolve().parents[3] / "src" / "hypnic" / "ui"
    fixed = re.compile(r"font-size:\s*\d+(px|pt)|setPointSize(F)?\(\s*\d|setPixelSize\(\s*\d")
    found = [
        f"{path.relative_to(root)}:{number}: {line.strip()}"
        for path in root.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if fixed.search(line)
    ]
    assert not found, "\n".join(found)
