"""The morning diary: which night to offer it for, and saving (or skipping) a night's answers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, Signal

from hypnic.domain.changes import Changes
from hypnic.domain.clock import Clock
from hypnic.domain.diary import DiaryEntry, DiaryFigures
from hypnic.operations import diary as diary_ops
from hypnic.operations import events as event_ops
from hypnic.operations.tonight import last_night
from hypnic.services.preferences import Preferences
from hypnic.store import Store


class MorningDiary(QObject):
    """Consensus Sleep Diary answers, one entry per night.

    The diary is offered (never forced) in the daytime for the night just gone when that night
    has taps and neither answers nor a skip; a skip is remembered in the preferences file.

    Signals:
        changed(Changes): some night's answers changed, or a night was skipped.
    """

    changed = Signal(object)

    def __init__(
        self,
        *,
        store: Store,
        clock: Clock,
        preferences: Preferences,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._prefs = preferences

    def last_night(self) -> date:
        """The night most recently slept (tonight while its morning lasts)."""
        return last_night(self._store, self._clock)

    def night_to_offer(self) -> date | None:
        """The night to ask about now, or None (night hours, nothing logged, answered, skipped)."""
        now = self._clock.now()
        local = (datetime(1970, 1, 1) + timedelta(milliseconds=now.local_ms)).time()
        if self._prefs.is_night_at(local):
            return None
        night = self.last_night()
        if not event_ops.events_of_night(self._store, night):
            return None
        if self._store.diary.get(night) is not None or self._prefs.diary_skipped(night):
            return None
        return night

    def skip(self, night: date) -> None:
        self._prefs.skip_diary(night)
        self.changed.emit(Changes.of_nights([night]))

    def entry(self, night: date) -> DiaryEntry:
        """The night's answers (an empty entry when none were given)."""
        return diary_ops.diary_entry(self._store, night)

    def save(self, entry: DiaryEntry) -> DiaryEntry:
        """Check and store the answers; InputError names the first bad field."""
        stored, changes = diary_ops.save_diary(self._store, entry, clock=self._clock)
        self.changed.emit(changes)
        return stored

    def figures(self, entry: DiaryEntry) -> DiaryFigures:
        """Time in bed, total sleep and sleep efficiency from the answers."""
        return diary_ops.figures(self._store, entry)
