"""What the summary window reads: the period a summary covers and its nights as plain data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject

from hypnic.domain.clock import Clock
from hypnic.domain.period import Period, PeriodData, SummaryRequest
from hypnic.operations import settings as settings_ops
from hypnic.operations.exchange import write_document
from hypnic.operations.period import read_summary, summary_period
from hypnic.operations.tonight import tonight
from hypnic.store import Store


class SummarySource(QObject):
    """Reads a summary's period and data by the same operation as `hypnic report`."""

    def __init__(self, *, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock

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
        """Write a drawn summary atomically to ``path``."""
        write_document(path, pdf)

    def read(self, request: SummaryRequest) -> tuple[Period, PeriodData]:
        return read_summary(self._store, request, today=self.tonight())
