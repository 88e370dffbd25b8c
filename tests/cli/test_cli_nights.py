"""`hypnic nights`: one object per night with the contract's keys, and the same as a table."""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from cli_helpers import Run

from hypnic.domain.diary import DiaryEntry
from hypnic.domain.events import Event, Instant, NightRecord, Observer
from hypnic.domain.medications import Dose, Medication, new_dose_id
from hypnic.domain.rest_tests import RestTest
from hypnic.store import Store

# DESIGN section 5, in its order.
KEYS = [
    "night", "counts", "partner_counts", "lights_out", "symptoms_from", "quiet", "first_event",
    "last_event", "winddown_end", "events_per_hour", "latency_min", "after_winddown",
    "periodic_runs", "longest_run", "in_runs_share", "wasm_runs", "partner_periodic_runs",
    "jerk_series", "longest_jerk_series", "patterns", "diary", "rest_tests", "doses", "quality",
    "tags", "note",
]  # fmt: skip
DIARY_KEYS = ["time_in_bed_min", "sol_min", "waso_min", "total_sleep_min", "sleep_efficiency"]
REST_TEST_KEYS = ["start", "minutes", "counts", "per_hour"]


def _ms(text: str) -> int:
    return int(datetime.fromisoformat(text).astimezone(UTC).timestamp() * 1000)


def _event(text: str, kind: str, by: Observer = Observer.SELF) -> Event:
    at = datetime.fromisoformat(text)
    offset = at.utcoffset()
    assert offset is not None
    return Event(str(uuid.uuid4()), kind, _ms(text), int(offset.total_seconds() // 60), by)


@pytest.fixture
def seeded(data_dir: Path) -> Path:
    store = Store.open(data_dir)
    kicks = [_event(f"2026-11-25T00:1{i}:00+01:00", "kick") for i in range(4)]
    # Four kicks 20 s apart: one periodic run of 4.
    kicks = [e.with_changes(utc_ms=kicks[0].utc_ms + i * 20_000) for i, e in enumerate(kicks)]
    store.events.add_many(
        [
            _event("2026-11-24T23:00:00+01:00", "jerk"),
            _event("2026-11-24T23:30:00+01:00", "jerk"),
            *kicks,
            _event("2026-11-25T00:40:00+01:00", "deep_itch"),  # still the night of the 24th
            _event("2026-11-25T01:00:00+01:00", "kick", Observer.PARTNER),
            _event("2026-11-25T22:00:00+01:00", "jerk"),
        ]
    )
    trashed = _event("2026-11-24T23:10:00+01:00", "jerk")
    store.events.add(trashed)
    store.events.trash(trashed.id, trashed.utc_ms + 1000)
    store.nights.save(
        NightRecord(date(2026, 11, 24), lights_out=Instant(_ms("2026-11-24T22:50:00+01:00"), 60),
                    note="warm room")
    )  # fmt: skip
    store.nights.save(NightRecord(date(2026, 11, 20), note="no taps, but a note"))
    store.nights.save(NightRecord(date(2026, 11, 21)))  # an empty record is not a night
    store.close()
    return data_dir


def test_nights_json(hypnic: Run, seeded: Path) -> None:
    result = hypnic("nights", "--json")
    assert result.code == 0
    nights = json.loads(result.out)
    assert [n["night"] for n in nights] == ["2026-11-20", "2026-11-24", "2026-11-25"]
    assert all(list(n) == KEYS for n in nights)
    only_note, night, next_night = nights
    assert only_note["counts"] == {} and only_note["note"] == "no taps, but a note"
    assert only_note["first_event"] is None and only_note["lights_out"] is None
    assert night["counts"] == {"deep_itch": 1, "jerk": 2, "kick": 4}
    assert night["partner_counts"] == {"kick": 1}
    assert night["lights_out"] == "2026-11-24T22:50:00.000+01:00"
    assert night["first_event"] == "2026-11-24T23:00:00.000+01:00"
    assert night["last_event"] == "2026-11-25T00:40:00.000+01:00"
    assert night["latency_min"] == 10.0
    # No gap over an hour: the wind-down ends at the last tap, 00:40.
    assert night["winddown_end"] == "2026-11-25T00:40:00.000+01:00"
    assert night["after_winddown"] == 0
    # 7 self events from lights-out 22:50 to 00:40: 7 / (110 / 60) per hour.
    assert night["events_per_hour"] == round(7 / (110 / 60), 3)
    # Only kicks are leg taps: all 4 are in the run; the jerks are 30 minutes apart.
    assert (night["periodic_runs"], night["longest_run"], night["in_runs_share"]) == (1, 4, 1.0)
    assert (night["wasm_runs"], night["partner_periodic_runs"]) == (1, 0)
    assert (night["jerk_series"], night["longest_jerk_series"]) == (0, 0)
    assert night["patterns"] == ["isolated_jerks", "periodic_leg_movements", "evening_sensations"]
    assert (night["symptoms_from"], night["quiet"], night["diary"], night["rest_tests"]) == (
        None, False, None, []
    )  # fmt: skip
    assert night["note"] == "warm room"
    assert (night["doses"], night["quality"], night["tags"]) == ([], None, [])
    assert next_night["counts"] == {"jerk": 1} and next_night["events_per_hour"] is None
    assert next_night["winddown_end"] == "2026-11-25T22:00:00.000+01:00"
    assert next_night["patterns"] == ["isolated_jerks"]
    assert only_note["winddown_end"] is None and only_note["after_winddown"] == 0
    assert only_note["in_runs_share"] is None and only_note["patterns"] == []


def test_nights_period(hypnic: Run, seeded: Path) -> None:
    nights = json.loads(
        hypnic("nights", "--json", "--from", "2026-11-21", "--to", "2026-11-24").out
    )
    assert [n["night"] for n in nights] == ["2026-11-24"]
    assert json.loads(hypnic("nights", "--json", "--from", "2027-01-01").out) == []


def test_nights_table(hypnic: Run, seeded: Path) -> None:
    result = hypnic("nights")
    assert result.code == 0
    lines = result.out.splitlines()
    assert re.split(r"\s{2,}", lines[0]) == [
        "night", "lights out", "symptoms", "quiet", "first", "last", "wind-down end", "jerk",
        "kick", "deep_itch", "partner", "per hour", "latency", "after", "runs", "longest",
        "in runs", "wasm runs", "partner runs", "jerk series", "longest series", "in bed", "sol",
        "waso", "sleep", "efficiency", "rest tests", "patterns", "quality", "doses", "tags",
        "note",
    ]  # fmt: skip
    row = lines[2]
    cells = re.split(r"\s{2,}", row.strip())
    assert cells[:7] == ["2026-11-24", "22:50", "-", "-", "23:00", "00:40", "00:40"]
    assert cells[7:12] == ["2", "4", "1", "1", "3.8"]
    assert "isolated_jerks,periodic_leg_movements,evening_sensations" in cells
    assert row.endswith("warm room")
    # Right-aligned numbers: each count column ends where its header ends.
    assert row[: lines[0].index("jerk") + 4].endswith("2")
    assert len(lines) == 4


def test_no_nights(hypnic: Run, data_dir: Path) -> None:
    Store.open(data_dir).close()  # an empty store (with none, nothing is read: one sentence)
    assert hypnic("nights").out == "No nights with events or records in this period.\n"
    assert hypnic("nights", "--json").out == "[]\n"


def test_doses_diary_tags_and_nights_with_only_those(hypnic: Run, data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.medications.save(Medication("clonazepam", 0.5, "mg", bedtime=True))
    store.events.add(_event("2026-11-24T23:00:00+01:00", "jerk"))
    late = Dose(new_dose_id(), "clonazepam", 0.5, "mg", _ms("2026-11-25T00:30:00+01:00"), 60)
    early = Dose(new_dose_id(), "clonazepam", None, None, _ms("2026-11-24T22:00:00+01:00"), 60)
    store.doses.add(late)
    store.doses.add(early)
    gone = store.doses.add(late.with_changes(id=new_dose_id()))
    store.doses.trash(gone.id, gone.utc_ms + 1)
    store.tags.set_night(date(2026, 11, 24), ["stress", "alcohol"])
    store.diary.save(DiaryEntry(date(2026, 11, 24), quality=2))
    # Nights with only a dose, only a diary entry, only a tag.
    store.doses.add(late.with_changes(id=new_dose_id(), utc_ms=_ms("2026-11-26T22:00:00+01:00")))
    store.diary.save(DiaryEntry(date(2026, 11, 27), quality=5))
    store.tags.set_night(date(2026, 11, 28), ["heat"])
    store.close()

    nights = json.loads(hypnic("nights", "--json").out)
    assert [n["night"] for n in nights] == ["2026-11-24", "2026-11-26", "2026-11-27", "2026-11-28"]
    first, dose_only, diary_only, tag_only = nights
    assert first["doses"] == [
        {"medication": "clonazepam", "amount": None, "unit": None,
         "time": "2026-11-24T22:00:00.000+01:00"},
        {"medication": "clonazepam", "amount": 0.5, "unit": "mg",
         "time": "2026-11-25T00:30:00.000+01:00"},  # after midnight: the night of the 24th
    ]  # fmt: skip
    assert (first["quality"], first["tags"]) == (2, ["alcohol", "stress"])
    assert dose_only["counts"] == {} and len(dose_only["doses"]) == 1
    assert dose_only["quality"] is None and dose_only["tags"] == []
    assert (diary_only["quality"], diary_only["doses"]) == (5, [])
    assert tag_only["tags"] == ["heat"]

    lines = hypnic("nights").out.splitlines()
    header = lines[0]
    row = lines[1]
    assert "clonazepam 22:00, clonazepam 0.5mg 00:30" in row
    assert "alcohol,stress" in row
    assert row[: header.index("quality") + len("quality")].endswith("2")
    assert len(lines) == 5


def test_quiet_symptoms_from_diary_and_rest_tests(hypnic: Run, data_dir: Path) -> None:
    store = Store.open(data_dir)
    quiet = NightRecord(date(2026, 11, 22), quiet=True)
    onset = Instant(_ms("2026-11-23T19:45:30.250+00:00"), 0)
    store.nights.save(quiet)
    store.nights.save(
        NightRecord(date(2026, 11, 23), lights_out=Instant(_ms("2026-11-23T23:00:00+00:00"), 0),
                    symptoms_from=onset)
    )  # fmt: skip
    start = _ms("2026-11-23T21:00:00+00:00")
    store.events.add_many(
        [
            *(_event("2026-11-23T21:00:00+00:00", "kick").with_changes(utc_ms=start + i * 60_000)
              for i in range(7)),
            _event("2026-11-23T21:30:30+00:00", "deep_itch"),
            _event("2026-11-23T23:10:00+00:00", "jerk"),
        ]
    )  # fmt: skip
    store.rest_tests.add(
        RestTest("6f1c2b1e-0000-4000-8000-0000000000a1", date(2026, 11, 23), Instant(start, 0),
                 length_ms=40 * 60_000)
    )  # fmt: skip
    store.diary.save(
        DiaryEntry(date(2026, 11, 23), time(22, 30), time(23, 0), 20, 0, None, time(6, 30),
                   time(7, 0), 3)
    )  # fmt: skip
    store.close()

    quiet_night, night = json.loads(hypnic("nights", "--json").out)
    assert quiet_night["night"] == "2026-11-22" and quiet_night["quiet"] is True
    assert quiet_night["counts"] == {} and quiet_night["diary"] is None
    assert night["quiet"] is False
    assert night["symptoms_from"] == "2026-11-23T19:45:30.250+00:00"  # never Z
    # In bed 22:30-07:00 (510), tried 23:00 to 06:30 (450) less 20 asleep and 0 awake.
    assert night["diary"] == {
        "time_in_bed_min": 510,
        "sol_min": 20,
        "waso_min": 0,
        "total_sleep_min": 430,
        "sleep_efficiency": round(430 / 510, 3),
    }
    (test,) = night["rest_tests"]
    assert list(test) == REST_TEST_KEYS
    assert test == {"start": "2026-11-23T21:00:00.000+00:00", "minutes": 40.0,
                    "counts": {"deep_itch": 1, "kick": 7}, "per_hour": 12.0}  # fmt: skip
    assert night["quality"] == 3
    # The rest test's taps are the night's too; lights-out comes after them.
    assert night["counts"] == {"deep_itch": 1, "jerk": 1, "kick": 7}
    assert night["winddown_end"] == "2026-11-23T23:10:00.000+00:00"
    assert night["patterns"] == ["isolated_jerks", "periodic_leg_movements",
                                 "evening_sensations"]  # fmt: skip

    lines = hypnic("nights").out.splitlines()
    assert len(lines) == 3
    assert "yes" in re.split(r"\s{2,}", lines[1])
    assert "21:00 40min 12.0/h" in lines[2] and "19:45" in lines[2]


def test_taps_after_a_gap_of_over_an_hour_are_after_the_wind_down(
    hypnic: Run, data_dir: Path
) -> None:
    store = Store.open(data_dir)
    store.events.add_many(
        [
            _event("2026-11-24T23:00:00+01:00", "jerk"),
            _event("2026-11-24T23:20:00+01:00", "jerk"),
            _event("2026-11-25T00:20:00.001+01:00", "jerk"),  # 60:00.001 later
            _event("2026-11-25T06:30:00+01:00", "jerk"),
        ]
    )
    store.close()
    (night,) = json.loads(hypnic("nights", "--json").out)
    assert night["winddown_end"] == "2026-11-24T23:20:00.000+01:00"
    assert night["after_winddown"] == 2
    assert night["events_per_hour"] == 6.0  # 2 taps in 20 minutes; the morning does not count
    assert night["last_event"] == "2026-11-25T06:30:00.000+01:00"
    assert night["patterns"] == ["isolated_jerks", "after_winddown"]
