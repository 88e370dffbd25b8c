"""Kind marker shapes as painter paths, shared by the window and the printed summary.

Shapes are named as pyqtgraph names its symbols ("t", "s", "d", "o", "star", "p", "h", "t1",
"+", "x"), so buttons, charts and paper show a kind the same way; "t" points up here as on the
bedside buttons (the charts' style module maps it to pyqtgraph's own orientation).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF

Outline = tuple[tuple[float, float], ...]


def _regular(n: int, start_deg: float, radii: tuple[float, ...] = (1.0,)) -> Outline:
    steps = n * len(radii)
    return tuple(
        (
            radii[i % len(radii)] * math.cos(math.radians(start_deg + 360 * i / steps)),
            radii[i % len(radii)] * math.sin(math.radians(start_deg + 360 * i / steps)),
        )
        for i in range(steps)
    )


_A = 0.3
# Unit outlines (radius 1, y down); a shape not listed is drawn as a circle.
OUTLINES: dict[str, Outline] = {
    "s": ((-0.85, -0.85), (0.85, -0.85), (0.85, 0.85), (-0.85, 0.85)),
    "d": ((0, -1), (1, 0), (0, 1), (-1, 0)),
    "t": ((0, -1), (1, 0.8), (-1, 0.8)),
    "t1": ((0, 1), (1, -0.8), (-1, -0.8)),
    "star": _regular(5, -90, (1.0, 0.45)),
    "p": _regular(5, -90),
    "h": _regular(6, 0),
    "+": ((-_A, -1), (_A, -1), (_A, -_A), (1, -_A), (1, _A), (_A, _A),
          (_A, 1), (-_A, 1), (-_A, _A), (-1, _A), (-1, -_A), (-_A, -_A)),
    "x": ((-1, -1 + _A), (-1 + _A, -1), (0, -_A), (1 - _A, -1), (1, -1 + _A), (_A, 0),
          (1, 1 - _A), (1 - _A, 1), (0, _A), (-1 + _A, 1), (-1, 1 - _A), (-_A, 0)),
}  # fmt: skip


def marker_path(shape: str, centre: QPointF, size: float) -> QPainterPath:
    """The marker of ``shape`` centred on ``centre``, ``size`` across."""
    r = size / 2
    path = QPainterPath()
    outline = OUTLINES.get(shape)
    if outline is None:
        path.addEllipse(centre, r * 0.95, r * 0.95)
        return path
    cx, cy = centre.x(), centre.y()
    path.addPolygon(QPolygonF([QPointF(cx + x * r, cy + y * r) for x, y in outline]))
    path.closeSubpath()
    return path
