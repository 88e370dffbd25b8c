"""The medication list and doses: bedside bedtime doses, and the night view's dose edits."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time, tzinfo

from PySide6.QtCore import QObject, Signal

from hypnic.domain.clock import Clock
from hypnic.domain.medications import Dose, Medication
from hypnic.operations import doses as dose_ops
from hypnic.operations import medications as med_ops
from hypnic.operations.tonight import tonight
from hypnic.store import Store


class MedicationList(QObject):
    """The patient's medications: add, change, rename, archive, delete an unused one.

    Signals:
        changed(Changes): the list changed (a rename changes every night's doses too).
    """

    changed = Signal(object)

    def __init__(self, *, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def all(self, *, include_archived: bool = True) -> list[Medication]:
        return self._store.medications.all(include_archived=include_archived)

    def get(self, name: str) -> Medication | None:
        return self._store.medications.get(name)

    def add(
        self,
        name: str,
        *,
        usual_amount: float | None = None,
        unit: str | None = None,
        bedtime: bool = False,
    ) -> Medication:
        """A new medication; refused when the list already has one of that name."""
        saved, changes = med_ops.add_medication(
            self._store, name, usual_amount=usual_amount, unit=unit, bedtime=bedtime
        )
        self.changed.emit(changes)
        return saved

    def update(self, name: str, **changes: object) -> Medication:
        """Change the usual amount, unit, bedtime flag or archived flag of ``name``."""
        saved, what = med_ops.update_medication(self._store, name, **changes)
        self.changed.emit(what)
        return saved

    def rename(self, old: str, new: str) -> Medication:
        renamed, changes = med_ops.rename_medication(self._store, old, new)
        self.changed.emit(changes)
        return renamed

    def delete(self, name: str) -> bool:
        """Delete a medication that never had a dose; False (kept: archive it) otherwise."""
        deleted, changes = med_ops.delete_medication(self._store, name)
        if changes:
            self.changed.emit(changes)
        return deleted

    def has_doses(self, name: str) -> bool:
        return self._store.medications.has_doses(name)


class DoseLog(QObject):
    """Doses: the bedside "D" key (committed before it is shown) and the night view's edits,
    by the same rule as `hypnic dose` (``operations.doses``).

    Signals:
        logged(list): bedtime doses were committed (a list of Dose).
        changed(Changes): some night's doses changed (and with them, maybe the list).
    """

    logged = Signal(list)
    changed = Signal(object)

    def __init__(self, *, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock

    @property
    def zone(self) -> tzinfo:
        """The zone typed times are read in."""
        return self._clock.zone

    def tonight(self) -> date:
        return tonight(self._store, self._clock)

    def has_bedtime_medication(self) -> bool:
        return dose_ops.has_bedtime_medication(self._store)

    def log_bedtime(self) -> list[Dose]:
        """Every usual bedtime dose, now, in one transaction; empty when none is set."""
        doses, changes = dose_ops.log_bedtime_doses(self._store, self._clock)
        if doses:
            self.logged.emit(doses)
            self.changed.emit(changes)
        return doses

    def of_night(self, night: date) -> list[Dose]:
        return dose_ops.doses_of_night(self._store, night)

    def bedtime_doses(self, night: date) -> list[Dose]:
        """The night's live doses of the usual bedtime medications, oldest first."""
        return dose_ops.bedtime_doses_of_night(self._store, night)

    def trash(self, night: date) -> list[Dose]:
        return dose_ops.doses_of_night(self._store, night, deleted=True)

    def get(self, dose_id: str) -> Dose | None:
        return self._store.doses.get(dose_id)

    def add(
        self,
        *,
        night: date,
        medication: str,
        local_time: time,
        amount: float | None = None,
        unit: str | None = None,
        note: str = "",
        fold: int | None = None,
    ) -> Dose:
        """A dose taken on ``night`` at a typed time, by the rule of every logged dose."""
        logged = dose_ops.log_typed_dose(
            self._store, self._clock, night=night, medication=medication,
            local_time=local_time, amount=amount, unit=unit, note=note, fold=fold,
        )  # fmt: skip
        self.changed.emit(logged.changes)
        return logged.dose

    def edit(
        self,
        dose_id: str,
        *,
        medication: str | None = None,
        local_time: time | None = None,
        amount: float | None = None,
        unit: str | None = None,
        note: str | None = None,
        fold: int | None = None,
    ) -> Dose:
        """Change a live dose; amount and unit are set as given (None clears them)."""
        stored, changes = dose_ops.edit_dose(
            self._store, self._clock, dose_id, medication=medication, local_time=local_time,
            amount=amount, unit=unit, note=note, fold=fold,
        )  # fmt: skip
        self.changed.emit(changes)
        return stored

    def delete_many(self, dose_ids: Iterable[str]) -> int:
        """Move doses to the trash; returns how many."""
        count, changes = dose_ops.trash_doses(self._store, self._clock, list(dose_ids))
        if changes:
            self.changed.emit(changes)
        return count

    def restore_many(self, dose_ids: Iterable[str]) -> int:
        count, changes = dose_ops.restore_doses(self._store, list(dose_ids))
        if changes:
            self.changed.emit(changes)
        return count
