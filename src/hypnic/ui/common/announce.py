"""Sentences a screen reader says without the focus moving: a saved tap, a problem.

On Linux this is AT-SPI's Announcement (Orca speaks it; Qt 6.8+), with the label's own name
change as well for screen readers that follow a label instead. Nothing is done, and nothing
costs time at the bedside, while no assistive technology is listening.

PySide makes ``QAccessible``'s many enums on first use (about 80 ms): that happens in
:func:`prepare`, after the bedside's first paint, not while the window is waited for.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

_TAGS = re.compile(r"<[^>]+>")


def plain(html: str) -> str:
    """The words of a label's rich text ("Kick · 23:41 · <a>Undo</a>" → "Kick · 23:41 · Undo")."""
    return " ".join(_TAGS.sub("", html).replace("&nbsp;", " ").split())


def prepare() -> None:
    """Load the accessibility types now, so the first tap's announcement does not wait."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # noqa: F401


def _listening() -> bool:
    from PySide6.QtGui import QAccessible

    return QAccessible.isActive()


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` now (politely, after what it is saying, unless
    ``assertive``)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not QAccessible.isActive() or not text:
        return
    event = QAccessibleAnnouncementEvent(widget, plain(text))
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def announce_label(label: QLabel, *, assertive: bool = False) -> None:
    """Say what ``label`` shows once its text is set (callers often style it first)."""
    if _listening():
        QTimer.singleShot(0, label, lambda: announce(label, label.text(), assertive=assertive))
