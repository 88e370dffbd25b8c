"""The FHIR R4 export: one Bundle of type "collection" a clinic system can read (DESIGN section 5).

It holds the Patient; one Observation per live event, after the HL7 Symptoms guide's symptom
observation (LOINC 75325-1, the kind as a SNOMED CT finding where one fits, Hypnic's code and the
kind's label always); the RelatedPerson "bed partner" when the partner logged any event, as that
event's performer; one MedicationAdministration per live dose; and one Observation per morning
answer. Every time keeps the offset it was logged with. Status "final" (the patient's own
record, complete) for observations and "completed" for a dose that was taken: R4's
MedicationAdministration has no "final", and "completed" is its status for an administration
that has happened. Nothing carries a clinical status the patient did not give.

Ids are stable: an event's and a dose's own UUID; the patient's made from their name and date
of birth (a random one when neither is set, so two unnamed patients never share an id); a
diary answer's and the partner's made from the patient's id and what they are.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import time
from typing import Any

from hypnic.domain.diary import DiaryEntry, diary_figures
from hypnic.domain.events import Event, Instant, Observer
from hypnic.domain.kinds import Kind
from hypnic.domain.medications import Dose
from hypnic.domain.patient import Patient
from hypnic.domain.timerules import format_local
from hypnic.exchange import fhir_codes as codes

_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://hypnic.org/fhir")
Resource = dict[str, Any]


def fhir_bundle(
    *,
    events: Iterable[Event],
    doses: Iterable[Dose],
    diary: Iterable[DiaryEntry],
    kinds: Sequence[Kind],
    patient: Patient,
    exported_at: Instant,
    day_boundary: time,
    patient_id: str | None = None,
) -> dict[str, Any]:
    """The bundle as a JSON-ready dict; trashed events and doses are left out."""
    pid = patient_id or _patient_id(patient)
    resources: list[Resource] = [_patient(pid, patient)]
    labels = {k.key: k.label for k in kinds}
    live = [e for e in events if not e.deleted]
    partner_id = None
    if any(e.by == Observer.PARTNER for e in live):
        partner_id = _derived_id(pid, "bed-partner")
        resources.append(_partner(partner_id, pid))
    resources += [_symptom(e, labels, pid, partner_id) for e in live]
    resources += [_administration(d, pid) for d in doses if not d.deleted]
    for entry in diary:
        resources += _diary(entry, pid, day_boundary)
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": format_local(exported_at.utc_ms, exported_at.offset_min),
        "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources],
    }


def _patient_id(patient: Patient) -> str:
    if patient.name is None and patient.date_of_birth is None:
        return str(uuid.uuid4())
    return _derived_id(patient.name or "", str(patient.date_of_birth or ""))


def _derived_id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "|".join(parts)))


def _ref(resource_id: str) -> dict[str, str]:
    return {"reference": f"urn:uuid:{resource_id}"}


def _coding(system: str, code: str, display: str) -> dict[str, str]:
    return {"system": system, "code": code, "display": display}


def _patient(pid: str, patient: Patient) -> Resource:
    resource: Resource = {"resourceType": "Patient", "id": pid}
    if patient.name:
        resource["name"] = [{"text": patient.name}]
    if patient.date_of_birth:
        resource["birthDate"] = patient.date_of_birth.isoformat()
    return resource


def _partner(partner_id: str, pid: str) -> Resource:
    return {
        "resourceType": "RelatedPerson",
        "id": partner_id,
        "patient": _ref(pid),
        "relationship": [{"coding": [_coding(*codes.BED_PARTNER)], "text": "Bed partner"}],
    }


def _symptom(event: Event, labels: dict[str, str], pid: str, partner_id: str | None) -> Resource:
    label = labels.get(event.kind, event.kind.replace("_", " ").capitalize())
    coding = [_coding(codes.HYPNIC_KIND, event.kind, label)]
    snomed = codes.KIND_SNOMED.get(event.kind)
    if snomed is not None:
        coding.insert(0, _coding(codes.SNOMED, *snomed))
    performer = partner_id if event.by == Observer.PARTNER and partner_id else pid
    resource: Resource = {
        "resourceType": "Observation",
        "id": event.id,
        "status": "final",
        "category": [{"coding": [_coding(codes.SYMPTOM_CATEGORY, "symptom", "Symptom")]}],
        "code": {"coding": [_coding(*codes.SYMPTOM)], "text": "Symptom"},
        "subject": _ref(pid),
        "effectiveDateTime": format_local(event.utc_ms, event.offset_min),
        "performer": [_ref(performer)],
        "valueCodeableConcept": {"coding": coding, "text": label},
    }
    if event.note:
        resource["note"] = [{"text": event.note}]
    return resource


def _administration(dose: Dose, pid: str) -> Resource:
    resource: Resource = {
        "resourceType": "MedicationAdministration",
        "id": dose.id,
        "status": "completed",
        "medicationCodeableConcept": {"text": dose.medication},
        "subject": _ref(pid),
        "effectiveDateTime": format_local(dose.utc_ms, dose.offset_min),
    }
    if dose.amount is not None:
        resource["dosage"] = {"dose": dose_quantity(dose.amount, dose.unit)}
    if dose.note:
        resource["note"] = [{"text": dose.note}]
    return resource


def dose_quantity(amount: float, unit: str | None) -> dict[str, Any]:
    """A FHIR Quantity: the UCUM code where the unit has one, else the unit as text only."""
    quantity: dict[str, Any] = {"value": amount}
    if unit:
        quantity["unit"] = unit
        code = codes.UCUM_UNITS.get(unit.casefold())
        if code is not None:
            quantity.update(system=codes.UCUM, code=code)
    return quantity


def _diary(entry: DiaryEntry, pid: str, day_boundary: time) -> list[Resource]:
    night = entry.night.isoformat()
    answers: list[tuple[tuple[str, str, str], dict[str, Any]]] = []
    total = diary_figures(entry, day_boundary).total_sleep_min
    if total is not None:
        answers.append((codes.SLEEP_DURATION, {"valueQuantity": _minutes(total)}))
    for name, code, display in codes.DIARY_ITEMS:
        value = getattr(entry, name)
        if value is None or value == "":
            continue
        answers.append(((codes.HYPNIC_DIARY, code, display), _diary_value(name, value)))
    return [
        {
            "resourceType": "Observation",
            "id": _derived_id(pid, "diary", night, concept[1]),
            "status": "final",
            "category": [{"coding": [_coding(codes.OBSERVATION_CATEGORY, "survey", "Survey")]}],
            "code": {"coding": [_coding(*concept)], "text": concept[2]},
            "subject": _ref(pid),
            "effectiveDateTime": night,
            "performer": [_ref(pid)],
            **value,
        }
        for concept, value in answers
    ]


def _diary_value(name: str, value: Any) -> dict[str, Any]:
    if isinstance(value, time):
        return {"valueTime": f"{value:%H:%M}:00"}
    if isinstance(value, str):
        return {"valueString": value}
    if name.endswith("_min"):
        return {"valueQuantity": _minutes(value)}
    return {"valueInteger": value}


def _minutes(value: int) -> dict[str, Any]:
    return {"value": value, "unit": "min", "system": codes.UCUM, "code": "min"}
