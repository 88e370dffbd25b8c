"""Opening the store for one command: a store is written only when it is sound."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from hypnic.domain.errors import StoreDamagedError, StoreUnavailableError
from hypnic.paths import resolve_paths
from hypnic.store import Store
from hypnic.store.backups import quick_check
from hypnic.store.database import DB_NAME


@contextlib.contextmanager
def open_for_reading(data_dir: str | None) -> Iterator[Store]:
    """The store of ``data_dir`` (or the default one), closed when the block ends."""
    store = _open(data_dir)
    try:
        yield store
    finally:
        store.close()


@contextlib.contextmanager
def open_for_writing(data_dir: str | None) -> Iterator[Store]:
    """Like ``open_for_reading``, after a ``quick_check``: a damaged store is never written to
    (a tap written there would be lost when the window restores a backup)."""
    folder = resolve_paths(data_dir).data_dir
    db = folder / DB_NAME
    if db.is_file():
        problem = quick_check(db)
        if problem is not None:
            raise StoreDamagedError(
                f"The store {db} is damaged ({problem}); nothing was written. Open Hypnic to "
                "restore the newest good backup, or run 'hypnic check'."
            )
    with open_for_reading(data_dir) as store:
        yield store


def _open(data_dir: str | None) -> Store:
    folder = resolve_paths(data_dir).data_dir
    try:
        return Store.open(folder)
    except OSError as exc:  # the folder cannot be made: a file in its place, no permission
        raise StoreUnavailableError(
            f"Cannot use the data folder {folder}: {exc.strerror or exc}."
        ) from exc
