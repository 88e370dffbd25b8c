"""Medications (the patient's list, with suggestions) and doses taken at an instant."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, time

from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant, new_event_id
from hypnic.domain.limits import check_note
from hypnic.domain.timerules import DEFAULT_DAY_BOUNDARY, night_of

MAX_NAME = 80
MAX_UNIT = 20
# The range of the window's amount fields (three decimals): one rule for every way in.
MIN_AMOUNT = 0.001
MAX_AMOUNT = 100_000


@dataclass(frozen=True, slots=True)
class Medication:
    """One entry of the medication list: its usual amount and unit, and whether it is a usual
    bedtime dose (the bedside "D" key logs those). Names are unique ignoring case."""

    name: str
    usual_amount: float | None = None
    unit: str | None = None
    bedtime: bool = False
    archived: bool = False

    def with_changes(self, **changes: object) -> Medication:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Dose:
    """A medication taken at an instant (UTC ms plus the offset in force), like an event.

    ``medication`` is the name as the medication list spells it. Deleting moves it to the trash.
    """

    id: str
    medication: str
    amount: float | None
    unit: str | None
    utc_ms: int
    offset_min: int
    note: str = ""
    deleted_utc_ms: int | None = None

    @property
    def local_ms(self) -> int:
        return self.utc_ms + self.offset_min * 60_000

    @property
    def at(self) -> Instant:
        return Instant(self.utc_ms, self.offset_min)

    @property
    def deleted(self) -> bool:
        return self.deleted_utc_ms is not None

    def night(self, day_boundary: time = DEFAULT_DAY_BOUNDARY) -> date:
        """The night the dose belongs to, by the events' rule (00:30 is the evening before)."""
        return night_of(self.utc_ms, self.offset_min, day_boundary)

    def with_changes(self, **changes: object) -> Dose:
        return replace(self, **changes)  # type: ignore[arg-type]


def new_dose_id() -> str:
    return new_event_id()


@dataclass(frozen=True, slots=True)
class MedicationSuggestion:
    """A drug often taken for sleep-onset jerks, restless legs or myoclonus, and its units."""

    name: str
    units: tuple[str, ...]


# Offered while typing, never forced: patients' prescriptions vary, so any name is accepted.
# Oral liquids exist for several (valproate, clonazepam drops, phenytoin suspension): mL.
SUGGESTED_MEDICATIONS: tuple[MedicationSuggestion, ...] = (
    MedicationSuggestion("temazepam", ("mg",)),
    MedicationSuggestion("clonazepam", ("mg", "drops")),
    MedicationSuggestion("piracetam", ("mg", "g", "mL")),
    MedicationSuggestion("sodium valproate", ("mg", "mL")),
    MedicationSuggestion("phenytoin", ("mg", "mL")),
    MedicationSuggestion("primidone", ("mg",)),
    MedicationSuggestion("gabapentin", ("mg",)),
    MedicationSuggestion("pregabalin", ("mg",)),
    MedicationSuggestion("ropinirole", ("mg",)),
    MedicationSuggestion("pramipexole", ("mg",)),
    MedicationSuggestion("baclofen", ("mg",)),
)


def suggest(typed: str) -> list[MedicationSuggestion]:
    """Suggestions whose name starts with (then contains) what was typed, ignoring case."""
    text = " ".join(typed.split()).casefold()
    if not text:
        return list(SUGGESTED_MEDICATIONS)
    starts = [s for s in SUGGESTED_MEDICATIONS if s.name.startswith(text)]
    inside = [s for s in SUGGESTED_MEDICATIONS if text in s.name and s not in starts]
    return starts + inside


def suggestion_for(name: str) -> MedicationSuggestion | None:
    """The suggestion with exactly this name (ignoring case and extra spaces), if any."""
    key = " ".join(name.split()).casefold()
    return next((s for s in SUGGESTED_MEDICATIONS if s.name == key), None)


def clean_name(name: str, *, field: str = "name") -> str:
    """A medication name with spaces tidied; refused when empty or too long."""
    text = " ".join(name.split())
    if not text:
        raise InputError("is empty; name the medication, e.g. clonazepam", field=field)
    if len(text) > MAX_NAME:
        raise InputError(f"is longer than {MAX_NAME} characters", field=field)
    return text


def check_amount(amount: float | None, *, field: str = "amount") -> float | None:
    """An amount is a positive, finite number (or absent)."""
    if amount is None:
        return None
    if isinstance(amount, bool) or not math.isfinite(amount) or amount <= 0:
        raise InputError(f"'{amount}' is not an amount above zero, e.g. 0.5", field=field)
    if not MIN_AMOUNT <= amount <= MAX_AMOUNT:
        # The window's amount field takes no other: 1e+308 mg printed on the doctor's summary.
        raise InputError(f"'{amount:g}' is not an amount from {MIN_AMOUNT:g} to {MAX_AMOUNT:,}",
                         field=field)  # fmt: skip
    return float(amount)


def clean_unit(unit: str | None, *, field: str = "unit") -> str | None:
    """A unit such as mg; blank means none."""
    if unit is None:
        return None
    text = " ".join(unit.split())
    if len(text) > MAX_UNIT:
        raise InputError(f"is longer than {MAX_UNIT} characters", field=field)
    return text or None


def check_medication(med: Medication) -> Medication:
    """The medication with its name and unit tidied; InputError names the bad field."""
    return med.with_changes(
        name=clean_name(med.name),
        usual_amount=check_amount(med.usual_amount, field="usual_amount"),
        unit=clean_unit(med.unit),
    )


def check_dose(dose: Dose) -> Dose:
    """The dose with its medication name and unit tidied; InputError names the bad field."""
    return dose.with_changes(
        medication=clean_name(dose.medication, field="medication"),
        amount=check_amount(dose.amount),
        unit=clean_unit(dose.unit),
        note=check_note(dose.note),
    )


def format_amount(amount: float | None, unit: str | None) -> str:
    """'0.5 mg', '10 mg', '2 drops'; empty when neither is known."""
    number = "" if amount is None else f"{amount:.10g}"
    return " ".join(part for part in (number, unit or "") if part)


def describe_dose(dose: Dose) -> str:
    """'clonazepam 0.5 mg' for confirmations and tables."""
    amount = format_amount(dose.amount, dose.unit)
    return f"{dose.medication} {amount}" if amount else dose.medication


def bedtime_doses(medications: list[Medication], at: Instant) -> list[Dose]:
    """New doses of every active bedtime medication at its usual amount, all at ``at``."""
    return [
        Dose(new_dose_id(), m.name, m.usual_amount, m.unit, at.utc_ms, at.offset_min)
        for m in medications
        if m.bedtime and not m.archived
    ]
