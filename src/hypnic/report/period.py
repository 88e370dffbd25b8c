"""Which nights a summary covers: --from/--to, --last N, or 30 nights up to the latest."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from hypnic.domain.errors import InputError

DEFAULT_NIGHTS = 30


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


def resolve_period(
    *,
    first: date | None,
    last: date | None,
    last_n: int | None,
    latest: date | None,
    today: date,
) -> Period:
    """The period the user asked for; ``latest`` is the newest night with any record.

    With no dates the period is the ``DEFAULT_NIGHTS`` nights ending with ``latest`` (or
    ``today`` when nothing was ever logged). ``--last N`` counts back from ``--to`` if given.
    Raises InputError for combinations that cannot mean one period.
    """
    if last_n is not None:
        if first is not None:
            raise InputError("use either --last or --from, not both", field="--last")
        if last_n < 1:
            raise InputError(f"--last needs a number of nights of 1 or more, not {last_n}",
                             field="--last")  # fmt: skip
    if first is not None and last is not None and first > last:
        raise InputError(f"{first} is after --to {last}", field="--from")
    anchor = latest if latest is not None else today
    if first is not None:
        return Period(first, last if last is not None else max(first, anchor))
    end = last if last is not None else anchor
    count = last_n if last_n is not None else DEFAULT_NIGHTS
    return Period(end - timedelta(days=count - 1), end)
