"""Opens the review, history and settings windows on demand, one of each, never modal."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from hypnic.domain.events import Instant
from hypnic.domain.medications import describe_dose
from hypnic.services.event_log import EventLog
from hypnic.services.kinds import KindCatalog
from hypnic.services.night_context import NightContext
from hypnic.services.preferences import Preferences
from hypnic.store import Store
from hypnic.ui.common.theme import DAY, Theme

if TYPE_CHECKING:
    from hypnic.ui.history.history_window import HistoryWindow
    from hypnic.ui.review.diary_form import DiaryForm
    from hypnic.ui.review.night_editor import NightEditor


class SecondaryWindows:
    """Creates each window the first time it is asked for (charts load only then)."""

    def __init__(
        self,
        *,
        store: Store,
        event_log: EventLog,
        kinds: KindCatalog,
        preferences: Preferences,
        owner: QWidget,
        theme: Theme = DAY,
        context: NightContext | None = None,
    ) -> None:
        self._store = store
        self._context = context
        self._diary: DiaryForm | None = None
        self._log = event_log
        self._kinds = kinds
        self._prefs = preferences
        self._owner = owner
        self._theme = theme
        self._review: NightEditor | None = None
        self._history: HistoryWindow | None = None
        self._settings: QWidget | None = None
        self._summary: QWidget | None = None

    def set_theme(self, theme: Theme) -> None:
        """Follow the bedside window's theme."""
        self._theme = theme
        for window in (self._review, self._history):
            if window is not None:
                window.set_theme(theme)

    def show_review(self, night: date | None = None) -> NightEditor:
        if self._review is None:
            from hypnic.services.night_review import NightReview
            from hypnic.ui.review.night_editor import NightEditor

            review = NightReview(store=self._store, clock=self._log.clock, parent=self._owner)
            # The bedside counts re-read the store when the log says something changed.
            review.changed.connect(self._log.changed)
            self._review = NightEditor(
                review=review,
                event_log=self._log,
                kinds=self._kinds,
                parent=self._owner,
                theme=self._theme,
                dose_marks=self._dose_marks,
            )
            if self._context is not None:
                self._add_night_side_panel(self._review)
        if night is not None:
            self._review.show_night(night)
        _present(self._review)
        return self._review

    def show_history(self) -> HistoryWindow:
        if self._history is None:
            from hypnic.services.history import HistoryLoader
            from hypnic.ui.history.history_window import HistoryWindow

            self._history = HistoryWindow(
                loader=HistoryLoader(store=self._store, parent=self._owner),
                event_log=self._log,
                theme=self._theme,
                doses=self._context.doses if self._context else None,
                parent=self._owner,
            )
            self._history.night_activated.connect(self.show_review)
        _present(self._history)
        return self._history

    def show_summary(self) -> None:
        if self._summary is None:
            from hypnic.ui.summary.summary_window import SummaryWindow

            self._summary = SummaryWindow(self._store, parent=self._owner, clock=self._log.clock)
        _present(self._summary)

    def show_settings(self) -> None:
        if self._settings is None:
            from hypnic.services.day_settings import DaySettings
            from hypnic.services.patient import PatientDetails
            from hypnic.ui.settings.settings_window import SettingsWindow

            day_settings = DaySettings(store=self._store, parent=self._owner)
            # A new boundary can move tonight's events to another night: the bedside panel
            # re-counts on the event log's `changed`.
            day_settings.changed.connect(self._log.changed)
            self._settings = SettingsWindow(
                kinds=self._kinds,
                preferences=self._prefs,
                day_settings=day_settings,
                medications=self._context.medications if self._context else None,
                patient=PatientDetails(store=self._store, parent=self._owner),
                evening=self._context.evening if self._context else None,
                parent=self._owner,
            )
        _present(self._settings)

    def show_diary(self, night: date) -> None:
        """The morning diary form for ``night`` (non-modal, one window reused)."""
        if self._context is None:
            return
        if self._diary is None:
            from hypnic.ui.review.diary_form import DiaryForm

            self._diary = DiaryForm(diary=self._context.diary, parent=self._owner)
        self._diary.set_night(night)
        _present(self._diary)

    def _dose_marks(self, night: date) -> list[tuple[Instant, str]]:
        if self._context is None:
            return []
        return [(d.at, describe_dose(d)) for d in self._context.doses.of_night(night)]

    def _add_night_side_panel(self, editor: NightEditor) -> None:
        from hypnic.ui.review.night_side_panel import NightSidePanel

        assert self._context is not None
        c = self._context
        panel = NightSidePanel(
            doses=c.doses, medications=c.medications, evening=c.evening, diary=c.diary
        )
        panel.diary_requested.connect(self.show_diary)
        editor.night_shown.connect(panel.set_night)
        panel.set_night(editor.night)
        editor.add_side_panel(panel)


def _present(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
