"""The services around the taps (doses, medications, evening context, diary), built together."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from hypnic.domain.clock import Clock
from hypnic.services.bedside_history import BedsideHistory
from hypnic.services.diary import MorningDiary
from hypnic.services.evening import EveningContext
from hypnic.services.event_log import EventLog
from hypnic.services.medications import DoseLog, MedicationList
from hypnic.services.preferences import Preferences
from hypnic.store import Store


@dataclass(frozen=True, slots=True)
class NightContext:
    """Doses, the medication list, tags and note, the morning diary, and the bedside history."""

    doses: DoseLog
    medications: MedicationList
    evening: EveningContext
    diary: MorningDiary
    history: BedsideHistory


def build_night_context(
    *,
    store: Store,
    clock: Clock,
    event_log: EventLog,
    preferences: Preferences,
    parent: QObject | None = None,
) -> NightContext:
    """Build the services; a change to any of them is a change of some night, so each also
    tells the event log, whose ``changed`` the night view and the history follow."""
    doses = DoseLog(store=store, clock=clock, parent=parent)
    medications = MedicationList(store=store, parent=parent)
    evening = EveningContext(store=store, clock=clock, parent=parent)
    diary = MorningDiary(store=store, clock=clock, preferences=preferences, parent=parent)
    for service in (doses, evening, diary):
        service.changed.connect(event_log.changed)
    # A renamed medication renames its doses: the views showing doses re-read.
    medications.changed.connect(event_log.changed)
    history = BedsideHistory(event_log=event_log, doses=doses, parent=parent)
    return NightContext(doses, medications, evening, diary, history)
