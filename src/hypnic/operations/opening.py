"""Opening the store for one command: a store is written only when it is sound, and read
even from a full or read-only disk."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from hypnic.domain.errors import (
    StoreDamagedError,
    StoreError,
    StoreFullError,
    StoreReadOnlyError,
    StoreUnavailableError,
)
from hypnic.paths import resolve_paths
from hypnic.store import Store
from hypnic.store.checks import missing_with_backups, quick_check
from hypnic.store.database import DB_NAME, name_store_error
from hypnic.store.salvage import Salvage, salvage_to

# Tables as a person knows them, for "could not read: ..." (others are named as they are).
_TABLE_WORDS = {"events": "events", "doses": "doses", "nights": "night records",
                "night_tags": "nights' tags", "diary": "diary answers", "kinds": "kinds",
                "medications": "medications", "tags": "tags", "settings": "settings"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ExportSource:
    """The store to export from: the store itself, or what could be read out of it when it is
    damaged (``damage`` says what ``quick_check`` found, ``lost`` what could not be read)."""

    store: Store
    damage: str | None = None
    salvage: Salvage | None = None

    def lost(self) -> str:
        """'some events, all doses' (empty when nothing was lost)."""
        if self.salvage is None:
            return ""
        words = [f"some {_TABLE_WORDS.get(t, t)}" for t in self.salvage.incomplete]
        words += [f"all {_TABLE_WORDS.get(t, t)}" for t in self.salvage.unreadable]
        return ", ".join(words)


@contextlib.contextmanager
def open_for_export(data_dir: str | None) -> Iterator[ExportSource]:
    """The store, or when it is damaged a copy of every row that can still be read (made in
    a private temporary folder, never beside the store, and deleted afterwards).

    StoreDamagedError when nothing at all can be read.
    """
    problem = damage_of(data_dir)
    if problem is None:
        with open_for_reading(data_dir) as store:
            yield ExportSource(store)
        return
    db = resolve_paths(data_dir).data_dir / DB_NAME
    if not db.exists():  # gone, with backups beside it (``damage_of``): nothing to salvage
        raise StoreDamagedError(
            f"The store {db} is damaged ({reason(problem)}); nothing was exported. Open Hypnic "
            "to restore the newest good backup, or run 'hypnic check'."
        )
    with tempfile.TemporaryDirectory(prefix="hypnic-salvage-") as tmp:
        found = salvage_to(db, Path(tmp), DB_NAME)
        if not found.anything:
            raise StoreDamagedError(
                f"The store {db} is damaged ({reason(problem)}) and nothing in it could be read; "
                "nothing was exported. Open Hypnic to restore the newest good backup."
            )
        store = Store.open(Path(tmp))
        try:
            yield ExportSource(store, problem, found)
        finally:
            store.close()


@contextlib.contextmanager
def open_for_reading(data_dir: str | None, *, checked: bool = False) -> Iterator[Store]:
    """The store of ``data_dir`` (or the default one), closed when the block ends.

    With ``checked``, a damaged store is refused in one sentence (StoreDamagedError) instead
    of being read: figures from a store with lost pages would look right and be wrong.
    """
    if checked:
        _refuse_damaged(data_dir, "nothing was read. 'hypnic export' saves what can still be "
                        "read; open Hypnic to restore the newest good backup.")  # fmt: skip
    _refuse_missing(data_dir)
    store = _open(data_dir)
    try:
        yield store
    finally:
        store.close()


@contextlib.contextmanager
def open_for_writing(data_dir: str | None) -> Iterator[Store]:
    """Like ``open_for_reading``, after a ``quick_check``: a damaged store is never written to
    (a tap written there would be lost when the window restores a backup)."""
    _refuse_damaged(data_dir, "nothing was written. Open Hypnic to restore the newest good "
                    "backup, or run 'hypnic check'.")  # fmt: skip
    store = _open(data_dir, for_writing=True)
    try:
        yield store
    except StoreError as exc:
        raise name_store_error(exc, store.path) from exc
    finally:
        store.close()


@contextlib.contextmanager
def open_for_import(data_dir: str | None, *, dry_run: bool) -> Iterator[Store]:
    """The store an import writes to. A dry run where there is no store yet plans against an
    empty one in a private temporary folder: a preview makes nothing (a mistyped --data-dir
    was left holding a new store)."""
    folder = resolve_paths(data_dir).data_dir
    if dry_run and not (folder / DB_NAME).exists() and damage_of(data_dir) is None:
        with tempfile.TemporaryDirectory(prefix="hypnic-dry-run-") as tmp:
            store = Store.open(Path(tmp))
            try:
                yield store
            finally:
                store.close()
        return
    with open_for_writing(data_dir) as store:
        yield store


def damage_of(data_dir: str | None) -> str | None:
    """What ``quick_check`` finds wrong with the store (None when sound or when there is none
    yet); a full or read-only disk raises its own StoreError."""
    db = resolve_paths(data_dir).data_dir / DB_NAME
    return quick_check(db) if db.is_file() else missing_with_backups(db)


def _refuse_missing(data_dir: str | None) -> None:
    """Reading never makes a store: a mistyped --data-dir gets a sentence, not an empty
    export (and a new, empty store left in the wrong folder)."""
    folder = resolve_paths(data_dir).data_dir
    if folder.exists() and not folder.is_dir():
        raise StoreUnavailableError(
            f"Cannot use the data folder {folder}: {os.strerror(errno.ENOTDIR)}."
        )
    if not (folder / DB_NAME).exists():
        raise StoreUnavailableError(f"There is no store in {folder}; nothing was read.")


def _refuse_damaged(data_dir: str | None, then: str) -> None:
    problem = damage_of(data_dir)
    if problem is not None:
        db = resolve_paths(data_dir).data_dir / DB_NAME
        raise StoreDamagedError(f"The store {db} is damaged ({reason(problem)}); {then}")


def reason(problem: str) -> str:
    """What ``quick_check`` found, without its leading "hypnic.db is damaged: "."""
    return problem.split(" is damaged: ", 1)[-1]


def _open(data_dir: str | None, *, for_writing: bool = False) -> Store:
    folder = resolve_paths(data_dir).data_dir
    try:
        return Store.open(folder)
    except (StoreFullError, StoreReadOnlyError):
        if for_writing:
            raise
        return Store.open_for_reading_only(folder)
    except OSError as exc:  # the folder cannot be made: a file in its place, no permission
        raise StoreUnavailableError(
            f"Cannot use the data folder {folder}: {exc.strerror or exc}."
        ) from exc
