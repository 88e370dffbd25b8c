"""The night's quiet mark (N) and when its symptoms began (T, the review): each write is one
operation, and every bedside one can be undone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QObject, Signal

from hypnic.domain.clock import Clock
from hypnic.domain.events import Event, Instant, NightRecord, Observer
from hypnic.operations import night_records
from hypnic.operations.tonight import tonight
from hypnic.services.event_log import EventLog
from hypnic.store import Store


@dataclass(frozen=True, slots=True)
class RecordSet:
    """One bedside change of a night's record, as the undo keeps it: ``field`` ("quiet" or
    "symptoms_from") went from ``previous`` to ``value``."""

    night: date
    field: str
    value: object
    previous: object


class NightMarks(QObject):
    """Marks a night quiet ("nothing tonight") and records when its symptoms began.

    Signals:
        changed(Changes): a night's record changed.
        record_set(RecordSet): the bedside changed tonight's record (for the undo).
    """

    changed = Signal(object)
    record_set = Signal(object)

    def __init__(
        self, *, store: Store, clock: Clock, event_log: EventLog, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._log = event_log

    def tonight(self) -> date:
        return tonight(self._store, self._clock)

    def record(self, night: date) -> NightRecord:
        return night_records.record(self._store, night)

    def is_quiet(self, night: date) -> bool:
        """Marked quiet and without a tap of the patient's own (as the analysis counts it)."""
        return night_records.is_quiet(self._store, night)

    def self_taps(self, night: date) -> int:
        return night_records.self_taps(self._store, night)

    def ends_quiet(self, event: Event) -> bool:
        """True when the saved tap ``event`` made a night marked quiet not quiet any more."""
        return night_records.quiet_ended_by(self._store, event)

    # -- the bedside ----------------------------------------------------------------------------

    def mark_tonight_quiet(self) -> date:
        """N: tonight was used and nothing happened. Refused (InputError) when tonight already
        has taps of the patient's own, saved or still being written."""
        night = self.tonight()
        held = sum(1 for e in self._log.pending if e.by == Observer.SELF)
        previous = self.record(night).quiet
        self.changed.emit(night_records.set_quiet(self._store, self._clock, night, held=held))
        self.record_set.emit(RecordSet(night, "quiet", True, previous))
        return night

    def symptoms_now(self) -> Instant:
        """The evening strip's "Now": tonight's symptoms began at this moment."""
        night = self.tonight()
        previous = self.record(night).symptoms_from
        at, changes = night_records.symptoms_from_now(self._store, self._clock)
        self.changed.emit(changes)
        self.record_set.emit(RecordSet(night, "symptoms_from", at, previous))
        return at

    def put_back(self, change: RecordSet, *, redo: bool = False) -> None:
        """Undo (or, with ``redo``, make again) one bedside change of a record."""
        value = change.value if redo else change.previous
        if change.field == "quiet":
            changes = night_records.set_quiet(self._store, self._clock, change.night, bool(value))
        else:
            at = value if isinstance(value, Instant) else None
            changes = night_records.set_symptoms_from(
                self._store, change.night, at, clock=self._clock
            )
        self.changed.emit(changes)

    # -- any night (the evening strip's typed time, the review) --------------------------------

    def set_quiet(self, night: date, on: bool) -> None:
        self.changed.emit(night_records.set_quiet(self._store, self._clock, night, on))

    def set_symptoms_from(
        self, night: date, local_time: time | None, fold: int | None = None
    ) -> None:
        """When the night's symptoms began, a clock time typed for it (None clears it)."""
        self.changed.emit(
            night_records.set_typed_symptoms_from(self._store, self._clock, night, local_time, fold)
        )
