"""The one wrapper around platformdirs: where the store, backups, settings and logs live."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from hypnic import APP_NAME
from hypnic.domain.errors import InputError

_APP_DIR = APP_NAME.lower()


@dataclass(frozen=True, slots=True)
class Paths:
    """Every folder Hypnic writes to, resolved once at start-up."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "hypnic.ini"


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """``--data-dir`` wins, then ``HYPNIC_DATA_DIR``, then the platform's user data folder.

    With an explicit data folder, settings and logs live beside the store, so a test or a
    second profile never touches the person's real preferences. An empty or blank
    ``--data-dir`` is refused (it would silently mean the real store); an empty
    ``HYPNIC_DATA_DIR`` counts as unset, as empty variables conventionally do, and a blank one
    (only spaces) is refused.
    """
    if data_dir is not None:
        _refuse_blank(os.fspath(data_dir), "--data-dir", allow_empty=False)
        chosen: str | os.PathLike[str] | None = data_dir
    else:
        chosen = os.environ.get("HYPNIC_DATA_DIR") or None
        if chosen is not None:
            _refuse_blank(chosen, "HYPNIC_DATA_DIR", allow_empty=True)
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return Paths(data_dir=root, config_dir=root, log_dir=root / "logs")
    return default_paths()


def _refuse_blank(value: str, name: str, *, allow_empty: bool) -> None:
    if value.strip() or (allow_empty and not value):
        return
    raise InputError(
        f"{name} is {'empty' if not value else 'blank'}; give a folder, or leave it out to use "
        "the usual one",
        field=name,
    )


def default_paths() -> Paths:
    """The platform's usual folders for the store, settings and logs."""
    import platformdirs  # not needed (nor loaded) when a data folder is given

    return Paths(
        data_dir=platformdirs.user_data_path(_APP_DIR, appauthor=False),
        config_dir=platformdirs.user_config_path(_APP_DIR, appauthor=False),
        log_dir=platformdirs.user_log_path(_APP_DIR, appauthor=False),
    )


def make_private_dir(path: Path) -> None:
    """Create ``path`` readable by the owner only, and any missing parents too (as the XDG
    base directory spec asks: 0700); parents that exist already are left as they are."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
    if not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != 0o700:
        path.chmod(0o700)


def make_private_file(path: Path) -> None:
    """Create ``path`` (empty) if it is missing, and make it readable by the owner only, in a
    private folder: settings and logs are as private as the store (DESIGN section 4)."""
    make_private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
    os.close(fd)
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != 0o600:
        path.chmod(0o600)
