"""Forward-only schema migrations, one per ``PRAGMA user_version`` step."""

from __future__ import annotations

import re
import sqlite3

# Step 4's rule for a note, frozen as it was released (SQLite's own text functions stop at a
# NUL, so the step calls this through ``register_functions``): each control character but tab,
# line feed and carriage return a space, and at most 10,000 characters.
_NOTE_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _plain_note(text: str | None) -> str | None:
    return None if text is None else _NOTE_CONTROL.sub(" ", text)[:10_000]


def register_functions(conn: sqlite3.Connection) -> None:
    """The functions the steps call: register on a connection before running any step."""
    conn.create_function("hypnic_plain_note", 1, _plain_note, deterministic=True)


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
    # 2: medications and doses, evening context tags, the morning diary. The built-in tags
    # are domain.tags.DEFAULT_TAGS as of this step (a later change needs a later step).
    """
    CREATE TABLE medications (
        name          TEXT PRIMARY KEY COLLATE NOCASE,
        usual_amount  REAL,
        unit          TEXT,
        bedtime       INTEGER NOT NULL DEFAULT 0,
        archived      INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE doses (
        id              TEXT PRIMARY KEY,
        medication      TEXT NOT NULL REFERENCES medications(name) ON UPDATE CASCADE,
        amount          REAL,
        unit            TEXT,
        utc_ms          INTEGER NOT NULL,
        offset_min      INTEGER NOT NULL,
        local_ms        INTEGER NOT NULL,
        note            TEXT NOT NULL DEFAULT '',
        deleted_utc_ms  INTEGER
    );
    CREATE INDEX doses_by_local ON doses(local_ms);
    CREATE TABLE tags (
        key       TEXT PRIMARY KEY,
        label     TEXT NOT NULL,
        builtin   INTEGER NOT NULL DEFAULT 0,
        position  INTEGER NOT NULL DEFAULT 0,
        archived  INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO tags (key, label, builtin, position) VALUES
        ('caffeine_late', 'Caffeine after 16:00', 1, 0),
        ('alcohol', 'Alcohol', 1, 1),
        ('exercise', 'Exercise', 1, 2),
        ('stress', 'Stress', 1, 3),
        ('heat', 'Heat', 1, 4),
        ('late_meal', 'Late meal', 1, 5);
    CREATE TABLE night_tags (
        night  TEXT NOT NULL,
        tag    TEXT NOT NULL REFERENCES tags(key) ON UPDATE CASCADE,
        PRIMARY KEY (night, tag)
    );
    CREATE TABLE diary (
        night                       TEXT PRIMARY KEY,
        bed_time                    TEXT,
        tried_sleep_time            TEXT,
        sleep_latency_min           INTEGER,
        awakenings                  INTEGER,
        wake_after_sleep_onset_min  INTEGER,
        final_wake_time             TEXT,
        out_of_bed_time             TEXT,
        quality                     INTEGER CHECK (quality BETWEEN 1 AND 5),
        comments                    TEXT NOT NULL DEFAULT ''
    );
    """,
    # 3: each kind's analysis group, with the built-ins and presets set by key as
    # domain.kinds.BUILTIN_GROUPS holds them at this step (the rest stay 'other'); when the
    # night's symptoms began and its quiet mark; rest tests. The kinds' old "movement" column
    # stays (dropping a column means rebuilding the table) but nothing reads it any more.
    # A rest test keeps no taps of its own: they are the night's self taps in its span.
    """
    ALTER TABLE kinds ADD COLUMN kind_group TEXT NOT NULL DEFAULT 'other'
        CHECK (kind_group IN ('leg', 'jerk', 'sensation', 'other'));
    UPDATE kinds SET kind_group = 'leg' WHERE key = 'kick';
    UPDATE kinds SET kind_group = 'jerk' WHERE key IN ('jerk', 'arm_jerk');
    UPDATE kinds SET kind_group = 'sensation'
        WHERE key IN ('deep_itch', 'burning', 'creeping', 'tugging', 'crawling');
    ALTER TABLE nights ADD COLUMN symptoms_from_utc_ms INTEGER;
    ALTER TABLE nights ADD COLUMN symptoms_from_offset_min INTEGER;
    ALTER TABLE nights ADD COLUMN quiet INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE rest_tests (
        id                TEXT PRIMARY KEY,
        night             TEXT NOT NULL,
        start_utc_ms      INTEGER NOT NULL,
        start_offset_min  INTEGER NOT NULL,
        planned_min       INTEGER NOT NULL,
        length_ms         INTEGER NOT NULL CHECK (length_ms > 0)
    );
    CREATE INDEX rest_tests_by_night ON rest_tests(night);
    """,
    # 4: values an older Hypnic stored that this version refuses on every way in, so that its
    # own import refused its own backup (a person moving to a new computer lost everything):
    # a dose amount or usual amount outside 0.001 to 100,000 (the dose's note keeps the
    # number), a control character in a note (now a space) or a note over 10,000 characters
    # (cut), a patient name over 120 characters (cut) and a date of birth that cannot be one
    # (cleared). The backup taken before this step keeps every value as it was.
    """
    UPDATE events SET note = hypnic_plain_note(note) WHERE note IS NOT hypnic_plain_note(note);
    UPDATE nights SET note = hypnic_plain_note(note) WHERE note IS NOT hypnic_plain_note(note);
    UPDATE doses SET note = hypnic_plain_note(note) WHERE note IS NOT hypnic_plain_note(note);
    UPDATE diary SET comments = hypnic_plain_note(comments)
        WHERE comments IS NOT hypnic_plain_note(comments);
    UPDATE doses SET note = hypnic_plain_note(trim(note || ' (amount ' || amount || ')')),
        amount = NULL
        WHERE amount IS NOT NULL AND NOT (amount BETWEEN 0.001 AND 100000);
    UPDATE medications SET usual_amount = NULL
        WHERE usual_amount IS NOT NULL AND NOT (usual_amount BETWEEN 0.001 AND 100000);
    UPDATE settings SET value = substr(value, 1, 120)
        WHERE key = 'patient_name' AND length(value) > 120;
    UPDATE settings SET value = ''
        WHERE key = 'patient_birth' AND value != '' AND NOT (
            value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
            AND date(value) IS value AND value BETWEEN '1900-01-01' AND date('now'));
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
