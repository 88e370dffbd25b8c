"""Medications and doses: night attribution, suggestions, checks, bedtime doses, wording."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time

import pytest

from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant
from hypnic.domain.medications import (
    SUGGESTED_MEDICATIONS,
    Dose,
    Medication,
    bedtime_doses,
    check_dose,
    check_medication,
    describe_dose,
    format_amount,
    suggest,
    suggestion_for,
)


def _dose_at(text: str) -> Dose:
    at = datetime.fromisoformat(text)
    offset = at.utcoffset()
    assert offset is not None
    utc_ms = int(at.astimezone(UTC).timestamp() * 1000)
    return Dose("d", "clonazepam", 0.5, "mg", utc_ms, int(offset.total_seconds() // 60))


@pytest.mark.parametrize(
    ("text", "night"),
    [
        ("2026-11-24T22:30:00+01:00", date(2026, 11, 24)),
        ("2026-11-25T00:30:00+01:00", date(2026, 11, 24)),  # after midnight: the evening before
        ("2026-11-25T11:59:00+01:00", date(2026, 11, 24)),
        ("2026-11-25T12:00:00+01:00", date(2026, 11, 25)),
        # The same UTC instant in New York is still the evening of the 24th.
        ("2026-11-24T19:30:00-05:00", date(2026, 11, 24)),
    ],
)
def test_dose_night_follows_the_event_rule(text: str, night: date) -> None:
    assert _dose_at(text).night() == night


def test_dose_night_with_an_evening_boundary() -> None:
    assert _dose_at("2026-11-25T13:00:00+01:00").night(time(18, 0)) == date(2026, 11, 24)


def test_suggestions_cover_the_named_drugs_and_match_what_is_typed() -> None:
    names = [s.name for s in SUGGESTED_MEDICATIONS]
    assert len(names) == 11 and "sodium valproate" in names
    assert all("mg" in s.units for s in SUGGESTED_MEDICATIONS)
    # Names that start with the text first, then names that contain it.
    assert [s.name for s in suggest("pr")] == [
        "primidone", "pregabalin", "pramipexole", "sodium valproate"
    ]  # fmt: skip
    assert [s.name for s in suggest("AZEP")] == ["temazepam", "clonazepam"]
    assert [s.name for s in suggest("valp")] == ["sodium valproate"]
    assert suggest("") == list(SUGGESTED_MEDICATIONS)
    assert suggest("aspirin") == []
    found = suggestion_for("  Sodium   Valproate ")
    assert found is not None and found.name == "sodium valproate"
    assert suggestion_for("melatonin") is None


def test_check_medication_tidies_and_names_the_bad_field() -> None:
    med = check_medication(Medication("  iron   tablets ", 65, " mg "))
    assert (med.name, med.usual_amount, med.unit) == ("iron tablets", 65.0, "mg")
    assert check_medication(Medication("x", None, "  ")).unit is None
    for bad, field in [
        (Medication("   "), "name"),
        (Medication("x" * 81), "name"),
        (Medication("x", 0), "usual_amount"),
        (Medication("x", -1), "usual_amount"),
        (Medication("x", math.nan), "usual_amount"),
        (Medication("x", math.inf), "usual_amount"),
        (Medication("x", 1, "u" * 21), "unit"),
    ]:
        with pytest.raises(InputError) as info:
            check_medication(bad)
        assert info.value.field == field, bad


def test_check_dose() -> None:
    dose = _dose_at("2026-11-24T22:30:00+01:00")
    assert check_dose(dose.with_changes(medication=" clonazepam ")).medication == "clonazepam"
    with pytest.raises(InputError) as info:
        check_dose(dose.with_changes(amount=-0.5))
    assert info.value.field == "amount"
    with pytest.raises(InputError) as info:
        check_dose(dose.with_changes(medication=""))
    assert info.value.field == "medication"


def test_bedtime_doses_use_usual_amounts_and_skip_the_rest() -> None:
    at = Instant(1_795_560_067_123, 60)
    meds = [
        Medication("clonazepam", 0.5, "mg", bedtime=True),
        Medication("ropinirole", None, None, bedtime=True),
        Medication("baclofen", 10, "mg", bedtime=False),
        Medication("temazepam", 10, "mg", bedtime=True, archived=True),
    ]
    doses = bedtime_doses(meds, at)
    assert [(d.medication, d.amount, d.unit, d.at) for d in doses] == [
        ("clonazepam", 0.5, "mg", at),
        ("ropinirole", None, None, at),
    ]
    assert len({d.id for d in doses}) == 2


def test_wording() -> None:
    assert format_amount(0.5, "mg") == "0.5 mg"
    assert format_amount(10.0, "mg") == "10 mg"
    assert format_amount(1_000_000.0, None) == "1000000"
    assert format_amount(None, None) == ""
    dose = _dose_at("2026-11-24T22:30:00+01:00")
    assert describe_dose(dose) == "clonazepam 0.5 mg"
    assert describe_dose(dose.with_changes(amount=None, unit=None)) == "clonazepam"
