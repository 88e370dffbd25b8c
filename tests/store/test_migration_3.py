"""Schema step 3: kinds' groups, a night's symptoms-from and quiet mark, rest tests; a version-2
store keeps everything it held."""

from __future__ import annotations

import sqlite3
from datetime import date, time
from pathlib import Path

import pytest
from old_schema import build_old_store

from hypnic.domain.diary import DiaryEntry
from hypnic.domain.errors import InputError
from hypnic.domain.events import Instant, NightRecord, Observer
from hypnic.domain.kinds import BUILTIN_GROUPS, BUILTIN_KINDS, Kind, KindGroup
from hypnic.domain.medications import Dose, Medication
from hypnic.domain.rest_tests import RestTest
from hypnic.store import Store
from hypnic.store.backups import BackupManager
from hypnic.store.migrations import SCHEMA_VERSION

T0 = 1_795_560_067_123  # 2026-11-24T22:41:07.123Z, 23:41 in Berlin
HOUR = 3_600_000
NIGHT = date(2026, 11, 24)
EVENT_IDS = [f"6f1c2b1e-0000-4000-8000-00000000000{i}" for i in range(4)]
DOSE_ID = "6f1c2b1e-0000-4000-8000-0000000000d1"


def _version_2(conn: sqlite3.Connection) -> None:
    """What Hypnic at schema 2 wrote: every built-in kind and preset (with the old movement
    flag, a user's recolouring and key), a user's kind, events (one trashed), a night record,
    a medication and a dose, the built-in tags and a user's tag on the night, a diary entry."""
    for k in BUILTIN_KINDS:
        conn.execute(
            "INSERT INTO kinds (key, label, colour, shape, movement, enabled, archived,"
            " position, keys, builtin) VALUES (?,?,?,?,?,?,0,?,?,1)",
            (k.key, k.label, k.colour, k.shape, int(k.key in ("jerk", "kick")), int(k.enabled),
             k.position, "\t".join(k.keys)),
        )  # fmt: skip
    conn.execute("UPDATE kinds SET label = 'Myoclonic jerk', keys = 'J\t1\tF5' WHERE key = 'jerk'")
    conn.execute(
        "INSERT INTO kinds (key, label, colour, shape, movement, enabled, archived, position,"
        " keys, builtin) VALUES ('toe_curl', 'Toe curl', '#E69F00', 'o', 1, 1, 1, 10, 'T', 0)"
    )
    rows = [
        (EVENT_IDS[0], "jerk", T0, 60, "self", "first", None),
        (EVENT_IDS[1], "kick", T0 + 20_000, 60, "partner", "", None),
        (EVENT_IDS[2], "toe_curl", T0 + 95_000, 60, "self", "a, b", None),
        (EVENT_IDS[3], "deep_itch", T0 + 99_000, 60, "self", "", T0 + HOUR),
    ]
    conn.executemany(
        "INSERT INTO events (id, kind, utc_ms, offset_min, local_ms, by, note, deleted_utc_ms)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(i, k, t, o, t + o * 60_000, b, n, d) for i, k, t, o, b, n, d in rows],
    )
    conn.execute(
        "INSERT INTO nights (night, winddown_utc_ms, winddown_offset_min, lights_out_utc_ms,"
        " lights_out_offset_min, note) VALUES ('2026-11-24', ?, 60, ?, 60, 'warm room')",
        (T0 - 2 * HOUR, T0 - HOUR),
    )
    conn.execute("INSERT INTO settings (key, value) VALUES ('day_boundary', '13:00')")
    conn.execute(
        "INSERT INTO medications (name, usual_amount, unit, bedtime) VALUES"
        " ('clonazepam', 0.5, 'mg', 1)"
    )
    conn.execute(
        "INSERT INTO doses (id, medication, amount, unit, utc_ms, offset_min, local_ms)"
        " VALUES (?, 'clonazepam', 0.5, 'mg', ?, 60, ?)",
        (DOSE_ID, T0 - HOUR, T0),
    )
    conn.execute("INSERT INTO tags (key, label, position) VALUES ('late_nap', 'Late nap', 6)")
    conn.execute(
        "INSERT INTO night_tags (night, tag) VALUES ('2026-11-24', 'late_nap'),"
        " ('2026-11-24', 'alcohol')"
    )
    conn.execute(
        "INSERT INTO diary (night, bed_time, tried_sleep_time, sleep_latency_min, awakenings,"
        " final_wake_time, out_of_bed_time, quality) VALUES"
        " ('2026-11-24', '22:30', '23:00', 20, 0, '06:30', '07:00', 4)"
    )
    conn.execute("UPDATE changes SET serial = 7 WHERE id = 1")


@pytest.fixture
def migrated(tmp_path: Path) -> Store:
    data = tmp_path / "data"
    build_old_store(data / "hypnic.db", 2, _version_2)
    store = Store.open(data)
    yield store
    store.close()


def test_a_version_2_store_keeps_every_record(migrated: Store) -> None:
    store = migrated
    assert store.user_version == SCHEMA_VERSION
    events = store.events.between_nights(None, None)
    trashed = store.events.between_nights(None, None, deleted=True)
    assert [(e.id, e.kind, e.utc_ms, e.by, e.note) for e in events] == [
        (EVENT_IDS[0], "jerk", T0, Observer.SELF, "first"),
        (EVENT_IDS[1], "kick", T0 + 20_000, Observer.PARTNER, ""),
        (EVENT_IDS[2], "toe_curl", T0 + 95_000, Observer.SELF, "a, b"),
    ]
    assert [(e.id, e.deleted_utc_ms) for e in trashed] == [(EVENT_IDS[3], T0 + HOUR)]
    assert store.nights.get(NIGHT) == NightRecord(
        NIGHT, winddown=Instant(T0 - 2 * HOUR, 60), lights_out=Instant(T0 - HOUR, 60),
        note="warm room", symptoms_from=None, quiet=False,
    )  # fmt: skip
    assert store.settings.day_boundary == time(13, 0)
    assert store.medications.all() == [Medication("clonazepam", 0.5, "mg", bedtime=True)]
    assert store.doses.get(DOSE_ID) == Dose(DOSE_ID, "clonazepam", 0.5, "mg", T0 - HOUR, 60)
    assert store.tags.of_night(NIGHT) == ["alcohol", "late_nap"]
    assert store.diary.get(NIGHT) == DiaryEntry(
        NIGHT, time(22, 30), time(23, 0), 20, 0, None, time(6, 30), time(7, 0), 4
    )
    assert store.rest_tests.between(None, None) == {}


def test_kinds_get_their_groups_by_key_and_keep_everything_else(migrated: Store) -> None:
    kinds = {k.key: k for k in migrated.kinds.all()}
    assert {key: k.group for key, k in kinds.items() if k.builtin} == BUILTIN_GROUPS
    # The old movement flag said nothing about the user's own kind: it is "other".
    assert kinds["toe_curl"] == Kind(
        "toe_curl", "Toe curl", "#E69F00", "o", group=KindGroup.OTHER, enabled=True,
        archived=True, position=10, keys=("T",), builtin=False,
    )  # fmt: skip
    jerk = kinds["jerk"]
    assert (jerk.label, jerk.keys, jerk.group) == ("Myoclonic jerk", ("J", "1", "F5"), "jerk")
    assert [k.key for k in migrated.kinds.all(include_archived=False) if k.enabled] == [
        "jerk",
        "kick",
        "deep_itch",
    ]


def test_the_migration_is_backed_up_first_and_the_store_checks_sound(
    migrated: Store, tmp_path: Path
) -> None:
    (backup,) = BackupManager(tmp_path / "data").list_backups()
    assert backup.path.name.startswith("hypnic-before-v3-")
    copy = sqlite3.connect(backup.path)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 2
        assert copy.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 4
    finally:
        copy.close()
    assert migrated.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert migrated.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_migrated_store_takes_the_new_fields(migrated: Store) -> None:
    record = migrated.nights.get(NIGHT).with_changes(
        symptoms_from=Instant(T0 - 4 * HOUR, 60), quiet=True
    )
    migrated.nights.save(record)
    assert migrated.nights.get(NIGHT) == record
    toe = migrated.kinds.get("toe_curl")
    assert toe is not None
    migrated.kinds.save(toe.with_changes(group=KindGroup.LEG))
    assert migrated.kinds.get("toe_curl") == toe.with_changes(group=KindGroup.LEG)
    test = RestTest("6f1c2b1e-0000-4000-8000-0000000000a1", NIGHT, Instant(T0, 60), 30 * 60_000)
    migrated.rest_tests.add(test)
    assert migrated.rest_tests.of_night(NIGHT) == [test]


def test_a_quiet_mark_or_symptoms_from_alone_make_a_record(store: Store) -> None:
    quiet = NightRecord(NIGHT, quiet=True)
    onset = NightRecord(date(2026, 11, 25), symptoms_from=Instant(T0, 60))
    assert quiet.has_content and onset.has_content
    assert not NightRecord(NIGHT).has_content
    store.nights.save(quiet)
    store.nights.save(onset)
    assert store.nights.between(None, None) == [quiet, onset]


def test_rest_tests_are_checked_kept_by_night_and_added_once(store: Store) -> None:
    first = RestTest("6f1c2b1e-0000-4000-8000-0000000000a1", NIGHT, Instant(T0, 60), 60 * 60_000)
    second = RestTest(
        "6f1c2b1e-0000-4000-8000-0000000000a2", NIGHT, Instant(T0 - HOUR, 60), 1_000, 30
    )
    other = RestTest("6f1c2b1e-0000-4000-8000-0000000000a3", date(2026, 11, 26),
                     Instant(T0 + 48 * HOUR, 60), 5_000)  # fmt: skip
    store.rest_tests.add(first)
    with store.transaction() as conn:
        assert store.rest_tests.add_many_in(conn, [first, second, other]) == 2
    assert store.rest_tests.of_night(NIGHT) == [second, first]  # in time order
    assert store.rest_tests.between(date(2026, 11, 25), None) == {other.night: [other]}
    assert store.rest_tests.existing_ids([first.id, "nope"]) == {first.id}
    with pytest.raises(InputError) as info:
        store.rest_tests.add(first.with_changes(id="x", length_ms=0))
    assert info.value.field == "end"
    store.rest_tests.delete(first.id)
    assert store.rest_tests.of_night(NIGHT) == [second]
