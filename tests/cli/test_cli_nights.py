"""`hypnic nights`: one object per night with the contract's keys, and the same as a table."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cli_helpers import Run

from hypnic.domain.diary import DiaryEntry
from hypnic.domain.events import Event, Instant, NightRecord, Observer
from hypnic.domain.medications import Dose, Medication, new_dose_id
from hypnic.store import Store

KEYS = {
    "night", "counts", "partner_counts", "lights_out", "first_event", "last_event",
    "events_per_hour", "latency_min", "periodic_runs", "longest_run", "in_runs_share",
    "doses", "quality", "tags", "note",
}  # fmt: skip


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
    assert all(set(n) == KEYS for n in nights)
    only_note, night, next_night = nights
    assert only_note["counts"] == {} and only_note["note"] == "no taps, but a note"
    assert only_note["first_event"] is None and only_note["lights_out"] is None
    assert night["counts"] == {"deep_itch": 1, "jerk": 2, "kick": 4}
    assert night["partner_counts"] == {"kick": 1}
    assert night["lights_out"] == "2026-11-24T22:50:00.000+01:00"
    assert night["first_event"] == "2026-11-24T23:00:00.000+01:00"
    assert night["last_event"] == "2026-11-25T00:40:00.000+01:00"
    assert night["latency_min"] == 10.0
    # 7 self events from lights-out 22:50 to 00:40: 7 / (110 / 60) per hour.
    assert night["events_per_hour"] == round(7 / (110 / 60), 3)
    # Only kicks are leg taps: all 4 are in the run.
    assert (night["periodic_runs"], night["longest_run"]) == (1, 4)
    assert night["in_runs_share"] == 1.0
    assert night["note"] == "warm room"
    assert (night["doses"], night["quality"], night["tags"]) == ([], None, [])
    assert next_night["counts"] == {"jerk": 1} and next_night["events_per_hour"] is None


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
    assert lines[0].split() == ["night", "lights", "out", "first", "last", "jerk", "kick",
                                "deep_itch", "partner", "per", "hour", "latency", "runs",
                                "longest", "in", "runs", "quality", "doses", "tags",
                                "note"]  # fmt: skip
    row = lines[2]
    assert row.startswith("2026-11-24  22:50       23:00  00:40")
    assert row.endswith("warm room")
    # Right-aligned numbers: each count column ends where its header ends.
    assert row[: lines[0].index("jerk") + 4].endswith("2")
    assert len(lines) == 4


def test_no_nights(hypnic: Run) -> None:
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
