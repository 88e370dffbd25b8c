"""Typed reads and writes of kinds, events, nights and settings."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date, time
from typing import Any

from hypnic.domain.events import Event, Instant, NightRecord, Observer
from hypnic.domain.kinds import Kind, KindGroup
from hypnic.domain.timerules import DEFAULT_DAY_BOUNDARY
from hypnic.store.connection import Connection
from hypnic.store.queries import (
    existing_ids,
    in_range,
    nights_where,
    readable_range,
    readable_where,
)

_EVENT_COLS = "id, kind, utc_ms, offset_min, by, note, deleted_utc_ms"
# The kinds' "movement" column (schema 1-2) is left unwritten and unread: groups replaced it.
_KIND_COLS = "key, label, colour, shape, kind_group, enabled, archived, position, keys, builtin"
_GROUPS = {g.value: g for g in KindGroup}
# A dict lookup, not Observer(by): reading 100,000 events spent a fifth of its time in Enum.
_OBSERVERS = {o.value: o for o in Observer}


def _event(row: tuple[Any, ...]) -> Event:
    id_, kind, utc_ms, offset_min, by, note, deleted = row
    return Event(
        id=str(id_),
        kind=str(kind),
        utc_ms=int(utc_ms),
        offset_min=int(offset_min),
        by=_OBSERVERS.get(by) or Observer(by),
        note=str(note),
        deleted_utc_ms=None if deleted is None else int(deleted),
    )


def _event_params(e: Event) -> tuple[object, ...]:
    return (e.id, e.kind, e.utc_ms, e.offset_min, e.local_ms, e.by.value, e.note, e.deleted_utc_ms)


class KindRepo:
    """The kinds, in the user's order. A kind with events is archived, never deleted."""

    def __init__(self, store: Connection) -> None:
        self._store = store

    def all(self, *, include_archived: bool = True) -> list[Kind]:
        rows = self._store.conn.execute(
            f"SELECT {_KIND_COLS} FROM kinds ORDER BY position, key"
        ).fetchall()
        kinds = [
            Kind(
                key=r[0],
                label=r[1],
                colour=r[2],
                shape=r[3],
                group=_GROUPS.get(str(r[4]), KindGroup.OTHER),
                enabled=bool(r[5]),
                archived=bool(r[6]),
                position=int(r[7]),
                keys=tuple(k for k in str(r[8]).split("\t") if k),
                builtin=bool(r[9]),
            )
            for r in rows
        ]
        return [k for k in kinds if include_archived or not k.archived]

    def get(self, key: str) -> Kind | None:
        return next((k for k in self.all() if k.key == key), None)

    def keys(self) -> set[str]:
        return {str(r[0]) for r in self._store.conn.execute("SELECT key FROM kinds")}

    def save(self, kind: Kind) -> None:
        with self._store.transaction() as conn:
            self._upsert(conn, kind)

    def save_all(self, kinds: Sequence[Kind]) -> None:
        with self._store.transaction() as conn:
            for kind in kinds:
                self._upsert(conn, kind)

    def insert_missing(self, kinds: Iterable[Kind]) -> None:
        """Add kinds whose key is not yet known (inside the caller's transaction)."""
        for kind in kinds:
            self._store.conn.execute(
                f"INSERT OR IGNORE INTO kinds ({_KIND_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
                _kind_params(kind),
            )

    def save_in(self, conn: sqlite3.Connection, kind: Kind) -> None:
        """Insert or update a kind inside the caller's transaction."""
        self._upsert(conn, kind)

    def _upsert(self, conn: sqlite3.Connection, kind: Kind) -> None:
        conn.execute(
            f"INSERT INTO kinds ({_KIND_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(key)"
            " DO UPDATE SET label=excluded.label, colour=excluded.colour, shape=excluded.shape,"
            " kind_group=excluded.kind_group, enabled=excluded.enabled, archived=excluded.archived,"
            " position=excluded.position, keys=excluded.keys",
            _kind_params(kind),
        )

    def has_events(self, key: str) -> bool:
        row = self._store.conn.execute("SELECT 1 FROM events WHERE kind = ? LIMIT 1", (key,))
        return row.fetchone() is not None

    def delete_unused(self, key: str) -> bool:
        """Delete a kind that never had an event; returns False (and keeps it) otherwise."""
        if self.has_events(key):
            return False
        with self._store.transaction() as conn:
            conn.execute("DELETE FROM kinds WHERE key = ?", (key,))
        return True


def _kind_params(k: Kind) -> tuple[object, ...]:
    return (
        k.key, k.label, k.colour, k.shape, k.group.value, int(k.enabled),
        int(k.archived), k.position, "\t".join(k.keys), int(k.builtin),
    )  # fmt: skip


class EventRepo:
    """Events. Deleting moves an event to the trash; it can be restored.

    Nights are read with the store's own day boundary (there is no other to pass).
    """

    def __init__(self, store: Connection, settings: SettingsRepo) -> None:
        self._store = store
        self._settings = settings

    def add(self, event: Event) -> None:
        """Insert one event in its own durable transaction."""
        with self._store.transaction() as conn:
            conn.execute(f"INSERT INTO events ({_EVENT_COLS}, local_ms) VALUES "
                         "(?,?,?,?,?,?,?,?)", _reorder(event))  # fmt: skip

    def add_many(self, events: Iterable[Event]) -> int:
        """Insert events not yet stored (by id), all in one transaction; returns how many."""
        with self._store.transaction() as conn:
            return self.add_many_in(conn, events)

    def add_many_in(self, conn: sqlite3.Connection, events: Iterable[Event]) -> int:
        """Insert events not yet stored (by id) in the caller's transaction; returns how many."""
        before = conn.total_changes
        conn.executemany(
            f"INSERT OR IGNORE INTO events ({_EVENT_COLS}, local_ms) VALUES (?,?,?,?,?,?,?,?)",
            (_reorder(e) for e in events),
        )
        return conn.total_changes - before

    def update(self, event: Event) -> None:
        with self._store.transaction() as conn:
            conn.execute(
                "UPDATE events SET kind=?, utc_ms=?, offset_min=?, local_ms=?, by=?, note=?,"
                " deleted_utc_ms=? WHERE id=?",
                (event.kind, event.utc_ms, event.offset_min, event.local_ms, event.by.value,
                 event.note, event.deleted_utc_ms, event.id),
            )  # fmt: skip

    def trash(self, event_id: str, at_utc_ms: int) -> None:
        with self._store.transaction() as conn:
            conn.execute("UPDATE events SET deleted_utc_ms=? WHERE id=?", (at_utc_ms, event_id))

    def restore(self, event_id: str) -> None:
        with self._store.transaction() as conn:
            conn.execute("UPDATE events SET deleted_utc_ms=NULL WHERE id=?", (event_id,))

    def get(self, event_id: str) -> Event | None:
        row = self._store.conn.execute(
            f"SELECT {_EVENT_COLS} FROM events WHERE id=?", (event_id,)
        ).fetchone()
        return _event(row) if row else None

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        return existing_ids(self._store.conn, "events", ids)

    def between_nights(
        self, first: date | None, last: date | None, *, deleted: bool = False
    ) -> list[Event]:
        """Events of nights ``first``..``last`` inclusive (open ends allowed), oldest first.

        ``deleted=False`` gives live events, ``True`` the trash.
        """
        where, params = nights_where(first, last, self._settings.day_boundary, deleted=deleted)
        rows = self._store.conn.execute(
            f"SELECT {_EVENT_COLS} FROM events WHERE {where} ORDER BY utc_ms, id", params
        )
        return [_event(r) for r in rows]

    def of_night(self, night: date, *, deleted: bool = False) -> list[Event]:
        return self.between_nights(night, night, deleted=deleted)

    def span_local_ms(self, *, before_local_ms: int | None = None) -> tuple[int, int] | None:
        """Earliest and latest local_ms of live events (before ``before_local_ms`` when
        given), or None when there are none."""
        readable, params = readable_where(deleted=False)
        if before_local_ms is not None:
            readable += " AND local_ms < ?"
            params.append(before_local_ms)
        row = self._store.conn.execute(
            "SELECT MIN(local_ms), MAX(local_ms) FROM events WHERE deleted_utc_ms IS NULL"
            f" AND {readable}",
            params,
        ).fetchone()
        return None if row[0] is None else (int(row[0]), int(row[1]))


def _reorder(e: Event) -> tuple[object, ...]:
    p = _event_params(e)
    # _EVENT_COLS order then local_ms last.
    return (p[0], p[1], p[2], p[3], p[5], p[6], p[7], p[4])


_NIGHT_COLS = (
    "night, winddown_utc_ms, winddown_offset_min, lights_out_utc_ms, lights_out_offset_min,"
    " note, symptoms_from_utc_ms, symptoms_from_offset_min, quiet"
)


class NightRepo:
    """Per-night records: wind-down start, lights-out, when the symptoms began, quiet, note."""

    def __init__(self, store: Connection) -> None:
        self._store = store

    def get(self, night: date) -> NightRecord:
        row = self._store.conn.execute(
            f"SELECT {_NIGHT_COLS} FROM nights WHERE night=?", (night.isoformat(),)
        ).fetchone()
        return _night(row) if row else NightRecord(night=night)

    def between(self, first: date | None, last: date | None) -> list[NightRecord]:
        rows = self._store.conn.execute(
            f"SELECT {_NIGHT_COLS} FROM nights WHERE night >= ? AND night <= ? ORDER BY night",
            ((first or date.min).isoformat(), (last or date.max).isoformat()),
        )
        return [_night(r) for r in rows]

    def save(self, record: NightRecord) -> None:
        with self._store.transaction() as conn:
            self.save_in(conn, record)

    def save_in(self, conn: sqlite3.Connection, record: NightRecord) -> None:
        wd, lo, sf = record.winddown, record.lights_out, record.symptoms_from
        conn.execute(
            f"INSERT INTO nights ({_NIGHT_COLS}) VALUES (?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(night) DO UPDATE SET"
            " winddown_utc_ms=excluded.winddown_utc_ms,"
            " winddown_offset_min=excluded.winddown_offset_min,"
            " lights_out_utc_ms=excluded.lights_out_utc_ms,"
            " lights_out_offset_min=excluded.lights_out_offset_min, note=excluded.note,"
            " symptoms_from_utc_ms=excluded.symptoms_from_utc_ms,"
            " symptoms_from_offset_min=excluded.symptoms_from_offset_min, quiet=excluded.quiet",
            (record.night.isoformat(), wd and wd.utc_ms, wd and wd.offset_min,
             lo and lo.utc_ms, lo and lo.offset_min, record.note, sf and sf.utc_ms,
             sf and sf.offset_min, int(record.quiet)),
        )  # fmt: skip


def _night(row: tuple[Any, ...]) -> NightRecord:
    night, wd_ms, wd_off, lo_ms, lo_off, note, sf_ms, sf_off, quiet = row
    bounds = readable_range()
    return NightRecord(
        night=date.fromisoformat(str(night)),
        winddown=_instant(wd_ms, wd_off, bounds),
        lights_out=_instant(lo_ms, lo_off, bounds),
        note=str(note),
        symptoms_from=_instant(sf_ms, sf_off, bounds),
        quiet=bool(quiet),
    )


def _instant(utc_ms: Any, offset_min: Any, bounds: tuple[int, int]) -> Instant | None:
    """A stored instant, or None when there is none or it is out of bounds (left out)."""
    if utc_ms is None or not in_range(int(utc_ms), int(offset_min), bounds):
        return None
    return Instant(int(utc_ms), int(offset_min))


class SettingsRepo:
    """Settings that the command line needs too (the day boundary)."""

    def __init__(self, store: Connection) -> None:
        self._store = store

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self._store.conn.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        return str(row[0]) if row else default

    def all(self) -> dict[str, str]:
        rows = self._store.conn.execute("SELECT key, value FROM settings ORDER BY key")
        return {str(r[0]): str(r[1]) for r in rows}

    def set(self, key: str, value: str) -> None:
        with self._store.transaction() as conn:
            self.set_in(conn, key, value)

    def set_many(self, values: dict[str, str]) -> None:
        """Set several settings in one transaction."""
        with self._store.transaction() as conn:
            for key, value in values.items():
                self.set_in(conn, key, value)

    def set_in(self, conn: sqlite3.Connection, key: str, value: str) -> None:
        """Set one setting inside the caller's transaction."""
        conn.execute(
            "INSERT INTO settings VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            (key, value),
        )

    @property
    def day_boundary(self) -> time:
        text = self.get("day_boundary")
        try:
            return time.fromisoformat(text) if text else DEFAULT_DAY_BOUNDARY
        except ValueError:
            return DEFAULT_DAY_BOUNDARY

    def set_day_boundary(self, value: time) -> None:
        self.set("day_boundary", value.strftime("%H:%M"))
