"""Did a medication change the nights? Nights with a dose of it against nights without."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time

from hypnic.domain.medications import Dose
from hypnic.domain.timerules import DEFAULT_DAY_BOUNDARY

# DESIGN section 6: a comparison needs 3 or more nights on each side; fewer says nothing.
MIN_COMPARISON_NIGHTS = 3


@dataclass(frozen=True, slots=True)
class KindMedians:
    """Median events of one kind per night, on nights with a dose and on nights without."""

    kind: str
    with_dose: float
    without_dose: float


@dataclass(frozen=True, slots=True)
class MedicationComparison:
    """One medication's nights with a dose and without, and (when there are enough nights on
    both sides) the medians by kind of the patient's own taps; ``medians`` is empty otherwise."""

    medication: str
    nights_with: int
    nights_without: int
    medians: tuple[KindMedians, ...]
    min_nights: int = MIN_COMPARISON_NIGHTS

    @property
    def comparable(self) -> bool:
        return self.nights_with >= self.min_nights and self.nights_without >= self.min_nights

    def median(self, kind: str) -> KindMedians | None:
        return next((m for m in self.medians if m.kind == kind), None)


def compare_medications(
    night_counts: Mapping[date, Mapping[str, int]],
    doses: Iterable[Dose],
    *,
    day_boundary: time = DEFAULT_DAY_BOUNDARY,
    kinds: Sequence[str] | None = None,
    min_nights: int = MIN_COMPARISON_NIGHTS,
) -> tuple[MedicationComparison, ...]:
    """Compare, for each medication with a dose on one of the nights, the nights with a dose
    of it against the other nights.

    ``night_counts`` holds every night of the period that has any record (events, doses, a
    diary, tags or a note), each with the patient's own event counts by kind (an empty mapping
    for a night without taps). A dose counts for the night it belongs to (00:30 is the evening
    before); trashed doses and doses on nights outside ``night_counts`` are ignored.
    ``kinds`` orders the kinds compared (default: every kind counted, sorted); a kind missing
    from a night's counts counts as 0 there.
    """
    dosed: dict[str, set[date]] = defaultdict(set)
    for dose in doses:
        if dose.deleted:
            continue
        night = dose.night(day_boundary)
        if night in night_counts:
            dosed[dose.medication].add(night)
    order = (
        list(kinds)
        if kinds is not None
        else sorted({kind for counts in night_counts.values() for kind in counts})
    )
    results = []
    for medication in sorted(dosed, key=lambda name: (name.casefold(), name)):
        with_nights = sorted(dosed[medication])
        without_nights = [n for n in night_counts if n not in dosed[medication]]
        medians = compare_nights(
            night_counts, with_nights, without_nights, order, min_nights=min_nights
        )
        results.append(
            MedicationComparison(
                medication, len(with_nights), len(without_nights), medians, min_nights
            )
        )
    return tuple(results)


def compare_nights(
    night_counts: Mapping[date, Mapping[str, int]],
    with_nights: Sequence[date],
    without_nights: Sequence[date],
    kinds: Sequence[str],
    *,
    min_nights: int = MIN_COMPARISON_NIGHTS,
) -> tuple[KindMedians, ...]:
    """Median taps per night of each of ``kinds`` on one set of nights against another (a
    dose or a tag against none, this period against the one before): the one comparison rule
    of DESIGN section 6. Empty when either side has fewer than ``min_nights`` nights."""
    if len(with_nights) < min_nights or len(without_nights) < min_nights:
        return ()
    return tuple(
        KindMedians(
            kind,
            _median(night_counts[n].get(kind, 0) for n in with_nights),
            _median(night_counts[n].get(kind, 0) for n in without_nights),
        )
        for kind in kinds
    )


def _median(values: Iterable[int]) -> float:
    # statistics pulls in decimal and fractions: loaded only when a comparison is drawn,
    # not while the bedside window starts.
    import statistics

    return float(statistics.median(list(values)))
