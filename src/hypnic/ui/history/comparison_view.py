"""Did a medication change the nights? Per medication: nights with a dose against without."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.comparison import MedicationComparison
from hypnic.domain.kinds import Kind
from hypnic.ui.common.locale_text import integer, number
from hypnic.ui.common.wrapping import wrapped


class ComparisonView(QWidget):
    """A row per medication: nights with and without a dose, and the median taps per night
    of each kind on both sides; "not enough nights" when a side has fewer than 3."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The summary's words: "with / without", medians of the patient's taps per night.
        self.title = QLabel(self.tr("A dose of each medication: median taps per night, with / "
                                    "without"))  # fmt: skip
        self.title.setObjectName("chartTitle")
        wrapped(self.title)
        self.table = QTableWidget(0, 2, self)
        self.table.setAccessibleName(self.tr("Medication comparison"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.note = QLabel(self)
        wrapped(self.note)
        self.note.setAccessibleDescription(self.tr("About the comparison"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def set_comparison(
        self, comparisons: Sequence[MedicationComparison], kinds: Sequence[Kind]
    ) -> None:
        labels = {k.key: k.label for k in kinds}
        shown = [k for k in dict.fromkeys(m.kind for c in comparisons for m in c.medians)]
        headers = [self.tr("Medication"), self.tr("Nights with / without")]
        headers += [labels.get(k, k) for k in shown]
        if not shown and any(not c.comparable for c in comparisons):
            # Only "not enough nights" to show: its column is named (Qt would number it "3").
            headers.append(self.tr("Taps per night"))
        self.table.clear()
        self.table.clearSpans()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(comparisons))
        for row, comparison in enumerate(comparisons):
            self._cell(row, 0, comparison.medication)
            self._cell(
                row, 1, f"{integer(comparison.nights_with)} · {integer(comparison.nights_without)}"
            )
            if not comparison.comparable:
                self._cell(
                    row,
                    2,
                    self.tr(
                        "not enough nights to compare (need %n on each side)",
                        "",
                        comparison.min_nights,
                    ),
                )
                if len(headers) > 3:
                    self.table.setSpan(row, 2, 1, len(headers) - 2)
                continue
            for column, kind in enumerate(shown, start=2):
                medians = comparison.median(kind)
                if medians is not None:
                    self._cell(
                        row,
                        column,
                        f"{number(medians.with_dose)} · {number(medians.without_dose)}",
                    )
        # As tall as its rows (a few medications), so the charts above keep their room.
        rows_height = sum(self.table.rowHeight(r) for r in range(min(len(comparisons), 6)))
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + rows_height
            + 2 * self.table.frameWidth()
            + 2
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.note.setText(
            self.tr("No doses logged in this period.")
            if not comparisons
            else self.tr(
                "Nights with any record in the period; patient-reported taps, not a trial: "
                "other things change between nights too."
            )
        )

        # A splitter hands out spare height regardless of size policy: cap it at the content.
        self.setMaximumHeight(self.sizeHint().height())

    def _cell(self, row: int, column: int, text: str) -> None:
        if column >= self.table.columnCount():
            self.table.setColumnCount(column + 1)
        self.table.setItem(row, column, QTableWidgetItem(text))
