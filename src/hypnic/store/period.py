"""Reads across a period that several views share: which nights have a record, and the
medication comparison (history view, doctor's report and `hypnic nights` agree on both)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from hypnic.domain.comparison import MedicationComparison, compare_medications
from hypnic.domain.diary import DiaryEntry
from hypnic.domain.events import Event, NightRecord, Observer
from hypnic.domain.medications import Dose
from hypnic.domain.rest_tests import RestTest
from hypnic.domain.timerules import night_of
from hypnic.store.database import Store


@dataclass(slots=True)
class PeriodRecords:
    """Everything recorded on the nights first..last, grouped by night (live items only)."""

    events: dict[date, list[Event]] = field(default_factory=lambda: defaultdict(list))
    doses: dict[date, list[Dose]] = field(default_factory=lambda: defaultdict(list))
    records: dict[date, NightRecord] = field(default_factory=dict)
    diary: dict[date, DiaryEntry] = field(default_factory=dict)
    tags: dict[date, list[str]] = field(default_factory=dict)
    rest_tests: dict[date, list[RestTest]] = field(default_factory=dict)

    @property
    def nights(self) -> list[date]:
        """Nights with any event, dose, diary entry, tag, rest test or night record (a quiet
        mark is one), oldest first."""
        return sorted(
            {*self.events, *self.doses, *self.records, *self.diary, *self.tags, *self.rest_tests}
        )


def period_records(store: Store, first: date | None, last: date | None) -> PeriodRecords:
    """Read the period's events, doses, night records, diary entries, tags and rest tests."""
    boundary = store.settings.day_boundary
    out = PeriodRecords()
    for event in store.events.between_nights(first, last, day_boundary=boundary):
        out.events[night_of(event.utc_ms, event.offset_min, boundary)].append(event)
    for dose in store.doses.between_nights(first, last, day_boundary=boundary):
        out.doses[dose.night(boundary)].append(dose)
    out.records = {r.night: r for r in store.nights.between(first, last) if r.has_content}
    out.diary = {d.night: d for d in store.diary.between(first, last)}
    out.tags = store.tags.between(first, last)
    out.rest_tests = store.rest_tests.between(first, last)
    return out


def self_counts(events: Sequence[Event]) -> dict[str, int]:
    """The patient's own live events by kind."""
    return dict(Counter(e.kind for e in events if e.by == Observer.SELF and not e.deleted))


def compare_period(
    store: Store, first: date | None, last: date | None, *, kinds: Sequence[str] | None = None
) -> tuple[MedicationComparison, ...]:
    """The medication comparison over the nights first..last that have any record.

    ``kinds`` defaults to the store's kinds (in the user's order) that were logged.
    """
    period = period_records(store, first, last)
    counts = {night: self_counts(period.events.get(night, [])) for night in period.nights}
    if kinds is None:
        logged = {kind for c in counts.values() for kind in c}
        kinds = [k.key for k in store.kinds.all() if k.key in logged]
    doses = [d for night_doses in period.doses.values() for d in night_doses]
    return compare_medications(counts, doses, day_boundary=store.settings.day_boundary, kinds=kinds)
