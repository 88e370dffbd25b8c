"""Read a file to import: a regular file of bounded size, never a pipe, a device or a folder.

The file is stat'ed before it is opened (opening a FIFO would wait for a writer), opened without
blocking, checked again on the open descriptor (the path may have changed in between), and read
to at most one byte past the limit, so /dev/zero or a growing file can never be read endlessly.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from hypnic.domain.errors import InputError
from hypnic.domain.limits import MAX_IMPORT_BYTES

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_import_bytes(path: Path, *, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of ``path``, or InputError (one sentence naming the file) when it is not a
    regular file of at most ``limit`` bytes or cannot be read."""
    data = _read(path, limit, limit + 1)
    if len(data) > limit:  # it grew after the check
        raise _too_big(str(path), limit)
    return data


def read_import_head(path: Path, *, size: int = 4096) -> bytes:
    """The first ``size`` bytes of a file to import, with the same checks as
    ``read_import_bytes`` (a regular file within the limit; never a pipe or a device)."""
    return _read(path, MAX_IMPORT_BYTES, size)


def _read(path: Path, limit: int, size: int) -> bytes:
    """At most ``size`` bytes of ``path``, checked to be a regular file within ``limit`` both
    before it is opened and on the open descriptor."""
    source = str(path)
    try:
        _check(os.stat(path), source, limit)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", source=source) from None
    try:
        _check(os.fstat(fd), source, limit)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(size)
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", source=source) from None
    finally:
        os.close(fd)


def _check(info: os.stat_result, source: str, limit: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        what = next((name for test, name in _KINDS if test(info.st_mode)), "not a file")
        raise InputError(f"is {what}, not a regular file; give the path of an exported file",
                         source=source)  # fmt: skip
    if info.st_size > limit:
        raise _too_big(source, limit)


def _too_big(source: str, limit: int) -> InputError:
    return InputError(
        f"is larger than {limit // 1_000_000:,} MB, more than any Hypnic export; "
        "is it the right file?",
        source=source,
    )
