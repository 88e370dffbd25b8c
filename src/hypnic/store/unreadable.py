"""Rows whose times no reader takes (out of the bounds of DESIGN section 2), counted so a
command can name what it left out. An older Hypnic checked nothing and could store them."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from hypnic.domain.limits import EARLIEST_NIGHT, MAX_OFFSET_MIN, latest_night
from hypnic.store.queries import machine_now_ms, readable_range


@dataclass(frozen=True, slots=True)
class Unreadable:
    """How many rows of each kind every read leaves out."""

    events: int = 0
    doses: int = 0
    nights: int = 0

    def __bool__(self) -> bool:
        return bool(self.events or self.doses or self.nights)

    def describe(self) -> str:
        """'2 events and 1 night', or '' when nothing is left out."""
        parts = [
            f"{n:,} {word}{'s' if n != 1 else ''}"
            for n, word in ((self.events, "event"), (self.doses, "dose"), (self.nights, "night"))
            if n
        ]
        if len(parts) < 2:
            return "".join(parts)
        return ", ".join(parts[:-1]) + " and " + parts[-1]


def count_unreadable(conn: sqlite3.Connection) -> Unreadable:
    """Rows of events and doses (live or trashed) with an instant out of bounds, and nights
    (records, tags, diary answers) dated outside the nights such instants can belong to or
    holding such an instant."""
    low, high = readable_range()
    instant = "(utc_ms NOT BETWEEN :low AND :high OR ABS(offset_min) > :off)"
    trash = "(deleted_utc_ms IS NOT NULL AND deleted_utc_ms NOT BETWEEN :low AND :high)"
    params = {"low": low, "high": high, "off": MAX_OFFSET_MIN,
              "first": EARLIEST_NIGHT.isoformat(),
              "last": latest_night(machine_now_ms()).isoformat()}  # fmt: skip
    events, doses = (
        int(conn.execute(f"SELECT COUNT(*) FROM {t} WHERE {instant} OR {trash}", params)
            .fetchone()[0])
        for t in ("events", "doses")
    )  # fmt: skip
    outside = "(night < :first OR night > :last)"
    nights: set[str] = set()
    for sql in (
        f"SELECT night FROM nights WHERE {outside} OR "
        "(winddown_utc_ms IS NOT NULL AND (winddown_utc_ms NOT BETWEEN :low AND :high"
        " OR ABS(winddown_offset_min) > :off)) OR "
        "(lights_out_utc_ms IS NOT NULL AND (lights_out_utc_ms NOT BETWEEN :low AND :high"
        " OR ABS(lights_out_offset_min) > :off))",
        f"SELECT night FROM diary WHERE {outside}",
        f"SELECT night FROM night_tags WHERE {outside}",
    ):
        nights.update(str(r[0]) for r in conn.execute(sql, params))
    return Unreadable(events, doses, len(nights))
