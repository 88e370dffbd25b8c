"""One writer per data folder: an advisory file lock and a file-based "raise the window" request.

Why not QLockFile: it decides staleness from a PID, host name and age written in the file, so a
lock left by a crash must be recognised and removed by guesswork (a reused PID looks alive).
flock/LockFileEx belong to the open file: the kernel drops them when the process dies, however
it dies, so there is no stale lock to recover; and the store layer stays free of Qt.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path
from types import TracebackType

from hypnic.domain.errors import StoreError
from hypnic.paths import make_private_dir

LOCK_NAME = "hypnic.lock"
RAISE_REQUEST_NAME = "raise-request"
CLOSING = "closing"

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock belongs to the open file description: the kernel drops it when the process
        # dies, so a crash never leaves a stale lock behind.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_NAME


def raise_request_path(data_dir: Path) -> Path:
    """The file a second launch touches; the running instance watches it and raises its window."""
    return data_dir / RAISE_REQUEST_NAME


class InstanceLock:
    """Held by the one process allowed to write the store in a data folder; released on close."""

    def __init__(self, fd: int, path: Path) -> None:
        self._fd: int | None = fd
        self.path = path

    @property
    def held(self) -> bool:
        return self._fd is not None

    def mark_closing(self) -> None:
        """Say in the lock file that this window is gone and the process is finishing (its last
        taps, a backup): a launch now waits for the lock instead of raising a window that
        is no longer there."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.lseek(self._fd, 0, os.SEEK_END)
                os.write(self._fd, f"{CLOSING}\n".encode("ascii"))

    def close(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()


def holder_is_closing(data_dir: Path) -> bool:
    """Whether the process holding the lock has said its window is gone (``mark_closing``)."""
    try:
        return CLOSING in lock_path(data_dir).read_text(encoding="ascii", errors="replace")
    except OSError:
        return False


def wait_for_instance_lock(data_dir: Path, timeout_s: float) -> InstanceLock | None:
    """The writer lock, waiting up to ``timeout_s`` for the holder to let it go."""
    deadline = time.monotonic() + timeout_s
    while True:
        lock = acquire_instance_lock(data_dir)
        if lock is not None or time.monotonic() >= deadline:
            return lock
        time.sleep(0.2)


def acquire_instance_lock(data_dir: Path) -> InstanceLock | None:
    """Take the data folder's writer lock without waiting; None when another process holds it.

    Also creates the raise-request file, so the running instance can watch it from the start.
    """
    path = lock_path(data_dir)
    try:
        make_private_dir(data_dir)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:  # a file where the folder should be, no permission, a full disk
        raise StoreError(f"Cannot use the data folder {data_dir}: {exc.strerror or exc}.") from exc
    try:
        locked = _try_lock(fd)
    except BaseException:
        os.close(fd)
        raise
    if not locked:
        os.close(fd)
        return None
    # The pid is for a person reading the folder; the lock itself is what counts.
    os.ftruncate(fd, 0)
    os.write(fd, f"{os.getpid()}\n".encode("ascii"))
    _touch(raise_request_path(data_dir), stamp=False)
    return InstanceLock(fd, path)


def request_raise(data_dir: Path) -> Path:
    """Ask the running instance to raise its window: rewrite the raise-request file in place.

    Written in place (not replaced) so a watcher on the file keeps seeing changes.
    """
    path = raise_request_path(data_dir)
    _touch(path, stamp=True)
    return path


def _touch(path: Path, *, stamp: bool) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        if stamp:
            os.ftruncate(fd, 0)
            os.write(fd, f"{time.time_ns()} {os.getpid()}\n".encode("ascii"))
    finally:
        os.close(fd)
    if stamp:
        # Some file systems keep a coarse mtime; a fresh one makes the change visible.
        with contextlib.suppress(OSError):
            os.utime(path)
