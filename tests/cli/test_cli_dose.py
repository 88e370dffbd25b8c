"""`hypnic dose`: usual amounts, unknown names added, --at like log, nights, bad input."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from cli_helpers import Run

from hypnic.cli import commands
from hypnic.cli.main import build_parser
from hypnic.domain.clock import FixedClock
from hypnic.domain.medications import Medication
from hypnic.store import Store

BERLIN = ZoneInfo("Europe/Berlin")


def _utc_ms(text: str) -> int:
    return int(datetime.fromisoformat(text).astimezone(UTC).timestamp() * 1000)


def _medications(data_dir: Path, *meds: Medication) -> None:
    store = Store.open(data_dir)
    try:
        for med in meds:
            store.medications.save(med)
    finally:
        store.close()


def _doses(data_dir: Path) -> list[tuple[str, float | None, str | None, int, int]]:
    store = Store.open(data_dir)
    try:
        return [(d.medication, d.amount, d.unit, d.utc_ms, d.offset_min)
                for d in store.doses.between_nights(None, None)]  # fmt: skip
    finally:
        store.close()


def test_known_medication_takes_its_usual_dose(hypnic: Run, data_dir: Path) -> None:
    _medications(data_dir, Medication("Clonazepam", 0.5, "mg", bedtime=True))
    result = hypnic("dose", "clonazepam", "--at", "2026-11-25T00:30:00+01:00")
    assert result.code == 0 and result.err == ""
    # 00:30 on the 25th is the night of the 24th; the list's spelling is kept.
    assert result.out == (
        "Logged Clonazepam 0.5 mg at 2026-11-25T00:30:00.000+01:00 (night 2026-11-24)\n"
    )
    assert _doses(data_dir) == [("Clonazepam", 0.5, "mg", _utc_ms("2026-11-24T23:30Z"), 60)]


def test_given_amount_and_unit_win(hypnic: Run, data_dir: Path) -> None:
    _medications(data_dir, Medication("clonazepam", 0.5, "mg"))
    at = "2026-11-24T22:00:00+01:00"
    assert hypnic("dose", "clonazepam", "--amount", "1", "--at", at).code == 0
    assert hypnic("dose", "clonazepam", "--unit", "drops", "--at", at).code == 0
    assert hypnic("dose", "clonazepam", "--unit", "MG", "--at", at).code == 0
    given = {(d[1], d[2]) for d in _doses(data_dir)}
    assert given == {(1.0, "mg"), (None, "drops"), (0.5, "mg")}


def test_unknown_medication_is_added_and_said_so(hypnic: Run, data_dir: Path) -> None:
    result = hypnic("dose", "Temazepam", "--amount", "10", "--at", "2026-11-24T22:00:00+01:00")
    assert result.code == 0 and result.out.count("\n") == 1
    # A suggested drug takes the suggestion's spelling and its common unit.
    assert result.out.startswith("Logged temazepam 10 mg at 2026-11-24T22:00:00.000+01:00")
    assert "temazepam was not in your medications, so it was added" in result.out
    assert "with 10 mg as its usual dose" in result.out
    store = Store.open(data_dir)
    try:
        assert store.medications.all() == [Medication("temazepam", 10.0, "mg", bedtime=False)]
    finally:
        store.close()
    again = hypnic("dose", "temazepam", "--at", "2026-11-24T23:00:00+01:00")
    assert again.out.startswith("Logged temazepam 10 mg") and "added" not in again.out

    other = hypnic("dose", "magnesium  citrate", "--at", "2026-11-24T23:00:00+01:00")
    assert other.code == 0
    assert other.out.startswith("Logged magnesium citrate at")
    assert "so it was added (mark it" in other.out


def test_archived_medication_comes_back(hypnic: Run, data_dir: Path) -> None:
    _medications(data_dir, Medication("baclofen", 10, "mg", archived=True))
    result = hypnic("dose", "baclofen", "--at", "2026-11-24T22:00:00+01:00")
    assert result.code == 0 and "baclofen is back in your medications" in result.out
    store = Store.open(data_dir)
    try:
        med = store.medications.get("baclofen")
        assert med is not None and not med.archived
    finally:
        store.close()


def test_hhmm_means_the_most_recent_such_time(data_dir: Path, capsys: object) -> None:
    _medications(data_dir, Medication("ropinirole", 0.25, "mg"))
    args = build_parser().parse_args(
        ["--data-dir", str(data_dir), "dose", "ropinirole", "--at", "22:30"]
    )
    clock = FixedClock(_utc_ms("2026-11-25T01:30:00+01:00"), BERLIN)
    assert commands.run(args, clock=clock) == 0
    assert _doses(data_dir)[0][3] == _utc_ms("2026-11-24T22:30:00+01:00")


def test_bad_input_exits_2_and_logs_nothing(hypnic: Run, data_dir: Path) -> None:
    for args, words in [
        (("dose", "clonazepam", "--amount", "0"), "--amount"),
        (("dose", "clonazepam", "--amount", "-1"), "--amount"),
        (("dose", "clonazepam", "--amount", "nan"), "--amount"),
        (("dose", "   "), "MEDICATION"),
        (("dose", "clonazepam", "--at", "2026-11-24T22:00:00"), "offset"),
        (("dose", "clonazepam", "--amount", "lots"), "invalid float"),
    ]:
        result = hypnic(*args)
        assert result.code == 2, args
        assert words in result.err and result.err.count("\n") == 1, result.err
    assert hypnic("nights", "--json").out == "[]\n"
