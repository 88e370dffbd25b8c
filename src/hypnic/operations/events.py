"""Events: log a tap (bedside, `hypnic log`), add a missed one, edit, trash and restore.

Every path that writes an event checks the same things here: the kind exists and is not
archived, the instant lies within the bounds of DESIGN section 2, the note within its limit.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time

from hypnic.domain.changes import Changes
from hypnic.domain.clock import Clock
from hypnic.domain.errors import InputError
from hypnic.domain.events import Event, Instant, Observer, new_event_id
from hypnic.domain.kinds import Kind
from hypnic.domain.limits import check_instant, check_note
from hypnic.domain.timerules import night_of, resolve_night_time
from hypnic.operations.tonight import check_instant_night, check_night_exists
from hypnic.store import Store


def usable_kind(store: Store, key: str, *, field: str = "kind") -> Kind:
    """The kind ``key``, refused when unknown or archived (nothing is logged as either)."""
    kind = store.kinds.get(key)
    if kind is None:
        known = ", ".join(k.key for k in store.kinds.all(include_archived=False))
        raise InputError(f"unknown kind '{key}' (known kinds: {known})", field=field)
    if kind.archived:
        raise InputError(
            f"the kind '{kind.label}' is archived; restore it in the settings to log it again",
            field=field,
        )
    return kind


def new_event(kind: str, at: Instant, *, by: Observer = Observer.SELF, note: str = "") -> Event:
    """A new event (its own random id) of ``kind`` at ``at``."""
    return Event(
        id=new_event_id(),
        kind=kind,
        utc_ms=at.utc_ms,
        offset_min=at.offset_min,
        by=Observer(by),
        note=note,
    )


def check_event(store: Store, event: Event, *, now_utc_ms: int, time_field: str = "time") -> Event:
    """The event as it will be stored (note trimmed), or InputError naming the bad field."""
    usable_kind(store, event.kind)
    check_instant(event.utc_ms, event.offset_min, now_utc_ms=now_utc_ms, field=time_field)
    return event.with_changes(note=check_note(event.note.strip()))


def night_of_event(store: Store, event: Event) -> date:
    return night_of(event.utc_ms, event.offset_min, store.settings.day_boundary)


def log_event(
    store: Store, event: Event, *, clock: Clock, time_field: str = "time"
) -> tuple[Event, Changes]:
    """Check and commit one event in its own durable transaction (`hypnic log`, a missed
    event added in the review); returns it as stored."""
    checked = check_event(store, event, now_utc_ms=clock.now().utc_ms, time_field=time_field)
    check_instant_night(store, clock, Instant(checked.utc_ms, checked.offset_min), field=time_field)
    store.events.add(checked)
    return checked, Changes.of_nights([night_of_event(store, checked)])


def commit_tap(store: Store, event: Event) -> Changes:
    """Commit a bedside tap (the writer's one step). Written at most once: a retry after a
    write whose outcome was unknown finds it there and adds nothing."""
    if store.events.get(event.id) is None:
        store.events.add(event)
    return Changes.of_nights([night_of_event(store, event)])


def resolve_typed_time(
    store: Store,
    clock: Clock,
    night: date,
    local_time: time,
    *,
    fold: int | None = None,
    field: str = "time",
) -> Instant:
    """A clock time typed for ``night`` (before the day boundary it is the next morning),
    read in the clock's zone: a DST gap is refused, a fold must be chosen (``fold``), and a
    night after tonight is refused (it does not exist yet)."""
    check_night_exists(store, clock, night)
    utc_ms, offset_min = resolve_night_time(
        night, local_time.replace(tzinfo=None), store.settings.day_boundary, clock.zone,
        fold=fold, field=field,
    )  # fmt: skip
    check_instant(utc_ms, offset_min, now_utc_ms=clock.now().utc_ms, field=field)
    return Instant(utc_ms, offset_min)


def add_event(
    store: Store,
    clock: Clock,
    *,
    night: date,
    kind: str,
    local_time: time,
    by: Observer = Observer.SELF,
    note: str = "",
    fold: int | None = None,
) -> tuple[Event, Changes]:
    """Add an event the person missed, at a time typed for ``night``."""
    usable_kind(store, kind)
    at = resolve_typed_time(store, clock, night, local_time, fold=fold)
    return log_event(store, new_event(kind, at, by=by, note=note), clock=clock)


def edit_event(
    store: Store,
    clock: Clock,
    event_id: str,
    *,
    kind: str | None = None,
    local_time: time | None = None,
    by: Observer | None = None,
    note: str | None = None,
    fold: int | None = None,
) -> tuple[Event, Changes]:
    """Change fields of a live event; a new time is read on the event's own night."""
    event = require_event(store, event_id)
    if event.deleted:
        raise InputError("This event is in the trash: restore it before editing", field="id")
    changes: dict[str, object] = {}
    if kind is not None and kind != event.kind:
        usable_kind(store, kind)
        changes["kind"] = kind
    if local_time is not None:
        at = resolve_typed_time(store, clock, night_of_event(store, event), local_time, fold=fold)
        changes.update(utc_ms=at.utc_ms, offset_min=at.offset_min)
    if by is not None:
        changes["by"] = Observer(by)
    if note is not None:
        changes["note"] = check_note(note.strip())
    edited = event.with_changes(**changes)
    store.events.update(edited)
    return edited, Changes.of_nights({night_of_event(store, event), night_of_event(store, edited)})


def trash_events(store: Store, clock: Clock, event_ids: Iterable[str]) -> tuple[int, Changes]:
    """Move live events to the trash (stamped now); returns how many moved."""
    live = [e for e in (require_event(store, i) for i in event_ids) if not e.deleted]
    now = clock.now().utc_ms
    for event in live:
        store.events.trash(event.id, now)
    return len(live), Changes.of_nights(night_of_event(store, e) for e in live)


def restore_events(store: Store, event_ids: Iterable[str]) -> tuple[int, Changes]:
    """Bring events back from the trash; returns how many came back."""
    trashed = [e for e in (require_event(store, i) for i in event_ids) if e.deleted]
    for event in trashed:
        store.events.restore(event.id)
    return len(trashed), Changes.of_nights(night_of_event(store, e) for e in trashed)


def require_event(store: Store, event_id: str) -> Event:
    event = store.events.get(event_id)
    if event is None:
        raise InputError("This event no longer exists", field="id")
    return event


def events_of_night(store: Store, night: date, *, deleted: bool = False) -> list[Event]:
    """The night's live events (or its trash), oldest first."""
    return store.events.of_night(night, deleted=deleted)
