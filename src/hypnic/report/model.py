"""The doctor's summary as plain data (DESIGN section 8): what the pages show, no Qt, no words.

Every figure here comes from the one analysis (``PeriodData.figures``); the words around the
figures, in the summary's language, come from ``report.words`` when the pages are drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from hypnic.domain.analysis import Summary as Spread
from hypnic.domain.kinds import Kind, KindGroup
from hypnic.domain.period import Period

EMPTY_SPREAD = Spread(None, None, None, 0)


@dataclass(frozen=True, slots=True)
class DoseEntry:
    """One dose taken on a night: the medication, its amount and unit, its local HH:MM, and
    whether that is the medication's usual dose (the header says it, the table need not)."""

    medication: str
    amount: float | None = None
    unit: str | None = None
    clock: str | None = None
    usual: bool = False


@dataclass(frozen=True, slots=True)
class NightExtras:
    """What a night holds beside its events: doses, sleep quality, tags (labels)."""

    doses: tuple[DoseEntry, ...] = ()
    dose_minutes: tuple[float, ...] = ()  # minutes since 18:00 of the night, for the charts
    quality: int | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MedicationLine:
    """A current medication: its usual dose, whether it is a bedtime dose, and the night of
    its first dose in the store (None when none was ever logged)."""

    name: str
    usual_dose: str = ""
    bedtime: bool = False
    since: date | None = None


@dataclass(frozen=True, slots=True)
class KindFigures:
    """Key figures for one kind (``kind`` None: every kind together) over the logged nights."""

    kind: Kind | None
    total: int
    nights_with_any: int
    per_night: Spread
    per_hour: Spread
    latency_min: Spread


@dataclass(frozen=True, slots=True)
class RunTotals:
    """Runs under one rule across the period: nights with one, how many, the longest (in
    movements), and the share of the group's taps in runs (median over nights with taps)."""

    nights_with: int = 0
    total: int = 0
    longest: int = 0
    in_runs_share: Spread = EMPTY_SPREAD


@dataclass(frozen=True, slots=True)
class Patterns:
    """Nights per descriptive pattern (DESIGN section 6), and the runs behind two of them."""

    nights: dict[str, int]
    leg_runs: RunTotals = field(default_factory=RunTotals)  # 5–90 s, joining (after AASM)
    wasm_runs: RunTotals = field(default_factory=RunTotals)  # 10–90 s (after WASM)
    jerk_series: RunTotals = field(default_factory=RunTotals)
    partner_runs: RunTotals = field(default_factory=RunTotals)
    after_winddown_taps: int = 0
    has_leg_kind: bool = False
    has_jerk_kind: bool = False
    has_sensation_kind: bool = False


class RunGroup(StrEnum):
    LEG = "leg"
    JERK = "jerk"


@dataclass(frozen=True, slots=True)
class RunSpan:
    """A run drawn on the actogram: from its first to its last tap, in minutes since 18:00."""

    start: float
    end: float
    group: RunGroup
    movements: int
    kind_index: int  # the kind of its first tap, for its marker


@dataclass(frozen=True, slots=True)
class NightLine:
    """One calendar night of the period: an actogram row and a point of the counts chart.

    ``counts`` and ``trend`` line up with ``ReportModel.kinds``; ``marks`` holds the patient's
    taps that are in no run as (minutes since 18:00 of the night, index into the kinds), in
    time order; ``runs`` the leg runs and jerk series drawn as spans.
    """

    night: date
    logged: bool
    quiet: bool = False
    counts: tuple[int, ...] = ()
    trend: tuple[float | None, ...] = ()
    partner_total: int = 0
    lights_out: str | None = None
    lights_out_minute: float | None = None
    longest_run: int = 0
    longest_jerk_series: int = 0
    marks: tuple[tuple[float, int], ...] = ()
    runs: tuple[RunSpan, ...] = ()
    extras: NightExtras = field(default_factory=NightExtras)
    note: str = ""
    onset_minute: float | None = None

    @property
    def total(self) -> int:
        return sum(self.counts)


class RowSpan(StrEnum):
    NIGHT = "night"
    UNLOGGED = "unlogged"  # a run of nights with nothing recorded: one row
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class TableRow:
    """A row of the night-by-night table: one night, a run of unlogged nights, or (in a long
    period) a week or a month, whose counts are medians per logged night."""

    span: RowSpan
    first: date
    last: date
    logged: int = 0
    quiet: int = 0
    counts: tuple[float | None, ...] = ()
    partner_total: int = 0
    lights_out_minute: float | None = None  # a week's or a month's: the median
    longest_run: int = 0
    longest_jerk_series: int = 0
    doses: tuple[DoseEntry, ...] = ()  # a night's doses
    dose_nights: tuple[tuple[str, int], ...] = ()  # a week's: medication, nights with a dose
    quality: float | None = None
    tags: tuple[str, ...] = ()
    tag_nights: tuple[tuple[str, int], ...] = ()
    note: str = ""
    notes: int = 0

    @property
    def nights(self) -> int:
        return (self.last - self.first).days + 1


class Subject(StrEnum):
    MEDICATION = "medication"
    TAG = "tag"
    PERIOD = "period"


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a comparison: its nights and the median taps per night, by kind (lined up
    with ``ReportModel.kinds``), by group (lined up with ``ReportModel.groups``) and for every
    kind together; empty medians when too few."""

    nights: int
    medians: tuple[float, ...] = ()
    all_kinds: float | None = None
    by_group: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class Comparison:
    """Nights with a dose (or a tag) against logged nights without, or this period against the
    same number of nights before it (``before``). Medians need 3 nights on each side."""

    subject: Subject
    name: str
    with_side: Side
    without_side: Side
    comparable: bool
    before: Period | None = None


@dataclass(frozen=True, slots=True)
class DiaryMedians:
    """Morning-diary medians (IQR) over the nights whose answers give each figure."""

    nights: int = 0
    total_sleep_min: Spread = EMPTY_SPREAD
    efficiency: Spread = EMPTY_SPREAD
    sol_min: Spread = EMPTY_SPREAD
    waso_min: Spread = EMPTY_SPREAD
    quality: Spread = EMPTY_SPREAD


@dataclass(frozen=True, slots=True)
class RestTestLine:
    """One rest test: taps per hour of its real length by kind (lined up with the kinds)."""

    night: date
    start: str
    minutes: float
    per_hour_by_kind: tuple[float, ...]
    per_hour: float
    leg_per_hour: float


@dataclass(frozen=True, slots=True)
class RestMedians:
    """The median of every rest test's rates in the period (``tests`` of them)."""

    tests: int
    per_hour_by_kind: tuple[float, ...]
    per_hour: float
    leg_per_hour: float


@dataclass(frozen=True, slots=True)
class Onset:
    """When the evening symptoms began (minutes since 18:00 of the night), this period and the
    same number of nights before it."""

    before: Period
    this: Spread = EMPTY_SPREAD
    earlier: Spread = EMPTY_SPREAD
    points: tuple[tuple[date, float], ...] = ()  # both periods, oldest first

    @property
    def any(self) -> bool:
        return bool(self.points)


@dataclass(frozen=True, slots=True)
class ReportModel:
    """Everything the summary prints; ``nights`` are every calendar night, oldest first."""

    period: Period
    generated: date
    kinds: tuple[Kind, ...]
    nights: tuple[NightLine, ...]
    groups: tuple[KindGroup, ...] = ()  # the groups of the kinds shown, leg first
    rows: tuple[TableRow, ...] = ()
    figures: tuple[KindFigures, ...] = ()
    all_kinds: KindFigures | None = None
    patterns: Patterns = field(default_factory=lambda: Patterns({}))
    intervals_s: tuple[float, ...] = ()
    partner_total: int = 0
    partner_nights: int = 0
    patient: str | None = None
    date_of_birth: date | None = None
    medications: tuple[MedicationLine, ...] = ()
    comparisons: tuple[Comparison, ...] = ()
    diary: DiaryMedians = field(default_factory=DiaryMedians)
    rest_tests: tuple[RestTestLine, ...] = ()
    rest_medians: RestMedians | None = None
    onset: Onset | None = None

    @property
    def logged_nights(self) -> int:
        return sum(1 for n in self.nights if n.logged)

    @property
    def quiet_nights(self) -> int:
        return sum(1 for n in self.nights if n.quiet)

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
