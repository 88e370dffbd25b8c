"""Rest tests (DESIGN section 2): a timed sit-still session and its taps per hour by kind."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from hypnic.domain.errors import InputError
from hypnic.domain.events import Event, Instant, Observer
from hypnic.domain.kinds import KindGroup

# Like the Suggested Immobilization Test: an hour sitting in bed, legs outstretched.
DEFAULT_REST_TEST_MIN = 60
MAX_REST_TEST_MIN = 240
_MS_PER_HOUR = 3_600_000
_MAX_LENGTH_MS = MAX_REST_TEST_MIN * 60_000


@dataclass(frozen=True, slots=True)
class RestTest:
    """One rest test of a night: when it started, the minutes planned and how long it really
    ran (it can be stopped early; the rate uses the real length).

    Its taps are not stored with it: they are the night's own self taps from ``start`` to
    ``start + length_ms`` inclusive, so a tap trashed, restored or edited after the test
    changes the test's result with it and the two can never disagree.
    """

    id: str
    night: date
    start: Instant
    length_ms: int
    planned_min: int = DEFAULT_REST_TEST_MIN

    @property
    def end_utc_ms(self) -> int:
        return self.start.utc_ms + self.length_ms

    def with_changes(self, **changes: object) -> RestTest:
        return replace(self, **changes)  # type: ignore[arg-type]

    def covers(self, utc_ms: int) -> bool:
        """True when a tap at ``utc_ms`` was made during the test (both ends included)."""
        return self.start.utc_ms <= utc_ms <= self.end_utc_ms


def check_rest_test(test: RestTest) -> RestTest:
    """The test unchanged, or InputError naming the field that cannot be right."""
    if not 1 <= test.planned_min <= MAX_REST_TEST_MIN:
        raise InputError(
            f"{test.planned_min} is not a number of minutes from 1 to {MAX_REST_TEST_MIN}",
            field="planned_minutes",
        )
    if not 0 < test.length_ms <= _MAX_LENGTH_MS:
        raise InputError(
            f"a rest test must last more than 0 and at most {MAX_REST_TEST_MIN} minutes",
            field="end",
        )
    return test


@dataclass(frozen=True, slots=True)
class RestTestFigures:
    """A rest test's result: self taps by kind, and per hour of the test's real length.

    ``per_hour`` is every tap of the test together; ``leg_per_hour`` the taps of leg kinds,
    the figure a reader sets beside the SIT's cut-off (not equivalent: that one is from EMG).
    """

    start: Instant
    minutes: float
    counts: dict[str, int]
    per_hour: float
    per_hour_by_kind: dict[str, float]
    leg_per_hour: float


def rest_test_figures(
    test: RestTest, events: Iterable[Event], groups: Mapping[str, KindGroup]
) -> RestTestFigures:
    """Taps per hour by kind over the test's length, from the night's live self taps."""
    taps = [e for e in events if e.by == Observer.SELF and not e.deleted and test.covers(e.utc_ms)]
    counter = Counter(e.kind for e in taps)
    counts = {kind: counter[kind] for kind in sorted(counter)}
    hours = test.length_ms / _MS_PER_HOUR
    legs = sum(n for kind, n in counts.items() if groups.get(kind) == KindGroup.LEG)
    return RestTestFigures(
        start=test.start,
        minutes=test.length_ms / 60_000,
        counts=counts,
        per_hour=len(taps) / hours,
        per_hour_by_kind={kind: n / hours for kind, n in counts.items()},
        leg_per_hour=legs / hours,
    )
