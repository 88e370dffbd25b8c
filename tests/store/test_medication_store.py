"""Medications, doses, tags and the diary in the store, and migrating a version-1 store."""

from __future__ import annotations

import sqlite3
from datetime import date, time
from pathlib import Path

import pytest
from old_schema import build_old_store

from hypnic.domain.diary import DiaryEntry
from hypnic.domain.errors import InputError
from hypnic.domain.events import Event, Instant, NightRecord, new_event_id
from hypnic.domain.medications import Dose, Medication, new_dose_id
from hypnic.domain.tags import DEFAULT_TAGS, Tag
from hypnic.store import Store
from hypnic.store.migrations import SCHEMA_VERSION

T0 = 1_795_560_067_123  # 2026-11-24T22:41:07.123Z, 23:41 in Berlin
HOUR = 3_600_000


def _dose(medication: str = "clonazepam", utc_ms: int = T0, **changes: object) -> Dose:
    return Dose(new_dose_id(), medication, 0.5, "mg", utc_ms, 60).with_changes(**changes)


def test_medication_list_ignores_case_and_keeps_doses_with_renames(store: Store) -> None:
    store.medications.save(Medication("clonazepam", 0.5, "mg", bedtime=True))
    store.medications.save(Medication("Baclofen", 10, "mg"))
    assert [m.name for m in store.medications.all()] == ["Baclofen", "clonazepam"]
    assert store.medications.get("CLONAZEPAM ") == Medication("clonazepam", 0.5, "mg", True)
    dose = store.doses.add(_dose("Clonazepam"))
    assert dose.medication == "clonazepam"  # named as the list spells it
    # Saving with another case respells the medication and its doses.
    store.medications.save(Medication("Clonazepam", 0.5, "mg", bedtime=True))
    assert [m.name for m in store.medications.all()] == ["Baclofen", "Clonazepam"]
    stored = store.doses.get(dose.id)
    assert stored is not None and stored.medication == "Clonazepam"
    store.medications.rename("clonazepam", "Rivotril")
    stored = store.doses.get(dose.id)
    assert stored is not None and stored.medication == "Rivotril"
    with pytest.raises(InputError, match="already in the list"):
        store.medications.rename("Rivotril", "baclofen")
    assert not store.medications.delete_unused("Rivotril")
    assert store.medications.delete_unused("Baclofen")
    assert [m.name for m in store.medications.all(include_archived=False)] == ["Rivotril"]


def test_dose_add_update_trash_restore_and_nights(store: Store) -> None:
    with pytest.raises(InputError) as info:
        store.doses.add(_dose("melatonin"))
    assert info.value.field == "medication"
    added = store.doses.add(_dose("melatonin", amount=2.0), create_medication=True)
    assert store.medications.get("melatonin") == Medication("melatonin", 2.0, "mg")
    after_midnight = store.doses.add(_dose("melatonin", T0 + 2 * HOUR))  # 01:41 on the 25th
    night = date(2026, 11, 24)
    assert store.doses.of_night(night) == [added, after_midnight]
    assert store.doses.of_night(date(2026, 11, 25)) == []

    changed = store.doses.update(after_midnight.with_changes(amount=1.0, note="half"))
    assert store.doses.get(changed.id) == changed
    with pytest.raises(InputError):
        store.doses.update(changed.with_changes(amount=0.0))

    store.doses.trash(added.id, T0 + HOUR)
    assert store.doses.of_night(night) == [changed]
    trashed = store.doses.of_night(night, deleted=True)
    assert [d.id for d in trashed] == [added.id] and trashed[0].deleted_utc_ms == T0 + HOUR
    store.doses.restore(added.id)
    assert store.doses.of_night(night) == [added, changed]
    assert store.doses.existing_ids([added.id, "nope"]) == {added.id}


def test_bedtime_doses_in_one_transaction_and_their_undo(store: Store) -> None:
    assert store.doses.log_bedtime(Instant(T0, 60)) == []
    store.medications.save(Medication("clonazepam", 0.5, "mg", bedtime=True))
    store.medications.save(Medication("ropinirole", 0.25, "mg", bedtime=True))
    store.medications.save(Medication("baclofen", 10, "mg"))
    store.medications.save(Medication("temazepam", 10, "mg", bedtime=True, archived=True))
    before = store.change_serial()
    doses = store.doses.log_bedtime(Instant(T0, 60))
    assert store.change_serial() == before + 1
    assert [(d.medication, d.amount, d.utc_ms) for d in doses] == [
        ("clonazepam", 0.5, T0),
        ("ropinirole", 0.25, T0),
    ]
    assert sorted(store.doses.of_night(date(2026, 11, 24)), key=lambda d: d.medication) == doses
    store.doses.trash_many([d.id for d in doses], T0 + 5000)
    assert store.change_serial() == before + 2
    assert store.doses.of_night(date(2026, 11, 24)) == []
    store.doses.restore_many([d.id for d in doses])
    assert len(store.doses.of_night(date(2026, 11, 24))) == 2


def test_tags_builtin_user_and_per_night(store: Store) -> None:
    assert store.tags.all() == list(DEFAULT_TAGS)
    nap = store.tags.add("Late nap!")
    assert nap == Tag("late_nap", "Late nap!", position=len(DEFAULT_TAGS))
    assert store.tags.add("Late nap").key == "late_nap_2"
    night = date(2026, 11, 24)
    store.tags.set_night(night, ["late_nap", "alcohol", "alcohol"])
    assert store.tags.of_night(night) == ["alcohol", "late_nap"]  # in the tags' order
    with pytest.raises(InputError) as info:
        store.tags.set_night(night, ["alcohol", "coffee"])
    assert info.value.field == "tags" and "coffee" in info.value.message
    assert store.tags.of_night(night) == ["alcohol", "late_nap"]  # unchanged
    store.tags.set_night(date(2026, 11, 26), ["heat"])
    assert store.tags.between(night, date(2026, 11, 25)) == {night: ["alcohol", "late_nap"]}
    assert not store.tags.delete_unused("late_nap")
    assert store.tags.delete_unused("late_nap_2")
    assert not store.tags.delete_unused("heat")  # built in: archived, never deleted
    assert not store.tags.delete_unused("exercise")
    store.tags.set_night(night, [])
    assert store.tags.of_night(night) == []
    store.tags.save(nap.with_changes(archived=True))
    assert "late_nap" not in [t.key for t in store.tags.all(include_archived=False)]


def test_diary_save_get_check_and_clear(store: Store) -> None:
    night = date(2026, 11, 24)
    assert store.diary.get(night) is None
    entry = DiaryEntry(night, bed_time=time(22, 30), tried_sleep_time=time(23, 0),
                       sleep_latency_min=20, awakenings=1, wake_after_sleep_onset_min=15,
                       final_wake_time=time(6, 40), out_of_bed_time=time(7, 0), quality=4,
                       comments="ok")  # fmt: skip
    assert store.diary.save(entry) == entry
    assert store.diary.get(night) == entry
    with pytest.raises(InputError) as info:
        store.diary.save(entry.with_changes(quality=7))
    assert info.value.field == "quality" and store.diary.get(night) == entry
    partial = DiaryEntry(date(2026, 11, 25), quality=2)
    store.diary.save(partial)
    assert store.diary.between(None, None) == [entry, partial]
    store.diary.save(DiaryEntry(date(2026, 11, 25)))  # no answers left: nothing kept
    assert store.diary.between(None, None) == [entry]
    store.diary.delete(night)
    assert store.diary.get(night) is None


def test_version_1_store_migrates_with_a_backup_and_keeps_its_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    event = Event(new_event_id(), "jerk", T0, 60, note="first")
    record = NightRecord(date(2026, 11, 24), lights_out=Instant(T0 - HOUR, 60), note="warm")

    def version_1(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO kinds (key, label, colour, shape, movement, builtin)"
            " VALUES ('jerk', 'Jerk', '#D55E00', 't', 1, 1)"
        )
        conn.execute(
            "INSERT INTO events (id, kind, utc_ms, offset_min, local_ms, by, note)"
            " VALUES (?, 'jerk', ?, 60, ?, 'self', 'first')",
            (event.id, T0, T0 + HOUR),
        )
        conn.execute(
            "INSERT INTO nights (night, lights_out_utc_ms, lights_out_offset_min, note)"
            " VALUES ('2026-11-24', ?, 60, 'warm')",
            (T0 - HOUR,),
        )
        conn.execute("INSERT INTO settings (key, value) VALUES ('day_boundary', '13:00')")

    build_old_store(data / "hypnic.db", 1, version_1)
    store = Store.open(data)
    try:
        assert store.user_version == SCHEMA_VERSION
        assert store.events.get(event.id) == event
        assert store.nights.get(record.night) == record
        assert store.settings.get("day_boundary") == "13:00"
        assert store.tags.all() == list(DEFAULT_TAGS)
        assert store.medications.all() == [] and store.diary.between(None, None) == []
        store.medications.save(Medication("clonazepam", 0.5, "mg", bedtime=True))
        assert len(store.doses.log_bedtime(Instant(T0, 60))) == 1
    finally:
        store.close()
    (backup,) = (data / "backups").iterdir()
    assert backup.name.startswith("hypnic-before-v2-")
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT id, note FROM events").fetchall() == [(event.id, "first")]
    finally:
        copy.close()
