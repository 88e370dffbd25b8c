"""Typed reads and writes of the medication list and of doses (trash and restore like events)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant
from hypnic.domain.medications import Dose, Medication, bedtime_doses, check_dose, check_medication
from hypnic.store.connection import Connection
from hypnic.store.queries import existing_ids, nights_where
from hypnic.store.repos import SettingsRepo

_MED_COLS = "name, usual_amount, unit, bedtime, archived"
_DOSE_COLS = "id, medication, amount, unit, utc_ms, offset_min, note, deleted_utc_ms"


def _medication(row: tuple[Any, ...]) -> Medication:
    name, amount, unit, bedtime, archived = row
    return Medication(
        name=str(name),
        usual_amount=None if amount is None else float(amount),
        unit=None if unit is None else str(unit),
        bedtime=bool(bedtime),
        archived=bool(archived),
    )


class MedicationRepo:
    """The medication list. Names are unique ignoring case; one with doses is never deleted."""

    def __init__(self, store: Connection) -> None:
        self._store = store

    def all(self, *, include_archived: bool = True) -> list[Medication]:
        rows = self._store.conn.execute(
            f"SELECT {_MED_COLS} FROM medications ORDER BY name COLLATE NOCASE, name"
        )
        meds = [_medication(r) for r in rows]
        return [m for m in meds if include_archived or not m.archived]

    def get(self, name: str) -> Medication | None:
        """The medication of that name, ignoring case and extra spaces."""
        row = self._store.conn.execute(
            f"SELECT {_MED_COLS} FROM medications WHERE name = ?", (" ".join(name.split()),)
        ).fetchone()
        return _medication(row) if row else None

    def save(self, medication: Medication) -> Medication:
        """Insert or update (by name, ignoring case); returns what was stored."""
        with self._store.transaction() as conn:
            return self.save_in(conn, medication)

    def save_in(self, conn: sqlite3.Connection, medication: Medication) -> Medication:
        med = check_medication(medication)
        # Updating the name too lets a save fix its spelling; doses follow by ON UPDATE CASCADE.
        conn.execute(
            f"INSERT INTO medications ({_MED_COLS}) VALUES (?,?,?,?,?) ON CONFLICT(name) DO UPDATE"
            " SET name=excluded.name, usual_amount=excluded.usual_amount, unit=excluded.unit,"
            " bedtime=excluded.bedtime, archived=excluded.archived",
            (med.name, med.usual_amount, med.unit, int(med.bedtime), int(med.archived)),
        )
        _respell_doses(conn, med.name)
        return med

    def rename(self, old: str, new: str) -> Medication:
        """Rename a medication; its doses follow. Refused when another one has the new name."""
        current = self.get(old)
        if current is None:
            raise InputError(f"there is no medication called '{old}'", field="name")
        renamed = check_medication(current.with_changes(name=new))
        other = self.get(renamed.name)
        if other is not None and other.name.casefold() != current.name.casefold():
            raise InputError(f"'{other.name}' is already in the list", field="name")
        with self._store.transaction() as conn:
            conn.execute(
                "UPDATE medications SET name = ? WHERE name = ?", (renamed.name, current.name)
            )
            _respell_doses(conn, renamed.name)
        return renamed

    def has_doses(self, name: str) -> bool:
        row = self._store.conn.execute(
            "SELECT 1 FROM doses WHERE medication = ? COLLATE NOCASE LIMIT 1", (name,)
        )
        return row.fetchone() is not None

    def delete_unused(self, name: str) -> bool:
        """Delete a medication that never had a dose (not even trashed); False keeps it."""
        if self.has_doses(name):
            return False
        with self._store.transaction() as conn:
            conn.execute("DELETE FROM medications WHERE name = ?", (name,))
        return True


def _respell_doses(conn: sqlite3.Connection, name: str) -> None:
    # The key ignores case, so a change of case alone does not cascade: spell it out here.
    conn.execute(
        "UPDATE doses SET medication = ? WHERE medication = ? COLLATE NOCASE AND medication <> ?",
        (name, name, name),
    )


def _dose(row: tuple[Any, ...]) -> Dose:
    id_, medication, amount, unit, utc_ms, offset_min, note, deleted = row
    return Dose(
        id=str(id_),
        medication=str(medication),
        amount=None if amount is None else float(amount),
        unit=None if unit is None else str(unit),
        utc_ms=int(utc_ms),
        offset_min=int(offset_min),
        note=str(note),
        deleted_utc_ms=None if deleted is None else int(deleted),
    )


def _dose_params(d: Dose) -> tuple[object, ...]:
    return (d.id, d.medication, d.amount, d.unit, d.utc_ms, d.offset_min, d.note,
            d.deleted_utc_ms, d.local_ms)  # fmt: skip


class DoseRepo:
    """Doses. Deleting moves a dose to the trash; it can be restored.

    Nights are read with the store's own day boundary (there is no other to pass).
    """

    def __init__(
        self, store: Connection, settings: SettingsRepo, medications: MedicationRepo
    ) -> None:
        self._store = store
        self._settings = settings
        self._medications = medications

    def add(self, dose: Dose, *, create_medication: bool = False) -> Dose:
        """Insert one dose in its own transaction; returns it as stored (the medication named
        as the list spells it). An unknown medication is refused, or with
        ``create_medication`` added to the list with this dose as its usual one."""
        with self._store.transaction() as conn:
            stored = self._prepare(conn, dose, create_medication=create_medication)
            conn.execute(f"INSERT INTO doses ({_DOSE_COLS}, local_ms) VALUES "
                         "(?,?,?,?,?,?,?,?,?)", _dose_params(stored))  # fmt: skip
        return stored

    def add_many_in(self, conn: sqlite3.Connection, doses: Iterable[Dose]) -> int:
        """Insert doses not yet stored (by id) in the caller's transaction; returns how many.
        Their medications must be in the list already."""
        before = conn.total_changes
        conn.executemany(
            f"INSERT OR IGNORE INTO doses ({_DOSE_COLS}, local_ms) VALUES (?,?,?,?,?,?,?,?,?)",
            (_dose_params(d) for d in doses),
        )
        return conn.total_changes - before

    def update(self, dose: Dose) -> Dose:
        """Change a dose (medication, amount, unit, time, note); returns it as stored."""
        with self._store.transaction() as conn:
            stored = self._prepare(conn, dose, create_medication=False)
            conn.execute(
                "UPDATE doses SET medication=?, amount=?, unit=?, utc_ms=?, offset_min=?, note=?,"
                " deleted_utc_ms=?, local_ms=? WHERE id=?",
                (*_dose_params(stored)[1:], stored.id),
            )
        return stored

    def _prepare(self, conn: sqlite3.Connection, dose: Dose, *, create_medication: bool) -> Dose:
        checked = check_dose(dose)
        med = self._medications.get(checked.medication)
        if med is None:
            if not create_medication:
                raise InputError(
                    f"'{checked.medication}' is not in the medication list", field="medication"
                )
            med = self._medications.save_in(
                conn, Medication(checked.medication, checked.amount, checked.unit)
            )
        return checked.with_changes(medication=med.name)

    def log_bedtime(self, at: Instant) -> list[Dose]:
        """The bedside "D" key: every active bedtime medication at its usual amount, now, in one
        transaction. Returns the doses made (none when no medication is a bedtime one)."""
        with self._store.transaction() as conn:
            doses = bedtime_doses(self._medications.all(include_archived=False), at)
            self.add_many_in(conn, doses)
        return doses

    def trash(self, dose_id: str, at_utc_ms: int) -> None:
        self.trash_many([dose_id], at_utc_ms)

    def trash_many(self, dose_ids: Sequence[str], at_utc_ms: int) -> None:
        """Move doses to the trash in one transaction (the undo of ``log_bedtime``)."""
        with self._store.transaction() as conn:
            conn.executemany(
                "UPDATE doses SET deleted_utc_ms=? WHERE id=?", ((at_utc_ms, i) for i in dose_ids)
            )

    def restore(self, dose_id: str) -> None:
        self.restore_many([dose_id])

    def restore_many(self, dose_ids: Sequence[str]) -> None:
        """Take doses out of the trash in one transaction (the redo of an undo)."""
        with self._store.transaction() as conn:
            conn.executemany(
                "UPDATE doses SET deleted_utc_ms=NULL WHERE id=?", ((i,) for i in dose_ids)
            )

    def get(self, dose_id: str) -> Dose | None:
        row = self._store.conn.execute(
            f"SELECT {_DOSE_COLS} FROM doses WHERE id=?", (dose_id,)
        ).fetchone()
        return _dose(row) if row else None

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        return existing_ids(self._store.conn, "doses", ids)

    def between_nights(
        self, first: date | None, last: date | None, *, deleted: bool = False
    ) -> list[Dose]:
        """Doses of nights ``first``..``last`` inclusive (open ends allowed), oldest first.

        ``deleted=False`` gives live doses, ``True`` the trash.
        """
        where, params = nights_where(first, last, self._settings.day_boundary, deleted=deleted)
        rows = self._store.conn.execute(
            f"SELECT {_DOSE_COLS} FROM doses WHERE {where} ORDER BY utc_ms, id", params
        )
        return [_dose(r) for r in rows]

    def of_night(self, night: date, *, deleted: bool = False) -> list[Dose]:
        return self.between_nights(night, night, deleted=deleted)
