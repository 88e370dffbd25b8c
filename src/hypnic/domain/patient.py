"""Who the summary is about: a name and a date of birth, both optional."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from hypnic.domain.errors import InputError

NAME_KEY = "patient_name"
BIRTH_KEY = "patient_birth"
_MAX_NAME = 120


@dataclass(frozen=True, slots=True)
class Patient:
    """Printed in the summary's header so a doctor files it with the right person."""

    name: str | None = None
    date_of_birth: date | None = None


def check_patient(name: str, birth: str, *, today: date) -> Patient:
    """Tidy and check what was typed; empty fields mean "not set"."""
    tidy = " ".join(name.split())
    if len(tidy) > _MAX_NAME:
        raise InputError(f"a name of at most {_MAX_NAME} characters, please", field="name")
    born: date | None = None
    text = birth.strip()
    if text:
        try:
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", text):
                raise ValueError
            born = date.fromisoformat(text)
        except ValueError:
            raise InputError(
                f"'{text}' is not a date like 1961-04-23", field="date of birth"
            ) from None
        if not date(1900, 1, 1) <= born <= today:
            raise InputError(f"{text} cannot be a date of birth", field="date of birth")
    return Patient(tidy or None, born)


def patient_from_settings(settings: dict[str, str]) -> Patient:
    """The stored patient (settings as the store keeps them); bad stored text reads as unset."""
    born = settings.get(BIRTH_KEY) or None
    try:
        birth = date.fromisoformat(born) if born else None
    except ValueError:
        birth = None
    return Patient(settings.get(NAME_KEY) or None, birth)
