"""Settings the command line needs too: the day boundary and the patient's details."""

from __future__ import annotations

from datetime import date, time

from hypnic.domain.changes import NOTHING, Changes
from hypnic.domain.patient import BIRTH_KEY, NAME_KEY, Patient, check_patient, patient_from_settings
from hypnic.store import Store


def day_boundary(store: Store) -> time:
    return store.settings.day_boundary


def set_day_boundary(store: Store, value: time) -> Changes:
    """A new boundary (whole minutes, as the CLI and the JSON format keep it) can move taps to
    other nights: every night may have changed."""
    boundary = value.replace(second=0, microsecond=0, tzinfo=None)
    if boundary == store.settings.day_boundary:
        return NOTHING
    store.settings.set_day_boundary(boundary)
    return Changes(all_nights=True, settings=True)


def patient(store: Store) -> Patient:
    return patient_from_settings(store.settings.all())


def set_patient(
    store: Store, name: str, date_of_birth: str, *, today: date
) -> tuple[Patient, Changes]:
    """Store the typed name and date of birth (YYYY-MM-DD or empty); InputError if bad."""
    checked = check_patient(name, date_of_birth, today=today)
    if checked == patient(store):
        return checked, NOTHING
    birth = checked.date_of_birth.isoformat() if checked.date_of_birth else ""
    store.settings.set_many({NAME_KEY: checked.name or "", BIRTH_KEY: birth})
    return checked, Changes(patient=True)
