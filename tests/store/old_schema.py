"""A store file at an older schema version, written with raw SQL as that version left it.

Raw SQL on purpose: the repositories follow the newest schema and cannot write an old one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from hypnic.store.migrations import MIGRATIONS


def build_old_store(path: Path, version: int, fill: Callable[[sqlite3.Connection], None]) -> None:
    """Schema steps 1..``version``, then ``fill`` writes the rows that version would hold."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        for step in MIGRATIONS[:version]:
            for statement in (s.strip() for s in step.split(";")):
                if statement:
                    conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("BEGIN")
        fill(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()
