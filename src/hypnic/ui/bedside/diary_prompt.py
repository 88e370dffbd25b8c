"""The morning's inline offer of the sleep diary at the top of the bedside panel (no dialog)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from hypnic.services.diary import MorningDiary


class DiaryPrompt(QWidget):
    """ "How did you sleep last night? Answer (2 min) · Skip", shown only when the diary
    service has a night to offer; hidden once answered or skipped.

    Signals:
        answer_requested(date): the person chose to answer for that night.
    """

    answer_requested = Signal(object)

    def __init__(self, *, diary: MorningDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diary = diary
        self._night: date | None = None
        self.label = QLabel(self.tr("How did you sleep last night?"), self)
        self.answer_button = QPushButton(self.tr("Answer (2 min)"), self)
        self.answer_button.setAccessibleName(self.tr("Answer the sleep diary for last night"))
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.skip_button.setAccessibleName(self.tr("Skip the sleep diary for last night"))
        for button in (self.answer_button, self.skip_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.answer_button.clicked.connect(self._on_answer_clicked)
        self.skip_button.clicked.connect(self._on_skip_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 0)
        row.addWidget(self.label)
        row.addWidget(self.answer_button)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        diary.changed.connect(self._on_diary_changed)
        self.hide()

    @property
    def night(self) -> date | None:
        return self._night

    def offer(self) -> bool:
        """Show the offer when there is a night to ask about (checked when the app opens)."""
        self._night = self._diary.night_to_offer()
        self.setVisible(self._night is not None)
        return self._night is not None

    def _on_answer_clicked(self) -> None:
        if self._night is not None:
            self.answer_requested.emit(self._night)

    def _on_skip_clicked(self) -> None:
        if self._night is not None:
            self._diary.skip(self._night)

    def _on_diary_changed(self) -> None:
        # Answered (or skipped) from here or from the night view: the offer has done its job.
        if self._night is not None and self._diary.night_to_offer() != self._night:
            self._night = None
            self.hide()
