"""The wheel works outside the source tree: built, installed in a fresh venv elsewhere, started."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from packaging_support import ROOT, clean_env, exercise_installed_app, require_module

from hypnic import __version__

pytestmark = pytest.mark.packaging
OFFLINE = ("--no-deps", "--no-index")
LOCATE = "import hypnic.resources as r; print(r.__file__); print(r.app_icon_path())"
SPEAK = (
    "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
    "from hypnic.languages import Catalogue;"
    "print(*(Catalogue(c).text('MainWindow', '&Quit') for c in ('de', 'fr', 'es')))"
)


def test_wheel_installs_and_starts_from_a_fresh_venv(tmp_path: Path, xvfb_display: str) -> None:
    require_module("build")
    dist = tmp_path / "dist"
    # sdist first, then the wheel from the unpacked sdist: proves the sdist is complete too.
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        env=clean_env(),
    )
    (wheel,) = dist.glob(f"hypnic-{__version__}-py3-none-any.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "hypnic/resources/icons/hypnic.svg" in names
    assert "hypnic/resources/fonts/DejaVuSansCondensed.ttf" in names
    for code in ("de", "fr", "es"):
        assert f"hypnic/resources/translations/hypnic_{code}.qm" in names
    assert not any(name.startswith(("tests/", "resources/")) for name in names)

    venv = tmp_path / "fresh venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    python = bin_dir / ("python.exe" if sys.platform == "win32" else "python")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            *OFFLINE,
            str(wheel),
        ],
        check=True,
        env=clean_env(),
    )
    # The dependencies (PySide6 alone is ~400 MB) come from the dev venv through a .pth line
    # appended after the fresh site-packages: hypnic itself can only come from the wheel.
    fresh_site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (fresh_site / "zz_dev_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")

    work = tmp_path / "elsewhere"
    work.mkdir()
    located = subprocess.run(
        [str(python), "-c", LOCATE],
        cwd=work,
        env=clean_env(),
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    assert Path(located[0]).is_relative_to(fresh_site)
    assert Path(located[1]).is_relative_to(fresh_site) and Path(located[1]).is_file()
    # The translations load from the installed wheel (DESIGN section 10).
    words = subprocess.run(
        [str(python), "-c", SPEAK],
        cwd=work,
        env=clean_env(QT_QPA_PLATFORM="offscreen"),
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    assert words == ["&Beenden", "&Quitter", "&Salir"]

    exercise_installed_app(bin_dir / "hypnic", work, display=xvfb_display)
