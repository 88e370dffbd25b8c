"""History window wired to the store: shows the demo history, follows taps, opens a night."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from appkit import compose_app
from hypnic.domain.clock import FixedClock
from hypnic.domain.demo import generate_demo
from hypnic.store import Store
from hypnic.store.demo_fill import fill_demo_store

ZONE = ZoneInfo("Europe/Berlin")
LAST = date(2026, 11, 23)


@pytest.mark.qt_log_ignore("does not support raise")
def test_history_shows_nights_and_opens_one(qtbot, store: Store, tmp_path: Path) -> None:
    demo = generate_demo(end_night=LAST, zone=ZONE)
    fill_demo_store(store, demo)
    clock = FixedClock(int(datetime(2026, 11, 24, 21, 0, tzinfo=ZONE).timestamp() * 1000), ZONE)
    app = compose_app(qtbot, store, tmp_path, clock)
    log = app.event_log
    history = app.windows.show_history()
    assert history.isVisible()
    data = history.view.history
    assert data.rows[0].night == LAST  # newest on top
    assert sum(1 for r in data.rows if r.logged) == len(demo.nights)

    log.log_tap("kick")  # tonight, the 24th: the history follows after a short delay
    qtbot.waitUntil(lambda: history.view.history.rows[0].night == date(2026, 11, 24), timeout=3000)

    chosen = demo.nights[-3]
    history.view.night_activated.emit(chosen.night)
    review = app.windows.show_review()
    assert review.isVisible()
    assert review.night == chosen.night
    assert review.model.rowCount() == len(chosen.events)
    for window in (history, review):
        window.close()
