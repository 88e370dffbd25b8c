"""The one period reader: a period's nights as plain data (DESIGN section 3), and the nights
a summary covers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from hypnic.domain.analysis import NightFigures
from hypnic.domain.comparison import MedicationComparison, compare_medications
from hypnic.domain.events import Event, Observer
from hypnic.domain.limits import EARLIEST_NIGHT, latest_night
from hypnic.domain.medications import Dose
from hypnic.domain.patient import patient_from_settings
from hypnic.domain.period import (
    NightData,
    Period,
    PeriodData,
    SummaryRequest,
    period_before,
    resolve_period,
)
from hypnic.domain.timerules import night_local_bounds, night_of, night_of_local_ms
from hypnic.store import Store
from hypnic.store.queries import machine_now_ms
from hypnic.store.unreadable import count_unreadable


def readable_nights(first: date | None, last: date | None) -> tuple[date, date]:
    """``first``..``last`` (open ends allowed) cut to the nights that can hold records: a
    night record, tag or diary answer an older Hypnic stored for the year 9999 is left out, as
    the store leaves out instants out of bounds."""
    latest = latest_night(machine_now_ms())
    return max(first or EARLIEST_NIGHT, EARLIEST_NIGHT), min(last or latest, latest)


def left_out(store: Store) -> str | None:
    """One sentence naming what every read leaves out (times before 1970 or more than a day
    ahead, which an older Hypnic could store), or None when nothing is."""
    found = count_unreadable(store.conn)
    if not found:
        return None
    return (
        f"left out {found.describe()} with times before 1970 or more than a day ahead "
        "(stored by an older Hypnic; they stay in the store)"
    )


def read_period(store: Store, first: date | None, last: date | None) -> PeriodData:
    """Every night first..last (open ends allowed) with any event, dose or record."""
    first, last = readable_nights(first, last)
    boundary = store.settings.day_boundary
    events: dict[date, list[Event]] = defaultdict(list)
    for event in store.events.between_nights(first, last):
        events[night_of(event.utc_ms, event.offset_min, boundary)].append(event)
    doses: dict[date, list[Dose]] = defaultdict(list)
    for dose in store.doses.between_nights(first, last):
        doses[dose.night(boundary)].append(dose)
    records = {r.night: r for r in store.nights.between(first, last) if r.has_content}
    diary = {d.night: d for d in store.diary.between(first, last)}
    tags = store.tags.between(first, last)
    rest_tests = store.rest_tests.between(first, last)
    nights = sorted({*events, *doses, *records, *diary, *tags, *rest_tests})
    return PeriodData(
        nights=tuple(
            NightData(
                night=n,
                events=tuple(events.get(n, ())),
                doses=tuple(doses.get(n, ())),
                record=records.get(n),
                diary=diary.get(n),
                tags=tuple(tags.get(n, ())),
                rest_tests=tuple(rest_tests.get(n, ())),
            )
            for n in nights
        ),
        kinds=tuple(store.kinds.all()),
        medications=tuple(store.medications.all()),
        tags=tuple(store.tags.all()),
        day_boundary=boundary,
        patient=patient_from_settings(store.settings.all()),
    )


def night_figures(store: Store, night: date, events: Sequence[Event] | None = None) -> NightFigures:
    """One night's figures (DESIGN section 6) from the store, or with ``events`` in place of
    its stored ones (a view showing edits not saved yet)."""
    data = read_period(store, night, night)
    one = data.night(night)
    if events is not None:
        one = replace(one, events=tuple(events))
    return data.figures(one)


def self_counts(night: NightData) -> dict[str, int]:
    """The patient's own live events of a night by kind."""
    counts: dict[str, int] = {}
    for e in night.events:
        if e.by == Observer.SELF and not e.deleted:
            counts[e.kind] = counts.get(e.kind, 0) + 1
    return counts


def compare_doses(data: PeriodData) -> tuple[MedicationComparison, ...]:
    """Nights with a dose of each medication against nights without (DESIGN section 6), for
    the kinds logged in the period, in the user's order."""
    counts = {n.night: self_counts(n) for n in data.nights}
    logged = {kind for c in counts.values() for kind in c}
    kinds = [k.key for k in data.kinds if k.key in logged]
    return compare_medications(
        counts, list(data.doses()), day_boundary=data.day_boundary, kinds=kinds
    )


def latest_logged_night(store: Store, *, today: date | None = None) -> date | None:
    """The newest night with any event, dose, diary, tag or night record (up to ``today``:
    a night after tonight does not exist yet, whatever an older Hypnic stored)."""
    return _logged_night(store, max, upto=today)


def earliest_logged_night(store: Store) -> date | None:
    """The oldest night with any event, dose, diary, tag or night record."""
    return _logged_night(store, min)


def _logged_night(
    store: Store, pick: Callable[[list[date]], date], *, upto: date | None = None
) -> date | None:
    boundary = store.settings.day_boundary
    first, last = readable_nights(None, upto)
    span = store.events.span_local_ms(before_local_ms=night_local_bounds(last, boundary)[1])
    candidates: list[date] = []
    if span is not None:
        candidates += [night_of_local_ms(ms, boundary) for ms in span]
    doses = store.doses.between_nights(first, last)
    candidates += [dose.night(boundary) for dose in doses[:1] + doses[-1:]]
    candidates += [r.night for r in store.nights.between(first, last) if r.has_content]
    candidates += [d.night for d in store.diary.between(first, last)]
    candidates += list(store.tags.between(first, last))
    candidates = [c for c in candidates if first <= c <= last]
    return pick(candidates) if candidates else None


def summary_period(store: Store, request: SummaryRequest, *, today: date) -> Period:
    """The period a summary covers (30 nights up to the latest logged one by default)."""
    return resolve_period(
        first=request.first,
        last=request.last,
        last_n=request.last_n,
        latest=latest_logged_night(store, today=today),
        today=today,
        earliest=earliest_logged_night(store),
    )


def read_summary(
    store: Store, request: SummaryRequest, *, today: date
) -> tuple[Period, PeriodData]:
    """The period a summary covers and its nights' data, from the same number of nights
    before it (the summary compares the two) to its last night, with each medication's first
    dose (the name typed for this copy wins over the one kept in the settings)."""
    period = summary_period(store, request, today=today)
    before = period_before(period)
    data = read_period(store, before.first if before else period.first, period.last)
    data = replace(data, first_doses=first_doses(store))
    if request.patient:
        data = replace(data, patient=replace(data.patient, name=request.patient))
    return period, data


def first_doses(store: Store) -> tuple[tuple[str, date], ...]:
    """The night of each medication's first live dose in the store, by medication name."""
    first, last = readable_nights(None, None)
    found: dict[str, date] = {}
    boundary = store.settings.day_boundary
    for dose in store.doses.between_nights(first, last):  # oldest first
        found.setdefault(dose.medication, dose.night(boundary))
    return tuple(found.items())
