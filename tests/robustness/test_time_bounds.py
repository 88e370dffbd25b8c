"""Time bounds (DESIGN section 2) on every way an instant enters, and reading a store that an
older Hypnic filled with times out of bounds: refused in one sentence, exit 2, nothing written;
what is already stored never stops a read or stretches a period."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hostile import T0, assert_refused, filled_store, hypnic, sha

from hypnic.domain.events import Event
from hypnic.services.history import HistoryLoader
from hypnic.store import Store

BAD_TIMES = [
    "0001-01-01T00:00:00+00:00",  # year 1
    "0001-01-01T00:00:00-14:00",
    "9999-12-31T23:59:59+14:00",  # year 9999
    "9999-12-31T23:59:59.999-14:00",
    "1969-12-31T23:59:59.999Z",  # a millisecond before 1970
    "2026-06-30T23:59:60+00:00",  # a leap second
    "2026-11-24T23:00:00+14:01",  # an offset no place uses
    "2026-11-24T23:00:00-23:59",
]


@pytest.mark.parametrize("at", BAD_TIMES)
@pytest.mark.parametrize("command", [["log", "jerk"], ["dose", "temazepam", "--amount", "10"]])
def test_log_and_dose_refuse_a_time_out_of_bounds_before_writing(
    tmp_path: Path, command: list[str], at: str
) -> None:
    data = tmp_path / "data"
    filled_store(data, 1)
    before = sha(data / "hypnic.db")
    assert_refused(hypnic(data, *command, "--at", at), 2, "--at")
    assert sha(data / "hypnic.db") == before


@pytest.mark.parametrize("at", ["2026-11-24T23:00:00+14:00", "2026-11-24T23:00:00-14:00"])
def test_the_widest_offsets_in_use_are_taken(tmp_path: Path, at: str) -> None:
    data = tmp_path / "data"
    done = hypnic(data, "log", "jerk", "--at", at)
    assert done.returncode == 0, done.stderr
    stored = at.replace(":00+", ":00.000+").replace(":00-", ":00.000-")
    assert stored in hypnic(data, "export").stdout


def _csv(rows: list[tuple[str, str]]) -> str:
    lines = ["id,night,time,kind,by,note"]
    lines += [f"{uid},,{time},jerk,self," for uid, time in rows]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("at", BAD_TIMES)
def test_csv_import_refuses_a_time_out_of_bounds_naming_its_line(tmp_path: Path, at: str) -> None:
    data = tmp_path / "data"
    filled_store(data, 1)
    before = sha(data / "hypnic.db")
    source = tmp_path / "in.csv"
    good = "2026-11-24T23:00:00+01:00"
    source.write_text(
        _csv(
            [
                ("11111111-1111-4111-8111-111111111111", good),
                ("22222222-2222-4222-8222-222222222222", at),
            ]
        ),
        encoding="utf-8",
    )
    line = assert_refused(hypnic(data, "import", str(source)), 2, str(source), "line 3")
    assert "'time'" in line
    assert sha(data / "hypnic.db") == before
    assert not (data / "backups").exists()


def _backup_doc(data: Path) -> dict[str, object]:
    done = hypnic(data, "export", "--format", "json")
    assert done.returncode == 0, done.stderr
    doc: dict[str, object] = json.loads(done.stdout)
    return doc


EVENT = {"id": "33333333-3333-4333-8333-333333333333", "night": "2026-11-24",
         "time": "2026-11-24T23:00:00.000+01:00", "kind": "jerk", "by": "self", "note": "",
         "deleted": None}  # fmt: skip
DOSE = {"id": "44444444-4444-4444-8444-444444444444", "night": "2026-11-24",
        "time": "2026-11-24T22:30:00.000+01:00", "medication": "temazepam", "amount": 10.0,
        "unit": "mg", "note": "", "deleted": None}  # fmt: skip
NIGHT = {"night": "2026-11-24", "winddown": None, "lights_out": "2026-11-24T22:45:00.000+01:00",
         "note": "warm", "tags": [], "diary": None}  # fmt: skip


@pytest.mark.parametrize(
    ("section", "change", "field"),
    [
        ("events", {"time": "0001-01-01T00:00:00.000+00:00"}, "events[0].time"),
        ("events", {"deleted": "0001-01-01T00:00:00.000+00:00"}, "events[0].deleted"),
        ("events", {"deleted": "9999-12-31T00:00:00.000+00:00"}, "events[0].deleted"),
        ("doses", {"time": "9999-12-31T00:00:00.000+00:00"}, "doses[0].time"),
        ("doses", {"deleted": "0001-01-01T00:00:00.000+00:00"}, "doses[0].deleted"),
        ("nights", {"lights_out": "0001-01-01T00:00:00.000+00:00"}, "nights[0].lights_out"),
        ("nights", {"winddown": "9999-12-31T22:00:00.000+01:00"}, "nights[0].winddown"),
        ("nights", {"night": "9999-12-31", "lights_out": None}, "nights[0].night"),
        ("nights", {"night": "1900-01-01", "lights_out": None}, "nights[0].night"),
    ],
)
def test_json_import_refuses_every_time_out_of_bounds_trash_times_too(
    tmp_path: Path, section: str, change: dict[str, object], field: str
) -> None:
    data = tmp_path / "data"
    filled_store(data, 1)
    doc = _backup_doc(data)
    doc["events"] = [EVENT]
    doc["doses"] = [DOSE]
    doc["nights"] = [NIGHT]
    bad = {**{"events": EVENT, "doses": DOSE, "nights": NIGHT}[section], **change}
    doc[section] = [bad]
    source = tmp_path / "backup.json"
    source.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    before = sha(data / "hypnic.db")
    line = assert_refused(hypnic(data, "import", str(source)), 2, str(source), f"'{field}'")
    assert "line " in line
    assert sha(data / "hypnic.db") == before


def _poison(db: Path) -> None:
    """Rows an older Hypnic, which checked nothing, could have stored."""
    conn = sqlite3.connect(db)
    try:
        with conn:
            for uid, utc_ms, offset in (
                ("aaaaaaaa-0000-4000-8000-000000000001", -62_135_596_800_000, 0),  # year 1
                ("aaaaaaaa-0000-4000-8000-000000000002", 253_402_214_400_000, 0),  # year 9999
                ("aaaaaaaa-0000-4000-8000-000000000003", T0, 100_000_000),  # absurd offset
            ):
                conn.execute(
                    "INSERT INTO events (id, kind, utc_ms, offset_min, local_ms, by, note)"
                    " VALUES (?, 'jerk', ?, ?, ?, 'self', '')",
                    (uid, utc_ms, offset, utc_ms + offset * 60_000),
                )
            conn.execute(
                "INSERT INTO events (id, kind, utc_ms, offset_min, local_ms, by, note, "
                "deleted_utc_ms) VALUES ('aaaaaaaa-0000-4000-8000-000000000004', 'kick', ?, 60,"
                " ?, 'self', '', ?)",
                (T0, T0 + 3_600_000, -62_135_596_800_000),
            )
            conn.execute("INSERT INTO medications (name) VALUES ('temazepam')")
            conn.execute(
                "INSERT INTO doses (id, medication, utc_ms, offset_min, local_ms) VALUES "
                "('bbbbbbbb-0000-4000-8000-000000000001', 'temazepam', ?, 0, ?)",
                (253_402_214_400_000, 253_402_214_400_000),
            )
            conn.execute("INSERT INTO nights (night, note) VALUES ('9999-12-30', 'far away')")
            conn.execute(
                "INSERT INTO nights (night, lights_out_utc_ms, lights_out_offset_min, note) "
                "VALUES ('2026-09-21', -62135596800000, 0, 'lights-out in year 1')"
            )
            conn.execute("INSERT INTO diary (night, quality) VALUES ('9999-12-31', 3)")
    finally:
        conn.close()


def test_a_store_with_times_out_of_bounds_still_reads_and_names_what_it_left_out(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    good = filled_store(data, 3)
    _poison(data / "hypnic.db")

    csv = hypnic(data, "export")
    assert csv.returncode == 0, csv.stderr
    assert sorted(row.split(",")[0] for row in csv.stdout.splitlines()[1:]) == sorted(good)
    note = assert_refused(csv, 0, "left out 4 events, 1 dose and 3 nights")
    assert "older Hypnic" in note

    backup = tmp_path / "backup.json"
    done = hypnic(data, "export", "--format", "json", "-o", str(backup))
    assert done.returncode == 0, done.stderr
    doc = json.loads(backup.read_text("utf-8"))
    assert sorted(e["id"] for e in doc["events"]) == sorted(good)
    assert doc["doses"] == [] and [n["night"] for n in doc["nights"]] == ["2026-09-21"]
    assert doc["nights"][0]["lights_out"] is None
    # The export of such a store is a backup that restores.
    fresh = tmp_path / "fresh"
    restored = hypnic(fresh, "import", str(backup))
    assert restored.returncode == 0, restored.stderr

    nights = hypnic(data, "nights", "--json")
    assert nights.returncode == 0, nights.stderr
    assert [n["night"] for n in json.loads(nights.stdout)] == ["2026-09-21"]

    # The default period ends with the latest real night, not in the year 9999.
    pdf = tmp_path / "summary.pdf"
    report = hypnic(data, "report", "-o", str(pdf))
    assert report.returncode == 0, report.stderr
    assert "summary of 2026-09-21 to 2026-09-21" in report.stdout

    store = Store.open(data)
    try:
        history = HistoryLoader(store=store).load()
    finally:
        store.close()
    assert history.event_count == 3
    assert len(history.rows) == 1


def test_a_period_is_trimmed_and_bounded(tmp_path: Path) -> None:
    data = tmp_path / "data"
    filled_store(data, 2)
    pdf = tmp_path / "s.pdf"
    for args in (["--from", "1900-01-01"], ["--last", str(10**9)]):
        done = hypnic(data, "report", *args, "-o", str(pdf))
        assert done.returncode == 0, (args, done.stderr)
        assert "summary of 2026-09-21 to 2026-09-21 (1 of 1 night" in done.stdout, done.stdout
    # A night after tonight does not exist yet: the period ends tonight at the latest.
    done = hypnic(data, "report", "--to", "9999-12-31", "-o", str(pdf))
    assert done.returncode == 0 and "(0 of 30 nights" in done.stdout, done.stdout
    assert "9999" not in done.stdout
    # Eleven years of records: a summary of all of it is refused in one sentence.
    store = Store.open(data)
    try:
        store.events.add(Event("cccccccc-0000-4000-8000-000000000001", "kick", 1_400 * 10**9, 0))
    finally:
        store.close()
    refused = hypnic(data, "report", "--from", "2014-01-01", "-o", str(pdf))
    assert_refused(refused, 2, "at most 3,660")
    for last in ("0", "-1", "x"):
        assert_refused(hypnic(data, "report", f"--last={last}", "-o", str(pdf)), 2, "--last")


def test_reading_nights_before_1970_or_after_tonight(tmp_path: Path) -> None:
    data = tmp_path / "data"
    filled_store(data, 1)
    done = hypnic(data, "nights", "--from", "0001-01-01", "--to", "9999-12-31", "--json")
    assert done.returncode == 0, done.stderr
    assert [n["night"] for n in json.loads(done.stdout)] == [date(2026, 9, 21).isoformat()]
