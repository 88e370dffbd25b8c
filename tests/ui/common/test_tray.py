"""The reminders' tray icon: Tonight, Review, Quit; text-only messages; hidden while off."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from hypnic.domain.clock import SystemClock
from hypnic.domain.reminders import ReminderSettings
from hypnic.paths import Paths
from hypnic.resources import app_icon_path
from hypnic.services.diary import MorningDiary
from hypnic.services.preferences import Preferences
from hypnic.services.reminders import Reminders
from hypnic.store import Store
from hypnic.ui.common.tray import ReminderTray


# Offscreen Qt has no native tray window to follow; a real desktop does.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_tray_menu_and_a_text_only_reminder(
    qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    shown: list[tuple[object, ...]] = []
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, *a: shown.append(a))
    prefs = Preferences(path=tmp_path / "hypnic.ini")
    clock = SystemClock()
    reminders = Reminders(
        store=store, clock=clock, preferences=prefs,
        diary=MorningDiary(store=store, clock=clock, preferences=prefs),
        paths=Paths(data_dir=tmp_path / "d", config_dir=tmp_path, log_dir=tmp_path / "l"),
    )  # fmt: skip
    tray = ReminderTray(reminders=reminders, preferences=prefs, icon=QIcon(str(app_icon_path())))
    assert not tray.icon.isVisible()  # off by default
    prefs.set_reminders(ReminderSettings(enabled=True))
    assert tray.icon.isVisible()
    assert [a.text() for a in tray.menu.actions()] == ["Tonight", "Review", "Quit"]
    reminders.due.emit("winddown")
    title, text, icon, _ms = shown[-1]
    assert title == "Time to wind down" and "Nothing is logged tonight" in text
    assert icon == QSystemTrayIcon.MessageIcon.NoIcon
    with qtbot.waitSignal(tray.tonight_requested):
        tray.icon.messageClicked.emit()
    reminders.due.emit("diary")
    with qtbot.waitSignal(tray.diary_requested):
        tray.icon.messageClicked.emit()
    with qtbot.waitSignal(tray.review_requested):
        tray.menu.actions()[1].trigger()
    tray.close()
