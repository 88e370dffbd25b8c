"""The rest test in progress (DESIGN section 11): when it started, how long it runs, and its
result saved to the night when it ends."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hypnic.domain.clock import Clock
from hypnic.domain.events import Instant
from hypnic.domain.rest_tests import DEFAULT_REST_TEST_MIN, RestTest, RestTestFigures
from hypnic.operations import rest_tests as rest_ops
from hypnic.operations.tonight import night_of_instant
from hypnic.store import Store


class RestTestSession(QObject):
    """One rest test at a time. Its taps are the night's ordinary taps (logged as at the
    bedside); this keeps only its start and planned length, and saves it at the end.

    Signals:
        changed(Changes): a rest test was saved to its night.
    """

    changed = Signal(object)

    def __init__(self, *, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._start: Instant | None = None
        self._planned_min = DEFAULT_REST_TEST_MIN

    @property
    def running(self) -> bool:
        return self._start is not None

    @property
    def planned_min(self) -> int:
        return self._planned_min

    def start(self, planned_min: int) -> Instant:
        self._start = self._clock.now()
        self._planned_min = planned_min
        return self._start

    def elapsed_ms(self) -> int:
        if self._start is None:
            return 0
        return max(0, self._clock.now().utc_ms - self._start.utc_ms)

    def remaining_ms(self) -> int:
        return max(0, self._planned_min * 60_000 - self.elapsed_ms())

    def so_far(self) -> RestTestFigures | None:
        """The result as it stands (taps up to now), for the timer's counts."""
        if self._start is None:
            return None
        night = night_of_instant(self._store, self._start)
        test = RestTest("", night, self._start, max(1, self.elapsed_ms()), self._planned_min)
        return rest_ops.rest_test_result(self._store, test)

    def finish(self) -> RestTestFigures:
        """Save the test (stopped early: its real length) and return its result."""
        if self._start is None:
            raise RuntimeError("no rest test is running")
        start, self._start = self._start, None
        test, changes = rest_ops.save_rest_test(
            self._store, self._clock, start=start, planned_min=self._planned_min
        )
        self.changed.emit(changes)
        return rest_ops.rest_test_result(self._store, test)
