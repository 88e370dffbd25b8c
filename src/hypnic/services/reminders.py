"""The opt-in reminders, checked once a minute: the timing is ``domain.reminders``; this only
reads the moment and says which reminder is due."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from hypnic import autostart
from hypnic.domain.clock import Clock
from hypnic.domain.reminders import Moment, Reminder, ReminderSettings, ReminderTimer
from hypnic.operations.reminders import nothing_logged
from hypnic.operations.tonight import tonight
from hypnic.paths import Paths
from hypnic.services.diary import MorningDiary
from hypnic.services.preferences import Preferences
from hypnic.store import Store

CHECK_MS = 60_000


class Reminders(QObject):
    """Checks the moment every minute while reminders are on.

    Signals:
        due(str): a reminder is due ("winddown" or "diary").
    """

    due = Signal(str)

    def __init__(
        self,
        *,
        store: Store,
        clock: Clock,
        preferences: Preferences,
        diary: MorningDiary,
        paths: Paths,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._store = store
        self._clock = clock
        self._prefs = preferences
        self._diary = diary
        self._timer = ReminderTimer(preferences.reminders)
        self._tick = QTimer(self, interval=CHECK_MS)
        self._tick.timeout.connect(self.check)
        preferences.changed.connect(self._on_preferences_changed)
        self._on_preferences_changed()

    @property
    def settings(self) -> ReminderSettings:
        return self._timer.settings

    def set_settings(self, settings: ReminderSettings) -> None:
        self._prefs.set_reminders(settings)

    # -- the autostart entry (offered in the settings, never made unasked) ----------------------

    @staticmethod
    def autostart_supported() -> bool:
        return autostart.autostart_supported()

    @staticmethod
    def autostart_enabled() -> bool:
        return autostart.autostart_enabled()

    def set_autostart(self, on: bool) -> str:
        """Write or remove the entry; returns its path, for the settings to show."""
        return str(autostart.set_autostart(on, self._paths))

    def moment(self) -> Moment:
        now = self._clock.now()
        local = (datetime(1970, 1, 1) + timedelta(milliseconds=now.local_ms)).time()
        night = tonight(self._store, self._clock)
        return Moment(
            utc_ms=now.utc_ms,
            local_time=local,
            daytime=not self._prefs.is_night_at(local),
            tonight=night,
            nothing_logged_tonight=nothing_logged(self._store, night),
            diary_night=self._diary.night_to_offer(),
        )

    def check(self) -> list[Reminder]:
        """Emit ``due`` for each reminder due now; returns them."""
        found = self._timer.due(self.moment())
        for reminder in found:
            self.due.emit(reminder.value)
        return found

    def _on_preferences_changed(self) -> None:
        self._timer.settings = self._prefs.reminders
        if self._timer.settings.enabled:
            if not self._tick.isActive():
                self._tick.start()
                # After the change reached everyone (the tray that shows reminders is made then).
                QTimer.singleShot(0, self, self.check)
        else:
            self._tick.stop()
