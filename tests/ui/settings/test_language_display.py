"""Language, summary language, text size and contrast, chosen in Settings → Preferences."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from appkit import compose_app
from hypnic.app import Composition
from hypnic.domain.clock import FixedClock
from hypnic.services.preferences import Preferences
from hypnic.ui.common.theme import (
    DAY,
    NIGHT,
    NIGHT_HIGH_CONTRAST,
    apply_theme,
    desktop_font,
)
from hypnic.ui.settings.language_display import LanguageAndDisplay

ZONE = ZoneInfo("Europe/London")
NOW_MS = int(datetime(2026, 11, 24, 23, 41, tzinfo=UTC).timestamp() * 1000)


@pytest.fixture
def app_at_night(qtbot, store, tmp_path: Path, qapp: QApplication) -> Iterator[Composition]:
    Preferences(path=tmp_path / "hypnic.ini").set_theme_mode("night")
    composition = compose_app(qtbot, store, tmp_path, FixedClock(NOW_MS, ZONE))
    yield composition
    apply_theme(qapp, DAY)  # the next test starts at the desktop's own size


def test_choosing_a_language_is_kept_and_said_in_both_languages(qtbot, tmp_path: Path) -> None:
    prefs = Preferences(path=tmp_path / "hypnic.ini")
    page = LanguageAndDisplay(preferences=prefs)
    qtbot.addWidget(page)
    assert not page.language_note.isVisible()
    page.language.setCurrentIndex(page.language.findData("fr"))
    page.language.activated.emit(page.language.currentIndex())
    assert prefs.language == "fr"
    page.show()
    assert page.language_note.isVisible()
    note = page.language_note.text()
    assert "Hypnic will speak Français from its next start." in note
    assert "Hypnic parlera Français à partir du prochain démarrage." in note
    page.summary_language.setCurrentIndex(page.summary_language.findData("de"))
    page.summary_language.activated.emit(page.summary_language.currentIndex())
    assert prefs.summary_language == "de"
    assert Preferences(path=tmp_path / "hypnic.ini").summary_language == "de"


def test_text_size_grows_the_whole_window_at_once_and_the_buttons_stay_biggest(
    qtbot, app_at_night: Composition, qapp: QApplication
) -> None:
    window = app_at_night.window
    window.resize(1280, 800)
    window.show()
    base = desktop_font(qapp).pointSizeF()
    app_at_night.services.preferences.set_text_scale(200)
    assert qapp.font().pointSizeF() == pytest.approx(base * 2)
    assert "font-size" in qapp.styleSheet()
    text_px = QFontInfo(qapp.font()).pixelSize()
    for button in window.panel.buttons().values():
        # The kind's name is drawn at 1.5 times the text size at least, its count 2.5 times.
        assert button.height() > 6 * text_px
    app_at_night.services.preferences.set_text_scale(100)
    assert qapp.font().pointSizeF() == pytest.approx(base)


def test_high_contrast_switches_the_theme_at_once(
    qtbot, app_at_night: Composition, qapp: QApplication
) -> None:
    window = app_at_night.window
    assert window.theme is NIGHT
    app_at_night.services.preferences.set_high_contrast(True)
    assert window.theme is NIGHT_HIGH_CONTRAST
    assert qapp.palette().window().color().name() == NIGHT_HIGH_CONTRAST.window
    app_at_night.services.preferences.set_high_contrast(False)
    assert window.theme is NIGHT
