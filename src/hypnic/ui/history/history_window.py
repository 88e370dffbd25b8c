"""The history window: many nights at a glance; a click on a night (or its date and Enter)
opens it for review."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.changes import Changes
from hypnic.services.history import HistoryLoader
from hypnic.ui.common.close_keys import add_close_keys
from hypnic.ui.common.theme import Theme
from hypnic.ui.common.window_fit import size_to_screen
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
        layout.addLayout(self._open_row())
        layout.addWidget(split)
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh.timeout.connect(self.reload)
        add_close_keys(self)
        size_to_screen(self, 1100, 760)

    def _open_row(self) -> QHBoxLayout:
        """A night opened from the keyboard: its date, then Enter (a click on the charts does
        the same with the mouse)."""
        self.night_edit = QDateEdit(self)
        self.night_edit.setDisplayFormat("ddd d MMM yyyy")
        self.night_edit.setCalendarPopup(True)
        self.night_edit.setAccessibleName(self.tr("Night to open"))
        self.night_edit.installEventFilter(self)
        label = QLabel(self.tr("&Open the night of"), self)
        label.setBuddy(self.night_edit)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the night chosen"))
        self.open_button.clicked.connect(self.open_chosen_night)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.night_edit)
        row.addWidget(self.open_button)
        row.addStretch(1)
        return row

    def open_chosen_night(self) -> None:
        value = self.night_edit.date()
        self.night_activated.emit(date(value.year(), value.month(), value.day()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.night_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_chosen_night()
            return True
        return super().eventFilter(watched, event)

    def set_theme(self, theme: Theme) -> None:
        self.view.set_theme(theme)

    def reload(self) -> None:
        self._stale = False
        self.view.set_history(self._loader.load())
        self._show_comparison()
        rows = self.view.history.rows
        if rows:
            # Only nights that exist: the oldest shown to the newest (never after tonight).
            oldest, newest = rows[-1].night, rows[0].night
            self.night_edit.setDateRange(_qdate(oldest), _qdate(newest))
            if not self.night_edit.hasFocus():
                self.night_edit.setDate(_qdate(newest))

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


def _qdate(night: date) -> QDate:
    return QDate(night.year, night.month, night.day)
