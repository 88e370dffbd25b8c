"""The medication list: add, change, rename, archive, delete an unused one."""

from __future__ import annotations

from hypnic.domain.changes import Changes
from hypnic.domain.errors import InputError
from hypnic.domain.medications import Medication
from hypnic.store import Store

_MEDICATIONS = Changes(medications=True)


def require_medication(store: Store, name: str) -> Medication:
    med = store.medications.get(name)
    if med is None:
        raise InputError(f"there is no medication called '{name}'", field="name")
    return med


def add_medication(
    store: Store,
    name: str,
    *,
    usual_amount: float | None = None,
    unit: str | None = None,
    bedtime: bool = False,
) -> tuple[Medication, Changes]:
    """A new medication; refused when the list already has one of that name."""
    existing = store.medications.get(name)
    if existing is not None:
        raise InputError(f"'{existing.name}' is already in the list", field="name")
    return store.medications.save(Medication(name, usual_amount, unit, bedtime)), _MEDICATIONS


def update_medication(store: Store, name: str, **changes: object) -> tuple[Medication, Changes]:
    """Change the usual amount, unit, bedtime flag or archived flag of ``name``."""
    saved = store.medications.save(require_medication(store, name).with_changes(**changes))
    return saved, _MEDICATIONS


def rename_medication(store: Store, old: str, new: str) -> tuple[Medication, Changes]:
    """Rename a medication; its doses follow, so every night's doses may read differently."""
    renamed = store.medications.rename(old, new)
    return renamed, Changes(medications=True, all_nights=True)


def delete_medication(store: Store, name: str) -> tuple[bool, Changes]:
    """Delete a medication that never had a dose; False (kept: archive it) otherwise."""
    deleted = store.medications.delete_unused(name)
    return deleted, _MEDICATIONS if deleted else Changes()
