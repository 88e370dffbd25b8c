"""Typed reads and writes of context tags, the tags set on each night, and the morning diary."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, time
from typing import Any

from hypnic.domain.diary import DiaryEntry, check_diary, format_clock
from hypnic.domain.errors import InputError
from hypnic.domain.tags import Tag, clean_label, new_user_tag, valid_tag_key
from hypnic.store.connection import Connection
from hypnic.store.repos import SettingsRepo

_TAG_COLS = "key, label, builtin, position, archived"
_DIARY_COLS = (
    "night, bed_time, tried_sleep_time, sleep_latency_min, awakenings,"
    " wake_after_sleep_onset_min, final_wake_time, out_of_bed_time, quality, comments"
)


def _tag(row: tuple[Any, ...]) -> Tag:
    key, label, builtin, position, archived = row
    return Tag(str(key), str(label), bool(builtin), int(position), bool(archived))


def _bounds(first: date | None, last: date | None) -> tuple[str, str]:
    return (first or date.min).isoformat(), (last or date.max).isoformat()


class TagRepo:
    """Context tags in the user's order, and which of them each night has.

    A tag set on some night is archived, never deleted.
    """

    def __init__(self, store: Connection) -> None:
        self._store = store

    def all(self, *, include_archived: bool = True) -> list[Tag]:
        rows = self._store.conn.execute(f"SELECT {_TAG_COLS} FROM tags ORDER BY position, key")
        tags = [_tag(r) for r in rows]
        return [t for t in tags if include_archived or not t.archived]

    def get(self, key: str) -> Tag | None:
        row = self._store.conn.execute(
            f"SELECT {_TAG_COLS} FROM tags WHERE key = ?", (key,)
        ).fetchone()
        return _tag(row) if row else None

    def add(self, label: str) -> Tag:
        """A user's own tag, after the others, its key made from the label."""
        tag = new_user_tag(label, self.all())
        self.save(tag)
        return tag

    def save(self, tag: Tag) -> None:
        with self._store.transaction() as conn:
            self.save_in(conn, tag)

    def save_in(self, conn: sqlite3.Connection, tag: Tag) -> None:
        if not valid_tag_key(tag.key):
            raise InputError(f"'{tag.key}' is not a tag key (a-z, 0-9 and _)", field="key")
        conn.execute(
            f"INSERT INTO tags ({_TAG_COLS}) VALUES (?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET"
            " label=excluded.label, builtin=excluded.builtin, position=excluded.position,"
            " archived=excluded.archived",
            (tag.key, clean_label(tag.label), int(tag.builtin), tag.position, int(tag.archived)),
        )

    def delete_unused(self, key: str) -> bool:
        """Delete a user's tag no night has; False (and kept) otherwise. Built-in tags are
        archived instead, so every store keeps them (and a backup restores exactly)."""
        used = self._store.conn.execute(
            "SELECT 1 FROM night_tags WHERE tag = ? UNION ALL"
            " SELECT 1 FROM tags WHERE key = ? AND builtin LIMIT 1",
            (key, key),
        )
        if used.fetchone() is not None:
            return False
        with self._store.transaction() as conn:
            conn.execute("DELETE FROM tags WHERE key = ?", (key,))
        return True

    def of_night(self, night: date) -> list[str]:
        """The night's tag keys in the tags' order."""
        return self.between(night, night).get(night, [])

    def between(self, first: date | None, last: date | None) -> dict[date, list[str]]:
        """Tag keys of each night first..last that has any, in the tags' order."""
        rows = self._store.conn.execute(
            "SELECT n.night, n.tag FROM night_tags n JOIN tags t ON t.key = n.tag"
            " WHERE n.night >= ? AND n.night <= ? ORDER BY n.night, t.position, t.key",
            _bounds(first, last),
        )
        out: dict[date, list[str]] = defaultdict(list)
        for night, tag in rows:
            out[date.fromisoformat(str(night))].append(str(tag))
        return dict(out)

    def set_night(self, night: date, keys: Iterable[str]) -> None:
        """Make ``keys`` the night's tags (replacing what it had), in one transaction."""
        with self._store.transaction() as conn:
            self.set_night_in(conn, night, keys)

    def set_night_in(self, conn: sqlite3.Connection, night: date, keys: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(keys))
        known = {str(r[0]) for r in conn.execute("SELECT key FROM tags")}
        unknown = [k for k in wanted if k not in known]
        if unknown:
            raise InputError(f"unknown tag{'s' if len(unknown) > 1 else ''} "
                             f"{', '.join(unknown)}", field="tags")  # fmt: skip
        conn.execute("DELETE FROM night_tags WHERE night = ?", (night.isoformat(),))
        conn.executemany(
            "INSERT INTO night_tags (night, tag) VALUES (?, ?)",
            ((night.isoformat(), k) for k in wanted),
        )


def _clock(text: object) -> time | None:
    return None if text is None else time.fromisoformat(str(text))


def _int(value: object) -> int | None:
    return None if value is None else int(str(value))


def _diary(row: tuple[Any, ...]) -> DiaryEntry:
    night, bed, tried, latency, awakenings, waso, wake, out, quality, comments = row
    return DiaryEntry(
        night=date.fromisoformat(str(night)),
        bed_time=_clock(bed),
        tried_sleep_time=_clock(tried),
        sleep_latency_min=_int(latency),
        awakenings=_int(awakenings),
        wake_after_sleep_onset_min=_int(waso),
        final_wake_time=_clock(wake),
        out_of_bed_time=_clock(out),
        quality=_int(quality),
        comments=str(comments),
    )


class DiaryRepo:
    """The morning diary, one entry per night (checked against the store's day boundary)."""

    def __init__(self, store: Connection, settings: SettingsRepo) -> None:
        self._store = store
        self._settings = settings

    def get(self, night: date) -> DiaryEntry | None:
        row = self._store.conn.execute(
            f"SELECT {_DIARY_COLS} FROM diary WHERE night = ?", (night.isoformat(),)
        ).fetchone()
        return _diary(row) if row else None

    def between(self, first: date | None, last: date | None) -> list[DiaryEntry]:
        rows = self._store.conn.execute(
            f"SELECT {_DIARY_COLS} FROM diary WHERE night >= ? AND night <= ? ORDER BY night",
            _bounds(first, last),
        )
        return [_diary(r) for r in rows]

    def save(self, entry: DiaryEntry) -> DiaryEntry:
        """Check and store a night's answers (an entry with no answers removes the night's);
        returns what was stored. InputError names the bad field."""
        with self._store.transaction() as conn:
            return self.save_in(conn, entry)

    def save_in(self, conn: sqlite3.Connection, entry: DiaryEntry) -> DiaryEntry:
        checked = check_diary(entry, self._settings.day_boundary)
        if checked.is_empty:
            conn.execute("DELETE FROM diary WHERE night = ?", (checked.night.isoformat(),))
            return checked
        e = checked
        conn.execute(
            f"INSERT OR REPLACE INTO diary ({_DIARY_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (e.night.isoformat(), format_clock(e.bed_time), format_clock(e.tried_sleep_time),
             e.sleep_latency_min, e.awakenings, e.wake_after_sleep_onset_min,
             format_clock(e.final_wake_time), format_clock(e.out_of_bed_time), e.quality,
             e.comments),
        )  # fmt: skip
        return checked

    def delete(self, night: date) -> None:
        with self._store.transaction() as conn:
            conn.execute("DELETE FROM diary WHERE night = ?", (night.isoformat(),))
