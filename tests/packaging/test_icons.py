"""make_icons.py renders the SVG into hicolor PNGs, a .ico and a .icns at build time."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

from packaging_support import ROOT, clean_env
from PySide6.QtGui import QImage

from hypnic import APP_ID

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def test_make_icons_writes_every_size(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(tmp_path)],
        check=True,
        capture_output=True,
        env=clean_env(QT_QPA_PLATFORM="offscreen"),
    )
    for size in SIZES:
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        # The rounded tile leaves the corner transparent and fills the middle.
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()

    ico = (tmp_path / f"{APP_ID}.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, 7)
    first_offset = struct.unpack_from("<I", ico, 6 + 12)[0]
    assert ico[first_offset : first_offset + 8] == b"\x89PNG\r\n\x1a\n"

    icns = (tmp_path / f"{APP_ID}.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack_from(">I", icns, 4)[0] == len(icns)
    assert b"ic10" in icns and b"icp4" in icns
