"""The morning diary: a night's answers, checked and stored (or removed when emptied)."""

from __future__ import annotations

from datetime import date

from hypnic.domain.changes import Changes
from hypnic.domain.clock import Clock
from hypnic.domain.diary import DiaryEntry, DiaryFigures, diary_figures
from hypnic.domain.limits import check_note
from hypnic.operations.tonight import check_night_exists
from hypnic.store import Store


def diary_entry(store: Store, night: date) -> DiaryEntry:
    """The night's answers (an empty entry when none were given)."""
    return store.diary.get(night) or DiaryEntry(night)


def save_diary(store: Store, entry: DiaryEntry, *, clock: Clock) -> tuple[DiaryEntry, Changes]:
    """Check and store the answers; InputError names the first bad field (a night after
    tonight has no answers: it has not been slept yet)."""
    check_night_exists(store, clock, entry.night)
    check_note(entry.comments, field="comments")
    stored = store.diary.save(entry)
    return stored, Changes.of_nights([entry.night])


def figures(store: Store, entry: DiaryEntry) -> DiaryFigures:
    """Time in bed, total sleep and sleep efficiency from the answers (DESIGN section 6)."""
    return diary_figures(entry, store.settings.day_boundary)
