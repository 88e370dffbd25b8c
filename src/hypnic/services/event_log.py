"""The bedside tap path: commit each tap durably, hold and retry any that fail, undo and redo."""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from hypnic.domain.clock import Clock
from hypnic.domain.events import Event, Instant, Observer, new_event_id
from hypnic.domain.timerules import night_of
from hypnic.store import Store

RETRY_MS = 3000
WATCH_MS = 2000


class EventLog(QObject):
    """Logs taps into the store.

    A tap is shown as logged only after its transaction commits. A tap whose write fails
    (disk full, read-only, I/O error) is held in memory, reported, and retried on a timer.

    Signals:
        tap_saved(Event): a tap was committed (also emitted for a held tap once it lands).
        save_failed(str): a write failed; the message says why. Taps stay held.
        pending_changed(int): the number of taps held unsaved changed.
        changed(): the events of some night changed (tap, undo, redo, edit).
    """

    tap_saved = Signal(object)
    save_failed = Signal(str)
    pending_changed = Signal(int)
    changed = Signal()

    def __init__(self, *, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._pending: list[Event] = []
        self._redo: list[str] = []
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry_pending)
        # Another process (``hypnic log``, ``import``) may write the store while the window is
        # open; PRAGMA data_version changes when it does, and the views refresh.
        self._data_version = self._read_data_version()
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.check_external_changes)
        self._watch.start()

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def pending(self) -> tuple[Event, ...]:
        return tuple(self._pending)

    def tonight(self) -> date:
        now = self._clock.now()
        return night_of(now.utc_ms, now.offset_min, self._store.settings.day_boundary)

    def log_tap(self, kind: str, by: Observer = Observer.SELF) -> Event:
        """Log one tap now. Returns the event, saved or held (see ``pending``)."""
        now = self._clock.now()
        event = Event(
            id=new_event_id(), kind=kind, utc_ms=now.utc_ms, offset_min=now.offset_min, by=by
        )
        self._redo.clear()
        if self._pending:
            # Keep order: a new tap waits behind the held ones.
            self._hold(event, None)
            self.retry_pending()
            return event
        try:
            self._store.events.add(event)
        except (sqlite3.Error, OSError) as exc:
            self._hold(event, exc)
            return event
        self.tap_saved.emit(event)
        self.changed.emit()
        return event

    def retry_pending(self) -> None:
        """Write held taps in order; stop at the first that still fails."""
        while self._pending:
            event = self._pending[0]
            try:
                if self._store.events.get(event.id) is None:
                    self._store.events.add(event)
            except (sqlite3.Error, OSError) as exc:
                self.save_failed.emit(_describe(exc))
                self._retry.start()
                return
            self._pending.pop(0)
            self.tap_saved.emit(event)
            self.changed.emit()
            # Last: the banner's "all saved" line must not be covered by the tap's own line.
            self.pending_changed.emit(len(self._pending))
        self._retry.stop()

    def check_external_changes(self) -> bool:
        """Emit ``changed`` when another connection committed since the last look."""
        version = self._read_data_version()
        if version is None or version == self._data_version:
            return False
        self._data_version = version
        self.changed.emit()
        return True

    def _read_data_version(self) -> int | None:
        try:
            return int(self._store.conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None

    def _hold(self, event: Event, exc: BaseException | None) -> None:
        self._pending.append(event)
        self.pending_changed.emit(len(self._pending))
        if exc is not None:
            self.save_failed.emit(_describe(exc))
        self._retry.start()

    def undo_last(self) -> Event | None:
        """Move tonight's most recent tap to the trash (held taps are dropped first)."""
        if self._pending:
            event = self._pending.pop()
            self.pending_changed.emit(len(self._pending))
            if not self._pending:
                self._retry.stop()
            return event
        events = self._store.events.of_night(
            self.tonight(), day_boundary=self._store.settings.day_boundary
        )
        if not events:
            return None
        last = max(events, key=lambda e: (e.utc_ms, e.id))
        self._store.events.trash(last.id, self._clock.now().utc_ms)
        self._redo.append(last.id)
        self.changed.emit()
        return last

    def redo(self) -> Event | None:
        """Restore the tap most recently undone, if nothing was tapped since."""
        if not self._redo:
            return None
        event_id = self._redo.pop()
        self._store.events.restore(event_id)
        self.changed.emit()
        return self._store.events.get(event_id)

    def counts(self, night: date) -> dict[str, int]:
        """Live events of ``night`` per kind (self and partner together), held taps included."""
        result: dict[str, int] = {}
        boundary = self._store.settings.day_boundary
        for event in [*self._store.events.of_night(night, day_boundary=boundary), *self._pending]:
            if night_of(event.utc_ms, event.offset_min, boundary) == night:
                result[event.kind] = result.get(event.kind, 0) + 1
        return result

    def record_lights_out(self) -> Instant:
        """Set tonight's lights-out to now."""
        now = self._clock.now()
        night = night_of(now.utc_ms, now.offset_min, self._store.settings.day_boundary)
        record = self._store.nights.get(night)
        self._store.nights.save(record.with_changes(lights_out=now))
        self.changed.emit()
        return now


def _describe(exc: BaseException) -> str:
    text = str(exc).lower()
    if "full" in text:
        return "The disk is full"
    if "readonly" in text or "read-only" in text:
        return "The store is read-only"
    if "locked" in text or "busy" in text:
        return "The store is busy"
    return f"The store could not be written ({exc})"
