"""Windows open at a comfortable size that still fits the screen (a 1024 x 600 netbook too),
and come to the front when asked for."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# Room the window manager's title bar and borders take around a window.
FRAME_ALLOWANCE = (16, 40)


def size_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` x ``height``, or less where the screen is smaller."""
    screen = window.screen().availableGeometry()
    window.resize(
        max(200, min(width, screen.width() - FRAME_ALLOWANCE[0])),
        max(150, min(height, screen.height() - FRAME_ALLOWANCE[1])),
    )


def present(window: QWidget) -> None:
    """Show ``window`` in front, with the keyboard (restored first if it was minimised)."""
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()
