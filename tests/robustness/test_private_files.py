"""Settings, logs, crash files and rescue files are as private as the store (DESIGN section 4):
0600 files in 0700 folders, whatever the umask."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from hypnic.paths import default_paths
from hypnic.services.preferences import Preferences
from hypnic.ui.common.crash import save_traceback
from realapp import hypnic_command

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _open_umask() -> Iterator[None]:
    """A permissive umask, as many desktops have (022 would hide nothing less)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_the_settings_file_is_private(qapp, tmp_path: Path) -> None:
    path = tmp_path / "config" / "hypnic" / "hypnic.ini"
    prefs = Preferences(path=path)
    prefs.set_theme_mode("night")
    prefs.skip_diary(date(2026, 11, 24))
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    assert _mode(path.parent.parent) == 0o700  # made by Hypnic, so made private
    # A settings file an older Hypnic left readable by others is made private again.
    path.chmod(0o644)
    Preferences(path=path).set_dimmer(20)
    assert _mode(path) == 0o600


def test_crash_files_are_private(tmp_path: Path) -> None:
    path = save_traceback(tmp_path / "logs", "Traceback (most recent call last): ...\n")
    assert path is not None and path.read_text().startswith("Traceback")
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700


def test_the_window_leaves_only_private_files_in_its_usual_folders(tmp_path: Path) -> None:
    # No --data-dir: the usual folders under a fresh home (see tests/conftest.py).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [*hypnic_command(), "--smoke-test"], env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    logged = subprocess.run(
        [*hypnic_command(), "log", "jerk"], env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert logged.returncode == 0, logged.stderr
    usual = default_paths()
    assert (usual.settings_file).exists() and (usual.data_dir / "hypnic.db").exists()
    for folder in {usual.data_dir, usual.config_dir}:
        assert _mode(folder) == 0o700, folder
        for path in folder.rglob("*"):
            assert _mode(path) == (0o700 if path.is_dir() else 0o600), path
