"""What a night holds beside its taps: lights-out, wind-down start, when the symptoms began,
the quiet mark ("nothing tonight"), its tags and its note."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time

from hypnic.domain.changes import Changes
from hypnic.domain.clock import Clock
from hypnic.domain.errors import InputError
from hypnic.domain.events import Event, Instant, NightRecord, Observer
from hypnic.domain.limits import check_instant, check_note
from hypnic.operations.events import events_of_night, night_of_event, resolve_typed_time
from hypnic.operations.tonight import check_night_exists, night_of_instant, tonight
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


def self_taps(store: Store, night: date) -> int:
    """The night's live taps of the patient's own (a partner's taps do not end a quiet night)."""
    return sum(1 for e in events_of_night(store, night) if e.by == Observer.SELF)


def set_quiet(
    store: Store, clock: Clock, night: date, on: bool = True, *, held: int = 0
) -> Changes:
    """Mark ``night`` quiet ("nothing tonight"), or take the mark back.

    A quiet night is one that was used and had no taps: marking a night that already has taps
    of the patient's own (``held`` counts taps pressed and not written yet) is refused. A tap
    made after the mark outweighs it: the mark stays stored (an undo of that tap makes the
    night quiet again) and the analysis counts the night as not quiet (``is_quiet``).
    """
    check_night_exists(store, clock, night)
    current = record(store, night)
    if on:
        taps = self_taps(store, night) + held
        if taps:
            raise InputError(
                f"the night of {night} already has {taps} tap{'s' if taps != 1 else ''} of your "
                "own; a quiet night has none (undo or trash them first if they were mistakes)",
                field="quiet",
            )
    if current.quiet == on:
        return Changes()
    return save_record(store, current.with_changes(quiet=on), clock=clock)


def is_quiet(store: Store, night: date) -> bool:
    """Marked quiet and without a tap of the patient's own: the analysis's rule, as shown."""
    return record(store, night).quiet and self_taps(store, night) == 0


def quiet_ended_by(store: Store, event: Event) -> bool:
    """True when ``event`` (stored) is the tap that made a night marked quiet not quiet any
    more: a tap of the patient's own, the night's earliest such live tap."""
    if event.by != Observer.SELF or event.deleted:
        return False
    night = night_of_event(store, event)
    if not record(store, night).quiet:
        return False
    mine = (event.utc_ms, event.id)
    return not any(
        (e.utc_ms, e.id) < mine
        for e in events_of_night(store, night)
        if e.by == Observer.SELF and e.id != event.id
    )


def set_symptoms_from(store: Store, night: date, at: Instant | None, *, clock: Clock) -> Changes:
    """When the night's evening symptoms began (None clears it)."""
    if at is not None:
        check_instant(at.utc_ms, at.offset_min, now_utc_ms=clock.now().utc_ms, field="symptoms")
    current = record(store, night)
    if current.symptoms_from == at:
        return Changes()
    return save_record(store, current.with_changes(symptoms_from=at), clock=clock)


def symptoms_from_now(store: Store, clock: Clock) -> tuple[Instant, Changes]:
    """The evening strip's "started now": tonight's symptoms began at this moment."""
    now = clock.now()
    return now, set_symptoms_from(store, tonight(store, clock), now, clock=clock)


def set_typed_symptoms_from(
    store: Store, clock: Clock, night: date, local_time: time | None, fold: int | None = None
) -> Changes:
    """When the symptoms began, a clock time typed for ``night`` (None clears it)."""
    at = None
    if local_time is not None:
        at = resolve_typed_time(store, clock, night, local_time, fold=fold, field="symptoms")
    return set_symptoms_from(store, night, at, clock=clock)


def check_in_night(store: Store, night: date, at: Instant, *, field: str) -> None:
    """Refuse a time that belongs to another night (a time typed for tonight that lies before
    its day boundary is the night before's)."""
    other = night_of_instant(store, at)
    if other != night:
        raise InputError(f"belongs to the night of {other}, not to {night}", field=field)
