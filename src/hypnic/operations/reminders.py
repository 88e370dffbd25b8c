"""What the reminders read from the store: is anything logged tonight yet?"""

from __future__ import annotations

from datetime import date

from hypnic.operations.events import events_of_night
from hypnic.operations.night_records import record
from hypnic.store import Store


def nothing_logged(store: Store, night: date) -> bool:
    """True while ``night`` has no tap (either observer), no quiet mark and no lights-out."""
    current = record(store, night)
    if current.quiet or current.lights_out is not None:
        return False
    return not events_of_night(store, night)
