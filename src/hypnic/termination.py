"""SIGTERM and SIGHUP (logout, shutdown, `kill`) reach the window as a Qt signal.

Python runs a signal handler only when the interpreter gets control, and a Qt event loop that
waits for input never gives it: the handler would run at the next key press, or never. So the
signal number is written to a pipe (``signal.set_wakeup_fd``) whose ``QSocketNotifier`` wakes
the loop, and ``terminated`` is emitted there, on the GUI thread, where the window's own state
(taps held unsaved) can be read safely.
"""

from __future__ import annotations

import contextlib
import os
import signal

from PySide6.QtCore import QObject, QSocketNotifier, Signal

# The signals that end a session: a plain `kill`, and the terminal or session going away.
ENDING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class TerminationWatch(QObject):
    """Turns SIGTERM and SIGHUP into ``terminated(int)`` on the Qt event loop.

    Signals:
        terminated(int): an ending signal arrived (its number); emitted once.
    """

    terminated = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done = False
        # A pipe, not a socket pair: the same wakeup on Linux without importing ``socket``.
        self._reader, self._writer = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        self._previous_fd = signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
        self._previous = {sig: signal.signal(sig, _noted) for sig in ENDING}
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    def _on_notifier_activated(self) -> None:
        try:
            numbers = os.read(self._reader, 64)
        except OSError:
            return
        ending = [n for n in numbers if n in ENDING]
        if ending and not self._done:
            self._done = True
            self.terminated.emit(ending[0])

    def close(self) -> None:
        """Put the previous handlers back (the process is about to end its event loop)."""
        self._notifier.setEnabled(False)
        for sig, handler in self._previous.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(sig, handler)
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(self._previous_fd)
        os.close(self._reader)
        os.close(self._writer)


def _noted(signum: int, frame: object) -> None:
    """The Python-level handler: the number already went to the wakeup pipe."""
