"""Build the report model from domain data, with the same per-night analysis as `nights --json`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, time

from hypnic.domain.analysis import (
    MIN_TREND_NIGHTS,
    NightFigures,
    Summary,
    analyse_night,
    rolling_median,
    summarise,
)
from hypnic.domain.comparison import compare_medications
from hypnic.domain.diary import DiaryEntry
from hypnic.domain.events import Event, Observer
from hypnic.domain.history import MEDIAN_WINDOW, minute_of_night
from hypnic.domain.intervals import AASM_MIN_S, RUN_MAX_S, WASM_MIN_S
from hypnic.domain.kinds import Kind, kind_groups
from hypnic.domain.medications import Dose, format_amount
from hypnic.domain.period import Period, PeriodData
from hypnic.domain.timerules import format_local
from hypnic.report.model import (
    Comparison,
    ComparisonRow,
    DoseEntry,
    KindFigures,
    MedicationLine,
    NightExtras,
    NightLine,
    ReportModel,
    RunRuleFigures,
)

_FALLBACK_COLOUR = "#999999"
ALL_KINDS_LABEL = "All kinds"
# Not a kind key (keys start with a letter): the all-kinds total in the comparison.
ALL_KINDS_KEY = "*"


def build_report(*, period: Period, data: PeriodData, generated: date) -> ReportModel:
    """The summary of ``period`` from its nights' data; anything outside it is ignored.

    Archived medications are left out of the header.
    """
    day_boundary = data.day_boundary
    kinds = data.kinds
    nights_data = data.within(period).by_night()
    live_doses = [d for n in nights_data.values() for d in n.doses if not d.deleted]
    extras = night_extras(
        live_doses,
        [n.diary for n in nights_data.values() if n.diary is not None],
        {n.night: list(n.tags) for n in nights_data.values() if n.tags},
        {t.key: t.label for t in data.tags},
        period,
        day_boundary,
    )
    by_night = {n: [e for e in d.events if not e.deleted] for n, d in nights_data.items()}
    recs = {n: d.record for n, d in nights_data.items() if d.record is not None}
    medications = [m for m in data.medications if not m.archived]
    patient = data.patient.name
    date_of_birth = data.patient.date_of_birth.isoformat() if data.patient.date_of_birth else None
    groups = kind_groups(kinds)
    used = {e.kind for evs in by_night.values() for e in evs if e.by == Observer.SELF}
    shown = _shown_kinds(kinds, used)
    index = {k.key: i for i, k in enumerate(shown)}

    analysed: list[tuple[date, bool, list[Event], NightFigures]] = []
    for night in period.dates():
        evs = sorted(by_night.get(night, ()), key=lambda e: (e.utc_ms, e.id))
        extra = extras.get(night)
        logged = bool(evs) or night in recs or (extra is not None and extra.has_content)
        analysed.append((night, logged, evs, analyse_night(night, evs, recs.get(night), groups)))

    counts = [tuple(f.counts.get(k.key, 0) for k in shown) for _, _, _, f in analysed]
    trends = [
        rolling_median([c[i] if a[1] else None for c, a in zip(counts, analysed, strict=True)],
                       MEDIAN_WINDOW, min_values=MIN_TREND_NIGHTS)
        for i in range(len(shown))
    ]  # fmt: skip
    lines: list[NightLine] = []
    for row, (night, logged, evs, fig) in enumerate(analysed):
        own = [e for e in evs if e.by == Observer.SELF]
        record = recs.get(night)
        lo = fig.lights_out
        lines.append(
            NightLine(
                night=night,
                logged=logged,
                counts=counts[row],
                trend=tuple(t[row] for t in trends),
                partner_total=sum(fig.partner_counts.values()),
                lights_out=None if lo is None else _clock(lo.utc_ms, lo.offset_min),
                lights_out_minute=None if lo is None else minute_of_night(lo.local_ms, night),
                periodic_runs=fig.periodic_runs,
                longest_run=fig.longest_run,
                marks=tuple((minute_of_night(e.local_ms, night), index[e.kind]) for e in own),
                extras=extras.get(night, NightExtras()),
                note=record.note if record is not None else "",
            )
        )
    logged_figs = [(evs, fig) for _, logged, evs, fig in analysed if logged]
    return ReportModel(
        period=period,
        generated=generated,
        kinds=shown,
        nights=tuple(lines),
        figures=tuple(_kind_figures(k, logged_figs) for k in shown),
        all_kinds=_all_figures(logged_figs),
        runs=(_run_rule(logged_figs, wasm=False), _run_rule(logged_figs, wasm=True)),
        intervals_s=tuple(iv for _, f in logged_figs for iv in f.intervals_s),
        partner_total=sum(n.partner_total for n in lines),
        partner_nights=sum(1 for n in lines if n.partner_total),
        patient=patient or None,
        date_of_birth=date_of_birth or None,
        medications=tuple(
            MedicationLine(m.name, format_amount(m.usual_amount, m.unit), m.bedtime)
            for m in medications
            if not m.archived
        ),
        comparisons=_comparisons(lines, shown, live_doses, day_boundary),
    )


def night_extras(
    doses: Sequence[Dose],
    diary: Iterable[DiaryEntry],
    tags: Mapping[date, Sequence[str]],
    tag_labels: Mapping[str, str],
    period: Period,
    day_boundary: time,
) -> dict[date, NightExtras]:
    """Doses, sleep quality and tags of each night of ``period`` that has any."""
    by_night: dict[date, list[Dose]] = {}
    for dose in doses:
        by_night.setdefault(dose.night(day_boundary), []).append(dose)
    quality = {d.night: d.quality for d in diary if d.night in period}
    out: dict[date, NightExtras] = {}
    for night in {*by_night, *quality, *(n for n in tags if n in period)}:
        night_doses = sorted(by_night.get(night, ()), key=lambda d: (d.utc_ms, d.id))
        out[night] = NightExtras(
            doses=tuple(
                DoseEntry(
                    d.medication, d.amount, d.unit, format_local(d.utc_ms, d.offset_min)[11:16]
                )
                for d in night_doses
            ),
            dose_minutes=tuple(minute_of_night(d.local_ms, night) for d in night_doses),
            quality=quality.get(night),
            tags=tuple(tag_labels.get(k, k) for k in tags.get(night, ())),
            diary=night in quality,
        )
    return out


def trend_summary(values: Sequence[float]) -> Summary:
    """Median and IQR, or only the count when there are fewer than 3 nights (DESIGN 6)."""
    found = summarise(values)
    return found if found.n >= MIN_TREND_NIGHTS else Summary(None, None, None, found.n)


def _kind_figures(kind: Kind, nights: Sequence[tuple[list[Event], NightFigures]]) -> KindFigures:
    per_night = [fig.counts.get(kind.key, 0) for _, fig in nights]
    per_hour: list[float] = []
    latency: list[float] = []
    for evs, fig in nights:
        own = [e for e in evs if e.by == Observer.SELF]
        if fig.events_per_hour is not None and fig.winddown_hours:
            # This kind's taps in the night's wind-down, per hour of it (DESIGN section 6).
            per_hour.append(fig.winddown_counts.get(kind.key, 0) / fig.winddown_hours)
        if fig.lights_out is not None:
            after = [e for e in own if e.kind == kind.key and e.utc_ms >= fig.lights_out.utc_ms]
            if after:
                latency.append((after[0].utc_ms - fig.lights_out.utc_ms) / 60_000)
    return KindFigures(
        label=kind.label,
        total=sum(per_night),
        nights_with_any=sum(1 for c in per_night if c),
        per_night=trend_summary(per_night),
        per_hour=trend_summary(per_hour),
        latency_min=trend_summary(latency),
        kind=kind,
    )


def _all_figures(nights: Sequence[tuple[list[Event], NightFigures]]) -> KindFigures:
    """Every kind together: exactly the `nights --json` events_per_hour and latency_min."""
    totals = [sum(fig.counts.values()) for _, fig in nights]
    rates = [f.events_per_hour for _, f in nights if f.events_per_hour is not None]
    latencies = [f.latency_min for _, f in nights if f.latency_min is not None]
    return KindFigures(
        label=ALL_KINDS_LABEL,
        total=sum(totals),
        nights_with_any=sum(1 for t in totals if t),
        per_night=trend_summary(totals),
        per_hour=trend_summary(rates),
        latency_min=trend_summary(latencies),
    )


def _run_rule(nights: Sequence[tuple[list[Event], NightFigures]], *, wasm: bool) -> RunRuleFigures:
    figs = [f.run_figures_of(Observer.SELF, wasm=wasm) for _, f in nights]
    shares = [r.in_runs_share for r in figs if r.in_runs_share is not None]
    return RunRuleFigures(
        label="10–90 s (WASM)" if wasm else "5–90 s (AASM)",
        min_s=WASM_MIN_S if wasm else AASM_MIN_S,
        max_s=RUN_MAX_S,
        nights_with_run=sum(1 for r in figs if r.periodic_runs),
        nights_with_movement=len(shares),
        runs_total=sum(r.periodic_runs for r in figs),
        longest_run=max((r.longest_run for r in figs), default=0),
        in_runs_share=trend_summary(shares),
    )


def _comparisons(
    nights: Sequence[NightLine], kinds: Sequence[Kind], doses: Sequence[Dose], boundary: time
) -> tuple[Comparison, ...]:
    """The shared medication comparison (domain.comparison) over the logged nights."""
    logged = {n.night: n for n in nights if n.logged}
    counts = {night: dict(zip((k.key for k in kinds), n.counts, strict=True))
              for night, n in logged.items()}  # fmt: skip
    for night, n in logged.items():
        counts[night][ALL_KINDS_KEY] = n.total
    keys = [*(k.key for k in kinds), ALL_KINDS_KEY]
    labels = {k.key: k for k in kinds}
    return tuple(
        Comparison(
            medication=found.medication,
            nights_with=found.nights_with,
            nights_without=found.nights_without,
            rows=tuple(
                ComparisonRow(
                    labels[m.kind].label if m.kind in labels else ALL_KINDS_LABEL,
                    m.with_dose,
                    m.without_dose,
                    kind=labels.get(m.kind),
                )
                for m in found.medians
            ),
        )
        for found in compare_medications(counts, doses, day_boundary=boundary, kinds=keys)
    )


def _shown_kinds(kinds: Sequence[Kind], used: set[str]) -> tuple[Kind, ...]:
    """Enabled, unarchived kinds and any kind with events, in the user's order."""
    ordered = sorted(kinds, key=lambda k: k.position)
    shown = [k for k in ordered if (k.enabled and not k.archived) or k.key in used]
    known = {k.key for k in shown}
    for key in sorted(used - known):
        label = key.replace("_", " ").capitalize()
        shown.append(Kind(key=key, label=label, colour=_FALLBACK_COLOUR, shape="o",
                          position=len(shown)))  # fmt: skip
    return tuple(shown)


def _clock(utc_ms: int, offset_min: int) -> str:
    """Local HH:MM as the event was logged."""
    return format_local(utc_ms, offset_min)[11:16]
