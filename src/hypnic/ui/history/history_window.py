"""The history window: many nights at a glance; a click on a night opens it for review."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from hypnic.domain.changes import Changes
from hypnic.services.history import HistoryLoader
from hypnic.ui.common.theme import Theme
from hypnic.ui.history.comparison_view import ComparisonView
from hypnic.ui.history.history_view import HistoryView

# Taps arrive one by one; re-read the history once they settle, not after each.
REFRESH_DELAY_MS = 400


class HistoryWindow(QWidget):
    """A non-modal window around HistoryView that re-reads the store when it changes.

    Signals:
        night_activated(date): the person clicked a night to open it.
    """

    night_activated = Signal(object)

    def __init__(
        self,
        *,
        loader: HistoryLoader,
        theme: Theme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._loader = loader
        self._stale = True
        self.setWindowTitle(self.tr("History — Hypnic"))
        self.setAccessibleName(self.tr("History of nights"))
        self.view = HistoryView(theme, self)
        self.view.night_activated.connect(self.night_activated)
        self.comparison = ComparisonView(self)
        self.view.range_changed.connect(self._show_comparison)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(self.comparison)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh.timeout.connect(self.reload)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        self.addAction(close)
        self.resize(1100, 760)

    def set_theme(self, theme: Theme) -> None:
        self.view.set_theme(theme)

    def reload(self) -> None:
        self._stale = False
        self.view.set_history(self._loader.load())
        self._show_comparison()

    def _show_comparison(self, *_args: object) -> None:
        """Compare medications over the nights in the chosen range."""
        rows = self.view.history.rows
        shown = rows if self.view.range is None else rows[: self.view.range]
        if not shown:
            return
        comparisons = self._loader.comparison(shown[-1].night, shown[0].night)
        self.comparison.set_comparison(comparisons, self.view.history.kinds)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def on_changes(self, changes: Changes) -> None:
        """Re-read (soon, once for a burst) when some night changed."""
        if not (changes.any_night or changes.kinds):
            return
        if self.isVisible():
            self._refresh.start()
        else:
            self._stale = True
