"""Automatic backups via the SQLite online backup API: only on change, checked, thinned."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from hypnic.paths import make_private_dir
from hypnic.store.checks import integrity_check, quick_check
from hypnic.store.database import (
    DB_NAME,
    PARTIAL_SUFFIX,
    Store,
    backup_to,
    remove_with_journal,
)
from hypnic.store.errors import BackupError as BackupError

__all__ = [
    "BackupError",
    "BackupInfo",
    "BackupManager",
    "Retention",
    "clear_partials",
    "integrity_check",
    "quick_check",
    "restore",
    "thin",
]

# Automatic: hypnic-20261124T234107.123Z-s42.db (UTC, and the change serial it holds).
_AUTO = re.compile(r"^hypnic-(\d{8}T\d{6}\.\d{3})Z-s(\d+)\.db$")
# Taken by Store before a migration: hypnic-before-v2-20261124T234107.db (UTC).
_MIGRATION = re.compile(r"^hypnic-before-v\d+-(\d{8}T\d{6})\.db$")
# Taken before an import writes anything: hypnic-before-import-20261124T234107.123Z.db (UTC).
_IMPORT = re.compile(r"^hypnic-before-import-(\d{8}T\d{6}\.\d{3})Z\.db$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: when it was taken (UTC) and, for automatic ones, the serial it holds."""

    path: Path
    created: datetime
    serial: int | None

    @property
    def automatic(self) -> bool:
        return self.serial is not None


@dataclass(frozen=True, slots=True)
class Retention:
    """How many automatic backups to keep: the newest few, then one per day, week and month."""

    recent: int = 10
    daily: int = 7
    weekly: int = 5
    monthly: int = 12

    def __post_init__(self) -> None:
        # The newest backup must survive any policy, or thinning could leave nothing recent.
        if self.recent < 1 or min(self.daily, self.weekly, self.monthly) < 0:
            raise ValueError("retention needs recent >= 1 and no negative counts")


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def thin(backups: Iterable[tuple[Path, datetime]], now: datetime, policy: Retention) -> set[Path]:
    """The backups to keep, from (path, aware time taken) pairs.

    Kept: the ``recent`` newest; the newest of each UTC day among the last ``daily`` days
    (today included); of each ISO week among the last ``weekly`` weeks; of each month among
    the last ``monthly`` months. Everything else may go. Ties in time are broken by path.
    """
    newest_first = sorted(
        ((path, when.astimezone(UTC)) for path, when in backups),
        key=lambda b: (b[1], str(b[0])),
        reverse=True,
    )
    today = now.astimezone(UTC).date()
    keep = {path for path, _ in newest_first[: policy.recent]}
    tiers: list[tuple[int, Callable[[date], int]]] = [
        (policy.daily, lambda d: (today - d).days),
        (policy.weekly, lambda d: (_monday(today) - _monday(d)).days // 7),
        (policy.monthly, lambda d: (today.year - d.year) * 12 + today.month - d.month),
    ]
    for count, periods_ago in tiers:
        seen: set[int] = set()
        for path, when in newest_first:
            ago = periods_ago(when.date())
            if 0 <= ago < count and ago not in seen:
                seen.add(ago)
                keep.add(path)
    return keep


def _stamp(now: datetime) -> str:
    utc = now.astimezone(UTC)
    return f"{utc:%Y%m%dT%H%M%S}.{utc.microsecond // 1000:03d}"


class BackupManager:
    """The backups of the store in ``data_dir``, kept in ``data_dir/backups``."""

    def __init__(self, data_dir: Path, retention: Retention | None = None) -> None:
        self.data_dir = data_dir
        self.folder = data_dir / "backups"
        self.retention = retention or Retention()

    def list_backups(self) -> list[BackupInfo]:
        """Every backup, automatic and pre-migration, oldest first."""
        if not self.folder.is_dir():
            return []
        found: list[BackupInfo] = []
        for path in self.folder.iterdir():
            if auto := _AUTO.match(path.name):
                when = datetime.strptime(auto[1], "%Y%m%dT%H%M%S.%f").replace(tzinfo=UTC)
                found.append(BackupInfo(path, when, int(auto[2])))
            elif migration := _MIGRATION.match(path.name):
                when = datetime.strptime(migration[1], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
                found.append(BackupInfo(path, when, None))
            elif before_import := _IMPORT.match(path.name):
                when = datetime.strptime(before_import[1], "%Y%m%dT%H%M%S.%f").replace(tzinfo=UTC)
                found.append(BackupInfo(path, when, None))
        return sorted(found, key=lambda b: (b.created, b.path.name))

    def last_serial(self) -> int | None:
        """The change serial held by the newest automatic backup."""
        auto = [b for b in self.list_backups() if b.automatic]
        return auto[-1].serial if auto else None

    def backup_if_changed(self, store: Store, now: datetime) -> Path | None:
        """Back the store up if it changed since the newest backup; return the new file.

        The copy is written under a temporary name, passes ``integrity_check``, and only then
        takes its final name; older automatic backups are thinned afterwards. A copy that fails
        the check is deleted and BackupError says why.
        """
        serial = store.change_serial()
        # "!=" rather than ">": after a restore the serial can go back, and that state deserves
        # a backup of its own.
        if serial == self.last_serial():
            return None
        make_private_dir(self.folder)
        self._remove_partials()
        final = self.folder / f"hypnic-{_stamp(now)}Z-s{serial}.db"
        partial = final.with_name(final.name + PARTIAL_SUFFIX)
        try:
            backup_to(store.conn, partial)
        except (sqlite3.Error, OSError) as exc:
            remove_with_journal(partial)
            raise BackupError(f"Could not write a backup to {self.folder}: {exc}.") from exc
        problem = integrity_check(partial)
        if problem is not None:
            remove_with_journal(partial)
            raise BackupError(f"A new backup failed its check and was deleted ({problem}).")
        os.replace(partial, final)
        self.prune(now)
        return final

    def backup_before_import(self, store: Store, now: datetime) -> Path:
        """A checked copy of the store taken before an import writes anything; never thinned."""
        make_private_dir(self.folder)
        final = _unused(self.folder / f"hypnic-before-import-{_stamp(now)}Z.db")
        partial = final.with_name(final.name + PARTIAL_SUFFIX)
        try:
            backup_to(store.conn, partial)
        except (sqlite3.Error, OSError) as exc:
            remove_with_journal(partial)
            raise BackupError(
                f"Could not back up before the import ({exc}); nothing was imported."
            ) from exc
        problem = integrity_check(partial)
        if problem is not None:
            remove_with_journal(partial)
            raise BackupError(f"The backup before the import failed its check ({problem}).")
        os.replace(partial, final)
        return final

    def prune(self, now: datetime) -> list[Path]:
        """Delete the automatic backups the retention policy no longer keeps; return them."""
        auto = [(b.path, b.created) for b in self.list_backups() if b.automatic]
        keep = thin(auto, now, self.retention)
        dropped = [path for path, _ in auto if path not in keep]
        for path in dropped:
            remove_with_journal(path)
        return dropped

    def check_all(self) -> list[tuple[Path, str]]:
        """Every backup, oldest first, with "ok" or what is wrong with it."""
        return [(b.path, integrity_check(b.path) or "ok") for b in self.list_backups()]

    def newest_good(self) -> Path | None:
        """The newest backup that passes ``integrity_check``, or None."""
        for info in reversed(self.list_backups()):
            if integrity_check(info.path) is None:
                return info.path
        return None

    def restore(self, backup: Path, now: datetime) -> Path | None:
        """Put ``backup`` in place of the store; see :func:`restore`."""
        return restore(backup, self.data_dir, now=now)

    def _remove_partials(self) -> None:
        if self.folder.is_dir():
            for path in self.folder.glob(f"*{PARTIAL_SUFFIX}"):
                remove_with_journal(path)


def clear_partials(data_dir: Path) -> None:
    """Delete copies a killed backup or restore left under their partial names (called at
    start-up, while this window holds the store: no backup of its own is under way)."""
    BackupManager(data_dir)._remove_partials()
    remove_with_journal(data_dir / f"{DB_NAME}.restoring")


def restore(
    backup: Path,
    data_dir: Path,
    *,
    now: datetime,
    name: str = DB_NAME,
    aside_label: str = "damaged",
) -> Path | None:
    """Replace the store (closed by the caller) with a copy of ``backup``.

    The current file, with its -wal and -shm, is moved aside as ``hypnic.db.<aside_label>-<stamp>``
    (returned; None when there was none), never deleted. The backup is copied with the backup
    API into a temporary file and checked before anything is moved, so a failure leaves the
    folder as it was.
    """
    problem = integrity_check(backup)
    if problem is not None:
        raise BackupError(f"Cannot restore from a damaged backup ({problem}).")
    make_private_dir(data_dir)
    target = data_dir / name
    incoming = data_dir / f"{name}.restoring"
    remove_with_journal(incoming)
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        backup_to(source, incoming)
    finally:
        source.close()
    problem = integrity_check(incoming)
    if problem is not None:
        remove_with_journal(incoming)
        raise BackupError(f"The restored copy failed its check ({problem}); nothing was changed.")
    aside: Path | None = None
    if target.exists():
        stamp = f"{now.astimezone(UTC):%Y%m%dT%H%M%SZ}"
        aside = _unused(data_dir / f"{name}.{aside_label}-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            # Keep the -wal beside its database under the matching name: it may hold data.
            with contextlib.suppress(FileNotFoundError):
                os.replace(f"{target}{suffix}", f"{aside}{suffix}")
    os.replace(incoming, target)
    return aside


def _unused(path: Path) -> Path:
    candidate, n = path, 1
    while any(Path(f"{candidate}{s}").exists() for s in ("", "-wal", "-shm")):
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate
