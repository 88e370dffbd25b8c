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
)

SCHEMA_VERSION = len(MIGRATIONS)
