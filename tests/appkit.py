"""Real services and windows for widget tests, wired by the app's own composition root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

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


def settle(qtbot, log: EventLog, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until every tap handed to the writer is committed and the window was told."""
    qtbot.waitUntil(lambda: not log.pending, timeout=timeout)


class WriterFaults:
    """Faults for the bedside writer's own connection, switched from the test: ``error`` is
    raised by every write while set; ``query_only`` makes SQLite itself refuse writes."""

    def __init__(self) -> None:
        self.error: BaseException | None = None
        self.query_only = False


class _FaultyConnection:
    def __init__(self, conn: object, faults: WriterFaults) -> None:
        self._conn = conn
        self._faults = faults
        self._query_only = False

    def execute(self, sql: str, *args: object) -> object:
        if self._faults.query_only != self._query_only:
            self._query_only = self._faults.query_only
            self._conn.execute(f"PRAGMA query_only={'ON' if self._query_only else 'OFF'}")  # type: ignore[attr-defined]
        error = self._faults.error
        if error is not None and sql.lstrip().upper().startswith(("BEGIN", "INSERT", "UPDATE")):
            raise error
        return self._conn.execute(sql, *args)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)


def writer_faults(monkeypatch) -> WriterFaults:  # type: ignore[no-untyped-def]
    """Put the faults in the writer's connection (opened on its thread at the first tap)."""
    from hypnic.services import tap_writer

    faults = WriterFaults()
    real_open = tap_writer.open_store

    def opening(database: Path) -> Store:
        store = real_open(database)
        store.conn = _FaultyConnection(store.conn, faults)  # type: ignore[assignment]
        return store

    monkeypatch.setattr(tap_writer, "open_store", opening)
    return faults


def focused() -> QWidget:
    """The widget that has the keyboard focus (there must be one)."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` key by key into whatever has the focus, as a person types it."""
    for char in text:
        qtbot.keyClicks(focused(), char)
