"""The history of many nights: the actogram, counts per night and the interval histogram.

Imported lazily, the first time the history is shown: it pulls in pyqtgraph and numpy.
"""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

import PySide6.QtCore  # noqa: F401  (bind pyqtgraph to PySide6 before it is imported)
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.history import EMPTY_HISTORY, HistoryData, NightRow
from hypnic.domain.intervals import AASM_MIN_S, RUN_MAX_S
from hypnic.ui.charts.history_counts import HistoryCounts
from hypnic.ui.charts.history_onset import HistoryOnset
from hypnic.ui.charts.history_raster import HistoryRaster
from hypnic.ui.charts.interval_histogram import IntervalHistogram
from hypnic.ui.charts.text_alternative import set_text_alternative
from hypnic.ui.common.locale_text import clock, integer, medium_date, number
from hypnic.ui.common.theme import Theme
from hypnic.ui.common.wrapping import wrapped

RANGES: tuple[int | None, ...] = (30, 90, 365, None)
DEFAULT_RANGE = 30


class HistoryView(QWidget):
    """Many nights at a glance; a click on a night's row or point opens that night.

    Signals:
        night_activated(date): the ``datetime.date`` of a night that was clicked.
        range_changed(object): the range in nights, or None for all of them.
    """

    night_activated = Signal(object)
    range_changed = Signal(object)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = EMPTY_HISTORY
        self._range: int | None = DEFAULT_RANGE
        self._theme = theme

        self.raster = HistoryRaster(theme)
        self.counts = HistoryCounts(theme)
        self.intervals = IntervalHistogram(theme)
        self.onset = HistoryOnset(theme)
        self.raster.row_clicked.connect(self._on_row_clicked)
        self.counts.row_clicked.connect(self._on_row_clicked)
        self.onset.row_clicked.connect(self._on_row_clicked)

        self._range_group = QButtonGroup(self)
        self._range_group.setExclusive(True)
        bar = QHBoxLayout()
        self._summary = QLabel()
        self._summary.setObjectName("historySummary")
        # Long in some languages and at large text: wrap rather than widen the window.
        wrapped(self._summary)
        bar.addWidget(self._summary, 1)
        bar.addWidget(QLabel(self.tr("Show:")))
        for i, nights in enumerate(RANGES):
            button = QToolButton()
            button.setCheckable(True)
            button.setText(self.tr("%n nights", "", nights) if nights else self.tr("All"))
            button.setAccessibleName(
                self.tr("Show the last %n nights", "", nights) if nights else self.tr("Show all")
            )
            button.setChecked(nights == self._range)
            self._range_group.addButton(button, i)
            bar.addWidget(button)
        self._range_group.idClicked.connect(self._on_range_clicked)

        self._empty = QLabel(self.tr("No nights logged yet. Taps you log at bedtime show here."))
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # The summary's words (report.words), so the screen and the paper say the same.
        self._titles = {
            self.raster: self.tr(
                "When in the night — one row per night, newest on top; boxed: leg run (5–90 s), "
                "dashed box: jerk series"
            ),
            self.counts: self.tr("Taps per night — points: each night; line: 7-night median"),
            self.intervals: self.tr("Intervals between leg taps"),
        }
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setAccessibleName(self.tr("Counts and intervals"))
        lower.addWidget(_titled(self._titles[self.counts], self.counts))
        lower.addWidget(_titled(self._titles[self.intervals], self.intervals))
        self._onset_title = self.tr("Evening symptoms: onset — line: 7-night median")
        self._onset_box = _titled(self._onset_title, self.onset)
        lower.addWidget(self._onset_box)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setStretchFactor(2, 2)
        self._charts = QSplitter(Qt.Orientation.Vertical)
        self._charts.setAccessibleName(self.tr("Charts of the nights"))
        self._charts.addWidget(_titled(self._titles[self.raster], self.raster))
        self._charts.addWidget(lower)
        self._charts.setStretchFactor(0, 3)
        self._charts.setStretchFactor(1, 2)
        self._charts.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self._empty, 1)
        layout.addWidget(self._charts, 1)
        self._show_empty(True)
        self._describe_charts(0)

    # -- public API -----------------------------------------------------------------------

    @property
    def history(self) -> HistoryData:
        return self._data

    @property
    def range(self) -> int | None:
        return self._range

    def set_history(self, data: HistoryData) -> None:
        """Draw new data; the range stays as chosen."""
        self._data = data
        rows = self._rows()
        self.raster.set_history(data, rows)
        self.counts.set_history(data, rows)
        self.intervals.set_history(data, rows)
        self.onset.set_history(data, rows)
        # Only for those who note when their symptoms begin: an empty chart says nothing.
        self._onset_box.setVisible(data.has_onsets)
        self._show_empty(not data.rows)
        self._update_summary()

    def set_range(self, nights: int | None) -> None:
        """Show the last ``nights`` calendar nights, or all of them with None."""
        if nights is not None and nights < 1:
            raise ValueError("a range needs at least one night")
        self._range = nights
        if nights in RANGES:
            button = self._range_group.button(RANGES.index(nights))
            button.setChecked(True)
        else:
            checked = self._range_group.checkedButton()
            if checked is not None:
                self._range_group.setExclusive(False)
                checked.setChecked(False)
                self._range_group.setExclusive(True)
        rows = self._rows()
        self.raster.set_rows(rows)
        self.counts.set_rows(rows)
        self.intervals.set_rows(rows)
        self.onset.set_rows(rows)
        self._update_summary()
        self.range_changed.emit(nights)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        for chart in (self.raster, self.counts, self.intervals, self.onset):
            chart.set_theme(theme)

    # -- private --------------------------------------------------------------------------

    def _rows(self) -> int:
        total = len(self._data.rows)
        return total if self._range is None else min(self._range, total)

    def _on_range_clicked(self, button_id: int) -> None:
        self.set_range(RANGES[button_id])

    def _on_row_clicked(self, row: int) -> None:
        if 0 <= row < len(self._data.rows):
            self.night_activated.emit(self._data.rows[row].night)

    def _show_empty(self, empty: bool) -> None:
        self._empty.setVisible(empty)
        self._charts.setVisible(not empty)

    def _update_summary(self) -> None:
        rows = self._rows()
        self._describe_charts(rows)
        if not rows:
            self._summary.setText("")
            return
        newest = self._data.rows[0].night
        oldest = self._data.rows[rows - 1].night
        quiet = self._data.quiet_nights(rows)
        text = (
            self.tr("%1 – %2: %3 of %4 nights logged, %5 of them quiet (patient-reported taps)")
            if quiet
            else self.tr("%1 – %2: %3 of %4 nights logged (patient-reported taps)")
        )
        self._summary.setText(
            text.replace("%1", medium_date(oldest))
            .replace("%2", medium_date(newest))
            .replace("%3", integer(self._data.logged_nights(rows)))
            .replace("%4", integer(rows))
            .replace("%5", integer(quiet))
        )

    def _describe_charts(self, rows: int) -> None:
        """The charts' figures in sentences, for a screen reader (their text alternatives)."""
        shown = self._data.rows[:rows]
        logged = [row for row in shown if row.logged]
        events = sum(sum(row.counts) for row in shown)
        if shown:
            raster = (
                self.tr(
                    "%1 – %2: %3 of %4 nights logged, %n event(s) in all. Each row is a night, "
                    "newest on top; each mark is a tap at its time of night.",
                    "",
                    events,
                )
                .replace("%1", medium_date(shown[-1].night))
                .replace("%2", medium_date(shown[0].night))
                .replace("%3", integer(len(logged)))
                .replace("%4", integer(rows))
            )
        else:
            raster = self.tr("No nights logged yet.")
        sentences = []
        for k, kind in enumerate(self._data.kinds):
            counts = [row.counts[k] for row in logged]
            if not counts:
                continue
            top = max(counts)
            busiest = next(row.night for row in logged if row.counts[k] == top)
            sentences.append(
                self.tr(
                    "%1: %n event(s) in these nights, a median of %2 per logged night, "
                    "at most %3 (night of %4).",
                    "",
                    sum(counts),
                )
                .replace("%1", kind.label)
                .replace("%2", number(median(counts)))
                .replace("%3", integer(top))
                .replace("%4", medium_date(busiest))
            )
        counts_text = " ".join(sentences) or self.tr("No events in these nights.")
        intervals = [s for row in shown for s in row.intervals_s]
        periodic = sum(1 for s in intervals if AASM_MIN_S <= s <= RUN_MAX_S)
        intervals_text = self.tr(
            "%n interval(s) between leg taps in these nights; %1 of them 5–90 s apart, "
            "where periodic runs fall.",
            "",
            len(intervals),
        ).replace("%1", integer(periodic))
        for chart, text in (
            (self.raster, raster),
            (self.counts, counts_text),
            (self.intervals, intervals_text),
        ):
            set_text_alternative(chart, self._titles[chart], text)
        set_text_alternative(self.onset, self._onset_title, self._onset_text(shown))

    def _onset_text(self, shown: Sequence[NightRow]) -> str:
        """The onset chart in words: how many nights say when the symptoms began, and their
        median clock time."""
        onsets = [row.onset_minute for row in shown if row.onset_minute is not None]
        if not onsets:
            return self.tr("No night in these says when the symptoms began.")
        at = round(median(onsets))
        return self.tr(
            "%n night(s) say when the evening symptoms began; the median is %1.", "", len(onsets)
        ).replace("%1", clock((18 * 60 + at) % 1440 * 60))  # fmt: skip


def _titled(title: str, chart: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.setSpacing(2)
    label = QLabel(title)
    label.setObjectName("chartTitle")
    wrapped(label)
    layout.addWidget(label)
    layout.addWidget(chart, 1)
    return box
