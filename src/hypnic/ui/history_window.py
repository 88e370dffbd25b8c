"""The history window: many nights at a glance; a click on a night opens it for review."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from hypnic.services.event_log import EventLog
from hypnic.services.history import HistoryLoader
from hypnic.ui.history_view import HistoryView
from hypnic.ui.theme import Theme

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
        event_log: EventLog,
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh.timeout.connect(self.reload)
        event_log.changed.connect(self._on_log_changed)
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_log_changed(self) -> None:
        if self.isVisible():
            self._refresh.start()
        else:
            self._stale = True
