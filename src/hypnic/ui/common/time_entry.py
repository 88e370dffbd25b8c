"""Typed times in the review: the DST-fold question, and an optional (clearable) time field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time, tzinfo

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMessageBox, QTimeEdit, QWidget

from hypnic.domain.errors import AmbiguousTimeError, InputError
from hypnic.services.night_review import describe_instant

TIME_FORMAT = "HH:mm:ss"

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
    box.setWindowTitle(_tr("Which one?"))
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


class OptionalTimeField(QWidget):
    """A check box that switches a time on or off, and the time to the second.

    Signals:
        edited(object): the person set a time (datetime.time) or cleared it (None).
    """

    edited = Signal(object)

    def __init__(self, label: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.check.setAccessibleName(accessible_name)
        self.editor = QTimeEdit(self)
        self.editor.setDisplayFormat(TIME_FORMAT)
        self.editor.setAccessibleName(accessible_name + " " + _tr("time"))
        self._value: time | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.editor)
        self.check.toggled.connect(self._on_check_toggled)
        self.editor.editingFinished.connect(self._on_editor_editing_finished)
        self.set_value(None)

    def value(self) -> time | None:
        return self._value

    def set_value(self, value: time | None, *, fallback: time = time(23, 0)) -> None:
        """Show a stored value without emitting ``edited``."""
        self._value = value
        shown = value or fallback
        for widget in (self.check, self.editor):
            widget.blockSignals(True)
        self.check.setChecked(value is not None)
        self.editor.setTime(QTime(shown.hour, shown.minute, shown.second))
        self.editor.setEnabled(value is not None)
        for widget in (self.check, self.editor):
            widget.blockSignals(False)

    def _typed(self) -> time:
        t = self.editor.time()
        return time(t.hour(), t.minute(), t.second())

    def _on_check_toggled(self, checked: bool) -> None:
        self.editor.setEnabled(checked)
        self.edited.emit(self._typed() if checked else None)

    def _on_editor_editing_finished(self) -> None:
        if self.check.isChecked() and self._typed() != self._value:
            self.edited.emit(self._typed())
