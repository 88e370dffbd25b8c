"""The patient's name and date of birth for the summary, kept in the store (the CLI reads it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from hypnic.domain.patient import Patient
from hypnic.operations import settings as settings_ops
from hypnic.store import Store


class PatientDetails(QObject):
    """Reads and sets who the doctor's summary is about.

    Signals:
        changed(Changes): the name or the date of birth changed.
    """

    changed = Signal(object)

    def __init__(self, *, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    @property
    def patient(self) -> Patient:
        return settings_ops.patient(self._store)

    def set(self, name: str, date_of_birth: str) -> Patient:
        """Store the typed name and date of birth (YYYY-MM-DD or empty); InputError if bad."""
        patient, changes = settings_ops.set_patient(
            self._store, name, date_of_birth, today=date.today()
        )
        if changes:
            self.changed.emit(changes)
        return patient
