"""Quitting with taps that could not be saved: offer to write them to a CSV file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hypnic.domain.events import Event
from hypnic.services.event_log import write_rescue_file


def _tr(text: str) -> str:
    return QCoreApplication.translate("Rescue", text)


def offer_rescue(parent: QWidget, events: Sequence[Event]) -> bool:
    """Ask what to do with unsaved taps. True = quit now, False = stay open."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Taps not saved — Hypnic"))
    box.setText(
        QCoreApplication.translate(
            "Rescue",
            "%n tap(s) could not be saved to the store. Write them to a file first?",
            "",
            len(events),
        )
    )
    box.setInformativeText(_tr("You can import that file later with 'hypnic import'."))
    save = box.addButton(_tr("Save to file…"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_tr("Quit without saving"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is discard:
        return True
    if clicked is not save:
        return False
    path, _ = QFileDialog.getSaveFileName(
        parent,
        _tr("Save unsaved taps"),
        str(Path.home() / "hypnic-unsaved-taps.csv"),
        _tr("CSV files (*.csv)"),
    )
    if not path:
        return False
    try:
        write_rescue_file(Path(path), events)
    except OSError as exc:
        QMessageBox.critical(parent, _tr("Not written"), str(exc))
        return False
    return True
