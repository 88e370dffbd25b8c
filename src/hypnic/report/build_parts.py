"""The summary's second page as data: the table's rows, the comparisons, the diary medians,
the rest tests and the evening symptoms' onset."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, timedelta

from hypnic.domain.analysis import MIN_TREND_NIGHTS, NightFigures, summarise
from hypnic.domain.analysis import Summary as Spread
from hypnic.domain.comparison import compare_nights
from hypnic.domain.kinds import Kind, KindGroup, kind_groups
from hypnic.domain.period import Period, PeriodData
from hypnic.domain.timerules import format_local
from hypnic.report.model import (
    Comparison,
    DiaryMedians,
    NightLine,
    Onset,
    RestMedians,
    RestTestLine,
    RowSpan,
    Side,
    Subject,
    TableRow,
)

# Up to 92 nights the table has a row a night; longer periods condense (DESIGN section 8):
# a row a week up to a year (53 weeks), a row a month beyond.
DAILY_ROWS_MAX = 92
WEEKLY_ROWS_MAX = 53 * 7
_ANCHOR_HOUR = 18
_EPOCH = date(1970, 1, 1)
# Not a kind key (keys start with a letter): every kind together in a comparison.
_ALL = "*"

Figures = Mapping[date, NightFigures]


def minute_of(local_ms: int, night: date) -> float:
    """Local wall-clock minutes from 18:00 of ``night`` (a DST night keeps its clock times)."""
    anchor_ms = ((night - _EPOCH).days * 24 + _ANCHOR_HOUR) * 3_600_000
    return (local_ms - anchor_ms) / 60_000


def spread(values: Iterable[float]) -> Spread:
    """Median and IQR, or only the count when there are fewer than 3 values (DESIGN 6)."""
    found = summarise(list(values))
    return found if found.n >= MIN_TREND_NIGHTS else Spread(None, None, None, found.n)


# -- the night-by-night table ---------------------------------------------------------------


def table_rows(period: Period, lines: Sequence[NightLine]) -> tuple[TableRow, ...]:
    """Rows newest first: a night each up to 92 nights, else a week (Monday to Sunday) up to
    a year, a month beyond; a run of rows with nothing logged is one row."""
    if period.nights <= DAILY_ROWS_MAX:
        groups = [[line] for line in lines]
    else:
        key: Callable[[date], object] = (
            (lambda d: d - timedelta(days=d.weekday()))
            if period.nights <= WEEKLY_ROWS_MAX
            else (lambda d: (d.year, d.month))
        )
        groups = []
        for line in lines:
            if groups and key(groups[-1][0].night) == key(line.night):
                groups[-1].append(line)
            else:
                groups.append([line])
    span = (
        RowSpan.NIGHT if period.nights <= DAILY_ROWS_MAX
        else RowSpan.WEEK if period.nights <= WEEKLY_ROWS_MAX
        else RowSpan.MONTH
    )  # fmt: skip
    rows: list[TableRow] = []
    for group in groups:
        first, last = group[0].night, group[-1].night
        if not any(line.logged for line in group):
            if rows and rows[-1].span == RowSpan.UNLOGGED:
                rows[-1] = TableRow(RowSpan.UNLOGGED, rows[-1].first, last)
            else:
                rows.append(TableRow(RowSpan.UNLOGGED, first, last))
        elif span == RowSpan.NIGHT:
            rows.append(_night_row(group[0]))
        else:
            rows.append(_condensed_row(span, group))
    return tuple(reversed(rows))


def _night_row(line: NightLine) -> TableRow:
    return TableRow(
        RowSpan.NIGHT, line.night, line.night, logged=1, quiet=int(line.quiet),
        counts=tuple(float(c) for c in line.counts), partner_total=line.partner_total,
        lights_out_minute=line.lights_out_minute, longest_run=line.longest_run,
        longest_jerk_series=line.longest_jerk_series, doses=line.extras.doses,
        quality=line.extras.quality, tags=line.extras.tags, note=" ".join(line.note.split()),
        notes=int(bool(line.note.strip())),
    )  # fmt: skip


def _condensed_row(span: RowSpan, group: Sequence[NightLine]) -> TableRow:
    """A week or a month: counts are medians per logged night, the rest in numbers of nights."""
    logged = [line for line in group if line.logged]
    width = len(logged[0].counts)
    lights = [n.lights_out_minute for n in logged if n.lights_out_minute is not None]
    quality = [n.extras.quality for n in logged if n.extras.quality is not None]
    return TableRow(
        span, group[0].night, group[-1].night, logged=len(logged),
        quiet=sum(1 for n in logged if n.quiet),
        counts=tuple(float(statistics.median(n.counts[k] for n in logged)) for k in range(width)),
        partner_total=sum(n.partner_total for n in logged),
        lights_out_minute=statistics.median(lights) if lights else None,
        longest_run=max(n.longest_run for n in logged),
        longest_jerk_series=max(n.longest_jerk_series for n in logged),
        dose_nights=_nights_per({d.medication for d in n.extras.doses} for n in logged),
        quality=float(statistics.median(quality)) if quality else None,
        tag_nights=_nights_per(set(n.extras.tags) for n in logged),
        notes=sum(1 for n in logged if n.note.strip()),
    )  # fmt: skip


def _nights_per(names: Iterable[Iterable[str]]) -> tuple[tuple[str, int], ...]:
    """How many nights each name appears on, in order of first appearance."""
    counts: dict[str, int] = {}
    for night in names:
        for name in night:
            counts[name] = counts.get(name, 0) + 1
    return tuple(counts.items())


# -- comparisons ------------------------------------------------------------------------------


def comparisons(
    here: PeriodData,
    figures: Figures,
    earlier: Figures,
    before: Period | None,
    kinds: Sequence[Kind],
    groups: Sequence[KindGroup],
) -> tuple[Comparison, ...]:
    """Each medication dosed and each tag set on a logged night of the period: its nights
    against the other logged nights; then the period against the same number of nights
    before it. Medians of the patient's taps per night, by kind, by group and all together."""
    group_of = kind_groups(here.kinds)
    keys = [k.key for k in kinds] + [_group_key(g) for g in groups]

    def totals(found: Figures) -> dict[date, dict[str, int]]:
        out: dict[date, dict[str, int]] = {}
        for night, fig in found.items():
            counts = {**fig.counts, _ALL: sum(fig.counts.values())}
            for key, n in fig.counts.items():
                group = _group_key(group_of.get(key, KindGroup.OTHER))
                counts[group] = counts.get(group, 0) + n
            out[night] = counts
        return out

    counts = totals(figures)
    logged = sorted(counts)
    found: list[Comparison] = []
    dosed: dict[str, set[date]] = {}
    for night in here.nights:
        for dose in night.doses:
            if not dose.deleted:
                dosed.setdefault(dose.medication, set()).add(night.night)
    for name in sorted(dosed, key=lambda n: (n.casefold(), n)):
        nights = dosed[name]
        without = [n for n in logged if n not in nights]
        found.append(_compare(Subject.MEDICATION, name, sorted(nights), without, counts, keys,
                              len(kinds)))  # fmt: skip
    tagged: dict[str, set[date]] = {}
    for night in here.nights:
        for tag in night.tags:
            tagged.setdefault(tag, set()).add(night.night)
    labels = {t.key: t.label for t in here.tags}
    order = [t.key for t in sorted(here.tags, key=lambda t: t.position)]
    for key in sorted(tagged, key=lambda k: (order.index(k) if k in order else len(order), k)):
        nights = tagged[key]
        without = [n for n in logged if n not in nights]
        found.append(_compare(Subject.TAG, labels.get(key, key), sorted(nights), without,
                              counts, keys, len(kinds)))  # fmt: skip
    if before is not None:
        previous = totals(earlier)
        found.append(_compare(Subject.PERIOD, "", logged, sorted(previous),
                              {**counts, **previous}, keys, len(kinds), before))  # fmt: skip
    return tuple(found)


def _group_key(group: KindGroup) -> str:
    return f"{_ALL}{group.value}"


def _compare(
    subject: Subject,
    name: str,
    with_nights: Sequence[date],
    without_nights: Sequence[date],
    counts: Mapping[date, Mapping[str, int]],
    keys: Sequence[str],
    kinds: int,
    before: Period | None = None,
) -> Comparison:
    medians = compare_nights(counts, with_nights, without_nights, [*keys, _ALL])
    if not medians:
        return Comparison(subject, name, Side(len(with_nights)), Side(len(without_nights)),
                          comparable=False, before=before)  # fmt: skip
    per_kind, per_group, total = medians[:kinds], medians[kinds:-1], medians[-1]
    return Comparison(
        subject, name,
        Side(len(with_nights), tuple(m.with_dose for m in per_kind), total.with_dose,
             tuple(m.with_dose for m in per_group)),
        Side(len(without_nights), tuple(m.without_dose for m in per_kind), total.without_dose,
             tuple(m.without_dose for m in per_group)),
        comparable=True, before=before,
    )  # fmt: skip


# -- diary, rest tests, onset -------------------------------------------------------------------


def diary_medians(here: PeriodData, figures: Figures) -> DiaryMedians:
    answers = [figures[n.night].diary for n in here.nights]
    diary = [d for d in answers if d is not None]
    quality = [n.diary.quality for n in here.nights if n.diary and n.diary.quality is not None]
    return DiaryMedians(
        nights=len(diary),
        total_sleep_min=spread(d.total_sleep_min for d in diary if d.total_sleep_min is not None),
        efficiency=spread(d.sleep_efficiency for d in diary if d.sleep_efficiency is not None),
        sol_min=spread(d.sol_min for d in diary if d.sol_min is not None),
        waso_min=spread(d.waso_min for d in diary if d.waso_min is not None),
        quality=spread(quality),
    )


def rest_test_lines(
    here: PeriodData, figures: Figures, kinds: Sequence[Kind]
) -> tuple[RestTestLine, ...]:
    """Every rest test of the period, oldest first, its rates lined up with ``kinds``."""
    return tuple(
        RestTestLine(
            night=night.night,
            start=format_local(test.start.utc_ms, test.start.offset_min)[11:16],
            minutes=test.minutes,
            per_hour_by_kind=tuple(test.per_hour_by_kind.get(k.key, 0.0) for k in kinds),
            per_hour=test.per_hour,
            leg_per_hour=test.leg_per_hour,
        )
        for night in here.nights
        for test in figures[night.night].rest_tests
    )


def rest_medians(tests: Sequence[RestTestLine]) -> RestMedians | None:
    """The median rates over two or more rest tests."""
    if len(tests) < 2:
        return None
    kinds = len(tests[0].per_hour_by_kind)
    return RestMedians(
        tests=len(tests),
        per_hour_by_kind=tuple(
            float(statistics.median(t.per_hour_by_kind[k] for t in tests)) for k in range(kinds)
        ),
        per_hour=float(statistics.median(t.per_hour for t in tests)),
        leg_per_hour=float(statistics.median(t.leg_per_hour for t in tests)),
    )


def onset(figures: Figures, earlier: Figures, before: Period) -> Onset:
    """The evening symptoms' onset of each night that has one, this period and the one before."""

    def points(found: Figures) -> list[tuple[date, float]]:
        return [
            (night, minute_of(f.symptoms_from.local_ms, night))
            for night, f in sorted(found.items())
            if f.symptoms_from is not None
        ]

    this, previous = points(figures), points(earlier)
    return Onset(
        before=before,
        this=spread(m for _, m in this),
        earlier=spread(m for _, m in previous),
        points=tuple(previous + this),
    )
