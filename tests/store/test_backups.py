"""Automatic backups: only on change, checked before kept, thinned, restored over damage."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hypnic.domain.events import Event, new_event_id
from hypnic.store import backups as backups_module
from hypnic.store.backups import (
    BackupError,
    BackupManager,
    Retention,
    integrity_check,
    quick_check,
    restore,
    thin,
)
from hypnic.store.database import DB_NAME, Store, backup_to

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def add_events(store: Store, count: int, start_ms: int = 1_790_000_000_000) -> list[Event]:
    events = [
        Event(new_event_id(), "jerk", start_ms + i * 1000, 60, note="n" * 200) for i in range(count)
    ]
    store.events.add_many(events)
    return events


def corrupt(path: Path) -> None:
    """Overwrite bytes in the middle of a page deep in the file, as a failing disk might.

    The page is one that holds events (their notes), from the middle of the file on: an empty
    table's page (the schema has several) would hide the damage from integrity_check.
    """
    data = bytearray(path.read_bytes())
    note = data.find(b"n" * 64, len(data) // 2)
    page = (note if note >= 0 else len(data) // 2) // 4096 * 4096
    data[page + 8 : page + 72] = b"\xff" * 64
    path.write_bytes(data)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_backup_only_when_data_changed(data_dir: Path) -> None:
    store = Store.open(data_dir)
    manager = BackupManager(data_dir)
    try:
        first = manager.backup_if_changed(store, NOW)
        assert first is not None and first.parent == data_dir / "backups"
        assert manager.backup_if_changed(store, NOW + timedelta(minutes=5)) is None

        events = add_events(store, 3)
        second = manager.backup_if_changed(store, NOW + timedelta(minutes=10))
        assert second is not None and second != first
        assert manager.backup_if_changed(store, NOW + timedelta(minutes=15)) is None
        assert [b.path for b in manager.list_backups()] == [first, second]
        assert manager.last_serial() == store.change_serial()
    finally:
        store.close()

    copy = sqlite3.connect(second)
    try:
        assert {r[0] for r in copy.execute("SELECT id FROM events")} == {e.id for e in events}
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        copy.close()
    # One self-contained private file per backup, nothing half-written left behind.
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == sorted(
        [first.name, second.name]
    )
    assert stat.S_IMODE(second.stat().st_mode) == 0o600


def test_a_backup_that_fails_its_check_is_deleted_and_reported(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def damaging_backup(conn: sqlite3.Connection, target: Path) -> None:
        backup_to(conn, target)
        corrupt(target)

    store = Store.open(data_dir)
    add_events(store, 300)
    manager = BackupManager(data_dir)
    try:
        monkeypatch.setattr(backups_module, "backup_to", damaging_backup)
        with pytest.raises(BackupError, match="failed its check"):
            manager.backup_if_changed(store, NOW)
        assert list((data_dir / "backups").iterdir()) == []
        assert manager.last_serial() is None

        monkeypatch.undo()
        # The next attempt tries again, since nothing was kept.
        kept = manager.backup_if_changed(store, NOW + timedelta(minutes=1))
        assert kept is not None and integrity_check(kept) is None
    finally:
        store.close()


def test_quick_check_finds_a_corrupted_copy_and_changes_nothing(data_dir: Path) -> None:
    store = Store.open(data_dir)
    add_events(store, 300)
    copy = data_dir / "copy.db"
    backup_to(store.conn, copy)
    store.close()
    assert quick_check(data_dir / DB_NAME) is None
    assert quick_check(copy) is None

    corrupt(copy)
    before = sha(copy)
    problem = quick_check(copy)
    assert problem is not None and "copy.db is damaged" in problem
    assert integrity_check(copy) is not None
    assert sha(copy) == before

    garbage = data_dir / "garbage.db"
    garbage.write_bytes(b"this is not a database at all" * 200)
    assert quick_check(garbage) is not None
    missing = quick_check(data_dir / "missing.db")
    assert missing is not None and "does not exist" in missing
    assert not (data_dir / "missing.db").exists()


def test_restore_moves_the_damaged_store_aside_and_keeps_the_data(data_dir: Path) -> None:
    store = Store.open(data_dir)
    events = add_events(store, 300)
    manager = BackupManager(data_dir)
    assert manager.backup_if_changed(store, NOW) is not None
    store.close()

    db = data_dir / DB_NAME
    corrupt(db)
    (data_dir / f"{DB_NAME}-wal").write_bytes(b"stale log")
    damaged = sha(db)
    assert quick_check(db) is not None

    good = manager.newest_good()
    assert good is not None
    aside = manager.restore(good, NOW + timedelta(hours=1))
    assert aside == data_dir / f"{DB_NAME}.damaged-20261125T103000Z"
    assert sha(aside) == damaged
    assert Path(f"{aside}-wal").read_bytes() == b"stale log"
    assert not (data_dir / f"{DB_NAME}-wal").exists()
    assert quick_check(db) is None

    reopened = Store.open(data_dir)
    try:
        assert {e.id for e in reopened.events.between_nights(None, None)} == {e.id for e in events}
    finally:
        reopened.close()

    # A second restore at the same moment never overwrites the first file kept aside.
    second = restore(good, data_dir, now=NOW + timedelta(hours=1))
    assert second is not None and second != aside and aside.exists()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(data_dir: Path) -> None:
    store = Store.open(data_dir)
    add_events(store, 300)
    backup = BackupManager(data_dir).backup_if_changed(store, NOW)
    store.close()
    assert backup is not None
    corrupt(backup)
    before = {p.name: sha(p) for p in data_dir.iterdir() if p.is_file()}
    with pytest.raises(BackupError, match="damaged backup"):
        restore(backup, data_dir, now=NOW)
    assert {p.name: sha(p) for p in data_dir.iterdir() if p.is_file()} == before


def test_newest_good_skips_a_damaged_backup(data_dir: Path) -> None:
    store = Store.open(data_dir)
    manager = BackupManager(data_dir)
    try:
        add_events(store, 300)
        older = manager.backup_if_changed(store, NOW)
        add_events(store, 10, start_ms=1_800_000_000_000)
        newer = manager.backup_if_changed(store, NOW + timedelta(hours=1))
    finally:
        store.close()
    assert older is not None and newer is not None
    assert manager.newest_good() == newer
    corrupt(newer)
    assert manager.newest_good() == older
    report = dict(manager.check_all())
    assert report[older] == "ok"
    assert report[newer] != "ok" and "damaged" in report[newer]


def test_pruning_thins_automatic_backups_and_keeps_migration_ones(data_dir: Path) -> None:
    store = Store.open(data_dir)
    manager = BackupManager(data_dir, Retention(recent=3, daily=2, weekly=0, monthly=0))
    migration = data_dir / "backups" / "hypnic-before-v2-20250101T000000.db"
    try:
        made = []
        for day in range(6):
            add_events(store, 1, start_ms=1_790_000_000_000 + day * 86_400_000)
            path = manager.backup_if_changed(store, NOW + timedelta(days=day))
            assert path is not None
            made.append(path)
            if day == 0:
                backup_to(store.conn, migration)
    finally:
        store.close()
    remaining = [b.path for b in manager.list_backups()]
    assert remaining == [migration, *made[-3:]]
    assert manager.list_backups()[0].serial is None


# --- the thinning rule, as a pure function -------------------------------------------------

policies = st.builds(
    Retention,
    recent=st.integers(1, 12),
    daily=st.integers(0, 10),
    weekly=st.integers(0, 8),
    monthly=st.integers(0, 14),
)
nows = st.datetimes(datetime(2020, 1, 1), datetime(2032, 1, 1), timezones=st.just(UTC))
ages = st.lists(st.integers(0, 600 * 86_400), max_size=60)


def stamped(now: datetime, seconds_ago: list[int]) -> list[tuple[Path, datetime]]:
    return [(Path(f"b{i}.db"), now - timedelta(seconds=s)) for i, s in enumerate(seconds_ago)]


def period_key(tier: str, when: datetime) -> tuple[int, ...]:
    d = when.date()
    if tier == "daily":
        return (d.toordinal(),)
    if tier == "weekly":
        return d.isocalendar()[:2]
    return (d.year, d.month)


def within(tier: str, when: datetime, now: datetime, count: int) -> bool:
    d, today = when.date(), now.date()
    if tier == "daily":
        ago = (today - d).days
    elif tier == "weekly":
        ago = (today.toordinal() - today.weekday() - (d.toordinal() - d.weekday())) // 7
    else:
        ago = (today.year - d.year) * 12 + today.month - d.month
    return 0 <= ago < count


def tier_counts(policy: Retention) -> dict[str, int]:
    return {"daily": policy.daily, "weekly": policy.weekly, "monthly": policy.monthly}


@given(nows, ages, policies)
@settings(max_examples=300, deadline=None)
def test_thin_keeps_exactly_the_justified_backups(
    now: datetime, seconds_ago: list[int], policy: Retention
) -> None:
    items = stamped(now, seconds_ago)
    keep = thin(items, now, policy)
    newest_first = sorted(items, key=lambda b: (b[1], str(b[0])), reverse=True)
    assert keep <= {p for p, _ in items}
    assert {p for p, _ in newest_first[: policy.recent]} <= keep
    assert len(keep) <= policy.recent + policy.daily + policy.weekly + policy.monthly

    def newest_of_its(tier: str, path: Path, when: datetime) -> bool:
        same = [b for b in newest_first if period_key(tier, b[1]) == period_key(tier, when)]
        return same[0][0] == path

    for tier, count in tier_counts(policy).items():
        for path, when in items:
            if within(tier, when, now, count) and newest_of_its(tier, path, when):
                assert path in keep, (tier, when)
    for path, when in items:
        justified = path in {p for p, _ in newest_first[: policy.recent]} or any(
            within(tier, when, now, count) and newest_of_its(tier, path, when)
            for tier, count in tier_counts(policy).items()
        )
        assert (path in keep) == justified, when


@given(nows, ages, policies)
@settings(max_examples=200, deadline=None)
def test_thin_is_idempotent(now: datetime, seconds_ago: list[int], policy: Retention) -> None:
    items = stamped(now, seconds_ago)
    keep = thin(items, now, policy)
    assert thin([b for b in items if b[0] in keep], now, policy) == keep


@given(nows, st.lists(st.integers(60, 3 * 86_400), min_size=1, max_size=80), policies)
@settings(max_examples=150, deadline=None)
def test_pruning_as_you_go_equals_pruning_once(
    start: datetime, gaps: list[int], policy: Retention
) -> None:
    # The app prunes after every backup; that must end where one prune of everything ends.
    everything: list[tuple[Path, datetime]] = []
    kept: list[tuple[Path, datetime]] = []
    now = start
    for i, gap in enumerate(gaps):
        now += timedelta(seconds=gap)
        item = (Path(f"b{i}.db"), now)
        everything.append(item)
        survivors = thin([*kept, item], now, policy)
        kept = [b for b in [*kept, item] if b[0] in survivors]
    assert {p for p, _ in kept} == thin(everything, now, policy)


def test_a_year_of_hourly_backups_thins_to_recent_daily_weekly_monthly() -> None:
    now = datetime(2026, 11, 25, 21, 0, tzinfo=UTC)
    items = stamped(now, [h * 3600 for h in range(400 * 24)])
    keep = thin(items, now, Retention())
    kept = sorted((when for path, when in items if path in keep), reverse=True)
    assert kept[:10] == [now - timedelta(hours=h) for h in range(10)]
    days = {w.date() for w in kept}
    assert all(now.date() - timedelta(days=d) in days for d in range(7))
    months = {(w.year, w.month) for w in kept}
    assert len(months) == 12 and (2025, 11) not in months and (2025, 12) in months
    # Each kept older copy is the last of its day (23:00 UTC), so it holds the whole day.
    assert all(w.hour == 23 for w in kept[10:] if w.date() != now.date())
    assert min(kept) == datetime(2025, 12, 31, 23, 0, tzinfo=UTC)


def test_retention_always_keeps_the_newest() -> None:
    with pytest.raises(ValueError):
        Retention(recent=0)
    only_old = stamped(NOW, [900 * 86_400, 800 * 86_400])
    assert thin(only_old, NOW, Retention(recent=1, daily=0, weekly=0, monthly=0)) == {Path("b1.db")}
