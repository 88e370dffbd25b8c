"""The one wrapper around platformdirs: where the store, backups, settings and logs live."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from hypnic import APP_NAME

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
    second profile never touches the person's real preferences.
    """
    chosen = data_dir or os.environ.get("HYPNIC_DATA_DIR")
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return Paths(data_dir=root, config_dir=root, log_dir=root / "logs")
    return Paths(
        data_dir=platformdirs.user_data_path(_APP_DIR, appauthor=False),
        config_dir=platformdirs.user_config_path(_APP_DIR, appauthor=False),
        log_dir=platformdirs.user_log_path(_APP_DIR, appauthor=False),
    )
