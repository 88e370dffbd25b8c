"""Doses: one rule for a dose however it is logged (`hypnic dose`, the review, the bedside D)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time

from hypnic.domain.changes import Changes
from hypnic.domain.clock import Clock
from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant
from hypnic.domain.limits import check_instant, check_note
from hypnic.domain.medications import (
    Dose,
    Medication,
    check_amount,
    clean_name,
    clean_unit,
    new_dose_id,
    suggestion_for,
)
from hypnic.operations.events import resolve_typed_time
from hypnic.operations.tonight import check_instant_night
from hypnic.store import Store


@dataclass(frozen=True, slots=True)
class DoseLogged:
    """A dose as stored, and what happened to the medication list on the way."""

    dose: Dose
    medication_added: bool
    medication_restored: bool
    changes: Changes


def log_dose(
    store: Store,
    clock: Clock,
    *,
    medication: str,
    at: Instant,
    amount: float | None = None,
    unit: str | None = None,
    note: str = "",
    fields: tuple[str, str, str, str] = ("medication", "amount", "unit", "time"),
) -> DoseLogged:
    """Log a dose of ``medication`` at ``at``.

    A name the list knows (ignoring case) is spelt as the list spells it, an archived one
    comes back, and what was not given is filled from its usual dose (an amount without a
    unit is in the usual unit). An unknown name joins the list with this dose as its usual
    one (spelt as a suggestion when it is one). ``fields`` name the inputs in messages.
    """
    name_field, amount_field, unit_field, time_field = fields
    name = clean_name(medication, field=name_field)
    amount = check_amount(amount, field=amount_field)
    unit = clean_unit(unit, field=unit_field)
    check_instant(at.utc_ms, at.offset_min, now_utc_ms=clock.now().utc_ms, field=time_field)
    check_instant_night(store, clock, at, field=time_field)
    note = check_note(note.strip())
    known = store.medications.get(name)
    restored = False
    if known is None:
        suggestion = suggestion_for(name)
        if suggestion is not None:
            name = suggestion.name
            if unit is None and amount is not None:
                unit = suggestion.units[0]
    else:
        amount, unit = _usual(known, amount, unit)
        if known.archived:
            store.medications.save(known.with_changes(archived=False))
            restored = True
    dose = store.doses.add(
        Dose(new_dose_id(), name, amount, unit, at.utc_ms, at.offset_min, note),
        create_medication=known is None,
    )
    night = dose.night(store.settings.day_boundary)
    return DoseLogged(
        dose, known is None, restored,
        Changes(nights=frozenset({night}), medications=known is None or restored),
    )  # fmt: skip


def _usual(
    med: Medication, amount: float | None, unit: str | None
) -> tuple[float | None, str | None]:
    """Fill what was not given from the medication's usual dose: an amount without a unit is in
    the usual unit; the usual amount is taken only when no other unit was given."""
    if unit is None or (med.unit or "").casefold() == unit.casefold():
        unit = med.unit  # "MG" is the list's "mg"
        if amount is None:
            amount = med.usual_amount
    return amount, unit


def log_typed_dose(
    store: Store,
    clock: Clock,
    *,
    night: date,
    medication: str,
    local_time: time,
    amount: float | None = None,
    unit: str | None = None,
    note: str = "",
    fold: int | None = None,
) -> DoseLogged:
    """A dose taken on ``night`` at a typed clock time (the review's dose form)."""
    at = resolve_typed_time(store, clock, night, local_time.replace(microsecond=0), fold=fold)
    return log_dose(store, clock, medication=medication, at=at, amount=amount, unit=unit, note=note)


def log_bedtime_doses(store: Store, clock: Clock) -> tuple[list[Dose], Changes]:
    """The bedside D: every active bedtime medication at its usual amount, now, in one
    transaction. Empty when no medication is a bedtime one."""
    now = clock.now()
    doses = store.doses.log_bedtime(now)
    if not doses:
        return [], Changes()
    return doses, Changes.of_nights([doses[0].night(store.settings.day_boundary)])


def bedtime_doses_of_night(store: Store, night: date) -> list[Dose]:
    """The night's live doses of the usual bedtime medications, oldest first: when there is
    one, another press of the bedside D asks first (a second dose is seldom meant)."""
    bedtime = {m.name.casefold() for m in store.medications.all(include_archived=False)
               if m.bedtime}  # fmt: skip
    return [d for d in store.doses.of_night(night) if d.medication.casefold() in bedtime]


def has_bedtime_medication(store: Store) -> bool:
    return any(m.bedtime for m in store.medications.all(include_archived=False))


def edit_dose(
    store: Store,
    clock: Clock,
    dose_id: str,
    *,
    medication: str | None = None,
    local_time: time | None = None,
    amount: float | None = None,
    unit: str | None = None,
    note: str | None = None,
    fold: int | None = None,
) -> tuple[Dose, Changes]:
    """Change a live dose; amount and unit are set as given (None clears them)."""
    dose = store.doses.get(dose_id)
    if dose is None or dose.deleted:
        raise InputError("This dose is no longer there (restore it first)", field="id")
    boundary = store.settings.day_boundary
    changes: dict[str, object] = {"amount": amount, "unit": unit}
    added = False
    if medication is not None:
        changes["medication"] = medication
        if store.medications.get(medication) is None:
            store.medications.save(Medication(medication, amount, unit))
            added = True
    if local_time is not None:
        at = resolve_typed_time(
            store, clock, dose.night(boundary), local_time.replace(microsecond=0), fold=fold
        )
        changes.update(utc_ms=at.utc_ms, offset_min=at.offset_min)
    if note is not None:
        changes["note"] = check_note(note.strip())
    stored = store.doses.update(dose.with_changes(**changes))
    nights = frozenset({dose.night(boundary), stored.night(boundary)})
    return stored, Changes(nights=nights, medications=added)


def trash_doses(store: Store, clock: Clock, dose_ids: Iterable[str]) -> tuple[int, Changes]:
    """Move live doses to the trash in one transaction; returns how many moved."""
    live = [d for d in (store.doses.get(i) for i in dose_ids) if d is not None and not d.deleted]
    if live:
        store.doses.trash_many([d.id for d in live], clock.now().utc_ms)
    return len(live), _nights_of(store, live)


def restore_doses(store: Store, dose_ids: Iterable[str]) -> tuple[int, Changes]:
    """Bring doses back from the trash in one transaction; returns how many came back."""
    trashed = [d for d in (store.doses.get(i) for i in dose_ids) if d is not None and d.deleted]
    if trashed:
        store.doses.restore_many([d.id for d in trashed])
    return len(trashed), _nights_of(store, trashed)


def doses_of_night(store: Store, night: date, *, deleted: bool = False) -> list[Dose]:
    return store.doses.of_night(night, deleted=deleted)


def _nights_of(store: Store, doses: Iterable[Dose]) -> Changes:
    boundary = store.settings.day_boundary
    return Changes.of_nights(d.night(boundary) for d in doses)
