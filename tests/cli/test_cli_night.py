"""`hypnic night`: lights-out, symptoms-from, quiet, tags and a note for a night (DESIGN 5)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import Run

from hypnic.cli import commands
from hypnic.cli.main import build_parser, main
from hypnic.domain.clock import FixedClock
from hypnic.domain.errors import InputError
from hypnic.store import Store

BERLIN = ZoneInfo("Europe/Berlin")
# 2026-11-24 23:50 in Berlin: tonight is the night of the 24th.
NOW = "2026-11-24T23:50:00+01:00"


def _utc_ms(text: str) -> int:
    return int(datetime.fromisoformat(text).astimezone(UTC).timestamp() * 1000)


def _run(data_dir: Path, *args: str, now: str = NOW) -> int:
    ns = build_parser().parse_args(["--data-dir", str(data_dir), *args])
    return int(commands.run(ns, clock=FixedClock(_utc_ms(now), BERLIN)))


def _record(data_dir: Path, night: str):  # type: ignore[no-untyped-def]
    store = Store.open(data_dir)
    try:
        from datetime import date

        return store.nights.get(date.fromisoformat(night)), store.tags.of_night(
            date.fromisoformat(night)
        )
    finally:
        store.close()


def _local(instant) -> str:  # type: ignore[no-untyped-def]
    return datetime.fromtimestamp(instant.utc_ms / 1000, BERLIN).isoformat()


def test_tonight_with_clock_times_records_the_most_recent_ones(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(data_dir, "night", "--lights-out", "23:15", "--symptoms-from", "19:30",
                "--tag", "caffeine_late", "--note", "late coffee")  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert out.startswith("Recorded for the night of 2026-11-24: lights-out 2026-11-24T23:15")
    assert "symptoms from 2026-11-24T19:30" in out and "tagged caffeine_late" in out
    record, tags = _record(data_dir, "2026-11-24")
    assert _local(record.lights_out) == "2026-11-24T23:15:00+01:00"
    assert _local(record.symptoms_from) == "2026-11-24T19:30:00+01:00"
    assert record.note == "late coffee" and tags == ["caffeine_late"]


def test_with_a_date_a_clock_time_lies_within_that_night(data_dir: Path) -> None:
    # 00:40 on the night of the 20th is the 21st, 00:40; 18:00 is the 20th.
    assert _run(data_dir, "night", "2026-11-20", "--lights-out", "00:40",
                "--symptoms-from", "18:00") == 0  # fmt: skip
    record, _ = _record(data_dir, "2026-11-20")
    assert _local(record.lights_out) == "2026-11-21T00:40:00+01:00"
    assert _local(record.symptoms_from) == "2026-11-20T18:00:00+01:00"


def test_rfc3339_time_of_another_night_is_refused(data_dir: Path) -> None:
    with pytest.raises(InputError, match="belongs to the night of 2026-11-19"):
        _run(data_dir, "night", "2026-11-20", "--lights-out", "2026-11-19T23:00:00+01:00")


def test_a_time_before_tonights_day_boundary_is_refused_without_a_date(data_dir: Path) -> None:
    # 11:00 today lies before the 12:00 boundary: it is last night's, not tonight's.
    with pytest.raises(InputError, match=r"--symptoms-from.*night of 2026-11-23"):
        _run(data_dir, "night", "--symptoms-from", "11:00")


def test_a_night_after_tonight_is_refused(hypnic: Run, data_dir: Path) -> None:
    with pytest.raises(InputError, match="has not come yet"):
        _run(data_dir, "night", "2026-11-25", "--quiet")
    far = hypnic("night", "2999-01-01", "--quiet")
    assert far.code == 2 and "has not come yet" in far.err and far.err.count("\n") == 1
    assert not _record(data_dir, "2024-03-10")[0].quiet


def test_quiet_is_listed_by_nights(hypnic: Run) -> None:
    done = hypnic("night", "2024-03-10", "--quiet")
    assert done.code == 0, done.err
    assert done.out.strip() == "Recorded for the night of 2024-03-10: quiet (nothing tonight)"
    nights = json.loads(hypnic("nights", "--json").out)
    assert [(n["night"], n["quiet"], n["counts"]) for n in nights] == [("2024-03-10", True, {})]


def test_quiet_is_refused_on_a_night_with_taps_and_a_later_tap_ends_it(hypnic: Run) -> None:
    assert hypnic("log", "jerk", "--at", "2024-03-09T23:00:00+01:00").code == 0
    refused = hypnic("night", "2024-03-09", "--quiet")
    assert refused.code == 2 and "--quiet" in refused.err and "1 tap of your own" in refused.err
    assert hypnic("night", "2024-03-10", "--quiet").code == 0
    logged = hypnic("log", "kick", "--at", "2024-03-10T23:10:00+01:00")
    assert logged.code == 0 and "not quiet any more" in logged.out
    again = hypnic("log", "kick", "--at", "2024-03-10T23:11:00+01:00")
    assert "quiet" not in again.out
    by_night = {n["night"]: n for n in json.loads(hypnic("nights", "--json").out)}
    assert by_night["2024-03-10"]["quiet"] is False


def test_a_partner_tap_does_not_end_a_quiet_night(hypnic: Run) -> None:
    assert hypnic("night", "2024-03-10", "--quiet").code == 0
    logged = hypnic("log", "kick", "--by", "partner", "--at", "2024-03-11T02:00:00+01:00")
    assert "quiet" not in logged.out
    assert json.loads(hypnic("nights", "--json").out)[0]["quiet"] is True


def test_tags_by_key_or_label_are_added_and_unknown_ones_refused(hypnic: Run) -> None:
    assert hypnic("night", "2024-03-10", "--tag", "Alcohol").code == 0
    assert hypnic("night", "2024-03-10", "--tag", "stress", "--tag", "ALCOHOL").code == 0
    nights = json.loads(hypnic("nights", "--json").out)
    assert sorted(nights[0]["tags"]) == ["alcohol", "stress"]
    bad = hypnic("night", "2024-03-10", "--tag", "moonlight", "--note", "kept?")
    assert bad.code == 2 and "unknown tag 'moonlight'" in bad.err and "caffeine" in bad.err
    assert json.loads(hypnic("nights", "--json").out)[0]["note"] == ""  # nothing written


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["--lights-out", "25:00"], "--lights-out"),
        (["--lights-out", "tomorrow"], "--lights-out"),
        (["--symptoms-from", "2026-11-24T23:00:00"], "--symptoms-from"),
        (["--note", "x" * 10_001], "--note"),
        ([], "night"),
        (["0001-01-01", "--quiet"], "DATE"),
        (["2024-02-30", "--quiet"], "DATE"),
    ],
)
def test_bad_input_is_one_line_exit_2(hypnic: Run, args: list[str], field: str) -> None:
    done = hypnic("night", *args)
    assert done.code == 2, done
    assert done.err.count("\n") == 1 and "Traceback" not in done.err
    assert field in done.err


def test_help_explains_each_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["night", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for option in ("--lights-out", "--symptoms-from", "--quiet", "--tag", "--note", "DATE"):
        assert option in text
    assert "nothing tonight" in text and "day boundary" in text


def test_a_fold_time_on_a_date_asks_for_an_offset(data_dir: Path) -> None:
    # 2026-10-25 02:30 happens twice in Berlin; on the night of the 24th it is that morning.
    with pytest.raises(InputError, match="RFC 3339"):
        _run(data_dir, "night", "2026-10-24", "--lights-out", "02:30")
