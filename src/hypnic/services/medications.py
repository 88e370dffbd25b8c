"""The medication list and doses: bedside bedtime doses, and the night view's dose edits."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time, tzinfo

from PySide6.QtCore import QObject, Signal

from hypnic.domain.clock import Clock
from hypnic.domain.comparison import MedicationComparison
from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant
from hypnic.domain.medications import Dose, Medication, new_dose_id
from hypnic.domain.timerules import night_of, resolve_night_time
from hypnic.store import Store
from hypnic.store.period import compare_period


class MedicationList(QObject):
    """The patient's medications: add, change, rename, archive, delete an unused one.

    Signals:
        changed(): the list changed.
    """

    changed = Signal()

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
        existing = self._store.medications.get(name)
        if existing is not None:
            raise InputError(f"'{existing.name}' is already in the list", field="name")
        saved = self._store.medications.save(Medication(name, usual_amount, unit, bedtime))
        self.changed.emit()
        return saved

    def update(self, name: str, **changes: object) -> Medication:
        """Change the usual amount, unit, bedtime flag or archived flag of ``name``."""
        current = self._require(name)
        saved = self._store.medications.save(current.with_changes(**changes))
        self.changed.emit()
        return saved

    def rename(self, old: str, new: str) -> Medication:
        renamed = self._store.medications.rename(old, new)
        self.changed.emit()
        return renamed

    def delete(self, name: str) -> bool:
        """Delete a medication that never had a dose; False (kept: archive it) otherwise."""
        deleted = self._store.medications.delete_unused(name)
        if deleted:
            self.changed.emit()
        return deleted

    def has_doses(self, name: str) -> bool:
        return self._store.medications.has_doses(name)

    def _require(self, name: str) -> Medication:
        med = self._store.medications.get(name)
        if med is None:
            raise InputError(f"there is no medication called '{name}'", field="name")
        return med


class DoseLog(QObject):
    """Doses: the bedside "D" key (committed before it is shown) and the night view's edits.

    A time typed for a night is read on that night's clock, like an event's: before the day
    boundary is after midnight; a DST gap is refused and a fold must be chosen.

    Signals:
        logged(list): bedtime doses were committed (a list of Dose).
        changed(): some night's doses changed.
    """

    logged = Signal(list)
    changed = Signal()

    def __init__(self, *, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock

    @property
    def zone(self) -> tzinfo:
        """The zone typed times are read in."""
        return self._clock.zone

    @property
    def _boundary(self) -> time:
        return self._store.settings.day_boundary

    def tonight(self) -> date:
        now = self._clock.now()
        return night_of(now.utc_ms, now.offset_min, self._boundary)

    def has_bedtime_medication(self) -> bool:
        return any(m.bedtime for m in self._store.medications.all(include_archived=False))

    def log_bedtime(self) -> list[Dose]:
        """Every usual bedtime dose, now, in one transaction; empty when none is set."""
        doses = self._store.doses.log_bedtime(self._clock.now())
        if doses:
            self.logged.emit(doses)
            self.changed.emit()
        return doses

    # -- reads ----------------------------------------------------------------------------------

    def of_night(self, night: date) -> list[Dose]:
        return self._store.doses.of_night(night, day_boundary=self._boundary)

    def trash(self, night: date) -> list[Dose]:
        return self._store.doses.of_night(night, day_boundary=self._boundary, deleted=True)

    def get(self, dose_id: str) -> Dose | None:
        return self._store.doses.get(dose_id)

    def comparison(self, first: date | None, last: date | None) -> tuple[MedicationComparison, ...]:
        """Nights with a dose of each medication against nights without (DESIGN section 6)."""
        return compare_period(self._store, first, last)

    # -- edits ----------------------------------------------------------------------------------

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
        """A dose taken on ``night`` at a typed time; an unknown medication joins the list."""
        at = self._resolve(night, local_time, fold)
        dose = Dose(new_dose_id(), medication, amount, unit, at.utc_ms, at.offset_min, note.strip())
        stored = self._store.doses.add(dose, create_medication=True)
        self.changed.emit()
        return stored

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
        dose = self._store.doses.get(dose_id)
        if dose is None or dose.deleted:
            raise InputError("This dose is no longer there (restore it first)", field="id")
        changes: dict[str, object] = {"amount": amount, "unit": unit}
        if medication is not None:
            changes["medication"] = medication
            if self._store.medications.get(medication) is None:
                self._store.medications.save(Medication(medication, amount, unit))
        if local_time is not None:
            at = self._resolve(dose.night(self._boundary), local_time, fold)
            changes.update(utc_ms=at.utc_ms, offset_min=at.offset_min)
        if note is not None:
            changes["note"] = note.strip()
        stored = self._store.doses.update(dose.with_changes(**changes))
        self.changed.emit()
        return stored

    def delete_many(self, dose_ids: Iterable[str]) -> int:
        """Move doses to the trash; returns how many."""
        ids = list(dose_ids)
        if ids:
            self._store.doses.trash_many(ids, self._clock.now().utc_ms)
            self.changed.emit()
        return len(ids)

    def restore_many(self, dose_ids: Iterable[str]) -> int:
        ids = list(dose_ids)
        if ids:
            self._store.doses.restore_many(ids)
            self.changed.emit()
        return len(ids)

    def _resolve(self, night: date, local_time: time, fold: int | None) -> Instant:
        utc_ms, offset_min = resolve_night_time(
            night, local_time.replace(microsecond=0), self._boundary, self._clock.zone, fold=fold
        )
        return Instant(utc_ms, offset_min)
