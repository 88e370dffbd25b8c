"""Write a file atomically: a temp file in the same folder, fsync, then os.replace.

The temp file is named ``.hypnic-partial-<pid>-<random>-<name>`` so that anyone can tell what
it is, and a later write clears the ones a killed process left behind (its pid is gone).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

from hypnic.domain.errors import HypnicError
from hypnic.processes import alive

PARTIAL_PREFIX = ".hypnic-partial-"
# A partial file whose process may still be alive (a pid reused since) is cleared after this.
_STALE_AFTER_S = 24 * 3600


def write_atomic(path: str | os.PathLike[str], data: bytes, *, note: Path | None = None) -> None:
    """Replace ``path`` with ``data`` so a reader sees the old file or the new one, never half.

    The temp file lives in the target's folder because ``os.replace`` is only atomic within
    one file system. ``note``, when given, is a file that holds the temp file's path while it
    exists (see ``clear_noted_partials``). Raises HypnicError with one clear sentence when the
    file cannot be written.
    """
    target = Path(path)
    folder = target.parent
    clear_stale_partials(folder)
    try:
        fd, tmp_name = tempfile.mkstemp(
            dir=folder, prefix=f"{PARTIAL_PREFIX}{os.getpid()}-", suffix=f"-{target.name[:80]}"
        )
    except OSError as exc:
        raise HypnicError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    try:
        if note is not None:
            # Only a help to clear a killed write: a folder that cannot take it (a read-only
            # data folder) must not stop the write, nor be named as the file that failed.
            with contextlib.suppress(OSError):
                _write_note(note, tmp_name)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise HypnicError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)  # not left behind whatever stopped the write
        raise
    finally:
        if note is not None:
            with contextlib.suppress(OSError):
                note.unlink()
    _fsync_folder(folder)


def clear_stale_partials(folder: Path) -> list[Path]:
    """Delete the partial files in ``folder`` that a killed write left (returns them)."""
    cleared = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.startswith(PARTIAL_PREFIX) and _stale(entry.name, entry.path):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    cleared.append(Path(entry.path))
    return cleared


def clear_noted_partials(notes: Path) -> list[Path]:
    """Delete the partial files named by the notes in ``notes`` whose writer is gone: a
    write killed in any folder is cleared at the next run, wherever it was aimed."""
    cleared = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(notes):
            pid = _pid(entry.name)
            if pid is None or alive(pid):
                continue
            with contextlib.suppress(OSError):
                partial = Path(os.fsdecode(Path(entry.path).read_bytes().strip()))
                if partial.name.startswith(PARTIAL_PREFIX) and not partial.is_symlink():
                    with contextlib.suppress(FileNotFoundError):
                        partial.unlink()
                        cleared.append(partial)
                os.unlink(entry.path)
    return cleared


def note_path(notes: Path) -> Path:
    """A note file for this process's next write (in a private folder the caller owns)."""
    return notes / f"{os.getpid()}-{time.monotonic_ns()}"


def _write_note(note: Path, tmp_name: str) -> None:
    # As the file system's bytes: a folder's name need not be UTF-8 text.
    fd = os.open(note, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(os.fsencode(tmp_name))


def _stale(name: str, path: str) -> bool:
    pid = _pid(name[len(PARTIAL_PREFIX) :])
    if pid is not None and not alive(pid):
        return True
    try:
        return time.time() - os.lstat(path).st_mtime > _STALE_AFTER_S
    except OSError:
        return False


def _pid(text: str) -> int | None:
    head = text.split("-", 1)[0]
    return int(head) if head.isdigit() else None


def _fsync_folder(folder: Path) -> None:
    # The rename itself is only durable once the directory entry reaches the disk (POSIX).
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
