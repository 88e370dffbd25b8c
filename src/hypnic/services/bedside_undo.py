"""Tonight's bedside acts in the order they were made, so undo takes back exactly the latest."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from hypnic.domain.events import Event, Instant
from hypnic.domain.medications import Dose
from hypnic.services.event_log import EventLog
from hypnic.services.medications import DoseLog
from hypnic.services.night_marks import NightMarks, RecordSet

MAX_ACTIONS = 200


@dataclass(frozen=True, slots=True)
class Undone:
    """What an undo or a redo touched: one tap, the doses of one press of "D", or lights-out."""

    event: Event | None = None
    doses: tuple[Dose, ...] = ()
    # The tap was still held unsaved: it is dropped, not trashed, and cannot be redone.
    held: bool = False
    # Lights-out was taken back (``previous`` is what it is again) or set again.
    lights_out: Instant | None = None
    previous_lights_out: Instant | None = None
    # A change of tonight's record made at the bedside (the quiet mark, symptoms "now").
    record: RecordSet | None = None


@dataclass(frozen=True, slots=True)
class _Act:
    kind: str  # "tap", "doses", "lights_out" or "record"
    event: Event | None = None
    doses: tuple[Dose, ...] = ()
    lights_out: Instant | None = None
    previous: Instant | None = None
    record: RecordSet | None = None

    @property
    def event_id(self) -> str:
        return self.event.id if self.event is not None else ""

    def described(self) -> Undone:
        """What this act is, as an undo or a redo of it would report it."""
        if self.kind == "doses":
            return Undone(doses=self.doses)
        if self.kind == "lights_out":
            return Undone(lights_out=self.lights_out, previous_lights_out=self.previous)
        if self.kind == "record":
            return Undone(record=self.record)
        return Undone(event=self.event)


class BedsideUndo(QObject):
    """Remembers this session's taps, bedtime doses and lights-out, each by what it made.

    Undo takes back the most recent one by its id (never "the latest event in the store",
    which after a clock step or a tap logged ahead would be another one). Redo brings back
    what was undone last, as long as nothing new was done since.

    Signals:
        remembered(): a new act joined the stack (what an undo takes back changed).
    """

    remembered = Signal()

    def __init__(
        self,
        *,
        event_log: EventLog,
        doses: DoseLog,
        marks: NightMarks | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._log = event_log
        self._doses = doses
        self._marks = marks
        if marks is not None:
            marks.record_set.connect(self.remember_record)
        self._done: list[_Act] = []
        self._undone: list[_Act] = []
        event_log.tap_made.connect(self.remember_tap)
        event_log.lights_out_set.connect(self.remember_lights_out)
        doses.logged.connect(self.remember_doses)

    def remember_tap(self, event: Event) -> None:
        self._push(_Act("tap", event=event))

    def remember_doses(self, doses: list[Dose]) -> None:
        if doses:
            self._push(_Act("doses", doses=tuple(doses)))

    def remember_lights_out(self, at: Instant, previous: Instant | None) -> None:
        self._push(_Act("lights_out", lights_out=at, previous=previous))

    def remember_record(self, change: RecordSet) -> None:
        self._push(_Act("record", record=change))

    def next_undo(self) -> str | None:
        """What an undo would take back ("tap", "doses", "lights_out", "record"), or None."""
        return self._done[-1].kind if self._done else None

    def peek_undo(self) -> Undone | None:
        """The act an undo would take back now, described (nothing is changed)."""
        return self._done[-1].described() if self._done else None

    def peek_redo(self) -> Undone | None:
        """The act a redo would bring back now, described (nothing is changed)."""
        return self._undone[-1].described() if self._undone else None

    def undo(self) -> Undone | None:
        """Take back the latest act of this session; None when there is nothing to undo."""
        while self._done:
            act = self._done.pop()
            try:
                undone = self._take_back(act)
            except BaseException:
                # Not undone (store busy, disk full): it stays the latest, for the next undo.
                self._done.append(act)
                raise
            if undone is None:
                continue  # already gone (trashed in the night view): look further back
            if not undone.held:
                self._undone.append(act)
            return undone
        return None

    def redo(self) -> Undone | None:
        """Bring back what was undone last, if nothing new was done since."""
        if not self._undone:
            return None
        act = self._undone.pop()
        if act.kind == "doses":
            self._doses.restore_many(d.id for d in act.doses)
            self._done.append(act)
            return Undone(doses=act.doses)
        if act.kind == "lights_out":
            self._log.set_lights_out(act.lights_out)
            self._done.append(act)
            return Undone(lights_out=act.lights_out, previous_lights_out=act.previous)
        if act.kind == "record" and act.record is not None and self._marks is not None:
            try:
                self._marks.put_back(act.record, redo=True)
            except BaseException:
                self._undone.append(act)
                raise
            self._done.append(act)
            return Undone(record=act.record)
        event = self._log.bring_back(act.event_id)
        self._done.append(act)
        return Undone(event=event) if event is not None else None

    def _take_back(self, act: _Act) -> Undone | None:
        if act.kind == "doses":
            live = tuple(d for d in (self._doses.get(x.id) for x in act.doses)
                         if d is not None and not d.deleted)  # fmt: skip
            if not live:
                return None
            self._doses.delete_many(d.id for d in live)
            return Undone(doses=live)
        if act.kind == "lights_out":
            self._log.set_lights_out(act.previous)
            return Undone(lights_out=act.lights_out, previous_lights_out=act.previous)
        if act.kind == "record":
            if act.record is None or self._marks is None:
                return None
            self._marks.put_back(act.record)
            return Undone(record=act.record)
        held = self._log.is_held(act.event_id)
        event = self._log.take_back(act.event_id)
        if event is None:
            return None
        return Undone(event=event, held=held)

    def _push(self, act: _Act) -> None:
        self._undone.clear()
        self._done.append(act)
        del self._done[:-MAX_ACTIONS]
        self.remembered.emit()
