"""Typing in an add-or-edit form that was not used yet, and the question asked before it would
be replaced (choosing another item loads that item into the form)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)


class Unsaved(Enum):
    """What to do with typing that choosing another item would replace."""

    SAVE = "save"  # use it first (add it, or save it to the item it was typed for)
    DISCARD = "discard"  # the person chose to drop it
    CANCEL = "cancel"  # keep it, and stay on the item it was typed for


# (parent, question, what "save" does) -> the answer. Tests inject their own.
UnsavedChooser = Callable[[QWidget, str, str], Unsaved]


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnsavedTyping", text)


def ask_unsaved(parent: QWidget, question: str, save_text: str) -> Unsaved:
    """The default chooser: a small question box (these forms are daytime tasks)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Not saved yet — Hypnic"))
    box.setText(question)
    save = box.addButton(save_text, QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_tr("Discard it"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return (
        Unsaved.SAVE
        if clicked is save
        else Unsaved.DISCARD
        if clicked is discard
        else (Unsaved.CANCEL)
    )


class UnsavedTyping(QObject):
    """Notices a person's changes to a form's fields (typing, a step of a spin box, a tick)
    since the form was last loaded or its content used; changes made by the code inside
    ``loading()`` do not count."""

    def __init__(self, widgets: Iterable[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._typed = False
        self._loading = False
        for widget in widgets:
            self._watch(widget)

    @property
    def typed(self) -> bool:
        return self._typed

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Fill the fields from the code: nothing typed, and what was typed is replaced."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False
            self._typed = False

    def used(self) -> None:
        """The typing was saved or added (or knowingly dropped)."""
        self._typed = False

    def _mark(self, *_args: object) -> None:
        if not self._loading:
            self._typed = True

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._mark)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(self._mark)
            editor = widget.lineEdit()
            if editor is not None:
                editor.textEdited.connect(self._mark)
        elif isinstance(widget, QAbstractSpinBox):
            signal = getattr(widget, "valueChanged", None)
            if signal is not None:
                # A step or typed digits while the person is in the box; not a value set by code.
                signal.connect(lambda *_a, w=widget: self._mark() if w.hasFocus() else None)
        elif isinstance(widget, QAbstractButton):
            widget.clicked.connect(self._mark)
