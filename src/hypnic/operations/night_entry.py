"""`hypnic night`: night-level facts given on the command line, read and recorded with the same
operations as the window's L, N and T (DESIGN section 5)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time

from hypnic.domain.changes import Changes
from hypnic.domain.clock import Clock
from hypnic.domain.errors import AmbiguousTimeError, InputError
from hypnic.domain.events import Instant
from hypnic.domain.limits import check_note
from hypnic.domain.tags import Tag
from hypnic.domain.timerules import parse_cli_time
from hypnic.operations import night_records
from hypnic.operations.events import resolve_typed_time
from hypnic.operations.tonight import check_night_exists, tonight
from hypnic.store import Store

_CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$")


@dataclass(frozen=True, slots=True)
class NightFacts:
    """What the command line gave, as typed (read against the store by ``record_night``)."""

    night: date | None = None
    lights_out: str | None = None
    symptoms_from: str | None = None
    quiet: bool = False
    tags: Sequence[str] = field(default_factory=tuple)
    note: str | None = None

    @property
    def empty(self) -> bool:
        return (
            self.lights_out is None
            and self.symptoms_from is None
            and not self.quiet
            and not self.tags
            and self.note is None
        )


@dataclass(frozen=True, slots=True)
class NightRecorded:
    """What was recorded for which night, for the one line the command prints."""

    night: date
    lights_out: Instant | None
    symptoms_from: Instant | None
    quiet: bool
    tags: tuple[Tag, ...]
    note: str | None
    changes: Changes


def night_time(
    store: Store, clock: Clock, night: date, text: str, *, given_night: bool, field: str
) -> Instant:
    """TIME for ``night``: with a DATE given, ``HH:MM[:SS]`` is that clock time within the night
    (from its day boundary to the next); otherwise it is the most recent such local time. RFC
    3339 is taken as it is. Either way the instant must belong to ``night``."""
    match = _CLOCK.match(text)
    if given_night and match:
        hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
        if hour > 23 or minute > 59 or second > 59:
            raise InputError(f"'{text}' is not a clock time like 23:41", field=field)
        try:
            return resolve_typed_time(store, clock, night, time(hour, minute, second), field=field)
        except AmbiguousTimeError as exc:
            raise InputError(
                f"{exc.message}; give it with its UTC offset (RFC 3339), "
                "like 2026-10-25T01:30:00+01:00",
                field=field,
            ) from exc
    now = clock.now()
    at = Instant(*parse_cli_time(text, now_utc_ms=now.utc_ms, zone=clock.zone, field=field))
    night_records.check_in_night(store, night, at, field=field)
    return at


def resolve_tag(store: Store, text: str, *, field: str = "--tag") -> Tag:
    """A tag named by its key or its label (any case); unknown or archived ones are refused,
    listing the tags that can be given."""
    wanted = text.strip().casefold()
    tags = store.tags.all()
    for tag in tags:
        if wanted in (tag.key.casefold(), tag.label.casefold()):
            if tag.archived:
                raise InputError(
                    f"the tag '{tag.label}' is archived; restore it in the settings to use it",
                    field=field,
                )
            return tag
    known = ", ".join(f"{t.key} ({t.label})" for t in tags if not t.archived) or "none"
    raise InputError(f"unknown tag '{text}' (known tags: {known})", field=field)


def check_facts(facts: NightFacts) -> str | None:
    """What can be refused before the store is opened: nothing given, a note too long.
    Returns the note as it will be stored (None: the note is left as it is)."""
    if facts.empty:
        raise InputError(
            "nothing to record: give --lights-out, --symptoms-from, --quiet, --tag or --note",
            field="night",
        )
    return None if facts.note is None else check_note(facts.note.strip(), field="--note")


def record_night(store: Store, clock: Clock, facts: NightFacts) -> NightRecorded:
    """Check every fact first (nothing is written when one is refused), then record them: the
    night's record in one transaction, then its tags (added to those it has)."""
    note = check_facts(facts)
    night = facts.night if facts.night is not None else tonight(store, clock)
    check_night_exists(store, clock, night, field="DATE")
    given = facts.night is not None
    lights_out = symptoms = None
    if facts.lights_out is not None:
        lights_out = night_time(
            store, clock, night, facts.lights_out, given_night=given, field="--lights-out"
        )
    if facts.symptoms_from is not None:
        symptoms = night_time(
            store, clock, night, facts.symptoms_from, given_night=given, field="--symptoms-from"
        )
    tags = tuple(dict.fromkeys(resolve_tag(store, t) for t in facts.tags))
    if facts.quiet:
        taps = night_records.self_taps(store, night)
        if taps:
            raise InputError(
                f"the night of {night} has {taps} tap{'s' if taps != 1 else ''} of your own; "
                "a quiet night has none (trash them in the review first if they were mistakes)",
                field="--quiet",
            )
    changed = night_records.record(store, night)
    if lights_out is not None:
        changed = changed.with_changes(lights_out=lights_out)
    if symptoms is not None:
        changed = changed.with_changes(symptoms_from=symptoms)
    if facts.quiet:
        changed = changed.with_changes(quiet=True)
    if note is not None:
        changed = changed.with_changes(note=note)
    changes = night_records.save_record(store, changed, clock=clock)
    before = night_records.night_tags(store, night)
    added = [t.key for t in tags if t.key not in before]
    if added:
        changes |= night_records.set_night_tags(store, night, [*before, *added], clock=clock)
    return NightRecorded(night, lights_out, symptoms, facts.quiet, tags, note, changes)
