"""A period of nights as plain data: what every view of many nights reads (`nights`, the
history, the JSON backup, the summary), read once by ``operations.period`` and never regrouped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta

from hypnic.domain.analysis import NightFigures, analyse_night
from hypnic.domain.diary import DiaryEntry
from hypnic.domain.errors import InputError
from hypnic.domain.events import Event, NightRecord
from hypnic.domain.kinds import Kind, kind_groups
from hypnic.domain.limits import EARLIEST_NIGHT
from hypnic.domain.medications import Dose, Medication
from hypnic.domain.patient import Patient
from hypnic.domain.rest_tests import RestTest
from hypnic.domain.tags import Tag

DEFAULT_NIGHTS = 30
# A summary's longest period: ten years of nights, condensed to weekly rows, still reads as a
# document; a 9999-year period would not (DESIGN section 8).
MAX_NIGHTS = 3_660


@dataclass(frozen=True, slots=True)
class Period:
    """Nights ``first``..``last`` inclusive."""

    first: date
    last: date

    @property
    def nights(self) -> int:
        return (self.last - self.first).days + 1

    def dates(self) -> Iterator[date]:
        """Every calendar night of the period, oldest first."""
        for offset in range(self.nights):
            yield self.first + timedelta(days=offset)

    def __contains__(self, night: object) -> bool:
        return isinstance(night, date) and self.first <= night <= self.last


def period_before(period: Period) -> Period | None:
    """The same number of nights just before ``period`` (the summary compares the two), cut
    at the earliest night Hypnic keeps; None when there is no night before it."""
    last = period.first - timedelta(days=1)
    if last < EARLIEST_NIGHT:
        return None
    return Period(max(period.first - timedelta(days=period.nights), EARLIEST_NIGHT), last)


@dataclass(frozen=True, slots=True)
class NightData:
    """Everything one night holds: its live events and doses (oldest first), its record, its
    diary answers and its tags (in the tags' order)."""

    night: date
    events: tuple[Event, ...] = ()
    doses: tuple[Dose, ...] = ()
    record: NightRecord | None = None
    diary: DiaryEntry | None = None
    tags: tuple[str, ...] = ()
    rest_tests: tuple[RestTest, ...] = ()


@dataclass(frozen=True, slots=True)
class PeriodData:
    """The nights of a period that have any event, dose or record, oldest first, with what
    reading them needs: the kinds, medications and tags, the day boundary and the patient.

    ``first_doses`` gives, for the summary's "since", the night of each medication's first
    live dose in the whole store (read only for a summary; empty otherwise).
    """

    nights: tuple[NightData, ...]
    kinds: tuple[Kind, ...]
    medications: tuple[Medication, ...] = ()
    tags: tuple[Tag, ...] = ()
    day_boundary: time = time(12, 0)
    patient: Patient = field(default_factory=Patient)
    first_doses: tuple[tuple[str, date], ...] = ()

    def night(self, night: date) -> NightData:
        """The night's data (an empty NightData for a night with nothing recorded)."""
        for data in self.nights:
            if data.night == night:
                return data
        return NightData(night)

    def figures(self, night: NightData) -> NightFigures:
        """One night's figures (DESIGN section 6): the one analysis every view shows."""
        return analyse_night(
            night.night,
            night.events,
            night.record,
            kind_groups(self.kinds),
            diary=night.diary,
            rest_tests=night.rest_tests,
            day_boundary=self.day_boundary,
        )

    def by_night(self) -> dict[date, NightData]:
        return {n.night: n for n in self.nights}

    def events(self) -> Iterator[Event]:
        for night in self.nights:
            yield from night.events

    def doses(self) -> Iterator[Dose]:
        for night in self.nights:
            yield from night.doses

    def within(self, period: Period) -> PeriodData:
        """The same data cut to ``period``'s nights."""
        return replace(self, nights=tuple(n for n in self.nights if n.night in period))


@dataclass(frozen=True, slots=True)
class SummaryRequest:
    """What the person asked a summary of: a period (any of the CLI's ways) and a name."""

    first: date | None = None
    last: date | None = None
    last_n: int | None = None
    patient: str | None = None


def resolve_period(
    *,
    first: date | None,
    last: date | None,
    last_n: int | None,
    latest: date | None,
    today: date,
    earliest: date | None = None,
) -> Period:
    """The period the user asked for; ``latest`` and ``earliest`` are the newest and oldest
    nights with any record.

    With no dates the period is the ``DEFAULT_NIGHTS`` nights ending with ``latest`` (or
    ``today`` when nothing was ever logged). ``--last N`` counts back from ``--to`` if given.
    The period is then trimmed to the nights that can hold records (DESIGN sections 5 and 8):
    from the first night with any record (when it lies within), to tonight at the latest.
    Raises InputError for combinations that cannot mean one period, and for a period that
    would still be longer than ``MAX_NIGHTS``.
    """
    if last_n is not None:
        if first is not None:
            raise InputError("use either --last or --from, not both", field="--last")
        if last_n < 1:
            raise InputError(f"--last needs a number of nights of 1 or more, not {last_n}",
                             field="--last")  # fmt: skip
    if first is not None and last is not None and first > last:
        raise InputError(f"{first} is after --to {last}", field="--from")
    if last is not None and last < EARLIEST_NIGHT:
        raise InputError(f"{last} is before 1970; Hypnic keeps no earlier nights", field="--to")
    if first is not None and first > today:
        raise InputError(f"{first} is a night that has not come yet", field="--from")
    anchor = latest if latest is not None else today
    if first is not None:
        start = max(first, EARLIEST_NIGHT)
        end = min(last if last is not None else max(first, anchor), today)
    else:
        end = max(min(last if last is not None else anchor, today), EARLIEST_NIGHT)
        count = last_n if last_n is not None else DEFAULT_NIGHTS
        # Counted in whole nights first: --last 1000000000 must not run off the calendar.
        start = end - timedelta(days=min(count - 1, (end - EARLIEST_NIGHT).days))
    if earliest is not None and start < earliest <= end:
        start = earliest
    nights = (end - start).days + 1
    if nights > MAX_NIGHTS:
        raise InputError(
            f"{start} to {end} is {nights:,} nights; a summary covers at most {MAX_NIGHTS:,} "
            "(about ten years): choose a shorter period",
            field="--from" if first is not None else "--last",
        )
    return Period(start, end)
