"""Read what a summary needs from the store and build its model (shared by CLI and window)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hypnic.domain.timerules import night_of_local_ms
from hypnic.report.build import build_report
from hypnic.report.model import MedicationLine, NightExtras, ReportModel
from hypnic.report.period import Period, resolve_period
from hypnic.store import Store


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What the person asked for: a period (any of the CLI's ways) and a patient name."""

    first: date | None = None
    last: date | None = None
    last_n: int | None = None
    patient: str | None = None


def latest_logged_night(store: Store) -> date | None:
    """The newest night with any event or night record (the default period ends there)."""
    boundary = store.settings.day_boundary
    span = store.events.span_local_ms()
    candidates: list[date] = []
    if span is not None:
        candidates.append(night_of_local_ms(span[1], boundary))
    records = [
        r.night
        for r in store.nights.between(None, None)
        if r.lights_out is not None or r.winddown is not None or r.note
    ]
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
    """The summary of the requested period, from the store's events, nights and kinds.

    ``today`` is the current night (the period's end when nothing was ever logged);
    ``generated`` is the date printed on the pages (``today`` unless given).
    """
    period = period_for(store, request, today=today)
    boundary = store.settings.day_boundary
    extras, medications = _extras(store, period)
    return build_report(
        period=period,
        events=store.events.between_nights(period.first, period.last, day_boundary=boundary),
        records=store.nights.between(period.first, period.last),
        kinds=store.kinds.all(),
        generated=generated or today,
        day_boundary=boundary,
        extras=extras,
        medications=medications,
        patient=request.patient,
    )


def _extras(
    store: Store, period: Period
) -> tuple[dict[date, NightExtras], tuple[MedicationLine, ...]]:
    """Doses, sleep quality and tags per night, and the current medications.

    The store does not keep these yet (the medications feature adds them); until then the
    report leaves those columns and the comparison out.
    """
    return {}, ()
