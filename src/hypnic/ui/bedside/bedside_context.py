"""Puts the evening row (dose, tags, note) and the morning diary offer into the bedside window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt

from hypnic.services.diary import MorningDiary
from hypnic.services.evening import EveningContext
from hypnic.services.medications import DoseLog
from hypnic.services.night_marks import NightMarks
from hypnic.ui.bedside.diary_prompt import DiaryPrompt
from hypnic.ui.bedside.evening_strip import EveningStrip
from hypnic.ui.bedside.main_window import MainWindow


def install_bedside_context(
    window: MainWindow,
    *,
    doses: DoseLog,
    evening: EveningContext,
    diary: MorningDiary,
    show_diary: Callable[[date], object],
    marks: NightMarks | None = None,
) -> tuple[EveningStrip, DiaryPrompt]:
    """Add both pieces to ``window``; the diary is offered now if a night is waiting for it."""
    strip = EveningStrip(doses=doses, evening=evening, marks=marks, parent=window)
    strip.message.connect(window.panel.show_confirmation)
    # Done with tags and note: keys go back to logging taps.
    strip.done.connect(lambda: window.panel.setFocus(Qt.FocusReason.OtherFocusReason))
    window.add_bedside_widget(strip)
    prompt = DiaryPrompt(diary=diary, parent=window)
    prompt.answer_requested.connect(show_diary)
    window.add_bedside_widget(prompt, above=True)
    prompt.offer()
    return strip, prompt
