"""Reviewing one night: edit, add, trash and restore its events; set lights-out, wind-down, note."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QObject, Signal

from hypnic.domain.analysis import NightFigures
from hypnic.domain.clock import Clock
from hypnic.domain.events import Event, NightRecord, Observer
from hypnic.operations import events as event_ops
from hypnic.operations import night_records
from hypnic.operations.period import night_figures
from hypnic.operations.tonight import tonight
from hypnic.store import Store


def wall_time(local_ms: int) -> time:
    """The wall-clock time (to the millisecond) of a local-ms instant."""
    return (datetime(1970, 1, 1) + timedelta(milliseconds=local_ms)).time()


def describe_instant(utc_ms: int, zone: tzinfo) -> tuple[str, int]:
    """The zone's abbreviation (BST, GMT…) and UTC offset in minutes at ``utc_ms``."""
    moment = datetime.fromtimestamp(utc_ms / 1000, UTC).astimezone(zone)
    offset = moment.utcoffset()
    return moment.tzname() or "", int(offset.total_seconds() // 60) if offset else 0


class NightReview(QObject):
    """The next-day review of a night: every write goes through ``operations``, then emits
    ``changed`` saying which nights changed.

    A time typed for a night is read on that night's clock: times before the day boundary
    belong to the next calendar date (00:40 on the night of the 24th is the 25th, 00:40),
    resolved in the clock's zone, so a DST gap is refused and a fold must be chosen.

    Signals:
        changed(Changes): an event or the record of some night changed.
    """

    changed = Signal(object)

    def __init__(self, *, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock

    @property
    def zone(self) -> tzinfo:
        return self._clock.zone

    def tonight(self) -> date:
        return tonight(self._store, self._clock)

    def night_of_event(self, event: Event) -> date:
        return event_ops.night_of_event(self._store, event)

    # -- reads ----------------------------------------------------------------------------------

    def events(self, night: date) -> list[Event]:
        """The night's live events, oldest first."""
        return event_ops.events_of_night(self._store, night)

    def trash(self, night: date) -> list[Event]:
        """The night's trashed events, oldest first."""
        return event_ops.events_of_night(self._store, night, deleted=True)

    def record(self, night: date) -> NightRecord:
        return night_records.record(self._store, night)

    def figures(self, night: date, events: list[Event] | None = None) -> NightFigures:
        """The night's figures (DESIGN section 6), the same analysis as ``hypnic nights``."""
        return night_figures(self._store, night, events)

    # -- events ---------------------------------------------------------------------------------

    def add_event(
        self,
        *,
        night: date,
        kind: str,
        local_time: time,
        by: Observer = Observer.SELF,
        note: str = "",
        fold: int | None = None,
    ) -> Event:
        """Add an event the person missed, at a time typed for ``night``."""
        event, changes = event_ops.add_event(
            self._store, self._clock, night=night, kind=kind, local_time=local_time, by=by,
            note=note, fold=fold,
        )  # fmt: skip
        self.changed.emit(changes)
        return event

    def edit_event(
        self,
        event_id: str,
        *,
        kind: str | None = None,
        local_time: time | None = None,
        by: Observer | None = None,
        note: str | None = None,
        fold: int | None = None,
    ) -> Event:
        """Change fields of a live event; a new time is read on the event's own night."""
        edited, changes = event_ops.edit_event(
            self._store, self._clock, event_id, kind=kind, local_time=local_time, by=by,
            note=note, fold=fold,
        )  # fmt: skip
        self.changed.emit(changes)
        return edited

    def delete(self, event_id: str) -> None:
        """Move one event to the trash."""
        self.delete_many([event_id])

    def delete_many(self, event_ids: Iterable[str]) -> int:
        """Move events to the trash (stamped with the clock's now); returns how many moved."""
        count, changes = event_ops.trash_events(self._store, self._clock, list(event_ids))
        if changes:
            self.changed.emit(changes)
        return count

    def restore(self, event_id: str) -> None:
        """Bring an event back from the trash."""
        self.restore_many([event_id])

    def restore_many(self, event_ids: Iterable[str]) -> int:
        """Bring events back from the trash; returns how many came back."""
        count, changes = event_ops.restore_events(self._store, list(event_ids))
        if changes:
            self.changed.emit(changes)
        return count

    # -- the night's record ---------------------------------------------------------------------

    def set_lights_out(self, night: date, local_time: time | None, fold: int | None = None) -> None:
        """Set (or clear, with None) the night's lights-out, a time typed for that night."""
        self.changed.emit(
            night_records.set_typed_lights_out(self._store, self._clock, night, local_time, fold)
        )

    def set_winddown(self, night: date, local_time: time | None, fold: int | None = None) -> None:
        """Set (or clear, with None) when the night's wind-down started."""
        self.changed.emit(
            night_records.set_typed_winddown(self._store, self._clock, night, local_time, fold)
        )

    def set_symptoms_from(
        self, night: date, local_time: time | None, fold: int | None = None
    ) -> None:
        """Set (or clear, with None) when the night's evening symptoms began."""
        self.changed.emit(
            night_records.set_typed_symptoms_from(self._store, self._clock, night, local_time, fold)
        )

    def set_quiet(self, night: date, on: bool) -> None:
        """Mark the night quiet ("nothing tonight") or take the mark back; refused (InputError)
        on a night with taps of the patient's own."""
        changes = night_records.set_quiet(self._store, self._clock, night, on)
        if changes:
            self.changed.emit(changes)

    def self_taps(self, night: date) -> int:
        return night_records.self_taps(self._store, night)

    def set_note(self, night: date, text: str) -> None:
        changes = night_records.set_note(self._store, night, text, clock=self._clock)
        if changes:
            self.changed.emit(changes)
