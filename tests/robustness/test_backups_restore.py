"""A backup before every import, and the backups window: list, check, restore at next start."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone

from hypnic import startup
from hypnic.cli.main import main
from hypnic.domain.events import Event, new_event_id
from hypnic.paths import resolve_paths
from hypnic.services.backups import Backups
from hypnic.store import Store
from hypnic.store.backups import BackupManager
from hypnic.store.restore_request import request_path
from hypnic.ui.settings.backups_window import BackupsWindow

T0 = 1_795_560_067_000


def add(data_dir: Path, kind: str, n: int) -> None:
    store = Store.open(data_dir)
    try:
        store.events.add_many([Event(new_event_id(), kind, T0 + i * 1000, 60) for i in range(n)])
    finally:
        store.close()


def kinds_in(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT kind FROM events ORDER BY kind")]
    finally:
        conn.close()


def test_every_import_that_changes_something_is_preceded_by_a_backup(
    tmp_path: Path, capsys
) -> None:
    data_dir = tmp_path / "data"
    add(data_dir, "jerk", 2)
    source = tmp_path / "kicks.csv"
    source.write_text(
        "id,night,time,kind,by,note\n"
        "9b0c0000-0000-4000-8000-000000000001,2026-11-24,2026-11-24T23:50:00.000+01:00,kick,self,\n",
        encoding="utf-8",
    )
    run = ["--data-dir", str(data_dir), "import", str(source)]
    assert main([*run, "--dry-run"]) == 0
    assert BackupManager(data_dir).list_backups() == []  # a dry run writes nothing at all

    assert main(run) == 0
    (before,) = BackupManager(data_dir).list_backups()
    assert before.path.name.startswith("hypnic-before-import-")
    assert kinds_in(before.path) == ["jerk", "jerk"]  # the state just before the import
    assert kinds_in(data_dir / "hypnic.db") == ["jerk", "jerk", "kick"]

    assert main(run) == 0  # nothing new: no write, no new backup
    assert len(BackupManager(data_dir).list_backups()) == 1
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    assert f"ok  {before.path}" in capsys.readouterr().out


@pytest.fixture
def with_backups(tmp_path: Path) -> Path:
    """A store backed up after 2 jerks, then changed to hold 3 kicks more."""
    data_dir = tmp_path / "data"
    add(data_dir, "jerk", 2)
    store = Store.open(data_dir)
    BackupManager(data_dir).backup_if_changed(store, datetime(2026, 11, 25, 8, 0, tzinfo=UTC))
    store.close()
    add(data_dir, "kick", 3)
    return data_dir


@pytest.fixture
def backups(with_backups: Path) -> Iterator[Backups]:
    """The window's backups service (the store it backs up is closed again at once: a
    restore is performed at the next start, before anything opens the store)."""
    store = Store.open(with_backups)
    store.close()
    yield Backups(store=store, data_dir=with_backups)


def test_window_lists_checks_and_restores_a_backup_at_next_start(
    qtbot, with_backups: Path, backups: Backups
) -> None:
    data_dir = with_backups
    window = BackupsWindow(backups=backups)
    qtbot.addWidget(window)
    window.refresh()
    window.show()  # present() also raises, which the offscreen platform cannot
    assert window.list.count() == 1 and "automatic" in window.list.item(0).text()
    # The date as the locale writes it; the file's name (a machine's date) only on hover.
    item = window.list.item(0)
    stamp = int(backups.list()[0].created.timestamp())
    created = QDateTime.fromSecsSinceEpoch(stamp, QTimeZone.systemTimeZone()).date()
    assert item.text().startswith(QLocale().toString(created, QLocale.FormatType.LongFormat))
    assert "hypnic-" not in item.text() and Path(item.toolTip()).name.startswith("hypnic-")
    qtbot.mouseClick(window.check_button, Qt.MouseButton.LeftButton)
    assert "ok" in window.list.item(0).text()
    assert not window.cancel_button.isEnabled()

    qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    assert "next time Hypnic starts" in window.status.text()
    assert request_path(data_dir).exists()
    assert kinds_in(data_dir / "hypnic.db") == ["jerk", "jerk", "kick", "kick", "kick"]

    # The next start performs it before anything opens the store.
    notice = startup.perform_requested_restore(resolve_paths(data_dir))
    assert notice is not None and "Restored" in notice and "kept as hypnic.db.replaced-" in notice
    assert not request_path(data_dir).exists()
    assert kinds_in(data_dir / "hypnic.db") == ["jerk", "jerk"]
    (aside,) = [p for p in data_dir.glob("hypnic.db.replaced-*") if not p.name.endswith("-shm")]
    assert kinds_in(aside) == ["jerk", "jerk", "kick", "kick", "kick"]
    assert startup.perform_requested_restore(resolve_paths(data_dir)) is None


def test_a_planned_restore_can_be_cancelled(qtbot, with_backups: Path, backups: Backups) -> None:
    window = BackupsWindow(backups=backups)
    qtbot.addWidget(window)
    window.refresh()
    window.show()  # present() also raises, which the offscreen platform cannot
    qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    assert window.cancel_button.isEnabled()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert not request_path(with_backups).exists() and window.status.text() == ""
    assert startup.perform_requested_restore(resolve_paths(with_backups)) is None
    assert kinds_in(with_backups / "hypnic.db") == ["jerk", "jerk", "kick", "kick", "kick"]


def test_a_request_naming_anything_else_is_refused_and_dropped(with_backups: Path) -> None:
    request_path(with_backups).write_text("../hypnic.db\n", encoding="utf-8")
    notice = startup.perform_requested_restore(resolve_paths(with_backups))
    assert notice is not None and "not restored" in notice
    assert not request_path(with_backups).exists()
    assert len(kinds_in(with_backups / "hypnic.db")) == 5


def test_the_window_says_when_there_are_no_backups_yet(qtbot, tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    try:
        window = BackupsWindow(backups=Backups(store=store, data_dir=tmp_path))
        qtbot.addWidget(window)
        window.show()
        assert window.empty.isVisible() and not window.list.isVisible()
        assert window.empty.text().startswith("No backups yet")
        window.check_all()  # nothing to check: no crash, no claim
    finally:
        store.close()
