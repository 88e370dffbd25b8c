"""What the summary window reads: the period a summary covers and its nights as plain data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject

from hypnic.domain.clock import Clock
from hypnic.domain.errors import InputError
from hypnic.domain.period import Period, PeriodData, SummaryRequest
from hypnic.operations import settings as settings_ops
from hypnic.operations.outputs import output_target, write_output
from hypnic.operations.period import read_summary, summary_period
from hypnic.operations.tonight import tonight
from hypnic.paths import Paths, resolve_paths
from hypnic.store import Store


class SummarySource(QObject):
    """Reads a summary's period and data by the same operation as `hypnic report`."""

    def __init__(
        self, *, store: Store, clock: Clock, paths: Paths | None = None,
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._paths = paths or resolve_paths(store.path.parent)

    @property
    def clock(self) -> Clock:
        return self._clock

    def tonight(self) -> date:
        return tonight(self._store, self._clock)

    def stored_patient_name(self) -> str | None:
        return settings_ops.patient(self._store).name

    def default_period(self) -> Period:
        """The period `hypnic report` covers without dates."""
        return summary_period(self._store, SummaryRequest(), today=self.tonight())

    def save(self, path: Path, pdf: bytes) -> None:
        """Write a drawn summary atomically to ``path``, by the rule every output follows
        (``operations.outputs``: never into Hypnic's folders, onto a link or a device)."""
        target = output_target(str(path), paths=self._paths, field="")
        if target is None:
            raise InputError("- is not a file name", field="")
        write_output(target, pdf, paths=self._paths, field="")

    def read(self, request: SummaryRequest) -> tuple[Period, PeriodData]:
        return read_summary(self._store, request, today=self.tonight())
