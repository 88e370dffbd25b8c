"""The bedside tap path: commit each tap durably, hold and retry any that fail, undo by id."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from hypnic.domain.changes import Changes
from hypnic.domain.clock import Clock
from hypnic.domain.events import Event, Instant, Observer
from hypnic.operations import events as event_ops
from hypnic.operations import night_records
from hypnic.operations.tonight import night_of_instant, tonight
from hypnic.services.tap_writer import TapWriter
from hypnic.store import Store

# A quit waits this long for taps still being written before it offers to rescue them.
QUIT_WAIT_S = 3.0


class EventLog(QObject):
    """Logs taps: each is handed to the TapWriter, which commits it off the window's thread.

    A tap is shown as saved only after its transaction commits; until then it is waiting
    (``pending``): counted on its button, listed in the banner once a write fails or is slow,
    and written in order with its own press time when the store lets it.

    Signals:
        tap_made(Event): a tap was pressed (saved or waiting; it can be undone by its id).
        tap_saved(Event): a tap was committed.
        save_failed(str): a write failed (disk full, read-only…); the taps stay waiting.
        save_delayed(str): the store is busy (another program is writing to it); the taps
            wait and are written as soon as it is free.
        pending_changed(int): the number of taps waiting to be written changed.
        lights_out_set(object, object): tonight's lights-out was set from the bedside
            (the new Instant, and the one it replaced or None).
        changed(Changes): taps were saved, undone or redone, or lights-out was set.
    """

    tap_made = Signal(object)
    tap_saved = Signal(object)
    save_failed = Signal(str)
    save_delayed = Signal(str)
    pending_changed = Signal(int)
    lights_out_set = Signal(object, object)
    changed = Signal(object)

    def __init__(self, *, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._pending: list[Event] = []
        self._writer = TapWriter(database=store.path, parent=self)
        self._writer.saved.connect(self._on_writer_saved)
        self._writer.failed.connect(self._on_writer_failed)

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def pending(self) -> tuple[Event, ...]:
        """Taps pressed and not yet committed, oldest first."""
        return tuple(self._pending)

    def tonight(self) -> date:
        return tonight(self._store, self._clock)

    def log_tap(self, kind: str, by: Observer = Observer.SELF, at: Instant | None = None) -> Event:
        """Log one tap, at ``at`` (the press) or now: queued for the writer at once."""
        event = event_ops.new_event(kind, at or self._clock.now(), by=by)
        self._pending.append(event)
        self.tap_made.emit(event)
        self.pending_changed.emit(len(self._pending))
        self._writer.submit(event)
        return event

    def _on_writer_saved(self, event: Event, changes: Changes) -> None:
        if not any(e.id == event.id for e in self._pending):
            # Undone while it was being written: it landed, so take it back now.
            event_ops.trash_events(self._store, self._clock, [event.id])
            self.changed.emit(changes)
            return
        self._pending = [e for e in self._pending if e.id != event.id]
        self.tap_saved.emit(event)
        self.changed.emit(changes)
        # Last: the banner's "all saved" line must not be covered by the tap's own line.
        self.pending_changed.emit(len(self._pending))

    def _on_writer_failed(self, _event: Event, message: str, busy: bool) -> None:
        if self._pending:
            (self.save_delayed if busy else self.save_failed).emit(message)

    def retry_pending(self) -> None:
        """Try the waiting taps again now (the writer also retries on its own)."""
        self._writer.retry_now()

    def finish(self, timeout_s: float = QUIT_WAIT_S) -> tuple[Event, ...]:
        """At quit: let the writer finish within ``timeout_s``; returns the taps still unsaved
        (to rescue into a file), after delivering what was saved."""
        self._writer.wait_idle(timeout_s)
        QCoreApplication.sendPostedEvents(self)
        QCoreApplication.processEvents()
        return self.pending

    def shutdown(self) -> None:
        """End the writer's thread (the taps it could not write stay in ``pending``)."""
        self._writer.stop(timeout_s=0.5)

    def is_held(self, event_id: str) -> bool:
        return any(e.id == event_id for e in self._pending)

    def take_back(self, event_id: str) -> Event | None:
        """Undo the tap ``event_id``: one still waiting is dropped (never written), a saved one
        moves to the trash. Returns the event (None when it is gone already)."""
        for held in self._pending:
            if held.id == event_id:
                self._pending.remove(held)
                # Being written right now: it is trashed as soon as it lands (see saved).
                self._writer.cancel(event_id)
                self.pending_changed.emit(len(self._pending))
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
    # Loaded only at a quit with unsaved taps: nothing of it is needed to start.
    from hypnic.operations.exchange import write_events_csv

    write_events_csv(path, events)


def _at(event: Event) -> Instant:
    return Instant(event.utc_ms, event.offset_min)
