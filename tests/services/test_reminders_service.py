"""The reminders service on a real store: nothing logged tonight means no tap, no quiet mark and
no lights-out; the autostart entry is written and removed only when asked."""

from __future__ import annotations

import os
from datetime import date, time
from pathlib import Path
from zoneinfo import ZoneInfo

from hypnic.domain.clock import FixedClock
from hypnic.domain.events import Observer
from hypnic.domain.reminders import Reminder, ReminderSettings
from hypnic.operations import night_records
from hypnic.operations.events import log_event, new_event
from hypnic.paths import Paths
from hypnic.services.diary import MorningDiary
from hypnic.services.preferences import Preferences
from hypnic.services.reminders import Reminders
from hypnic.store import Store
from timehelp import utc_ms

LONDON = ZoneInfo("Europe/London")
NIGHT = date(2026, 11, 24)


def _reminders(store: Store, clock: FixedClock, tmp_path: Path) -> Reminders:
    prefs = Preferences(path=tmp_path / "hypnic.ini")
    prefs.set_reminders(ReminderSettings(enabled=True, winddown_at=time(22, 0)))
    diary = MorningDiary(store=store, clock=clock, preferences=prefs)
    paths = Paths(data_dir=tmp_path / "data", config_dir=tmp_path, log_dir=tmp_path / "logs")
    return Reminders(store=store, clock=clock, preferences=prefs, diary=diary, paths=paths)


def test_off_by_default(qtbot, store: Store, tmp_path: Path) -> None:
    prefs = Preferences(path=tmp_path / "hypnic.ini")
    assert prefs.reminders == ReminderSettings()
    assert not prefs.reminders.enabled


def test_winddown_is_due_only_while_nothing_is_logged(qtbot, store: Store, tmp_path: Path) -> None:
    clock = FixedClock(utc_ms(2026, 11, 24, 22, 5), LONDON)
    night_records.set_quiet(store, clock, NIGHT)
    reminders = _reminders(store, clock, tmp_path)
    assert reminders.check() == []  # marked quiet: something is logged
    night_records.set_quiet(store, clock, NIGHT, False)
    night_records.lights_out_now(store, clock)
    assert reminders.check() == []
    night_records.set_lights_out(store, NIGHT, None, clock=clock)
    log_event(store, new_event("kick", clock.now(), by=Observer.PARTNER), clock=clock)
    assert reminders.check() == []
    other = _reminders(store, FixedClock(utc_ms(2026, 11, 25, 22, 5), LONDON), tmp_path)
    with qtbot.waitSignal(other.due) as blocker:
        assert other.check() == [Reminder.WINDDOWN]
    assert blocker.args == ["winddown"]


def test_autostart_entry_written_and_removed(qtbot, store: Store, tmp_path: Path) -> None:
    clock = FixedClock(utc_ms(2026, 11, 24, 12, 0), LONDON)
    reminders = _reminders(store, clock, tmp_path)
    assert not reminders.autostart_enabled()  # never made unasked
    entry = Path(reminders.set_autostart(True))
    config = Path(os.environ["XDG_CONFIG_HOME"])
    assert entry == config / "autostart" / "org.hypnic.Hypnic.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "[Desktop Entry]" in text and "Type=Application" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(f"--data-dir {tmp_path / 'data'}")
    assert reminders.autostart_enabled()
    reminders.set_autostart(False)
    assert not entry.exists() and not reminders.autostart_enabled()
