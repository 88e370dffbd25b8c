"""The doctor's summary as plain data (DESIGN section 8): what the pages show, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hypnic.domain.analysis import Summary
from hypnic.domain.kinds import Kind
from hypnic.domain.period import Period

TITLE = "Hypnic summary"
METHODS_NOTE = (
    "Patient-reported taps, not a PLM index and not a diagnosis; periodic runs are of leg taps, "
    "5–90 s intervals after the AASM PLM rules (10–90 s WASM also shown)."
)
METHODS_DETAIL = (
    "Counts are the patient's own taps (a bed partner's are listed apart). A night is the "
    "evening's date; an event after midnight belongs to the night before. Wind-down runs from "
    "lights-out (or the first tap) to the last tap before a gap of over 60 minutes; a rate over "
    "less than 10 minutes is left out. Intervals are onset to onset between successive leg "
    "taps. A periodic run is 4 or more leg movements in a row with every interval within 5–90 s "
    "(taps under 5 s apart are one movement; 10–90 s, every tap, for the WASM figure). Medians "
    "and their interquartile range (IQR, 25th–75th percentile) are over "
    "logged nights and need 3 or more; trend lines are rolling 7-night medians. A medication "
    "comparison needs 3 or more nights with and without a dose."
)


@dataclass(frozen=True, slots=True)
class DoseEntry:
    """One dose taken on a night, as the table prints it."""

    medication: str
    amount: float | None = None
    unit: str | None = None
    clock: str | None = None  # local HH:MM

    def text(self) -> str:
        amount = "" if self.amount is None else f" {self.amount:g}"
        unit = f" {self.unit}" if self.unit and self.amount is not None else ""
        at = f" {self.clock}" if self.clock else ""
        return f"{self.medication}{amount}{unit}{at}"


@dataclass(frozen=True, slots=True)
class NightExtras:
    """What a night holds beside its events, when the store keeps it (doses, diary answers)."""

    doses: tuple[DoseEntry, ...] = ()
    dose_minutes: tuple[int, ...] = ()  # minutes since 18:00 of the night, for the raster
    quality: int | None = None
    tags: tuple[str, ...] = ()
    diary: bool = False  # the morning diary was filled in (perhaps without a quality)

    @property
    def has_content(self) -> bool:
        return bool(self.doses or self.quality is not None or self.tags or self.diary)


@dataclass(frozen=True, slots=True)
class MedicationLine:
    """A current medication and its usual dose, for the header."""

    name: str
    usual_dose: str = ""
    bedtime: bool = False


@dataclass(frozen=True, slots=True)
class KindFigures:
    """Key figures for one kind (or for all kinds together) over the logged nights."""

    label: str
    total: int
    nights_with_any: int
    per_night: Summary
    per_hour: Summary
    latency_min: Summary
    kind: Kind | None = None


@dataclass(frozen=True, slots=True)
class RunRuleFigures:
    """Periodic runs of the patient's leg taps under one interval rule."""

    label: str
    min_s: float
    max_s: float
    nights_with_run: int
    nights_with_movement: int
    runs_total: int
    longest_run: int
    in_runs_share: Summary


@dataclass(frozen=True, slots=True)
class NightLine:
    """One calendar night of the period: a table row and an actogram row.

    ``counts`` and ``trend`` line up with ``ReportModel.kinds``; ``marks`` holds the patient's
    events as (minutes since 18:00 of the night, index into the kinds), in time order.
    """

    night: date
    logged: bool
    counts: tuple[int, ...] = ()
    trend: tuple[float | None, ...] = ()
    partner_total: int = 0
    lights_out: str | None = None
    lights_out_minute: int | None = None
    periodic_runs: int = 0
    longest_run: int = 0
    marks: tuple[tuple[int, int], ...] = ()
    extras: NightExtras = field(default_factory=NightExtras)
    note: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """Median events per night of one kind (or all) with a dose and without."""

    label: str
    with_dose: float
    without_dose: float
    kind: Kind | None = None


@dataclass(frozen=True, slots=True)
class Comparison:
    """Nights with a dose of one medication against logged nights without.

    ``rows`` is empty when either side has fewer than 3 nights (DESIGN section 6).
    """

    medication: str
    nights_with: int
    nights_without: int
    rows: tuple[ComparisonRow, ...]


@dataclass(frozen=True, slots=True)
class ReportModel:
    """Everything the summary prints; nights are every calendar night, oldest first."""

    period: Period
    generated: date
    kinds: tuple[Kind, ...]
    nights: tuple[NightLine, ...]
    figures: tuple[KindFigures, ...] = ()
    all_kinds: KindFigures | None = None
    runs: tuple[RunRuleFigures, ...] = ()
    intervals_s: tuple[float, ...] = ()
    partner_total: int = 0
    partner_nights: int = 0
    patient: str | None = None
    date_of_birth: str | None = None
    medications: tuple[MedicationLine, ...] = ()
    comparisons: tuple[Comparison, ...] = ()
    title: str = TITLE
    methods: str = METHODS_NOTE

    @property
    def logged_nights(self) -> int:
        return sum(1 for n in self.nights if n.logged)

    @property
    def empty(self) -> bool:
        return self.logged_nights == 0

    @property
    def has_doses(self) -> bool:
        return any(n.extras.doses for n in self.nights)

    @property
    def has_quality(self) -> bool:
        return any(n.extras.quality is not None for n in self.nights)

    @property
    def has_tags(self) -> bool:
        return any(n.extras.tags for n in self.nights)

    def logged_of_period(self) -> str:
        """Like "23 of 30 nights logged": the denominator is every night of the period."""
        nights = self.period.nights
        return f"{self.logged_nights} of {nights} night{'s' if nights != 1 else ''} logged"


def fmt_summary(summary: Summary, digits: int, *, percent: bool = False) -> str:
    """Like "9 (6–12)": the median and the interquartile range; "–" when there is no median."""
    if summary.median is None or summary.q1 is None or summary.q3 is None:
        return "–"
    scale, unit = (100.0, " %") if percent else (1.0, "")

    def num(value: float) -> str:
        value *= scale
        if digits == 0 and not percent:
            # A median of counts can be a half; rounding it away would misstate it.
            return f"{round(value, 1):g}"
        return f"{value:.{digits}f}"

    return f"{num(summary.median)}{unit} ({num(summary.q1)}–{num(summary.q3)})"


def at_a_glance(model: ReportModel) -> str:
    """One sentence a busy reader takes in first: typical night, latency, periodic runs."""
    if model.empty:
        return ""
    medians = [(f.label, f.per_night.median) for f in model.figures]
    if any(m is None for _, m in medians):
        return "Too few logged nights for medians (3 or more are needed)."
    parts = ", ".join(f"{label} {m:g}" for label, m in medians if m is not None)
    text = f"A typical logged night (median): {parts}."
    latency = model.all_kinds.latency_min.median if model.all_kinds else None
    if latency is not None:
        text += f" First tap {latency:.0f} min after lights-out."
    if model.runs:
        rule = model.runs[0]
        text += (
            f" Periodic runs ({rule.min_s:g}–{rule.max_s:g} s rule) on {rule.nights_with_run} of "
        )
        text += f"{model.logged_nights} nights."
    for comp in model.comparisons:
        if comp.rows:
            both = comp.rows[-1]
            text += (
                f" Median taps a night with {comp.medication} {both.with_dose:g} "
                f"({comp.nights_with} nights), without {both.without_dose:g} "
                f"({comp.nights_without} nights)."
            )
    return text
