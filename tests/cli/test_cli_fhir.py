"""`hypnic export --format fhir`: one R4 Bundle that a validating model library accepts, with a
resource for every live event, dose and morning answer of the period (DESIGN section 5)."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import Run
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.medicationadministration import MedicationAdministration
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.patient import Patient
from fhir.resources.R4B.relatedperson import RelatedPerson

from hypnic.domain.diary import DiaryEntry
from hypnic.domain.events import Event, Observer
from hypnic.domain.medications import Dose
from hypnic.domain.patient import BIRTH_KEY, NAME_KEY
from hypnic.store import Store
from timehelp import utc_ms

MODELS = {"Patient": Patient, "RelatedPerson": RelatedPerson, "Observation": Observation,
          "MedicationAdministration": MedicationAdministration}  # fmt: skip
UCUM = "http://unitsofmeasure.org"
IDS = [f"0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b{n:02d}" for n in range(20)]


@pytest.fixture
def seeded(data_dir: Path) -> Path:
    """Two nights in Berlin (+01:00) and one in New York (-05:00), with trash and a partner."""
    store = Store.open(data_dir)
    store.settings.set(NAME_KEY, "Ada Example")
    store.settings.set(BIRTH_KEY, "1961-04-23")
    t24 = utc_ms(2026, 11, 24, 22, 41, 7) + 123  # 23:41:07.123+01:00, night of the 24th
    store.events.add(Event(IDS[0], "jerk", t24, 60, note="big one"))
    store.events.add(Event(IDS[1], "kick", t24 + 60_000, 60, by=Observer.PARTNER))
    store.events.add(Event(IDS[2], "deep_itch", t24 + 120_000, 60))
    store.events.add(Event(IDS[3], "jerk", t24 + 180_000, 60))
    store.events.trash(IDS[3], t24 + 200_000)
    t25 = utc_ms(2026, 11, 26, 4, 10)  # 23:10-05:00 on the 25th in New York
    store.events.add(Event(IDS[4], "hiccup", t25, -300))
    t28 = utc_ms(2026, 11, 28, 22, 0)
    store.events.add(Event(IDS[5], "jerk", t28, 60))
    store.doses.add(Dose(IDS[10], "clonazepam", 0.5, "mg", t24 - 3_600_000, 60),
                    create_medication=True)  # fmt: skip
    store.doses.add(Dose(IDS[11], "clonazepam", 5, "drops", t24 - 3_000_000, 60, note="extra"))
    store.doses.add(Dose(IDS[12], "melatonin", 2, "tablets", t24 - 2_000_000, 60),
                    create_medication=True)  # fmt: skip
    store.doses.add(Dose(IDS[13], "melatonin", None, None, t24 - 1_000_000, 60))
    store.doses.trash(IDS[13], t24)
    store.doses.add(Dose(IDS[14], "clonazepam", 0.5, "mg", t28 - 3_600_000, 60))
    store.diary.save(DiaryEntry(
        date(2026, 11, 24), bed_time=time(23, 0), tried_sleep_time=time(23, 30),
        sleep_latency_min=40, awakenings=2, wake_after_sleep_onset_min=30,
        final_wake_time=time(6, 40), out_of_bed_time=time(7, 0), quality=2, comments="restless",
    ))  # fmt: skip
    store.diary.save(DiaryEntry(date(2026, 11, 28), quality=4))
    store.close()
    return data_dir


def _export(hypnic: Run, tmp_path: Path, *period: str) -> dict[str, Any]:
    out = tmp_path / "bundle.json"
    result = hypnic("export", "--format", "fhir", *period, "-o", str(out))
    assert result.code == 0, result.err
    return dict(json.loads(out.read_text(encoding="utf-8")))


def _resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def _symptoms(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        r for r in _resources(bundle, "Observation") if r["code"]["coding"][0]["code"] == "75325-1"
    ]


def test_the_bundle_and_every_resource_validate_as_fhir(
    hypnic: Run, seeded: Path, tmp_path: Path
) -> None:
    bundle = _export(hypnic, tmp_path)
    Bundle.model_validate(bundle)
    assert bundle["type"] == "collection"
    for entry in bundle["entry"]:
        resource = entry["resource"]
        MODELS[resource["resourceType"]].model_validate(resource)
        assert entry["fullUrl"] == f"urn:uuid:{resource['id']}"
    urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(urls) == len(set(urls))
    _assert_bindings_and_references(bundle)


# fhir.resources checks structure, types, required elements and patterns, not the codes of
# required bindings nor invariants: those the export relies on are checked here (FHIR R4).
STATUS = {"Observation": {"registered", "preliminary", "final", "amended", "corrected",
                          "cancelled", "entered-in-error", "unknown"},
          "MedicationAdministration": {"in-progress", "not-done", "on-hold", "completed",
                                       "entered-in-error", "stopped", "unknown"}}  # fmt: skip


BUNDLE_TYPES = {"document", "message", "transaction", "transaction-response", "batch",
                "batch-response", "history", "searchset", "collection"}  # fmt: skip


def _assert_bindings_and_references(bundle: dict[str, Any]) -> None:
    urls = {e["fullUrl"]: e["resource"]["resourceType"] for e in bundle["entry"]}
    assert bundle["type"] in BUNDLE_TYPES
    for entry in bundle["entry"]:
        resource = entry["resource"]
        kind = resource["resourceType"]
        if kind in STATUS:
            assert resource["status"] in STATUS[kind]
            assert urls[resource["subject"]["reference"]] == "Patient"
        for performer in resource.get("performer", []):
            assert urls[performer["reference"]] in {"Patient", "RelatedPerson"}
        quantity = resource.get("valueQuantity") or resource.get("dosage", {}).get("dose")
        if quantity and "code" in quantity:  # qty-3: a unit code needs its system
            assert quantity["system"] == UCUM
        if kind == "RelatedPerson":
            assert urls[resource["patient"]["reference"]] == "Patient"


def test_resources_match_the_store(hypnic: Run, seeded: Path, tmp_path: Path) -> None:
    bundle = _export(hypnic, tmp_path)
    store = Store.open(seeded)
    try:
        events = store.events.between_nights(None, None)
        doses = store.doses.between_nights(None, None)
    finally:
        store.close()
    assert sorted(o["id"] for o in _symptoms(bundle)) == sorted(e.id for e in events)
    assert IDS[3] not in {o["id"] for o in _symptoms(bundle)}  # trashed
    given = _resources(bundle, "MedicationAdministration")
    assert sorted(m["id"] for m in given) == sorted(d.id for d in doses) == [*IDS[10:13], IDS[14]]
    answers = [r for r in _resources(bundle, "Observation") if r not in _symptoms(bundle)]
    # Night 24: nine answers and total sleep (23:30..06:40 less 40 and 30 minutes); 28: quality.
    assert len(answers) == 11
    total = next(r for r in answers if r["code"]["coding"][0]["code"] == "93832-4")
    assert total["valueQuantity"] == {"value": 360, "unit": "min", "system": UCUM, "code": "min"}
    [patient] = _resources(bundle, "Patient")
    assert patient["name"] == [{"text": "Ada Example"}] and patient["birthDate"] == "1961-04-23"


def test_partner_taps_are_performed_by_the_bed_partner(
    hypnic: Run, seeded: Path, tmp_path: Path
) -> None:
    bundle = _export(hypnic, tmp_path)
    [partner] = _resources(bundle, "RelatedPerson")
    [patient] = _resources(bundle, "Patient")
    assert partner["relationship"][0]["coding"][0]["code"] == "SIGOTHR"
    assert partner["patient"] == {"reference": f"urn:uuid:{patient['id']}"}
    by = {o["id"]: o["performer"][0]["reference"] for o in _symptoms(bundle)}
    assert by[IDS[1]] == f"urn:uuid:{partner['id']}"
    assert {by[i] for i in (IDS[0], IDS[2], IDS[4])} == {f"urn:uuid:{patient['id']}"}


def test_the_stored_offset_is_kept(hypnic: Run, seeded: Path, tmp_path: Path) -> None:
    bundle = _export(hypnic, tmp_path)
    when = {o["id"]: o["effectiveDateTime"] for o in _symptoms(bundle)}
    assert when[IDS[0]] == "2026-11-24T23:41:07.123+01:00"
    assert when[IDS[4]] == "2026-11-25T23:10:00.000-05:00"
    given = {m["id"]: m for m in _resources(bundle, "MedicationAdministration")}
    assert given[IDS[10]]["effectiveDateTime"] == "2026-11-24T22:41:07.123+01:00"
    assert not any(t.endswith("Z") for t in when.values())


def test_doses_carry_ucum_quantities(hypnic: Run, seeded: Path, tmp_path: Path) -> None:
    given = {m["id"]: m for m in _resources(_export(hypnic, tmp_path), "MedicationAdministration")}
    assert {m["status"] for m in given.values()} == {"completed"}
    dose = {"value": 0.5, "unit": "mg", "system": UCUM, "code": "mg"}
    assert given[IDS[10]]["dosage"]["dose"] == dose
    assert given[IDS[11]]["dosage"]["dose"]["code"] == "[drp]"
    assert given[IDS[11]]["note"] == [{"text": "extra"}]
    assert given[IDS[12]]["dosage"]["dose"] == {"value": 2.0, "unit": "tablets"}
    assert given[IDS[10]]["medicationCodeableConcept"] == {"text": "clonazepam"}


def test_from_and_to_limit_the_nights(hypnic: Run, seeded: Path, tmp_path: Path) -> None:
    bundle = _export(hypnic, tmp_path, "--from", "2026-11-25", "--to", "2026-11-27")
    assert [o["id"] for o in _symptoms(bundle)] == [IDS[4]]
    assert _resources(bundle, "MedicationAdministration") == []
    assert _resources(bundle, "RelatedPerson") == []  # no partner tap in the period
    assert len(_resources(bundle, "Observation")) == 1  # no diary answers either
    Bundle.model_validate(bundle)
    _assert_bindings_and_references(bundle)


def test_ids_are_stable_across_exports(hypnic: Run, seeded: Path, tmp_path: Path) -> None:
    first = [e["fullUrl"] for e in _export(hypnic, tmp_path)["entry"]]
    assert first == [e["fullUrl"] for e in _export(hypnic, tmp_path)["entry"]]
