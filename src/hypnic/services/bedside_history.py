"""Tonight's bedside actions (taps and bedtime doses) so undo takes back the latest of them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from hypnic.domain.events import Event
from hypnic.domain.medications import Dose
from hypnic.services.event_log import EventLog
from hypnic.services.medications import DoseLog

MAX_ACTIONS = 200


@dataclass(frozen=True, slots=True)
class Undone:
    """What an undo or a redo touched: one tap, or the doses of one press of "D"."""

    event: Event | None = None
    doses: tuple[Dose, ...] = ()
    # The tap was still held unsaved: it is dropped, not trashed, and cannot be redone.
    held: bool = False


class BedsideHistory(QObject):
    """Remembers the order of this session's taps and bedtime doses.

    Undo takes back the most recent one: a dose batch is trashed as a whole; a tap goes through
    the event log (which also drops a held tap first, and falls back to tonight's latest tap
    when nothing was done in this session). Redo brings back what was undone last.
    """

    def __init__(
        self, *, event_log: EventLog, doses: DoseLog | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._log = event_log
        self._doses = doses
        self._done: list[tuple[str, tuple[Dose, ...]]] = []
        self._undone: list[tuple[str, tuple[Dose, ...]]] = []
        event_log.tap_saved.connect(self._on_log_tap_saved)
        if doses is not None:
            doses.logged.connect(self._on_doses_logged)

    def undo(self) -> Undone | None:
        """Take back the latest action of tonight; None when there is nothing to undo."""
        while self._done:
            kind, doses = self._done.pop()
            if kind == "doses":
                live = self._live(doses)
                if not live:
                    continue  # already trashed in the night view: look further back
                assert self._doses is not None
                try:
                    self._doses.delete_many(d.id for d in live)
                except BaseException:
                    # Not undone (store busy, disk full): it stays the latest, for the next undo.
                    self._done.append((kind, doses))
                    raise
                self._undone.append(("doses", live))
                return Undone(doses=live)
            break
        held_ids = {e.id for e in self._log.pending}
        event = self._log.undo_last()
        if event is None:
            return None
        if event.id in held_ids:
            return Undone(event=event, held=True)
        self._undone.append(("tap", ()))
        return Undone(event=event)

    def redo(self) -> Undone | None:
        """Bring back what was undone last, if nothing new was logged since."""
        if not self._undone:
            return None
        kind, doses = self._undone.pop()
        if kind == "doses":
            assert self._doses is not None
            self._doses.restore_many(d.id for d in doses)
            self._push("doses", doses)
            return Undone(doses=doses)
        event = self._log.redo()
        if event is None:
            return None
        self._push("tap", ())
        return Undone(event=event)

    def _live(self, doses: tuple[Dose, ...]) -> tuple[Dose, ...]:
        assert self._doses is not None
        found = (self._doses.get(d.id) for d in doses)
        return tuple(d for d in found if d is not None and not d.deleted)

    def _push(self, kind: str, doses: tuple[Dose, ...]) -> None:
        self._done.append((kind, doses))
        del self._done[:-MAX_ACTIONS]

    def _on_log_tap_saved(self, _event: Event) -> None:
        self._undone.clear()
        self._push("tap", ())

    def _on_doses_logged(self, doses: list[Dose]) -> None:
        self._undone.clear()
        self._push("doses", tuple(doses))
