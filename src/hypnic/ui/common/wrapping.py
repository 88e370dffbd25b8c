"""Labels that wrap their text and keep room for every line it wraps to.

A word-wrapped QLabel tells layouts it needs one line; squeezed (another language, large
text), its lines then run over the widgets below. This one asks for the height its lines need
at its width, so a layout or splitter keeps that room or scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QLabel


class _KeepsWrappedHeight(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLabel) and event.type() in (
            QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange,
        ):  # fmt: skip
            need = _lines_height(watched)
            if need > 0 and watched.minimumHeight() != need:
                watched.setMinimumHeight(need)
        return False


def wrapped(label: QLabel) -> QLabel:
    """Wrap ``label``'s text, keeping the height its lines need; returns the label."""
    label.setWordWrap(True)
    label.installEventFilter(_KeepsWrappedHeight(label))
    return label


def _lines_height(label: QLabel) -> int:
    """The height of ``label``'s text wrapped at its width (QLabel.heightForWidth never
    answers less than the minimum height set here, so it cannot be asked)."""
    margins = label.contentsMargins()
    width = max(label.width() - margins.left() - margins.right() - 2 * label.margin(), 1)
    flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
    rect = label.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), flags, label.text())
    return rect.height() + margins.top() + margins.bottom() + 2 * label.margin()
