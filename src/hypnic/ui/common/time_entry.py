"""A service call that takes a typed time: the DST-fold question, and a refusal as one sentence."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hypnic.domain.errors import AmbiguousTimeError, InputError
from hypnic.services.night_review import describe_instant

# Asks which of two occurrences of a time was meant: (parent, question, (first, second))
# -> 0 for the first, 1 for the second, None to change nothing. Tests inject their own.
FoldChooser = Callable[[QWidget, str, tuple[str, str]], int | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimeEntry", text)


def fold_options(error: AmbiguousTimeError, zone: tzinfo) -> tuple[str, str]:
    """Name both occurrences, e.g. "first (BST, UTC+1)" and "second (GMT, UTC+0)"."""
    labels = []
    for ordinal, utc_ms in zip((_tr("first"), _tr("second")), error.choices, strict=True):
        name, offset = describe_instant(utc_ms, zone)
        hours, minutes = divmod(abs(offset), 60)
        utc = f"UTC{'-' if offset < 0 else '+'}{hours}" + (f":{minutes:02d}" if minutes else "")
        labels.append(
            f"{ordinal} ({name}, {utc})" if name and name != utc else f"{ordinal} ({utc})"
        )
    return labels[0], labels[1]


def ask_fold(parent: QWidget, question: str, options: tuple[str, str]) -> int | None:
    """The default chooser: a small question box (the review is a daytime task)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Which one? — Hypnic"))
    box.setText(question)
    first = box.addButton(options[0], QMessageBox.ButtonRole.AcceptRole)
    second = box.addButton(options[1], QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return 0 if clicked is first else 1 if clicked is second else None


def attempt(
    parent: QWidget,
    call: Callable[[int | None], object],
    *,
    zone: tzinfo,
    choose_fold: FoldChooser,
) -> str | None:
    """Run one service call that may take a typed time: ask which one on a DST fold.

    Returns None when it was done, else the one sentence to show (nothing was changed).
    """
    try:
        try:
            call(None)
        except AmbiguousTimeError as exc:
            fold = choose_fold(parent, exc.message, fold_options(exc, zone))
            if fold is None:
                return _tr("Nothing was changed.")
            call(fold)
    except InputError as exc:
        return exc.message[:1].upper() + exc.message[1:] + "."
    return None
