"""Reads the whole history from the store as plain data for the history charts."""

from __future__ import annotations

from PySide6.QtCore import QObject

from hypnic.domain.history import HistoryData, build_history
from hypnic.store import Store


class HistoryLoader(QObject):
    """Builds HistoryData (per-night counts, raster minutes, intervals) from the store."""

    def __init__(self, *, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def load(self) -> HistoryData:
        store = self._store
        return build_history(
            store.events.between_nights(None, None, day_boundary=store.settings.day_boundary),
            store.nights.between(None, None),
            store.kinds.all(),
            store.settings.day_boundary,
        )
