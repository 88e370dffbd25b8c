"""Real services and windows for widget tests, wired by the app's own composition root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hypnic.app import Composition, compose
from hypnic.domain.clock import Clock
from hypnic.paths import Paths
from hypnic.services.bedside_undo import BedsideUndo
from hypnic.services.diary import MorningDiary
from hypnic.services.evening import EveningContext
from hypnic.services.event_log import EventLog
from hypnic.services.medications import DoseLog, MedicationList
from hypnic.services.preferences import Preferences
from hypnic.store import Store


def test_paths(folder: Path) -> Paths:
    """Every folder the app writes to, inside ``folder``."""
    return Paths(data_dir=folder, config_dir=folder, log_dir=folder / "logs")


def compose_app(qtbot, store: Store, folder: Path, clock: Clock) -> Composition:  # type: ignore[no-untyped-def]
    """The whole app on ``store`` (nothing shown); its windows are closed after the test."""
    composition = compose(store, test_paths(folder), clock)
    qtbot.addWidget(composition.window)
    return composition


@dataclass(frozen=True, slots=True)
class NightContext:
    """The services around the taps: doses, medications, tags and note, diary, bedside undo."""

    doses: DoseLog
    medications: MedicationList
    evening: EveningContext
    diary: MorningDiary
    history: BedsideUndo


def build_night_context(
    *, store: Store, clock: Clock, event_log: EventLog, preferences: Preferences
) -> NightContext:
    doses = DoseLog(store=store, clock=clock)
    return NightContext(
        doses=doses,
        medications=MedicationList(store=store),
        evening=EveningContext(store=store, clock=clock),
        diary=MorningDiary(store=store, clock=clock, preferences=preferences),
        history=BedsideUndo(event_log=event_log, doses=doses),
    )


def undo_for(event_log: EventLog, store: Store) -> BedsideUndo:
    """A bedside undo over ``event_log`` and a dose log on the same store and clock."""
    return BedsideUndo(event_log=event_log, doses=DoseLog(store=store, clock=event_log.clock))
