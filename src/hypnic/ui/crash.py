"""Unexpected errors: the traceback goes to the log folder, the window shows a banner."""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QWidget


def install(log_dir: Path, window: QWidget) -> None:
    """Route uncaught exceptions to a log file and a banner; never a dialog at the bedside."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        path = save_traceback(log_dir, text)
        print(text, file=sys.stderr)
        show = getattr(window, "show_error", None)
        if callable(show):
            show(
                window.tr("Something went wrong inside Hypnic; your taps are safe. Details: %s")
                % (path or "not written")
            )

    sys.excepthook = hook


def save_traceback(log_dir: Path, text: str) -> Path | None:
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / f"crash-{time.strftime('%Y%m%d-%H%M%S')}.log"
        path.write_text(text, encoding="utf-8")
        return path
    except OSError:
        return None
