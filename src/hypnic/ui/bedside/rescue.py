"""Quitting with taps that could not be saved: offer to write them to a CSV file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hypnic.services.event_log import EventLog, write_rescue_file


def _tr(text: str) -> str:
    return QCoreApplication.translate("Rescue", text)


def _question(count: int) -> str:
    return QCoreApplication.translate(
        "Rescue", "%n tap(s) could not be saved to the store. Write them to a file first?", "",
        count,
    )  # fmt: skip


def offer_rescue(parent: QWidget, log: EventLog) -> bool:
    """Ask what to do with the taps ``log`` still holds unsaved. True = quit now, False = stay
    open. The writer keeps trying meanwhile: the question follows what is still unsaved, and
    goes away (quitting) once everything is saved."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Taps not saved — Hypnic"))
    box.setText(_question(len(log.pending)))
    all_saved: list[bool] = []

    def follow(count: int) -> None:
        if count == 0:
            all_saved.append(True)
            box.done(0)
        else:
            box.setText(_question(count))

    log.pending_changed.connect(follow)
    box.setInformativeText(_tr("You can import that file later with 'hypnic import'."))
    save = box.addButton(_tr("Save to file…"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_tr("Quit without saving"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    log.pending_changed.disconnect(follow)
    events = log.pending
    if all_saved or not events:
        return True
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
