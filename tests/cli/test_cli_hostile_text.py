"""Text that cannot be stored: an argument holding bytes that are not UTF-8 (a note typed in a
Latin-1 terminal) or a JSON backup with a lone "\\ud800" escape. Refused in one sentence, exit
2, nothing written (it used to end in a UnicodeEncodeError traceback from SQLite)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import Run, store_state

ID1 = "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b01"
LATIN1 = b"caf\xe9".decode("utf-8", "surrogateescape")  # what sys.argv holds for it


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("log", "jerk", "--note", LATIN1), "--note"),
        (("dose", LATIN1), "MEDICATION"),
        (("dose", "clonazepam", "--unit", LATIN1, "--amount", "1"), "--unit"),
        (("night", "--note", LATIN1), "--note"),
        (("night", "--tag", LATIN1), "--tag"),
        (("report", "--patient", LATIN1, "-o", "OUT"), "--patient"),
    ],
)
def test_an_argument_that_is_not_utf8_is_refused_in_one_line(
    hypnic: Run, data_dir: Path, args: tuple[str, ...], field: str
) -> None:
    hypnic("nights")
    before = store_state(data_dir)
    result = hypnic(*(str(data_dir.parent / "x.pdf") if a == "OUT" else a for a in args))
    assert result.code == 2, result.err
    assert result.err.startswith(f"hypnic: field '{field}': ") and result.err.count("\n") == 1
    assert "UTF-8" in result.err
    assert store_state(data_dir) == before
    assert not (data_dir.parent / "x.pdf").exists()


def test_a_json_backup_with_a_lone_surrogate_is_refused(
    hypnic: Run, data_dir: Path, tmp_path: Path
) -> None:
    hypnic("nights")
    before = store_state(data_dir)
    doc = {"format": "hypnic", "version": 2, "events": [
        {"id": ID1, "time": "2026-11-24T23:41:07.000+01:00", "kind": "jerk", "by": "self",
         "note": "PLACEHOLDER"}]}  # fmt: skip
    source = tmp_path / "lone.json"
    source.write_text(json.dumps(doc, indent=1).replace("PLACEHOLDER", "ok \\udc80 then"))
    result = hypnic("import", str(source))
    assert result.code == 2, result.err
    assert "lone.json, line 10, field 'events[0]': " in result.err  # the note's line
    assert result.err.count("\n") == 1
    assert store_state(data_dir) == before


def test_export_to_a_file_name_that_is_not_utf8(hypnic: Run, tmp_path: Path) -> None:
    # Any bytes a file system takes make a fine file name (only text is held to UTF-8).
    hypnic("log", "jerk")
    name = (tmp_path / LATIN1).with_suffix(".csv")
    result = hypnic("export", "-o", str(name))
    assert result.code == 0, result.err
    assert name.read_text(encoding="utf-8").startswith("id,night,time,kind,by,note")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["data", name.name])


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"patient_name": "N" * 5000}, "settings.patient_name"),
        ({"patient_birth": "1066-10-14"}, "settings.patient_birth"),
        ({"patient_birth": "soon"}, "settings.patient_birth"),
    ],
)
def test_the_patient_in_a_backup_is_held_to_the_windows_rules(
    hypnic: Run, data_dir: Path, tmp_path: Path, settings: dict[str, str], field: str
) -> None:
    hypnic("nights")
    before = store_state(data_dir)
    source = tmp_path / "patient.json"
    source.write_text(json.dumps({"format": "hypnic", "version": 2, "settings": settings}))
    result = hypnic("import", str(source))
    assert result.code == 2, result
    assert f"patient.json, line 1, field '{field}': " in result.err
    assert store_state(data_dir) == before


def test_report_holds_the_patient_name_to_the_windows_limit(hypnic: Run, tmp_path: Path) -> None:
    hypnic("log", "jerk")
    target = tmp_path / "s.pdf"
    result = hypnic("report", "--patient", "N" * 5000, "-o", str(target))
    assert result.code == 2, result
    assert result.err.startswith("hypnic: field '--patient': ") and not target.exists()


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("log", "jerk", "--at", ""), "--at"),
        (("dose", "clonazepam", "--at", ""), "--at"),
        (("night", "", "--quiet"), "DATE"),
        (("export", "--from", ""), "--from"),
        (("nights", "--to", ""), "--to"),
    ],
)
def test_an_empty_value_is_refused_not_taken_for_the_default(
    hypnic: Run, data_dir: Path, args: tuple[str, ...], field: str
) -> None:
    # `hypnic log jerk --at "$T"` with T unset logged a tap at now.
    hypnic("nights")
    before = store_state(data_dir)
    result = hypnic(*args)
    assert result.code == 2, result
    assert result.err.startswith(f"hypnic: field '{field}': ")
    assert store_state(data_dir) == before


@pytest.mark.parametrize("amount", ["1e308", "100001", "1e-300"])
def test_a_dose_amount_outside_the_windows_range_is_refused(
    hypnic: Run, data_dir: Path, amount: str
) -> None:
    # 1e+308 mg was logged, and printed on the doctor's summary.
    hypnic("nights")
    before = store_state(data_dir)
    result = hypnic("dose", "clonazepam", "--amount", amount)
    assert result.code == 2, result
    assert result.err.startswith("hypnic: field '--amount': ") and "100,000" in result.err
    assert store_state(data_dir) == before
