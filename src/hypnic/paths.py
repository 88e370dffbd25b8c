"""The one wrapper around platformdirs: where the store, backups, settings and logs live."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

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
    return Paths(
        data_dir=platformdirs.user_data_path(_APP_DIR, appauthor=False),
        config_dir=platformdirs.user_config_path(_APP_DIR, appauthor=False),
        log_dir=platformdirs.user_log_path(_APP_DIR, appauthor=False),
    )
