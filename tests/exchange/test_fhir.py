"""The FHIR builder on its own: units, codes, and the demo history as one valid R4 bundle."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.observation import Observation

from hypnic.domain.demo import generate_demo
from hypnic.domain.events import Event, Instant
from hypnic.domain.kinds import BUILTIN_KINDS, Kind
from hypnic.domain.patient import Patient
from hypnic.domain.timerules import DEFAULT_DAY_BOUNDARY
from hypnic.exchange.fhir import dose_quantity, fhir_bundle
from hypnic.exchange.fhir_codes import KIND_SNOMED
from hypnic.store import Store
from hypnic.store.demo_fill import fill_demo_store

UCUM = "http://unitsofmeasure.org"
NOW = Instant(1_795_600_000_000, 60)


@pytest.mark.parametrize(
    ("unit", "code"),
    [("mg", "mg"), ("MG", "mg"), ("g", "g"), ("mcg", "ug"), ("µg", "ug"), ("μg", "ug"),
     ("mL", "mL"), ("ml", "mL"), ("drops", "[drp]"), ("IU", "[iU]")],
)  # fmt: skip
def test_units_hypnic_allows_map_to_ucum(unit: str, code: str) -> None:
    assert dose_quantity(1.5, unit) == {"value": 1.5, "unit": unit, "system": UCUM, "code": code}


def test_a_unit_without_a_ucum_code_stays_text() -> None:
    assert dose_quantity(2.0, "puffs") == {"value": 2.0, "unit": "puffs"}
    assert dose_quantity(2.0, None) == {"value": 2.0}


def test_a_kind_without_a_snomed_concept_carries_its_own_code_and_label() -> None:
    own = Kind("toe_curl", "Toe curl", "#000000", "o")
    events = [Event("0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b01", "toe_curl", NOW.utc_ms, 60),
              Event("0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b02", "jerk", NOW.utc_ms, 60)]  # fmt: skip
    bundle = fhir_bundle(events=events, doses=[], diary=[], kinds=[*BUILTIN_KINDS, own],
                         patient=Patient(), exported_at=NOW,
                         day_boundary=DEFAULT_DAY_BOUNDARY)  # fmt: skip
    values = [e["resource"]["valueCodeableConcept"] for e in bundle["entry"][1:]]
    assert values[0] == {"coding": [{"system": "https://hypnic.org/fhir/CodeSystem/kind",
                                     "code": "toe_curl", "display": "Toe curl"}],
                         "text": "Toe curl"}  # fmt: skip
    assert values[1]["coding"][0] == {"system": "http://snomed.info/sct", "code": "17450006",
                                      "display": "Myoclonus"}  # fmt: skip
    for entry in bundle["entry"][1:]:
        Observation.model_validate(entry["resource"])
    assert set(KIND_SNOMED) <= {k.key for k in BUILTIN_KINDS}


def test_the_demo_history_is_one_valid_bundle(store: Store) -> None:
    fill_demo_store(store, generate_demo(end_night=date(2026, 11, 23),
                                         zone=ZoneInfo("Europe/Berlin")))  # fmt: skip
    events = store.events.between_nights(None, None)
    doses = store.doses.between_nights(None, None)
    bundle = fhir_bundle(events=events, doses=doses, diary=store.diary.between(None, None),
                         kinds=store.kinds.all(), patient=Patient("Demo", date(1970, 1, 1)),
                         exported_at=NOW, day_boundary=store.settings.day_boundary)  # fmt: skip
    Bundle.model_validate(bundle)
    kinds = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert {"Patient", "Observation", "MedicationAdministration"} <= kinds
    assert len(bundle["entry"]) > len(events) + len(doses)
