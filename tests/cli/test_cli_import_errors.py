"""Every bad import file: exit 2, one line naming file, line and field, the store untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import Run, store_state

from hypnic.domain.events import Event
from hypnic.store import Store

ID1 = "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b01"
ID2 = "5f0e2a9c-1b3d-4e6f-8a7b-9c0d1e2f3a4b"
ID3 = "c2d4e6f8-0a1b-4c3d-8e5f-6a7b8c9d0e1f"
HEADER = "id,night,time,kind,by,note\n"
GOOD = f"{ID1},,2026-11-24T23:41:07+01:00,jerk,self,\n"


@pytest.fixture
def seeded(data_dir: Path) -> Path:
    store = Store.open(data_dir)
    store.events.add(Event(ID3, "kick", 1_795_560_067_123, 60))
    store.close()
    return data_dir


CASES: list[tuple[str, bytes, str]] = [
    ("bad-uuid.csv", (HEADER + GOOD + "12345,,2026-11-24T23:42:00+01:00,jerk,self,\n").encode(),
     "line 3, field 'id': '12345' is not a UUID"),
    ("bad-by.csv", (HEADER + GOOD + f"{ID2},,2026-11-24T23:42:00+01:00,jerk,cat,\n").encode(),
     "line 3, field 'by'"),
    ("no-offset.csv", (HEADER + GOOD + f"{ID2},,2026-11-24T23:42:00,jerk,self,\n").encode(),
     "line 3, field 'time': '2026-11-24T23:42:00' has no UTC offset"),
    ("missing-col.csv", ("id,night,time,kind,note\n" + GOOD).encode(),
     "line 1, field 'by': the header lacks the column by"),
    ("extra-col.csv", (b"id,night,time,kind,by,note,mood\n"),
     "line 1, field 'mood'"),
    ("empty.csv", b"", "line 1: is empty"),
    ("empty.json", b"  \n", "line 1: is empty"),
    ("latin1.csv", (HEADER + GOOD + f"{ID2},,2026-11-24T23:42:00+01:00,jerk,self,caf\xe9\n")
     .encode("latin-1"), "line 3: is not UTF-8"),
    ("dupes.csv", (HEADER + GOOD + f"{ID2},,2026-11-24T23:42:00+01:00,jerk,self,\n" + GOOD)
     .encode(), f"line 4, field 'id': the id {ID1} appears twice, on lines 2 and 4"),
    ("unknown.csv", (HEADER + GOOD + f"{ID2},,2026-11-24T23:42:00+01:00,sneeze,self,\n"
                     f"{ID3},,2026-11-24T23:43:00+01:00,yawn,self,\n").encode(),
     "line 3, field 'kind': unknown kinds sneeze, yawn"),
    ("short-row.csv", (HEADER + GOOD + f"{ID2},,2026-11-24T23:42:00+01:00,jerk\n").encode(),
     "line 3: has 4 fields"),
    ("broken.json", b'{\n  "format": "hypnic",\n  "version": 1\n  "events": []\n}\n',
     "line 4: is not valid JSON"),
    ("wrong.json", json.dumps({"format": "hypnic", "version": 1, "events": [
        {"id": ID2, "time": "2026-11-24T23:42:00+01:00", "kind": "jerk", "by": "dog"}]},
        indent=2).encode(), "line 9, field 'events[0].by'"),
    ("newer.json", b'{"format": "hypnic", "version": 7}', "line 1, field 'version'"),
    ("array.json", b"[1, 2]", "expected an object"),
    # What a patient may pick by mistake: said for what it is, not "save it as UTF-8".
    ("summary.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "line 1: is not a text file"),
    ("nights.xlsx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\xa4\x95[Content_Types].xml",
     "line 1: is not a text file"),
    ("photo.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "line 1: is not a text file"),
    ("random.csv", bytes(range(256)) * 8, "line 1: is not a text file"),
    ("fhir.json", b'{\n  "resourceType": "Bundle",\n  "type": "collection"\n}\n',
     "line 2, field 'resourceType': is an HL7 FHIR record, which Hypnic writes for a clinic "
     "but cannot import"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "content", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bad_file_is_refused_whole(
    hypnic: Run, seeded: Path, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    before = store_state(seeded)
    result = hypnic("import", str(source))
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith(f"hypnic: {source}")
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert expected in result.err
    assert store_state(seeded) == before


def test_dry_run_reports_the_same_errors(hypnic: Run, seeded: Path, tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(HEADER + GOOD + f"{ID2},,2026-11-24T23:42:00,jerk,self,\n")
    result = hypnic("import", str(source), "--dry-run")
    assert result.code == 2 and "line 3, field 'time'" in result.err


def test_missing_file(hypnic: Run, seeded: Path, tmp_path: Path) -> None:
    result = hypnic("import", str(tmp_path / "nope.csv"))
    assert result.code == 2
    assert result.err.startswith(f"hypnic: {tmp_path / 'nope.csv'}: cannot be read")
