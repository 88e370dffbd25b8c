"""The bedside's writer: commits taps in order on its own connection and thread, so the
window never waits on SQLite (DESIGN section 3) and no press is lost while the store is busy."""

from __future__ import annotations

import collections
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, SignalInstance

from hypnic.domain.errors import StoreBusyError, StoreError
from hypnic.domain.events import Event
from hypnic.operations.events import commit_tap
from hypnic.store import Store

RETRY_S = 3.0


class TapWriter(QObject):
    """A queue of taps and the thread that commits them, one transaction each, in order.

    A tap that cannot be written (busy beyond the wait, disk full, read-only) stays at the
    head of the queue and is tried again (at once while the store is only busy, every
    RETRY_S seconds otherwise); the taps behind it wait their turn.

    Signals (delivered on the window's thread):
        saved(Event, Changes): the tap was committed.
        failed(Event, str, bool): the tap could not be written yet; the sentence says why, and
            the flag whether the store was only busy (another program writing to it).
    """

    saved = Signal(object, object)
    failed = Signal(object, str, bool)

    def __init__(self, *, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._queue: collections.deque[Event] = collections.deque()
        self._writing: str | None = None
        self._cond = threading.Condition()
        self._stopping = False
        # Started at the first tap: nothing of it is needed before the window's first paint.
        self._thread: threading.Thread | None = None

    def submit(self, event: Event) -> None:
        """Queue ``event`` to be committed after the taps before it."""
        with self._cond:
            self._queue.append(event)
            self._cond.notify()
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="hypnic-tap-writer", daemon=True
                )
                self._thread.start()

    def cancel(self, event_id: str) -> bool:
        """Take a tap out of the queue before its write began; False when it is being written
        or already written (undo it in the store then)."""
        with self._cond:
            if self._writing == event_id:
                return False
            for event in self._queue:
                if event.id == event_id:
                    self._queue.remove(event)
                    return True
        return False

    def waiting(self) -> int:
        with self._cond:
            return len(self._queue)

    def wait_idle(self, timeout_s: float) -> bool:
        """Block until every queued tap is written (True) or ``timeout_s`` passed (False)."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._queue, timeout=timeout_s)

    def retry_now(self) -> None:
        """Wake the writer to try the held tap again without waiting for its timer."""
        with self._cond:
            self._cond.notify()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Finish what can be written within ``timeout_s``, then end the thread."""
        self.wait_idle(timeout_s)
        with self._cond:
            self._stopping = True
            self._cond.notify()
        if self._thread is not None:
            self._thread.join(timeout=1.0)

    def _run(self) -> None:
        store: Store | None = None
        try:
            while True:
                with self._cond:
                    self._cond.wait_for(lambda: self._queue or self._stopping)
                    if self._stopping:
                        return
                    event = self._queue[0]
                    self._writing = event.id
                try:
                    if store is None:
                        store = open_store(self._database)
                    changes = commit_tap(store, event)
                except StoreBusyError as exc:
                    # SQLite already waited (busy_timeout): say so, and try again at once.
                    self._release(None)
                    self._tell(self.failed, event, str(exc).rstrip("."), True)
                    continue
                except (StoreError, OSError) as exc:
                    self._release(None)
                    self._tell(self.failed, event, _sentence(exc), False)
                    with self._cond:
                        self._cond.wait(timeout=RETRY_S)
                    continue
                self._release(event)
                self._tell(self.saved, event, changes)
        finally:
            if store is not None:
                store.close()

    def _tell(self, signal: SignalInstance, *args: object) -> None:
        """Emit towards the window; once this object is gone (the window closed), stop."""
        try:
            signal.emit(*args)
        except RuntimeError:  # the Qt object was deleted: nobody is listening any more
            with self._cond:
                self._stopping = True

    def _release(self, written: Event | None) -> None:
        with self._cond:
            self._writing = None
            if written is not None and self._queue and self._queue[0].id == written.id:
                self._queue.popleft()
            self._cond.notify_all()


def open_store(database: Path) -> Store:
    """The writer's own connection to the store (opened on the writer's thread)."""
    return Store.open(database.parent, name=database.name)


def _sentence(exc: BaseException) -> str:
    if isinstance(exc, StoreError):
        return str(exc).rstrip(".")
    return f"The store could not be written ({exc})"
