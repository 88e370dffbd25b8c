"""Build the summary's model from a period's data, with the one analysis `nights --json` uses."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from hypnic.domain.analysis import (
    MIN_TREND_NIGHTS,
    PATTERNS,
    NightFigures,
    RunFigures,
    rolling_median,
    summarise,
)
from hypnic.domain.analysis import Summary as Spread
from hypnic.domain.events import Event, Observer
from hypnic.domain.history import MEDIAN_WINDOW
from hypnic.domain.kinds import Kind, KindGroup
from hypnic.domain.medications import format_amount
from hypnic.domain.period import NightData, Period, PeriodData, period_before
from hypnic.domain.timerules import format_local
from hypnic.report.build_parts import (
    comparisons,
    diary_medians,
    minute_of,
    onset,
    rest_medians,
    rest_test_lines,
    table_rows,
)
from hypnic.report.model import (
    DoseEntry,
    KindFigures,
    MedicationLine,
    NightExtras,
    NightLine,
    Patterns,
    ReportModel,
    RunGroup,
    RunSpan,
    RunTotals,
)

_FALLBACK_COLOUR = "#999999"


def build_report(*, period: Period, data: PeriodData, generated: date) -> ReportModel:
    """The summary of ``period`` from ``data``, which may also hold the nights before it (the
    summary compares the two periods); anything else is ignored. Archived medications are left
    out of the header, archived kinds without events in the period out of every part."""
    here = data.within(period)
    before = period_before(period)
    earlier = data.within(before).nights if before is not None else ()
    figures = {n.night: data.figures(n) for n in here.nights}
    earlier_figures = {n.night: data.figures(n) for n in earlier}
    nights = here.by_night()
    used = {e.kind for n in here.nights for e in n.events if not e.deleted}
    kinds = _shown_kinds(data.kinds, used)
    lines = _night_lines(period, kinds, nights, figures, data)
    groups = tuple(g for g in KindGroup if any(k.group == g for k in kinds))
    tests = rest_test_lines(here, figures, kinds)
    logged = [figures[n.night] for n in here.nights]
    first = dict(data.first_doses)
    for dose in sorted(data.doses(), key=lambda d: d.utc_ms):
        if not dose.deleted:
            night = dose.night(data.day_boundary)
            first[dose.medication] = min(first.get(dose.medication, night), night)
    medications = tuple(
        MedicationLine(m.name, format_amount(m.usual_amount, m.unit), m.bedtime,
                       first.get(m.name))
        for m in data.medications if not m.archived
    )  # fmt: skip
    return ReportModel(
        period=period,
        generated=generated,
        kinds=kinds,
        nights=lines,
        groups=groups,
        rows=table_rows(period, lines),
        figures=tuple(_kind_figures(k, nights, figures) for k in kinds),
        all_kinds=_all_figures(logged),
        patterns=_patterns(logged, kinds),
        intervals_s=tuple(iv for f in logged for iv in f.intervals_s),
        partner_total=sum(n.partner_total for n in lines),
        partner_nights=sum(1 for n in lines if n.partner_total),
        patient=data.patient.name or None,
        date_of_birth=data.patient.date_of_birth,
        medications=medications,
        comparisons=comparisons(here, figures, earlier_figures, before, kinds, groups),
        diary=diary_medians(here, figures),
        rest_tests=tests,
        rest_medians=rest_medians(tests),
        onset=onset(figures, earlier_figures, before) if before is not None else None,
    )


def trend_summary(values: Sequence[float]) -> Spread:
    """Median and IQR, or only the count when there are fewer than 3 nights (DESIGN 6)."""
    found = summarise(values)
    return found if found.n >= MIN_TREND_NIGHTS else Spread(None, None, None, found.n)


def _night_lines(
    period: Period,
    kinds: Sequence[Kind],
    nights: dict[date, NightData],
    figures: dict[date, NightFigures],
    data: PeriodData,
) -> tuple[NightLine, ...]:
    index = {k.key: i for i, k in enumerate(kinds)}
    tag_labels = {t.key: t.label for t in data.tags}
    usual = {m.name: (m.usual_amount, m.unit) for m in data.medications}
    counts = [
        tuple(figures[d].counts.get(k.key, 0) for k in kinds) if d in figures else None
        for d in period.dates()
    ]
    trends = [
        rolling_median([None if c is None else c[i] for c in counts], MEDIAN_WINDOW,
                       min_values=MIN_TREND_NIGHTS)
        for i in range(len(kinds))
    ]  # fmt: skip
    lines: list[NightLine] = []
    for row, night in enumerate(period.dates()):
        found = nights.get(night)
        fig = figures.get(night)
        if found is None or fig is None:
            lines.append(NightLine(night, logged=False, counts=(0,) * len(kinds),
                                   trend=tuple(t[row] for t in trends)))  # fmt: skip
            continue
        lo = fig.lights_out
        doses = sorted((d for d in found.doses if not d.deleted), key=lambda d: (d.utc_ms, d.id))
        lines.append(
            NightLine(
                night=night,
                logged=True,
                quiet=fig.quiet,
                counts=counts[row] or (),
                trend=tuple(t[row] for t in trends),
                partner_total=sum(fig.partner_counts.values()),
                lights_out=None if lo is None else _clock(lo.utc_ms, lo.offset_min),
                lights_out_minute=None if lo is None else minute_of(lo.local_ms, night),
                longest_run=fig.longest_run,
                longest_jerk_series=fig.longest_jerk_series,
                marks=_marks(found.events, fig, index),
                runs=_spans(found.events, fig, index),
                extras=NightExtras(
                    doses=tuple(
                        DoseEntry(
                            d.medication,
                            d.amount,
                            d.unit,
                            _clock(d.utc_ms, d.offset_min),
                            usual.get(d.medication) == (d.amount, d.unit),
                        )
                        for d in doses
                    ),
                    dose_minutes=tuple(minute_of(d.local_ms, night) for d in doses),
                    quality=found.diary.quality if found.diary is not None else None,
                    tags=tuple(tag_labels.get(k, k) for k in found.tags),
                ),
                note=found.record.note if found.record is not None else "",
                onset_minute=(
                    None
                    if fig.symptoms_from is None
                    else minute_of(fig.symptoms_from.local_ms, night)
                ),
            )
        )
    return tuple(lines)


def _own(events: Sequence[Event]) -> list[Event]:
    return sorted((e for e in events if e.by == Observer.SELF and not e.deleted),
                  key=lambda e: (e.utc_ms, e.id))  # fmt: skip


def _marks(
    events: Sequence[Event], fig: NightFigures, index: dict[str, int]
) -> tuple[tuple[float, int], ...]:
    """The patient's taps in no leg run and no jerk series (those are drawn as spans)."""
    in_runs = {i for r in (*fig.runs_of(Observer.SELF), *fig.jerk_runs) for i in r.event_ids}
    return tuple(
        (minute_of(e.local_ms, fig.night), index[e.kind])
        for e in _own(events)
        if e.id not in in_runs and e.kind in index
    )


def _spans(
    events: Sequence[Event], fig: NightFigures, index: dict[str, int]
) -> tuple[RunSpan, ...]:
    by_id = {e.id: e for e in events}
    spans: list[RunSpan] = []
    for group, runs in ((RunGroup.LEG, fig.runs_of(Observer.SELF)), (RunGroup.JERK, fig.jerk_runs)):
        for run in runs:
            taps = [by_id[i] for i in run.event_ids if i in by_id]
            if not taps:
                continue
            taps.sort(key=lambda e: (e.utc_ms, e.id))
            spans.append(RunSpan(
                start=minute_of(taps[0].local_ms, fig.night),
                end=minute_of(taps[-1].local_ms, fig.night),
                group=group, movements=run.movements, kind_index=index.get(taps[0].kind, 0),
            ))  # fmt: skip
    return tuple(sorted(spans, key=lambda s: s.start))


def _kind_figures(
    kind: Kind, nights: dict[date, NightData], figures: dict[date, NightFigures]
) -> KindFigures:
    per_night = [f.counts.get(kind.key, 0) for f in figures.values()]
    per_hour: list[float] = []
    latency: list[float] = []
    for night, fig in figures.items():
        if fig.events_per_hour is not None and fig.winddown_hours:
            # This kind's taps in the night's wind-down, per hour of it (DESIGN section 6).
            per_hour.append(fig.winddown_counts.get(kind.key, 0) / fig.winddown_hours)
        if fig.lights_out is not None:
            lights_out = fig.lights_out.utc_ms
            after = [e for e in _own(nights[night].events)
                     if e.kind == kind.key and e.utc_ms >= lights_out]  # fmt: skip
            if after:
                latency.append((after[0].utc_ms - lights_out) / 60_000)
    return KindFigures(
        kind=kind,
        total=sum(per_night),
        nights_with_any=sum(1 for c in per_night if c),
        per_night=trend_summary(per_night),
        per_hour=trend_summary(per_hour),
        latency_min=trend_summary(latency),
    )


def _all_figures(logged: Sequence[NightFigures]) -> KindFigures:
    """Every kind together: exactly the `nights --json` events_per_hour and latency_min."""
    totals = [sum(f.counts.values()) for f in logged]
    return KindFigures(
        kind=None,
        total=sum(totals),
        nights_with_any=sum(1 for t in totals if t),
        per_night=trend_summary(totals),
        per_hour=trend_summary(
            [f.events_per_hour for f in logged if f.events_per_hour is not None]
        ),
        latency_min=trend_summary([f.latency_min for f in logged if f.latency_min is not None]),
    )


def _patterns(logged: Sequence[NightFigures], kinds: Sequence[Kind]) -> Patterns:
    groups = {k.group for k in kinds}
    return Patterns(
        nights={name: sum(1 for f in logged if name in f.patterns) for name in PATTERNS},
        leg_runs=_totals([f.run_figures_of(Observer.SELF) for f in logged]),
        wasm_runs=_totals([f.run_figures_of(Observer.SELF, wasm=True) for f in logged]),
        jerk_series=_totals([f.jerk_series_figures() for f in logged]),
        partner_runs=_totals(
            [f.run_figures_of(Observer.PARTNER) for f in logged if f.partner_leg_taps]
        ),
        after_winddown_taps=sum(f.after_winddown for f in logged),
        has_leg_kind=KindGroup.LEG in groups,
        has_jerk_kind=KindGroup.JERK in groups,
        has_sensation_kind=KindGroup.SENSATION in groups,
    )


def _totals(nights: Sequence[RunFigures]) -> RunTotals:
    """Runs of one rule over the nights: the share's median is over nights with such taps."""
    return RunTotals(
        nights_with=sum(1 for r in nights if r.periodic_runs),
        total=sum(r.periodic_runs for r in nights),
        longest=max((r.longest_run for r in nights), default=0),
        in_runs_share=trend_summary([r.in_runs_share for r in nights
                                     if r.in_runs_share is not None]),
    )  # fmt: skip


def _shown_kinds(kinds: Sequence[Kind], used: set[str]) -> tuple[Kind, ...]:
    """Enabled, unarchived kinds and any kind with events in the period, in the user's order."""
    ordered = sorted(kinds, key=lambda k: k.position)
    shown = [k for k in ordered if (k.enabled and not k.archived) or k.key in used]
    known = {k.key for k in shown}
    for key in sorted(used - known):
        label = key.replace("_", " ").capitalize()
        shown.append(Kind(key=key, label=label, colour=_FALLBACK_COLOUR, shape="o",
                          position=len(shown)))  # fmt: skip
    return tuple(shown)


def _clock(utc_ms: int, offset_min: int) -> str:
    """Local HH:MM as the moment was logged."""
    return format_local(utc_ms, offset_min)[11:16]
