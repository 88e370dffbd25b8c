"""Where an export or a summary may be written: the one rule for every output (DESIGN section 4).

`hypnic export -o`, `hypnic report -o`, the summary window's PDF and the rescue of unsaved taps
all write through here. Nothing is written inside Hypnic's own folders (the store, its journal,
its backups, the settings and logs), nor onto a link, a device, a named pipe or a folder; a
file is replaced atomically, and the temporary file of a write that was killed is cleared at
the next run.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from hypnic.domain.errors import InputError
from hypnic.exchange.atomic import clear_noted_partials, note_path, write_atomic
from hypnic.paths import Paths, default_paths, make_private_dir
from hypnic.store.database import DB_NAME

STDOUT = "-"
_STDOUT_NAMES = ("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")
# SQLite's database header, its write-ahead log's two magic numbers and its journal's.
_DATABASE_HEADS = (
    b"SQLite format 3\x00",
    b"\x37\x7f\x06\x82",
    b"\x37\x7f\x06\x83",
    b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7",
)
_KINDS = (
    (stat.S_ISDIR, "is a folder, not a file"),
    (stat.S_ISCHR, "is a device, not a file"),
    (stat.S_ISBLK, "is a device, not a file"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a file"),
    (stat.S_ISSOCK, "is a socket, not a file"),
)


def output_target(name: str, *, paths: Paths, field: str = "-o") -> Path | None:
    """The file ``-o NAME`` would write, or None for standard output (``-``).

    InputError (one sentence, exit status 2) when writing there could destroy something: the
    store or its journal, anything in Hypnic's folders, the file a link points to, a device,
    a named pipe or a folder; or when its folder does not exist.
    """
    if name == STDOUT:
        return None
    if not name.strip():
        raise InputError("is empty; name a file, or - for standard output", field=field)
    target = Path(os.path.abspath(Path(name).expanduser()))
    try:
        st = target.lstat()
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise InputError(
            f"{target} cannot be checked ({exc.strerror or exc})", field=field
        ) from None
    if st is not None:
        if stat.S_ISLNK(st.st_mode):
            hint = "use - for standard output" if name in _STDOUT_NAMES else "name the file itself"
            raise InputError(
                f"{target} is a symbolic link; {hint} (Hypnic does not write through links)",
                field=field,
            )
        for test, words in _KINDS:
            if test(st.st_mode):
                raise InputError(f"{target} {words}", field=field)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{target} is not a regular file", field=field)
    folder = target.parent
    real = _real(folder) / target.name
    for protected in _protected_folders(paths):
        if real == protected or protected in real.parents:
            raise InputError(
                f"{target} is inside Hypnic's folder {protected}, where nothing but Hypnic's "
                "own files is written; choose another folder",
                field=field,
            )
    if not folder.is_dir():
        raise InputError(f"the folder {folder} does not exist", field=field)
    if st is not None and _same_as_store(st, paths):
        raise InputError(f"{target} is another name of Hypnic's store", field=field)
    if st is not None and _is_database(target):
        raise InputError(
            f"{target} is a database (a Hypnic store, a backup, or another program's); "
            "Hypnic never writes over one: choose another file name",
            field=field,
        )
    return target


def write_output(target: Path, data: bytes, *, paths: Paths, field: str = "-o") -> None:
    """Check ``target`` again (it may have changed since) and replace it atomically with
    ``data``; the temporary file is noted in the log folder until the write is done."""
    checked = output_target(str(target), paths=paths, field=field)
    assert checked is not None
    notes = _notes(paths)
    write_atomic(checked, data, note=note_path(notes) if notes is not None else None)


def clear_killed_outputs(paths: Paths) -> list[Path]:
    """Delete the temporary files of writes that were killed (at the start of every run)."""
    return clear_noted_partials(paths.log_dir / "partials")


def _notes(paths: Paths) -> Path | None:
    folder = paths.log_dir / "partials"
    try:
        make_private_dir(folder)
    except OSError:
        return None  # a read-only home: the write goes on, only the note is missing
    return folder


def _protected_folders(paths: Paths) -> list[Path]:
    """Hypnic's folders in use, and the usual ones (an export aimed at the real store from a
    second profile is refused too)."""
    usual = default_paths()
    folders = {paths.data_dir, paths.config_dir, paths.log_dir,
               usual.data_dir, usual.config_dir, usual.log_dir}  # fmt: skip
    return [_real(f) for f in folders]


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return Path(os.path.abspath(path))


def _is_database(path: Path) -> bool:
    """An SQLite database, its write-ahead log or its journal, by its first bytes: another
    store (``--data-dir A report -o B/hypnic.db``) must not be replaced by a summary."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return head.startswith(_DATABASE_HEADS)


def _same_as_store(st: os.stat_result, paths: Paths) -> bool:
    """A hard link to the store (or its journal) under another name."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            other = os.stat(f"{paths.data_dir / DB_NAME}{suffix}")
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
            return True
    return False
