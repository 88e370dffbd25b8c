"""The patient's name and date of birth for the summary, kept in the store (the CLI reads it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from hypnic.domain.patient import BIRTH_KEY, NAME_KEY, Patient, check_patient, patient_from_settings
from hypnic.store import Store


class PatientDetails(QObject):
    """Reads and sets who the doctor's summary is about.

    Signals:
        changed(): the name or the date of birth changed.
    """

    changed = Signal()

    def __init__(self, *, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    @property
    def patient(self) -> Patient:
        return patient_from_settings(self._store.settings.all())

    def set(self, name: str, date_of_birth: str) -> Patient:
        """Store the typed name and date of birth (YYYY-MM-DD or empty); InputError if bad."""
        patient = check_patient(name, date_of_birth, today=date.today())
        if patient == self.patient:
            return patient
        birth = patient.date_of_birth.isoformat() if patient.date_of_birth else ""
        self._store.settings.set_many({NAME_KEY: patient.name or "", BIRTH_KEY: birth})
        self.changed.emit()
        return patient
