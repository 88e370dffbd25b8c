"""The night's timeline beside its figures, as one panel of the review window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QWidget

from hypnic.ui.charts.night_timeline import NightTimeline, NightTimelineData
from hypnic.ui.common.theme import Theme
from hypnic.ui.review.night_figures import NightFiguresView


class NightCharts(QWidget):
    """Timeline (zoom, pan, hover, align at lights-out) and the figures of the same night.

    Signals:
        event_clicked(str): a point of the timeline was clicked (the event's id).
    """

    event_clicked = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = NightTimeline(theme, self)
        self.figures = NightFiguresView(theme, self)
        scroll = QScrollArea(self)
        scroll.setWidget(self.figures)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Figures of the night"))
        self._scroll = scroll
        # Side by side, the figures as wide as their labels need while the timeline keeps
        # most of the room; at large text the figures scroll rather than squeeze the chart.
        self._split = QSplitter(Qt.Orientation.Horizontal, self)
        self._split.addWidget(self.timeline)
        self._split.addWidget(scroll)
        self._split.setStretchFactor(0, 1)
        self._split.setChildrenCollapsible(False)
        self._sized_by_hand = False
        self._split.splitterMoved.connect(self._on_split_splitter_moved)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._split)
        self.timeline.event_clicked.connect(self.event_clicked)
        # The style sheet (bold headers) and new figures change the width they need.
        self.figures.installEventFilter(self)

    def set_night(self, data: NightTimelineData) -> None:
        self.timeline.set_night(data)
        self.figures.set_figures(data.figures, list(data.kinds))
        self._fit_figures()

    def _fit_figures(self) -> None:
        """Give the figures the width their labels need, up to 45 % of the room."""
        total = self._split.width()
        if self._sized_by_hand or total <= 0:
            return
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        need = self.figures.minimumSizeHint().width() + bar + 4
        wide = min(need, int(total * 0.45))
        self._split.setSizes([total - wide, wide])

    def _on_split_splitter_moved(self, _pos: int, _index: int) -> None:
        self._sized_by_hand = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_figures()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.figures and event.type() == QEvent.Type.LayoutRequest:
            self._fit_figures()
        return False

    def set_theme(self, theme: Theme) -> None:
        self.timeline.set_theme(theme)
        self.figures.set_theme(theme)

    def select_event(self, event_id: str | None) -> None:
        self.timeline.select_event(event_id)
