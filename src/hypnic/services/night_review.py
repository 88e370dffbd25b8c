"""Reviewing one night: edit, add, trash and restore its events; set lights-out, wind-down, note."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QObject, Signal

from hypnic.domain.analysis import NightFigures, analyse_night
from hypnic.domain.clock import Clock
from hypnic.domain.errors import InputError
from hypnic.domain.events import Event, Instant, NightRecord, Observer, new_event_id
from hypnic.domain.kinds import kind_groups
from hypnic.domain.timerules import night_of, resolve_night_time
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
    """The next-day review of a night: every write validates, persists, then emits ``changed``.

    A time typed for a night is read on that night's clock: times before the day boundary
    belong to the next calendar date (00:40 on the night of the 24th is the 25th, 00:40),
    resolved in the clock's zone, so a DST gap is refused and a fold must be chosen.

    Signals:
        changed(): an event or the record of some night changed.
    """

    changed = Signal()

    def __init__(self, *, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock

    @property
    def zone(self) -> tzinfo:
        return self._clock.zone

    def tonight(self) -> date:
        now = self._clock.now()
        return night_of(now.utc_ms, now.offset_min, self._store.settings.day_boundary)

    def night_of_event(self, event: Event) -> date:
        return night_of(event.utc_ms, event.offset_min, self._store.settings.day_boundary)

    # -- reads ----------------------------------------------------------------------------------

    def events(self, night: date) -> list[Event]:
        """The night's live events, oldest first."""
        return self._store.events.of_night(night, day_boundary=self._store.settings.day_boundary)

    def trash(self, night: date) -> list[Event]:
        """The night's trashed events, oldest first."""
        return self._store.events.of_night(
            night, day_boundary=self._store.settings.day_boundary, deleted=True
        )

    def record(self, night: date) -> NightRecord:
        return self._store.nights.get(night)

    def figures(self, night: date, events: list[Event] | None = None) -> NightFigures:
        """The night's figures (DESIGN section 6), the same analysis as ``hypnic nights``."""
        store = self._store
        return analyse_night(
            night,
            self.events(night) if events is None else events,
            self.record(night),
            kind_groups(store.kinds.all()),
            diary=store.diary.get(night),
            rest_tests=store.rest_tests.of_night(night),
            day_boundary=store.settings.day_boundary,
        )

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
        self._require_usable_kind(kind)
        instant = self._resolve(night, local_time, fold)
        event = Event(
            id=new_event_id(),
            kind=kind,
            utc_ms=instant.utc_ms,
            offset_min=instant.offset_min,
            by=Observer(by),
            note=note.strip(),
        )
        self._store.events.add(event)
        self.changed.emit()
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
        event = self._require_event(event_id)
        if event.deleted:
            raise InputError("This event is in the trash: restore it before editing", field="id")
        changes: dict[str, object] = {}
        if kind is not None and kind != event.kind:
            self._require_usable_kind(kind)
            changes["kind"] = kind
        if local_time is not None:
            instant = self._resolve(self.night_of_event(event), local_time, fold)
            changes.update(utc_ms=instant.utc_ms, offset_min=instant.offset_min)
        if by is not None:
            changes["by"] = Observer(by)
        if note is not None:
            changes["note"] = note.strip()
        edited = event.with_changes(**changes)
        self._store.events.update(edited)
        self.changed.emit()
        return edited

    def delete(self, event_id: str) -> None:
        """Move one event to the trash."""
        self.delete_many([event_id])

    def delete_many(self, event_ids: Iterable[str]) -> int:
        """Move events to the trash (stamped with the clock's now); returns how many moved."""
        events = [self._require_event(i) for i in event_ids]
        live = [e for e in events if not e.deleted]
        now = self._clock.now().utc_ms
        for event in live:
            self._store.events.trash(event.id, now)
        if live:
            self.changed.emit()
        return len(live)

    def restore(self, event_id: str) -> None:
        """Bring an event back from the trash."""
        self.restore_many([event_id])

    def restore_many(self, event_ids: Iterable[str]) -> int:
        """Bring events back from the trash; returns how many came back."""
        trashed = [e for e in (self._require_event(i) for i in event_ids) if e.deleted]
        for event in trashed:
            self._store.events.restore(event.id)
        if trashed:
            self.changed.emit()
        return len(trashed)

    # -- the night's record ---------------------------------------------------------------------

    def set_lights_out(self, night: date, local_time: time | None, fold: int | None = None) -> None:
        """Set (or clear, with None) the night's lights-out, a time typed for that night."""
        instant = None if local_time is None else self._resolve(night, local_time, fold)
        self._save_record(self.record(night).with_changes(lights_out=instant))

    def set_winddown(self, night: date, local_time: time | None, fold: int | None = None) -> None:
        """Set (or clear, with None) when the night's wind-down started."""
        instant = None if local_time is None else self._resolve(night, local_time, fold)
        self._save_record(self.record(night).with_changes(winddown=instant))

    def set_note(self, night: date, text: str) -> None:
        self._save_record(self.record(night).with_changes(note=text.strip()))

    # -- helpers --------------------------------------------------------------------------------

    def _save_record(self, record: NightRecord) -> None:
        self._store.nights.save(record)
        self.changed.emit()

    def _resolve(self, night: date, local_time: time, fold: int | None) -> Instant:
        utc_ms, offset_min = resolve_night_time(
            night, local_time, self._store.settings.day_boundary, self._clock.zone, fold=fold
        )
        return Instant(utc_ms, offset_min)

    def _require_event(self, event_id: str) -> Event:
        event = self._store.events.get(event_id)
        if event is None:
            raise InputError("This event no longer exists", field="id")
        return event

    def _require_usable_kind(self, key: str) -> None:
        kind = self._store.kinds.get(key)
        if kind is None:
            raise InputError(f"There is no kind '{key}'", field="kind")
        if kind.archived:
            raise InputError(f"{kind.label} is archived: restore it in Kinds first", field="kind")
