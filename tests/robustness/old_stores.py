"""Build a store file exactly as an older Hypnic left it: schema steps 1..version, raw SQL.

Raw SQL on purpose: the repositories follow the newest schema and cannot write an old one.
``python tests/robustness/old_stores.py`` rewrites the committed v1 fixture (only ever needed
if it is lost: a released version's file must stay as that version wrote it).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

FIXTURES = Path(__file__).with_name("fixtures")
# 23:41:07 on 24 November 2026 at UTC+1 (night of the 24th), and the events after it.
T0 = 1_795_560_067_000
EVENTS = [
    ("6f1c2b1e-0000-4000-8000-000000000001", "jerk", T0, 60, "self", "first"),
    ("6f1c2b1e-0000-4000-8000-000000000002", "kick", T0 + 20_000, 60, "partner", ""),
    ("6f1c2b1e-0000-4000-8000-000000000003", "deep_itch", T0 + 95_000, 60, "self", "a, b"),
]


def build_store(path: Path, version: int, migrations: tuple[str, ...]) -> None:
    """Write a store at schema ``version`` holding three events, a night record, a setting."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        for step in migrations[:version]:
            for statement in (s.strip() for s in step.split(";")):
                if statement:
                    conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
        kinds = [
            ("jerk", "Jerk", "#E69F00", "circle", 1, 0, "J\t1"),
            ("kick", "Kick", "#56B4E9", "square", 1, 1, "K\t2"),
            ("deep_itch", "Deep itch", "#009E73", "triangle", 0, 2, "I\t3"),
        ]
        conn.executemany(
            "INSERT INTO kinds (key, label, colour, shape, movement, position, keys, builtin)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
            kinds,
        )
        conn.executemany(
            "INSERT INTO events (id, kind, utc_ms, offset_min, local_ms, by, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(i, k, t, o, t + o * 60_000, b, n) for i, k, t, o, b, n in EVENTS],
        )
        conn.execute(
            "INSERT INTO nights (night, lights_out_utc_ms, lights_out_offset_min, note)"
            " VALUES ('2026-11-24', ?, 60, 'warm room')",
            (T0 - 600_000,),
        )
        conn.execute("INSERT INTO settings (key, value) VALUES ('day_boundary', '13:00')")
        conn.execute("UPDATE changes SET serial = 7 WHERE id = 1")
    finally:
        conn.close()


if __name__ == "__main__":
    from hypnic.store.migrations import MIGRATIONS

    target = FIXTURES / "hypnic-v1.db"
    target.unlink(missing_ok=True)
    build_store(target, 1, MIGRATIONS)
    print(f"wrote {target}", file=sys.stderr)
