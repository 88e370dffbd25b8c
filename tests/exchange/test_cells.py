"""CSV cells a spreadsheet would run as a formula: written with an apostrophe in front, read
back exactly (README, "Opening an export in a spreadsheet")."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hypnic.cli.main import main
from hypnic.domain.events import Event
from hypnic.exchange.cells import guard, unguard
from hypnic.exchange.csv_format import events_to_csv, parse_csv
from hypnic.store import Store

T0 = 1_790_000_000_000
FORMULAS = ["=SUM(A1:A9)", "+1", "-2 jerks fewer", "@cmd", "\tindented", "\rcr", "=", "'=1+1",
            "''@x", "'plain", "plain", "", "a=b", " =1"]  # fmt: skip
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@given(st.text(st.sampled_from("'=+-@\t\r ab")) | st.text())
def test_guard_and_unguard_are_inverse(text: str) -> None:
    assert unguard(guard(text)) == text
    assert not guard(text).startswith(TRIGGERS)


@pytest.mark.parametrize("note", FORMULAS)
def test_no_exported_cell_runs_as_a_formula_and_the_note_comes_back(note: str) -> None:
    event = Event("11111111-1111-4111-8111-111111111111", "jerk", T0, 60, note=note)
    text = events_to_csv([event])
    [row] = list(csv.reader(io.StringIO(text, newline="")))[1:]
    assert not row[5].startswith(TRIGGERS), row[5]
    assert row[5] == (("'" + note) if note.lstrip("'").startswith(TRIGGERS) else note)
    [parsed] = parse_csv(text.encode("utf-8"), "x.csv").events
    assert parsed.event.note == note


def test_formula_notes_round_trip_through_the_store(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    store = Store.open(data)
    events = [
        Event(f"11111111-1111-4111-8111-{i:012d}", "jerk", T0 + i * 1000, 60, note=note)
        for i, note in enumerate(FORMULAS)
    ]
    store.events.add_many(events)
    store.close()
    out = tmp_path / "events.csv"
    assert main(["--data-dir", str(data), "export", "-o", str(out)]) == 0
    assert main(["--data-dir", str(tmp_path / "b"), "import", str(out)]) == 0
    again = tmp_path / "again.csv"
    assert main(["--data-dir", str(tmp_path / "b"), "export", "-o", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()
    store = Store.open(tmp_path / "b")
    try:
        assert [e.note for e in store.events.between_nights(None, None)] == FORMULAS
    finally:
        store.close()
