"""A control that cannot be used now looks it, in every theme: its words are plainly dimmer than
the live controls' and than the theme's secondary text, and its outline is dotted."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)
from test_theme_contrast import contrast

from hypnic.ui.common.theme import THEMES, Theme, apply_theme

CONTROLS: tuple[tuple[type[QWidget], QPalette.ColorRole], ...] = (
    (QPushButton, QPalette.ColorRole.ButtonText),
    (QToolButton, QPalette.ColorRole.ButtonText),
    (QLineEdit, QPalette.ColorRole.Text),
    (QSpinBox, QPalette.ColorRole.Text),
    (QComboBox, QPalette.ColorRole.ButtonText),
    (QCheckBox, QPalette.ColorRole.WindowText),
)


def _words(control: type[QWidget], role: QPalette.ColorRole, *, enabled: bool) -> str:
    widget = control()
    widget.setEnabled(enabled)
    widget.ensurePolished()
    group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
    return widget.palette().color(group, role).name()


@pytest.mark.parametrize(
    "theme", THEMES, ids=lambda t: f"{t.name}{'-hc' if t.high_contrast else ''}"
)
def test_a_disabled_control_reads_as_disabled(qapp: QApplication, theme: Theme) -> None:
    apply_theme(qapp, theme)
    try:
        for control, role in CONTROLS:
            live = _words(control, role, enabled=True)
            dead = _words(control, role, enabled=False)
            name = control.__name__
            assert contrast(live, dead) >= 1.8, f"{name}: {dead} is too close to {live}"
            assert contrast(dead, theme.surface) < contrast(theme.muted, theme.surface), (
                f"{name}: disabled words {dead} are not dimmer than secondary text {theme.muted}"
            )
        assert "dotted" in qapp.styleSheet().split("QPushButton:disabled", 1)[1].split("}")[0]
    finally:
        qapp.setStyleSheet("")
        qapp.setPalette(QPalette())
