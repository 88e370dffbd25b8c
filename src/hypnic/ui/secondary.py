"""Opens the review and settings windows on demand, one of each, never modal."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hypnic.services.event_log import EventLog
from hypnic.services.kinds import KindCatalog
from hypnic.services.preferences import Preferences
from hypnic.store import Store


class SecondaryWindows:
    """Creates the review and settings windows the first time they are asked for."""

    def __init__(
        self,
        *,
        store: Store,
        event_log: EventLog,
        kinds: KindCatalog,
        preferences: Preferences,
        owner: QWidget,
    ) -> None:
        self._store = store
        self._log = event_log
        self._kinds = kinds
        self._prefs = preferences
        self._owner = owner
        self._review: QWidget | None = None
        self._settings: QWidget | None = None

    def show_review(self) -> None:
        if self._review is None:
            from hypnic.services.night_review import NightReview
            from hypnic.ui.night_editor import NightEditor

            review = NightReview(store=self._store, clock=self._log.clock, parent=self._owner)
            # The bedside counts re-read the store when the log says something changed.
            review.changed.connect(self._log.changed)
            self._review = NightEditor(
                review=review, event_log=self._log, kinds=self._kinds, parent=self._owner
            )
        _present(self._review)

    def show_settings(self) -> None:
        if self._settings is None:
            from hypnic.services.day_settings import DaySettings
            from hypnic.ui.settings_window import SettingsWindow

            day_settings = DaySettings(store=self._store, parent=self._owner)
            # A new boundary can move tonight's events to another night: the bedside panel
            # re-counts on the event log's `changed`.
            day_settings.changed.connect(self._log.changed)
            self._settings = SettingsWindow(
                kinds=self._kinds,
                preferences=self._prefs,
                day_settings=day_settings,
                parent=self._owner,
            )
        _present(self._settings)


def _present(window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
