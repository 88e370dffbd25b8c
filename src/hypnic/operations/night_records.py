"""What a night holds beside its taps: lights-out, wind-down start, its tags and its note."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time

from hypnic.domain.changes import Changes
from hypnic.domain.clock import Clock
from hypnic.domain.events import Instant, NightRecord
from hypnic.domain.limits import check_instant, check_note
from hypnic.operations.events import resolve_typed_time
from hypnic.operations.tonight import check_night_exists, tonight
from hypnic.store import Store


def record(store: Store, night: date) -> NightRecord:
    return store.nights.get(night)


def save_record(store: Store, changed: NightRecord, *, clock: Clock) -> Changes:
    """Store a night's record; a night after tonight is refused (it does not exist yet)."""
    check_night_exists(store, clock, changed.night)
    store.nights.save(changed.with_changes(note=check_note(changed.note)))
    return Changes.of_nights([changed.night])


def lights_out_now(store: Store, clock: Clock) -> tuple[Instant, Changes]:
    """The bedside L: tonight's lights-out is now."""
    now = clock.now()
    night = tonight(store, clock)
    return now, save_record(store, record(store, night).with_changes(lights_out=now), clock=clock)


def set_lights_out(store: Store, night: date, at: Instant | None, *, clock: Clock) -> Changes:
    """Set (or clear, with None) the night's lights-out."""
    if at is not None:
        check_instant(at.utc_ms, at.offset_min, now_utc_ms=clock.now().utc_ms, field="lights-out")
    return save_record(store, record(store, night).with_changes(lights_out=at), clock=clock)


def set_typed_lights_out(
    store: Store, clock: Clock, night: date, local_time: time | None, fold: int | None = None
) -> Changes:
    """Lights-out at a clock time typed for ``night`` (None clears it)."""
    at = None
    if local_time is not None:
        at = resolve_typed_time(store, clock, night, local_time, fold=fold, field="lights-out")
    return set_lights_out(store, night, at, clock=clock)


def set_typed_winddown(
    store: Store, clock: Clock, night: date, local_time: time | None, fold: int | None = None
) -> Changes:
    """When the night's wind-down started, a clock time typed for it (None clears it)."""
    at = None
    if local_time is not None:
        at = resolve_typed_time(store, clock, night, local_time, fold=fold, field="wind-down")
    return save_record(store, record(store, night).with_changes(winddown=at), clock=clock)


def set_note(
    store: Store, night: date, text: str, *, clock: Clock, one_line: bool = False
) -> Changes:
    """The night's note (``one_line`` folds line breaks, as the bedside strip keeps it)."""
    cleaned = " ".join(text.split()) if one_line else text.strip()
    current = record(store, night)
    if cleaned == current.note:
        return Changes()
    return save_record(store, current.with_changes(note=cleaned), clock=clock)


def night_tags(store: Store, night: date) -> list[str]:
    return store.tags.of_night(night)


def set_night_tags(store: Store, night: date, keys: Iterable[str], *, clock: Clock) -> Changes:
    """Make ``keys`` the night's tags (unknown keys are refused, naming them)."""
    check_night_exists(store, clock, night)
    store.tags.set_night(night, keys)
    return Changes.of_nights([night])


def set_night_tag(
    store: Store, night: date, key: str, on: bool, *, clock: Clock
) -> tuple[list[str], Changes]:
    """Switch one tag on or off for ``night``; returns the night's tags now."""
    keys = [k for k in store.tags.of_night(night) if k != key]
    if on:
        keys.append(key)
    changes = set_night_tags(store, night, keys, clock=clock)
    return store.tags.of_night(night), changes
