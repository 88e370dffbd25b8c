"""Restore a backup on the next start: the running app writes a request, start-up performs it.

The store cannot be swapped under an open connection, so the window only records which backup
to restore; the next start, before anything opens the store, puts it in place and keeps the
current file aside (see :func:`hypnic.store.backups.restore`).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hypnic.paths import make_private_dir
from hypnic.store.errors import BackupError

REQUEST_NAME = "restore-request"


@dataclass(frozen=True, slots=True)
class RestoreDone:
    """A restore performed at start-up: which backup, and where the previous store went."""

    backup: Path
    kept_aside: Path | None


def request_path(data_dir: Path) -> Path:
    return data_dir / REQUEST_NAME


def request_restore(data_dir: Path, backup: Path) -> None:
    """Ask the next start to restore ``backup`` (a file in ``data_dir/backups``)."""
    folder = (data_dir / "backups").resolve()
    if backup.resolve().parent != folder or not backup.is_file():
        raise BackupError(f"{backup} is not one of the backups in {folder}.")
    make_private_dir(data_dir)
    path = request_path(data_dir)
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        os.write(fd, backup.name.encode("utf-8") + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(partial, path)


def requested_backup(data_dir: Path) -> Path | None:
    """The backup a pending request names, or None when there is no request."""
    try:
        name = request_path(data_dir).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise BackupError(f"The restore request in {data_dir} cannot be read ({exc}).") from exc
    # Only a bare file name inside backups/: a request never points anywhere else.
    if not name or Path(name).name != name:
        raise BackupError(f"The restore request in {data_dir} names no backup.")
    return data_dir / "backups" / name


def cancel_restore(data_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(request_path(data_dir))


def perform_requested_restore(data_dir: Path, *, now: datetime) -> RestoreDone | None:
    """Carry out a pending request (the store must be closed); None when there is none.

    The request is removed whether the restore worked or not, so a bad request cannot stop
    every later start; a failure raises BackupError and leaves the store as it was.
    """
    try:
        backup = requested_backup(data_dir)
    except BackupError:
        cancel_restore(data_dir)
        raise
    if backup is None:
        return None
    # Loaded only when a restore was asked for: most starts have nothing to restore.
    from hypnic.store.backups import restore

    try:
        aside = restore(backup, data_dir, now=now, aside_label="replaced")
    finally:
        cancel_restore(data_dir)
    return RestoreDone(backup=backup, kept_aside=aside)
