"""The .desktop entry and AppStream metainfo: valid, and agreeing with the package."""

from __future__ import annotations

import configparser
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from packaging_support import ROOT, clean_env, require_tool

from hypnic import APP_ID, APP_NAME, __version__

PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_passes_desktop_file_validate() -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # hints and warnings too


def test_metainfo_passes_appstreamcli_validate() -> None:
    tool = require_tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_uses_the_app_id_and_the_command() -> None:
    entry = _desktop_entry()
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID  # the hicolor icons are installed under this name
    assert entry["Exec"].split()[0] == "hypnic"  # make install-desktop makes it absolute


def test_metainfo_agrees_with_the_package() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("launchable") == DESKTOP.name
    releases = root.findall("releases/release")
    assert releases, "the metainfo needs a release entry"
    assert releases[0].get("version") == __version__, "the newest release comes first"


def test_metainfo_screenshots_are_rendered_by_the_script() -> None:
    root = ET.parse(METAINFO).getroot()
    images = [image.text or "" for image in root.iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        assert (PACKAGING / "screenshots" / Path(url).name).is_file(), url


def test_the_spec_reads_id_and_version_from_the_package() -> None:
    spec = (PACKAGING / "hypnic.spec").read_text(encoding="utf-8")
    assert "from hypnic import APP_ID, APP_NAME, __version__" in spec
    assert APP_ID not in spec and __version__ not in spec


def test_install_desktop_puts_entry_icons_and_metainfo_in_the_user_folders(tmp_path: Path) -> None:
    require_tool("desktop-file-validate", "desktop-file-utils")
    hypnic = tmp_path / "my apps" / "hypnic"
    hypnic.parent.mkdir()
    hypnic.write_text("#!/bin/sh\n")
    hypnic.chmod(0o755)
    data = tmp_path / "data"
    env = clean_env(XDG_DATA_HOME=str(data), PYTHON=sys.executable, QT_QPA_PLATFORM="offscreen")
    script = str(PACKAGING / "install_desktop.sh")
    subprocess.run(["sh", script, str(hypnic)], check=True, capture_output=True, env=env)

    installed = data / "applications" / DESKTOP.name
    assert f'Exec="{hypnic}"' in installed.read_text(encoding="utf-8").splitlines()
    assert (data / "metainfo" / METAINFO.name).is_file()
    for size in (16, 48, 256, 512):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()

    subprocess.run(["sh", script, "--uninstall"], check=True, capture_output=True, env=env)
    assert not installed.exists()
    assert not list((data / "icons").rglob(f"{APP_ID}.*"))
