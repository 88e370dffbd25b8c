"""`hypnic import --from sleep-as-android FILE`: Sleep as Android's records become nights with
lights-out, tags and notes; all or nothing, idempotent, --dry-run, one line for a bad row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cli_helpers import Run

from hypnic.domain.events import Instant, NightRecord
from hypnic.store import Store
from saa_files import Saa, record_lines, saa_csv
from timehelp import utc_ms

A = utc_ms(2026, 11, 20, 22, 12, 34) + 567  # 23:12:34.567 in Berlin, night of the 20th
NAP = utc_ms(2026, 11, 21, 15, 26)  # 16:26 in Berlin, night of the 21st
MAIN = utc_ms(2026, 11, 21, 23, 24)  # 00:24 on the 22nd in Berlin: still the night of the 21st
NYC = utc_ms(2026, 11, 24, 3, 50)  # 22:50 on the 23rd in New York
LONDON = utc_ms(2026, 11, 24, 23, 5)
RECORDS = [
    Saa(A, "Europe/Berlin", 7.25, "Legs jumpy #Stress #ALCOHOL #snore_2x", rating=2.5),
    Saa(NAP, "Europe/Berlin", 0.63, "Nap #nap"),
    Saa(MAIN, "Europe/Berlin", 7.0, 'Dream about "trains"\nwoke at 3'),
    Saa(NYC, "America/New_York", 8.0, "Manually added #LateMeal", tracked=False),
    Saa(LONDON, "Europe/London", 6.5),
]
N20, N21, N23, N24 = (date(2026, 11, d) for d in (20, 21, 23, 24))


def _file(tmp_path: Path, data: bytes, name: str = "sleep-export.csv") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def _nights(data_dir: Path) -> tuple[dict[date, NightRecord], dict[date, list[str]], int]:
    store = Store.open(data_dir)
    try:
        records = {r.night: r for r in store.nights.between(None, None)}
        return records, store.tags.between(None, None), len(store.tags.all())
    finally:
        store.close()


def test_records_become_nights(hypnic: Run, data_dir: Path, tmp_path: Path) -> None:
    result = hypnic("import", _file(tmp_path, saa_csv(*RECORDS)), "--from", "sleep-as-android")
    assert result.code == 0, result.err
    assert result.out.startswith("Imported 5 sleep records from Sleep as Android into 4 nights")
    assert "new tags: snore, nap" in result.out
    records, tags, _ = _nights(data_dir)
    assert records[N20].lights_out == Instant(A, 60)
    assert records[N20].note == "Legs jumpy #Stress #ALCOHOL #snore_2x"  # as written, tags too
    assert records[N21].lights_out == Instant(MAIN, 60)  # the night's sleep, not the nap
    assert records[N21].note == 'Nap #nap\nDream about "trains"\nwoke at 3'
    assert records[N23].lights_out == Instant(NYC, -300)  # New York's offset then
    assert records[N24].lights_out == Instant(LONDON, 0) and records[N24].note == ""
    # Tags matched by key or label ignoring case (#LateMeal is "Late meal"), or created once.
    assert tags[N20] == ["alcohol", "stress", "snore"]
    assert tags[N21] == ["nap"] and tags[N23] == ["late_meal"] and N24 not in tags


def test_importing_twice_changes_nothing(hypnic: Run, data_dir: Path, tmp_path: Path) -> None:
    path = _file(tmp_path, saa_csv(*RECORDS))
    assert hypnic("import", path, "--from", "sleep-as-android").code == 0
    before = _nights(data_dir)
    backups = sorted((data_dir / "backups").iterdir())
    again = hypnic("import", path, "--from", "sleep-as-android")
    assert again.code == 0 and "4 nights already up to date" in again.out
    assert _nights(data_dir) == before
    assert sorted((data_dir / "backups").iterdir()) == backups  # no write, so no new backup


def test_dry_run_changes_nothing(hypnic: Run, data_dir: Path, tmp_path: Path) -> None:
    hypnic("nights")
    before = _nights(data_dir)
    result = hypnic("import", _file(tmp_path, saa_csv(*RECORDS)), "--from", "sleep-as-android",
                    "--dry-run")  # fmt: skip
    assert result.code == 0 and result.out.startswith("Would import 5 sleep records")
    assert result.out.rstrip().endswith("nothing was changed (dry run)")
    assert _nights(data_dir) == before


def test_what_the_patient_recorded_is_kept(hypnic: Run, data_dir: Path, tmp_path: Path) -> None:
    store = Store.open(data_dir)
    own = Instant(utc_ms(2026, 11, 20, 22, 0), 60)
    store.nights.save(NightRecord(N20, lights_out=own, note="took a bath"))
    store.tags.set_night(N20, ["heat"])
    store.close()
    result = hypnic("import", _file(tmp_path, saa_csv(*RECORDS)), "--from", "sleep-as-android")
    assert "1 night kept the lights-out already recorded" in result.out
    assert "the comment was added below the note already on 1 night" in result.out
    records, tags, _ = _nights(data_dir)
    assert records[N20].lights_out == own
    assert records[N20].note == "took a bath\nLegs jumpy #Stress #ALCOHOL #snore_2x"
    assert tags[N20] == ["alcohol", "stress", "heat", "snore"]
    assert hypnic("import", _file(tmp_path, saa_csv(*RECORDS)), "--from",
                  "sleep-as-android").out.count("already up to date") == 1  # fmt: skip
    assert _nights(data_dir)[0][N20].note == "took a bath\nLegs jumpy #Stress #ALCOHOL #snore_2x"


def _bad(*records: Saa) -> list[str]:
    return [line for r in records for line in record_lines(r)]


GOOD = _bad(RECORDS[0], RECORDS[3])  # lines 1-3 (tracked), 4-5 (manual)
CASES = [
    ("bad-id", [*GOOD[:4], GOOD[4].replace(f'"{NYC}"', '"yesterday"')], "line 5, field 'Id'"),
    ("future-id", [*GOOD[:4], GOOD[4].replace(f'"{NYC}"', '"99999999999999"')],
     "line 5, field 'Id'"),
    ("unknown-tz", [*GOOD[:4], GOOD[4].replace("America/New_York", "Mars/Olympus")],
     "line 5, field 'Tz': 'Mars/Olympus' is not a time zone name"),
    ("huge-tz", [*GOOD[:4], GOOD[4].replace("America/New_York", "A" * 3000)],
     "line 5, field 'Tz': 'AAAA"),  # it was an OSError naming a 3,000-character path, exit 1
    ("no-header", [*GOOD[:3], GOOD[4]], "line 4, field 'Id': is a data row without its header"),
    ("two-data-rows", [*GOOD, GOOD[4]], "line 6, field 'Id': is a data row without its header"),
    ("unclosed-quote", [*GOOD[:4], GOOD[4][:-1] + ',"never closed', GOOD[3], GOOD[4]],
     "line 5: has a quote"),
    ("header-without-data", [*GOOD[:3], GOOD[3], GOOD[3], GOOD[4]], "line 5, field 'Id'"),
    ("bad-hours", [*GOOD[:4], GOOD[4].replace('"8.000"', '"eight"')], "line 5, field 'Hours'"),
    ("no-comment-column", [*GOOD[:3], GOOD[3].replace(",Comment,", ",Remark,"), GOOD[4]],
     "line 4, field 'Comment'"),
    ("long-comment", [*GOOD[:4], GOOD[4].replace("Manually added", "x" * 10_001)],
     "line 5, field 'Comment'"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "lines", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_row_it_cannot_read_is_one_line_and_nothing_changes(
    hypnic: Run, data_dir: Path, tmp_path: Path, name: str, lines: list[str], expected: str
) -> None:
    hypnic("nights")
    before = _nights(data_dir)
    path = _file(tmp_path, ("\n".join(lines) + "\n").encode(), f"{name}.csv")
    for extra in ([], ["--dry-run"]):
        result = hypnic("import", path, "--from", "sleep-as-android", *extra)
        assert result.code == 2, result.out
        assert result.err.count("\n") == 1 and result.err.startswith(f"hypnic: {path}, ")
        assert expected in result.err, result.err
        assert "Traceback" not in result.err and len(result.err) < 500
    assert _nights(data_dir) == before
