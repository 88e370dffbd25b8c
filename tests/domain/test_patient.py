"""The patient's details: tidy names, real dates of birth, one clear sentence otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from hypnic.domain.errors import InputError
from hypnic.domain.patient import Patient, check_patient, patient_from_settings

TODAY = date(2026, 11, 25)


def test_empty_fields_mean_not_set() -> None:
    assert check_patient("  ", "", today=TODAY) == Patient(None, None)


def test_name_is_tidied_and_date_read() -> None:
    assert check_patient("  Anna   Example ", "1961-04-23", today=TODAY) == Patient(
        "Anna Example", date(1961, 4, 23)
    )


@pytest.mark.parametrize("birth", ["23.04.1961", "1961-02-30", "2027-01-01", "1800-01-01"])
def test_impossible_dates_are_refused_naming_the_field(birth: str) -> None:
    with pytest.raises(InputError) as caught:
        check_patient("Anna", birth, today=TODAY)
    assert caught.value.field == "date of birth"
    assert birth in caught.value.message


def test_stored_text_that_is_not_a_date_reads_as_unset() -> None:
    assert patient_from_settings({"patient_name": "A", "patient_birth": "x"}) == Patient("A", None)
