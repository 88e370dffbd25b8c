"""Taps the window still held unsaved when it was ended (logout, shutdown, `kill`): written to
a rescue file that `hypnic import` takes back, and named at the next start until imported.

The file goes to the log folder's ``rescued/`` (never into the store, which may be what
failed), or when that cannot be written (the same full disk) to the home or the temporary
folder. The next start looks in all three.
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hypnic.domain.errors import HypnicError
from hypnic.domain.events import Event, Instant
from hypnic.paths import Paths, make_private_dir

if TYPE_CHECKING:
    from hypnic.exchange.parsed import ParsedEvent
    from hypnic.store import Store

PREFIX = "hypnic-unsaved-taps-"


def rescue_folders(paths: Paths) -> list[Path]:
    """Where rescue files go, in the order they are tried."""
    return [paths.log_dir / "rescued", Path.home(), Path(tempfile.gettempdir())]


def write_rescue(paths: Paths, events: Sequence[Event]) -> Path | None:
    """Write ``events`` to a new rescue file; returns it (None when no folder could take it)."""
    # Loaded only when taps must be rescued: nothing of it is needed to start.
    from hypnic.operations.exchange import write_events_csv

    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    for folder in rescue_folders(paths):
        path = folder / f"{PREFIX}{stamp}.csv"
        try:
            if folder.name == "rescued":
                make_private_dir(folder)
            write_events_csv(path, events)
        except (OSError, HypnicError):
            continue
        return path
    return None


def waiting_rescues(paths: Paths, store: Store) -> list[Path]:
    """Rescue files holding a tap the store does not have yet (to import)."""
    now = datetime.now(UTC)
    waiting = []
    for folder in rescue_folders(paths):
        with contextlib.suppress(OSError):
            for path in sorted(folder.glob(f"{PREFIX}*.csv")):
                try:
                    ids = [p.event.id for p in _events(path, now)]
                except HypnicError:
                    waiting.append(path)  # unreadable: the person should look at it
                    continue
                if set(ids) - store.events.existing_ids(ids):
                    waiting.append(path)
    return waiting


def _events(path: Path, now: datetime) -> list[ParsedEvent]:
    from hypnic.operations.exchange import read_import_file

    instant = Instant(int(now.timestamp() * 1000), 0)
    return read_import_file(path, now=instant).events
