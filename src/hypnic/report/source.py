"""Read what a summary needs from the store and build its model (shared by CLI and window)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hypnic.domain.patient import patient_from_settings
from hypnic.domain.timerules import night_of_local_ms
from hypnic.report.build import build_report
from hypnic.report.model import ReportModel
from hypnic.report.period import Period, resolve_period
from hypnic.store import Store
from hypnic.store.period import period_records


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What the person asked for: a period (any of the CLI's ways) and a patient name."""

    first: date | None = None
    last: date | None = None
    last_n: int | None = None
    patient: str | None = None


def latest_logged_night(store: Store) -> date | None:
    """The newest night with any event, dose, diary, tag or night record (the default end)."""
    boundary = store.settings.day_boundary
    span = store.events.span_local_ms()
    candidates: list[date] = []
    if span is not None:
        candidates.append(night_of_local_ms(span[1], boundary))
    records = [r.night for r in store.nights.between(None, None) if r.has_content]
    for dose in store.doses.between_nights(None, None, day_boundary=boundary)[-1:]:
        candidates.append(dose.night(boundary))
    records += [d.night for d in store.diary.between(None, None)]
    records += list(store.tags.between(None, None))
    if records:
        candidates.append(max(records))
    return max(candidates, default=None)


def period_for(store: Store, request: ReportRequest, *, today: date) -> Period:
    """Resolve the request's period against the store (raises InputError on bad input)."""
    return resolve_period(
        first=request.first,
        last=request.last,
        last_n=request.last_n,
        latest=latest_logged_night(store),
        today=today,
    )


def load_report(
    store: Store, request: ReportRequest, *, today: date, generated: date | None = None
) -> ReportModel:
    """The summary of the requested period from the store (events, nights, doses, diary, tags).

    ``today`` is the current night (the period's end when nothing was ever logged);
    ``generated`` is the date printed on the pages (``today`` unless given).
    """
    period = period_for(store, request, today=today)
    boundary = store.settings.day_boundary
    found = period_records(store, period.first, period.last)
    stored = patient_from_settings(store.settings.all())
    return build_report(
        period=period,
        events=[e for night in found.events.values() for e in night],
        records=found.records.values(),
        kinds=store.kinds.all(),
        generated=generated or today,
        day_boundary=boundary,
        doses=[d for night in found.doses.values() for d in night],
        diary=found.diary.values(),
        tags=found.tags,
        tag_labels={t.key: t.label for t in store.tags.all()},
        medications=store.medications.all(include_archived=False),
        # --patient (or the summary window's field) wins over the name kept in settings.
        patient=request.patient or stored.name,
        date_of_birth=stored.date_of_birth.isoformat() if stored.date_of_birth else None,
    )
