"""Small images in a theme's colour for the style sheet: combo and spin box arrows, ticks.

Once a style sheet draws a field's border (needed: Fusion draws field borders from the window
colour, which vanish on the night theme's near-black), it must also name the arrows' images.
They are drawn here in the theme's text colour and written once per colour to a private
temporary folder that lives as long as the application.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QApplication

_FOLDER = "hypnicArrowFolder"
_SIZE = 32  # drawn large, shown at the text's size


def arrow_files(app: QApplication, colour: str) -> tuple[Path, Path]:
    """(up, down) PNG files of a triangle in ``colour``."""
    folder = _folder(app)
    name = colour.lstrip("#").lower()
    up, down = folder / f"up-{name}.png", folder / f"down-{name}.png"
    if not up.exists() or not down.exists():
        _draw(up, colour, pointing_up=True)
        _draw(down, colour, pointing_up=False)
    return up, down


def check_file(app: QApplication, colour: str) -> Path:
    """A PNG file of a tick in ``colour`` (a ticked check box)."""
    path = _folder(app) / f"check-{colour.lstrip('#').lower()}.png"
    if not path.exists():
        image = QImage(_SIZE, _SIZE, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(colour), 5.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.drawPolyline(QPolygonF([QPointF(6, 17), QPointF(13, 24), QPointF(26, 8)]))
        p.end()
        image.save(str(path))
    return path


def _folder(app: QApplication) -> Path:
    folder = app.property(_FOLDER)
    if not folder:
        folder = tempfile.mkdtemp(prefix="hypnic-arrows-")
        app.setProperty(_FOLDER, folder)
        app.aboutToQuit.connect(lambda: _remove(Path(str(folder))))
    return Path(str(folder))


def _draw(path: Path, colour: str, *, pointing_up: bool) -> None:
    image = QImage(_SIZE, _SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    top, bottom, left, right = 9.0, 23.0, 4.0, 28.0
    if pointing_up:
        points = [QPointF(left, bottom), QPointF(right, bottom), QPointF(_SIZE / 2, top)]
    else:
        points = [QPointF(left, top), QPointF(right, top), QPointF(_SIZE / 2, bottom)]
    p.drawPolygon(QPolygonF(points))
    p.end()
    image.save(str(path))


def _remove(folder: Path) -> None:
    for file in folder.glob("*.png"):
        file.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        folder.rmdir()
