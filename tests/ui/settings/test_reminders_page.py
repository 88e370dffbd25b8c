"""The reminders page: off by default, disabled with its reason where there is no tray, the
autostart entry written and removed by its checkbox."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox

from hypnic.domain.clock import SystemClock
from hypnic.domain.reminders import ReminderSettings
from hypnic.paths import Paths
from hypnic.services.diary import MorningDiary
from hypnic.services.preferences import Preferences
from hypnic.services.reminders import Reminders
from hypnic.store import Store
from hypnic.ui.settings.reminders_page import RemindersPage


def _click(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    # On the box itself: a checkbox spanning a form's row is wider than its text.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _page(qtbot, store: Store, tmp_path: Path, *, tray: bool) -> tuple[RemindersPage, Preferences]:  # type: ignore[no-untyped-def]
    prefs = Preferences(path=tmp_path / "hypnic.ini")
    clock = SystemClock()
    reminders = Reminders(
        store=store, clock=clock, preferences=prefs,
        diary=MorningDiary(store=store, clock=clock, preferences=prefs),
        paths=Paths(data_dir=tmp_path / "d", config_dir=tmp_path, log_dir=tmp_path / "l"),
    )  # fmt: skip
    page = RemindersPage(reminders=reminders, has_tray=lambda: tray)
    qtbot.addWidget(page)
    page.show()
    return page, prefs


def test_without_a_tray_it_says_so_and_cannot_be_switched_on(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page, prefs = _page(qtbot, store, tmp_path, tray=False)
    assert page.no_tray.isVisible() and "no tray" in page.no_tray.text()
    assert not page.enabled.isEnabled() and not page.enabled.isChecked()
    assert not page.winddown_at.isEnabled()
    assert prefs.reminders == ReminderSettings()


def test_with_a_tray_switched_on_and_the_time_typed(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page, prefs = _page(qtbot, store, tmp_path, tray=True)
    assert not page.no_tray.isVisible() and not page.enabled.isChecked()
    _click(qtbot, page.enabled)
    assert prefs.reminders.enabled and page.winddown_at.isEnabled()
    page.winddown_at.take_focus()
    qtbot.keyClicks(page.winddown_at, "2130")
    qtbot.keyClick(page.winddown_at, Qt.Key.Key_Return)
    assert prefs.reminders.winddown_at.strftime("%H:%M") == "21:30"
    _click(qtbot, page.diary)
    assert not prefs.reminders.diary


def test_autostart_checkbox_writes_and_removes_the_entry(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os

    page, _prefs = _page(qtbot, store, tmp_path, tray=False)
    entry = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "org.hypnic.Hypnic.desktop"
    assert not page.autostart.isChecked() and not entry.exists()
    _click(qtbot, page.autostart)
    assert entry.is_file() and str(entry) in page.message.text()
    _click(qtbot, page.autostart)
    assert not entry.exists()
