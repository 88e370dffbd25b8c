"""Unexpected errors: the traceback goes to the log folder; a non-modal message says so."""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from hypnic.paths import make_private_file

if TYPE_CHECKING:
    # The message box is made at the first error only (PySide builds its type on first use).
    from PySide6.QtWidgets import QMessageBox

_OBJECT_NAME = "crash_message"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrashMessage", text)


def install(log_dir: Path, window: QWidget) -> None:
    """Route uncaught exceptions to a log file, a banner and a message window.

    The message window is shown with ``show()``, never ``exec()``: it blocks nothing, taps keep
    working behind it (the bedside rule: no modal dialog ever opens), and a second error
    updates the same window instead of stacking new ones.
    """

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        path = save_traceback(log_dir, text)
        print(text, file=sys.stderr)
        try:
            show_crash_message(window, path)
        except Exception as exc:  # the hook must never raise: report and carry on
            print(f"hypnic: could not show the error message: {exc}", file=sys.stderr)

    sys.excepthook = hook


def show_crash_message(window: QWidget, path: Path | None) -> QMessageBox:
    """Tell the person, in one sentence, what happened and that their taps are safe."""
    from PySide6.QtWidgets import QMessageBox

    where = str(path) if path else _tr("(the details could not be written)")
    sentence = (
        _tr(
            "Something went wrong inside Hypnic. Your saved taps are safe and you can keep "
            "logging. The details were written to %s"
        )
        % where
    )
    show_banner = getattr(window, "show_error", None)
    if callable(show_banner):
        show_banner(sentence)
    box = window.findChild(QMessageBox, _OBJECT_NAME)
    if box is None:
        box = QMessageBox(window)
        box.setObjectName(_OBJECT_NAME)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Something went wrong — Hypnic"))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setModal(False)
    box.setText(sentence)
    box.show()
    return box


def save_traceback(log_dir: Path, text: str) -> Path | None:
    try:
        path = log_dir / f"crash-{time.strftime('%Y%m%d-%H%M%S')}.log"
        # A traceback can hold a note or a name: as private as the store (0600 in 0700).
        make_private_file(path)
        with path.open("a", encoding="utf-8") as handle:
            # Appended: two errors in the same second both keep their traceback.
            handle.write(text)
        return path
    except OSError:
        return None
