"""Slow work that touches no store (reading a big file) off the GUI thread, its result handed
back on it: the window keeps painting and closing while it runs.

One piece of work at a time per owner: starting another, or ``cancel()``, drops the result of
the one before (it still runs to its end, but nobody hears it).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from hypnic.domain.errors import HypnicError


class Background(QObject):
    """Runs ``work`` on a worker thread; ``done(result)`` or ``failed(error)`` on the GUI thread.

    A HypnicError (bad input, a file that cannot be read) goes to ``failed``; anything else is
    a bug and is raised on the GUI thread, where the crash handler reports it.
    """

    _finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._token = 0
        self._done: Callable[[Any], None] | None = None
        self._failed: Callable[[HypnicError], None] | None = None
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._done is not None

    def start(
        self,
        work: Callable[[], object],
        *,
        done: Callable[[Any], None],
        failed: Callable[[HypnicError], None],
    ) -> None:
        self._token += 1
        token = self._token
        self._done, self._failed = done, failed

        def run() -> None:
            result: object = None
            error: BaseException | None = None
            try:
                result = work()
            except BaseException as exc:  # handed to the GUI thread, never lost here
                error = exc
            # RuntimeError: the owner is gone (its window closed and deleted): nobody waits.
            with contextlib.suppress(RuntimeError):
                self._finished.emit(token, result, error)

        threading.Thread(target=run, name="hypnic-background", daemon=True).start()

    def cancel(self) -> None:
        """Forget the running work: its result will not be delivered."""
        self._token += 1
        self._done = self._failed = None

    def _deliver(self, token: int, result: object, error: BaseException | None) -> None:
        if token != self._token or self._done is None or self._failed is None:
            return
        done, failed = self._done, self._failed
        self._done = self._failed = None
        if error is None:
            done(result)
        elif isinstance(error, HypnicError):
            failed(error)
        else:
            raise error
