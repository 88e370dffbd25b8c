"""The night's timeline beside its figures, as one panel of the review window."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QWidget

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
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(330)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Figures of the night"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(scroll)
        self.timeline.event_clicked.connect(self.event_clicked)

    def set_night(self, data: NightTimelineData) -> None:
        self.timeline.set_night(data)
        self.figures.set_figures(data.figures, list(data.kinds))

    def set_theme(self, theme: Theme) -> None:
        self.timeline.set_theme(theme)
        self.figures.set_theme(theme)

    def select_event(self, event_id: str | None) -> None:
        self.timeline.select_event(event_id)
