"""`hypnic log`: kinds, --at (RFC 3339 or the most recent HH:MM), --by, --note, nights."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from cli_helpers import Run

from hypnic.cli import commands
from hypnic.cli.main import build_parser
from hypnic.domain.clock import FixedClock
from hypnic.domain.events import Observer
from hypnic.store import Store

BERLIN = ZoneInfo("Europe/Berlin")


def _utc_ms(text: str) -> int:
    return int(datetime.fromisoformat(text).astimezone(UTC).timestamp() * 1000)


def _log_at(data_dir: Path, now: str, *args: str) -> int:
    args_ns = build_parser().parse_args(["--data-dir", str(data_dir), "log", *args])
    return int(commands.run(args_ns, clock=FixedClock(_utc_ms(now), BERLIN)))


def _events(data_dir: Path) -> list[tuple[str, int, int, str, str]]:
    store = Store.open(data_dir)
    try:
        events = store.events.between_nights(None, None)
        return [(e.kind, e.utc_ms, e.offset_min, e.by.value, e.note) for e in events]
    finally:
        store.close()


def test_log_with_rfc3339_time_prints_time_and_night(hypnic: Run, data_dir: Path) -> None:
    result = hypnic("log", "jerk", "--at", "2026-11-25T00:40:00.250+01:00", "--note", "a, b")
    assert result.code == 0
    # 00:40 on the 25th belongs to the night of the 24th (day boundary 12:00).
    assert result.out == "Logged jerk at 2026-11-25T00:40:00.250+01:00 (night 2026-11-24)\n"
    assert _events(data_dir) == [
        ("jerk", _utc_ms("2026-11-24T23:40:00.250+00:00"), 60, "self", "a, b")
    ]


def test_log_partner(hypnic: Run, data_dir: Path) -> None:
    result = hypnic("log", "kick", "--at", "2026-07-01T23:00:00-03:30", "--by", "partner")
    assert result.code == 0
    assert "(partner)" in result.out
    assert "2026-07-01T23:00:00.000-03:30" in result.out
    assert _events(data_dir)[0][2:4] == (-210, Observer.PARTNER.value)


def test_hhmm_means_the_most_recent_such_time(data_dir: Path, capsys: object) -> None:
    # At 01:30 local on 25 Nov, "23:41" is yesterday evening, "01:00" is half an hour ago.
    now = "2026-11-25T01:30:00+01:00"
    assert _log_at(data_dir, now, "jerk", "--at", "23:41") == 0
    assert _log_at(data_dir, now, "kick", "--at", "01:00") == 0
    events = _events(data_dir)
    assert [(k, t) for k, t, *_ in events] == [
        ("jerk", _utc_ms("2026-11-24T23:41:00+01:00")),
        ("kick", _utc_ms("2026-11-25T01:00:00+01:00")),
    ]


def test_hhmm_across_a_dst_change_gets_the_offset_then(data_dir: Path) -> None:
    # Summer time ended on 25 Oct 2026 at 03:00 CEST; 22:00 the evening before was +02:00.
    assert _log_at(data_dir, "2026-10-25T09:00:00+01:00", "jerk", "--at", "22:00") == 0
    assert _events(data_dir)[0][1:3] == (_utc_ms("2026-10-24T22:00:00+02:00"), 120)


def test_log_without_at_uses_the_clock(data_dir: Path) -> None:
    assert _log_at(data_dir, "2026-11-24T23:41:07.123+01:00", "deep_itch") == 0
    assert _events(data_dir)[0][:3] == ("deep_itch", _utc_ms("2026-11-24T23:41:07.123+01:00"), 60)


def test_unknown_kind_lists_known_kinds(hypnic: Run, data_dir: Path) -> None:
    result = hypnic("log", "sneeze")
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "'sneeze'" in result.err and "jerk, kick, deep_itch" in result.err
    assert _events(data_dir) == []


def test_archived_kind_is_refused(hypnic: Run, data_dir: Path) -> None:
    store = Store.open(data_dir)
    kick = store.kinds.get("kick")
    assert kick is not None
    store.kinds.save(kick.with_changes(archived=True))
    store.close()
    result = hypnic("log", "kick")
    assert result.code == 2
    assert "archived" in result.err and "Traceback" not in result.err
    assert _events(data_dir) == []


def test_time_without_offset_is_refused(hypnic: Run, data_dir: Path) -> None:
    result = hypnic("log", "jerk", "--at", "2026-11-24T23:41:00")
    assert result.code == 2
    assert "--at" in result.err and "offset" in result.err
    assert _events(data_dir) == []


def test_bad_by_is_a_usage_error(hypnic: Run) -> None:
    result = hypnic("log", "jerk", "--by", "dog")
    assert result.code == 2
    assert result.err.startswith("hypnic: ")
