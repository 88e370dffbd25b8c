"""Reads the history of nights as plain data for the history charts and the comparison."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from hypnic.domain.comparison import MedicationComparison
from hypnic.domain.history import HistoryData, build_history
from hypnic.operations.period import compare_doses, read_period
from hypnic.store import Store
from hypnic.words import shown_kind


class HistoryLoader(QObject):
    """Builds HistoryData (per-night counts, raster minutes, intervals) from the period reader."""

    def __init__(self, *, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def load(self) -> HistoryData:
        data = read_period(self._store, None, None)
        return build_history(
            list(data.events()),
            [n.record for n in data.nights if n.record is not None],
            [shown_kind(k) for k in data.kinds],
            data.day_boundary,
            other_nights=[n.night for n in data.nights],
        )

    def comparison(self, first: date | None, last: date | None) -> tuple[MedicationComparison, ...]:
        """Nights with a dose of each medication against nights without (DESIGN section 6)."""
        return compare_doses(read_period(self._store, first, last))
