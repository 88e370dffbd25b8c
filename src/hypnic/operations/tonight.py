"""The one definition of "tonight", and of the night an instant belongs to."""

from __future__ import annotations

from datetime import date, timedelta

from hypnic.domain.clock import Clock
from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant
from hypnic.domain.limits import check_night_date
from hypnic.domain.timerules import night_local_bounds, night_of
from hypnic.store import Store


def night_of_instant(store: Store, at: Instant) -> date:
    """The night ``at`` belongs to under the store's day boundary (DESIGN section 2)."""
    return night_of(at.utc_ms, at.offset_min, store.settings.day_boundary)


def tonight(store: Store, clock: Clock) -> date:
    """The night the current instant belongs to: the latest night that exists."""
    return night_of_instant(store, clock.now())


def check_night_exists(store: Store, clock: Clock, night: date, *, field: str = "night") -> None:
    """Refuse a night after tonight: it does not exist yet (DESIGN section 2), so nothing is
    logged, added, recorded or answered for it, by the window or the command line."""
    now = tonight(store, clock)
    if night > now:
        raise InputError(
            f"the night of {night.isoformat()} has not come yet (tonight is the night of "
            f"{now.isoformat()})",
            field=field,
        )
    check_night_date(night, now_utc_ms=clock.now().utc_ms, field=field)


def check_instant_night(store: Store, clock: Clock, at: Instant, *, field: str = "time") -> None:
    """Refuse an instant that belongs to a night after tonight (a time ahead of now is
    accepted as long as it is tonight's: a tap logged a moment ahead by a clock step)."""
    check_night_exists(store, clock, night_of_instant(store, at), field=field)


def last_night(store: Store, clock: Clock) -> date:
    """The night most recently slept: tonight while its morning lasts (before the day
    boundary), the night before once the boundary has passed."""
    now = clock.now()
    boundary = store.settings.day_boundary
    night = night_of(now.utc_ms, now.offset_min, boundary)
    start, _end = night_local_bounds(night, boundary)
    # Within the first day of the night (boundary to midnight): its sleep is still to come.
    evening = now.local_ms - start < 86_400_000 - _ms_of_day(start)
    return night - timedelta(days=1) if evening else night


def _ms_of_day(local_ms: int) -> int:
    return local_ms % 86_400_000
