"""Keep None alive under PySide6 builds that drop a reference to it on every void call.

Seen with PySide6 6.12.0 on CPython 3.11: each call of a method returning void (QPainter.setPen,
QPen.setWidthF, QObject.setObjectName, …) leaves None with one reference fewer. From Python 3.12
None is immortal and nothing happens; on 3.11 None has a few thousand references at start-up,
so a document of a few thousand drawing calls frees None and the interpreter aborts with
"none_dealloc". A printed summary makes tens of thousands of such calls.
"""

from __future__ import annotations

import ctypes
import sys

# Enough references for about 10^12 leaked calls, far below the counter's limit.
_HEADROOM = 1 << 40
_guarded = False


def drops_none_references() -> bool:
    """Whether this PySide6 build loses a reference to None on a void method call."""
    from PySide6.QtGui import QPen

    pen = QPen()
    before = sys.getrefcount(None)
    for _ in range(8):
        pen.setWidthF(1.0)
    return sys.getrefcount(None) < before


def guard_none_refcount() -> None:
    """Give None enough references to outlive the leak (CPython before 3.12 only, once)."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    _guarded = True
    if drops_none_references():
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(None)).value += _HEADROOM
