"""The PyInstaller one-folder bundle builds from packaging/hypnic.spec and starts elsewhere."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_support import ROOT, clean_env, exercise_installed_app, require_module

pytestmark = pytest.mark.packaging


@pytest.mark.skipif(sys.platform != "linux", reason="the bundle test drives the Linux build")
def test_bundle_builds_and_starts_from_another_folder(tmp_path: Path, xvfb_display: str) -> None:
    require_module("PyInstaller")
    subprocess.run(
        ["sh", str(ROOT / "packaging" / "build_bundle.sh"), str(tmp_path / "dist")],
        check=True,
        capture_output=True,
        env=clean_env(PYTHON=sys.executable, HYPNIC_BUILD_DIR=str(tmp_path / "build")),
    )
    # Moved away from the build tree, as a person unpacking it would have it.
    bundle = shutil.move(tmp_path / "dist" / "hypnic", tmp_path / "unpacked" / "hypnic")
    internal = Path(bundle) / "_internal"
    assert (internal / "hypnic" / "resources" / "icons" / "hypnic.svg").is_file()
    assert (internal / "hypnic" / "resources" / "fonts" / "DejaVuSansCondensed.ttf").is_file()
    shipped = {path.name for path in internal.rglob("*")}
    for unused in ("libQt6Qml.so.6", "libQt6Quick.so.6", "QtQml.abi3.so", "QtNetwork.abi3.so"):
        assert unused not in shipped
    for code in ("de", "fr", "es"):
        assert (internal / "hypnic" / "resources" / "translations" / f"hypnic_{code}.qm").is_file()
        assert list(internal.rglob(f"qtbase_{code}.qm")), f"Qt's own {code} words are missing"
    assert not list(internal.rglob("qtbase_it.qm")), "only the languages Hypnic speaks"
    for share in (
        "applications/org.hypnic.Hypnic.desktop",
        "metainfo/org.hypnic.Hypnic.metainfo.xml",
    ):
        assert (Path(bundle) / "share" / share).is_file()

    work = tmp_path / "elsewhere"
    work.mkdir()
    exercise_installed_app(Path(bundle) / "hypnic", work, display=xvfb_display)
