"""Two nights, from and to, typed as YYYY-MM-DD or picked from a calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

from hypnic.domain.period import Period


class NightRange(QWidget):
    """A first and a last night (neither after tonight)."""

    def __init__(self, *, tonight: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_edit = self._edit(tonight, self.tr("First night"))
        self.last_edit = self._edit(tonight, self.tr("Last night"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, edit in ((self.tr("&From"), self.first_edit), (self.tr("&to"), self.last_edit)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            row.addWidget(label)
            row.addWidget(edit)
        row.addStretch(1)

    def _edit(self, tonight: date, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMaximumDate(_qdate(tonight))
        edit.setAccessibleName(name)
        return edit

    def set_period(self, period: Period) -> None:
        self.first_edit.setDate(_qdate(period.first))
        self.last_edit.setDate(_qdate(period.last))

    def period(self) -> Period | None:
        """The nights chosen, or None when the first is after the last."""
        first, last = _date(self.first_edit.date()), _date(self.last_edit.date())
        return Period(first, last) if first <= last else None


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
