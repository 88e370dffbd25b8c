"""One note limit everywhere (DESIGN section 4): `log`, CSV and JSON imports refuse a longer note
in one line, exit 2, before anything is written."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import Run, store_state

from hypnic.domain.limits import MAX_NOTE

ID1 = "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b01"


def test_log_refuses_a_note_over_the_limit_and_writes_nothing(hypnic: Run, data_dir: Path) -> None:
    assert hypnic("log", "jerk", "--note", "x" * MAX_NOTE).code == 0
    before = store_state(data_dir)
    result = hypnic("log", "jerk", "--note", "x" * (MAX_NOTE + 1))
    assert result.code == 2
    assert (
        result.err == "hypnic: field '--note': is 10,001 characters; a note holds at most 10,000\n"
    )
    assert store_state(data_dir) == before


def test_imports_refuse_a_note_over_the_limit(hypnic: Run, data_dir: Path, tmp_path: Path) -> None:
    hypnic("nights")  # creates the store
    before = store_state(data_dir)
    csv_file = tmp_path / "long.csv"
    csv_file.write_text(
        f"id,night,time,kind,by,note\n{ID1},,2026-11-24T23:41:07+01:00,jerk,self,{'y' * 10_001}\n"
    )
    refused = hypnic("import", str(csv_file))
    assert refused.code == 2 and "line 2, field 'note'" in refused.err
    assert "at most 10,000" in refused.err
    doc = {"format": "hypnic", "version": 1, "doses": [{
        "id": ID1, "time": "2026-11-24T22:30:00+01:00", "medication": "clonazepam",
        "amount": 0.5, "unit": "mg", "note": "z" * 10_001}]}  # fmt: skip
    json_file = tmp_path / "long.json"
    json_file.write_text(json.dumps(doc, indent=2))
    refused = hypnic("import", str(json_file))
    assert refused.code == 2 and "field 'doses[0].note'" in refused.err, refused.err
    assert store_state(data_dir) == before


def test_a_note_holds_no_control_character_on_any_way_in(
    hypnic: Run, data_dir: Path, tmp_path: Path
) -> None:
    """A NUL in a note once made the CSV export a file its own import took for binary."""
    hypnic("nights")
    before = store_state(data_dir)
    logged = hypnic("log", "jerk", "--note", "a\x01b")
    assert logged.code == 2 and "control character (U+0001)" in logged.err, logged.err
    doc = {"format": "hypnic", "version": 1, "events": [{
        "id": ID1, "time": "2026-11-24T23:41:07+01:00", "kind": "jerk", "by": "self",
        "note": "before\u0000after"}]}  # fmt: skip
    json_file = tmp_path / "nul.json"
    json_file.write_text(json.dumps(doc))
    refused = hypnic("import", str(json_file))
    assert refused.code == 2 and "nul.json, line 1, field 'note'" in refused.err, refused.err
    assert "U+0000" in refused.err
    assert store_state(data_dir) == before
    assert hypnic("log", "jerk", "--note", "tab\there\nand a line").code == 0
