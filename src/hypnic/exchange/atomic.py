"""Write a file atomically: a temp file in the same folder, fsync, then os.replace."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from hypnic.domain.errors import HypnicError


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` so a reader sees the old file or the new one, never half.

    The temp file lives in the target's folder because ``os.replace`` is only atomic within
    one file system. Raises HypnicError with one clear sentence when the file cannot be written.
    """
    target = Path(path)
    folder = target.parent
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise HypnicError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise HypnicError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    _fsync_folder(folder)


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
