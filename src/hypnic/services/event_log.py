"""The bedside tap path: commit each tap durably, hold and retry any that fail, undo by id."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from hypnic.domain.changes import Changes
from hypnic.domain.clock import Clock
from hypnic.domain.errors import StoreError
from hypnic.domain.events import Event, Instant, Observer
from hypnic.operations import events as event_ops
from hypnic.operations import exchange as exchange_ops
from hypnic.operations import night_records
from hypnic.operations.tonight import night_of_instant, tonight
from hypnic.store import Store

RETRY_MS = 3000


class EventLog(QObject):
    """Logs taps into the store.

    A tap is shown as logged only after its transaction commits. A tap whose write fails
    (disk full, read-only, busy) is held in memory, reported, and retried on a timer.

    Signals:
        tap_made(Event): a tap was pressed (saved or held; it can be undone by its id).
        tap_saved(Event): a tap was committed (also emitted for a held tap once it lands).
        lights_out_set(object, object): tonight's lights-out was set from the bedside
            (the new Instant, and the one it replaced or None).
        save_failed(str): a write failed; the message says why. Taps stay held.
        pending_changed(int): the number of taps held unsaved changed.
        changed(Changes): taps were saved, undone or redone, or lights-out was set.
    """

    tap_made = Signal(object)
    tap_saved = Signal(object)
    lights_out_set = Signal(object, object)
    save_failed = Signal(str)
    pending_changed = Signal(int)
    changed = Signal(object)

    def __init__(self, *, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._pending: list[Event] = []
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry_pending)

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def pending(self) -> tuple[Event, ...]:
        return tuple(self._pending)

    def tonight(self) -> date:
        return tonight(self._store, self._clock)

    def log_tap(self, kind: str, by: Observer = Observer.SELF, at: Instant | None = None) -> Event:
        """Log one tap, at ``at`` (the press) or now. Returns the event, saved or held."""
        event = event_ops.new_event(kind, at or self._clock.now(), by=by)
        self.tap_made.emit(event)
        if self._pending:
            # Keep order: a new tap waits behind the held ones.
            self._hold(event, None)
            self.retry_pending()
            return event
        try:
            changes = event_ops.commit_tap(self._store, event)
        except (StoreError, OSError) as exc:
            self._hold(event, exc)
            return event
        self.tap_saved.emit(event)
        self.changed.emit(changes)
        return event

    def retry_pending(self) -> None:
        """Write held taps in order; stop at the first that still fails."""
        while self._pending:
            event = self._pending[0]
            try:
                if self._store.events.get(event.id) is None:
                    changes = event_ops.commit_tap(self._store, event)
                else:
                    changes = Changes.of_nights([night_of_instant(self._store, _at(event))])
            except (StoreError, OSError) as exc:
                self.save_failed.emit(_describe(exc))
                self._retry.start()
                return
            self._pending.pop(0)
            self.tap_saved.emit(event)
            self.changed.emit(changes)
            # Last: the banner's "all saved" line must not be covered by the tap's own line.
            self.pending_changed.emit(len(self._pending))
        self._retry.stop()

    def _hold(self, event: Event, exc: BaseException | None) -> None:
        self._pending.append(event)
        self.pending_changed.emit(len(self._pending))
        if exc is not None:
            self.save_failed.emit(_describe(exc))
        self._retry.start()

    def is_held(self, event_id: str) -> bool:
        return any(e.id == event_id for e in self._pending)

    def take_back(self, event_id: str) -> Event | None:
        """Undo the tap ``event_id``: a held one is dropped, a saved one moves to the trash.
        Returns the event (None when it is gone already)."""
        for index, held in enumerate(self._pending):
            if held.id == event_id:
                del self._pending[index]
                self.pending_changed.emit(len(self._pending))
                if not self._pending:
                    self._retry.stop()
                return held
        event = self._store.events.get(event_id)
        if event is None or event.deleted:
            return None
        _count, changes = event_ops.trash_events(self._store, self._clock, [event_id])
        self.changed.emit(changes)
        return event

    def bring_back(self, event_id: str) -> Event | None:
        """Redo: restore the tap ``event_id`` from the trash."""
        _count, changes = event_ops.restore_events(self._store, [event_id])
        if changes:
            self.changed.emit(changes)
        return self._store.events.get(event_id)

    def counts(self, night: date, by: Observer = Observer.SELF) -> dict[str, int]:
        """Live taps of ``night`` by kind, for one observer, held taps included."""
        result: dict[str, int] = {}
        stored = event_ops.events_of_night(self._store, night)
        for event in [*stored, *self._pending]:
            if event.by == by and night_of_instant(self._store, _at(event)) == night:
                result[event.kind] = result.get(event.kind, 0) + 1
        return result

    def lights_out(self) -> Instant | None:
        """Tonight's lights-out, if set."""
        return night_records.record(self._store, self.tonight()).lights_out

    def record_lights_out(self) -> Instant:
        """Set tonight's lights-out to now."""
        previous = self.lights_out()
        moment, changes = night_records.lights_out_now(self._store, self._clock)
        self.changed.emit(changes)
        self.lights_out_set.emit(moment, previous)
        return moment

    def set_lights_out(self, at: Instant | None) -> None:
        """Put tonight's lights-out back to ``at`` (the undo and redo of the bedside L)."""
        changes = night_records.set_lights_out(self._store, self.tonight(), at, clock=self._clock)
        self.changed.emit(changes)


def write_rescue_file(path: Path, events: Sequence[Event]) -> None:
    """Taps that could not be saved, written to a CSV file ``hypnic import`` takes back."""
    exchange_ops.write_events_csv(path, events)


def _at(event: Event) -> Instant:
    return Instant(event.utc_ms, event.offset_min)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, StoreError):
        return str(exc).rstrip(".")
    return f"The store could not be written ({exc})"
