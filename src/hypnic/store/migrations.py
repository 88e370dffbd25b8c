"""Forward-only schema migrations, one per ``PRAGMA user_version`` step."""

from __future__ import annotations

# Each entry takes the schema from version i to i + 1. Never edit a released step; add one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE kinds (
        key       TEXT PRIMARY KEY,
        label     TEXT NOT NULL,
        colour    TEXT NOT NULL,
        shape     TEXT NOT NULL,
        movement  INTEGER NOT NULL DEFAULT 0,
        enabled   INTEGER NOT NULL DEFAULT 1,
        archived  INTEGER NOT NULL DEFAULT 0,
        position  INTEGER NOT NULL DEFAULT 0,
        keys      TEXT NOT NULL DEFAULT '',
        builtin   INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE events (
        id              TEXT PRIMARY KEY,
        kind            TEXT NOT NULL REFERENCES kinds(key) ON UPDATE CASCADE,
        utc_ms          INTEGER NOT NULL,
        offset_min      INTEGER NOT NULL,
        local_ms        INTEGER NOT NULL,
        by              TEXT NOT NULL DEFAULT 'self' CHECK (by IN ('self', 'partner')),
        note            TEXT NOT NULL DEFAULT '',
        deleted_utc_ms  INTEGER
    );
    CREATE INDEX events_by_local ON events(local_ms);
    CREATE TABLE nights (
        night                TEXT PRIMARY KEY,
        winddown_utc_ms      INTEGER,
        winddown_offset_min  INTEGER,
        lights_out_utc_ms    INTEGER,
        lights_out_offset_min INTEGER,
        note                 TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE changes (
        id     INTEGER PRIMARY KEY CHECK (id = 1),
        serial INTEGER NOT NULL
    );
    INSERT INTO changes (id, serial) VALUES (1, 0);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
