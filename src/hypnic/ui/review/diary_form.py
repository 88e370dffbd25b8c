"""The morning diary form: the Consensus Sleep Diary core questions, in a non-modal window."""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QRegularExpression, Qt
from PySide6.QtGui import QAction, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.diary import QUALITY_WORDS, DiaryEntry, DiaryFigures, parse_clock
from hypnic.domain.errors import InputError
from hypnic.domain.limits import MAX_NOTE
from hypnic.services.diary import MorningDiary

_CLOCK = re.compile(r"^(\d{1,2}):?(\d{2})$")
TIME_FIELDS = ("bed_time", "tried_sleep_time", "final_wake_time", "out_of_bed_time")
NUMBER_FIELDS = ("sleep_latency_min", "awakenings", "wake_after_sleep_onset_min")


def read_clock(text: str, field: str) -> time | None:
    """'23:30', '2330' or '7:05' as a clock time; empty is unanswered."""
    text = text.strip()
    if not text:
        return None
    match = _CLOCK.match(text)
    if match:
        text = f"{int(match.group(1)):02d}:{match.group(2)}"
    return parse_clock(text, field=field)


def figures_text(figures: DiaryFigures) -> str:
    def hours(minutes: int | None) -> str:
        return "—" if minutes is None else f"{minutes // 60} h {minutes % 60:02d} min"

    efficiency = (
        "—" if figures.sleep_efficiency is None else f"{figures.sleep_efficiency * 100:.0f} %"
    )
    return (
        f"Time in bed {hours(figures.time_in_bed_min)} · total sleep "
        f"{hours(figures.total_sleep_min)} · sleep efficiency {efficiency}"
    )


class DiaryForm(QWidget):
    """One night's morning answers; Save checks and stores them, and the derived figures
    (time in bed, total sleep, efficiency) show under the form as the answers are typed."""

    def __init__(self, *, diary: MorningDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._diary = diary
        self._night: date | None = None
        self.setWindowTitle(self.tr("Sleep diary — Hypnic"))
        self.setAccessibleName(self.tr("Sleep diary"))
        self.title = QLabel(self)
        self.title.setAccessibleName(self.tr("Night of the diary"))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)

        form = QFormLayout()
        self.times: dict[str, QLineEdit] = {}
        self.numbers: dict[str, QSpinBox] = {}
        tr = self.tr
        questions = (
            ("bed_time", tr("What time did you get into &bed?")),
            ("tried_sleep_time", tr("What time did you &try to go to sleep?")),
            ("sleep_latency_min", tr("How &long did it take you to fall asleep? (minutes)")),
            ("awakenings", tr("How many times did you &wake up, not counting the final one?")),
            ("wake_after_sleep_onset_min", tr("In total, how long did these &awakenings last?")),
            ("final_wake_time", tr("What time was your &final awakening?")),
            ("out_of_bed_time", tr("What time did you get &out of bed for the day?")),
        )
        for name, question in questions:
            widget = self._time_edit(name) if name in TIME_FIELDS else self._number(name)
            widget.setAccessibleName(question.replace("&", ""))
            form.addRow(question, widget)

        self.quality_group = QButtonGroup(self)
        quality_row = QHBoxLayout()
        for value, word in QUALITY_WORDS.items():
            button = QRadioButton(f"{value} {tr(word)}", self)
            button.setAccessibleName(tr("Sleep quality %1: %2").replace("%1", str(value)).replace(
                "%2", tr(word)))  # fmt: skip
            self.quality_group.addButton(button, value)
            quality_row.addWidget(button)
        self.quality_group.idToggled.connect(lambda *_: self._update_figures())
        form.addRow(tr("How would you rate the quality of your sleep?"), quality_row)
        self.comments = QLineEdit(self)
        self.comments.setMaxLength(MAX_NOTE)
        self.comments.setAccessibleName(tr("Comments"))
        form.addRow(tr("&Comments"), self.comments)

        self.figures = QLabel(self)
        self.figures.setAccessibleName(tr("Derived figures"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Message"))
        self.save_button = QPushButton(tr("&Save answers"), self)
        self.save_button.setAccessibleName(tr("Save the diary answers"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close_button = QPushButton(tr("Close"), self)
        close_button.setAccessibleName(tr("Close the diary"))
        close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.figures)
        layout.addLayout(buttons)
        for keys, slot in (("Ctrl+S", self.save), ("Esc", self.close)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)

    @property
    def night(self) -> date | None:
        return self._night

    def _time_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(self.tr("hh:mm"))
        edit.setMaximumWidth(90)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,2}:?\d{0,2}$")))
        edit.textChanged.connect(self._update_figures)
        edit.returnPressed.connect(self.save)
        self.times[name] = edit
        return edit

    def _number(self, name: str) -> QSpinBox:
        box = QSpinBox(self)
        # The lowest value is "not answered": a blank answer is not a zero.
        box.setRange(-1, 99 if name == "awakenings" else 1440)
        box.setSpecialValueText(self.tr("—"))
        box.setValue(-1)
        box.setMaximumWidth(90)
        box.valueChanged.connect(self._update_figures)
        self.numbers[name] = box
        return box

    def set_night(self, night: date) -> None:
        """Show ``night``'s stored answers."""
        self._night = night
        entry = self._diary.entry(night)
        for name, edit in self.times.items():
            value: time | None = getattr(entry, name)
            edit.setText("" if value is None else f"{value:%H:%M}")
        for name, box in self.numbers.items():
            number: int | None = getattr(entry, name)
            box.setValue(-1 if number is None else number)
        self.quality_group.setExclusive(False)
        for button in self.quality_group.buttons():
            button.setChecked(self.quality_group.id(button) == entry.quality)
        self.quality_group.setExclusive(True)
        self.comments.setText(entry.comments)
        self.title.setText(
            self.tr("How did you sleep? Night of %s")
            % QLocale().toString(QDate(night.year, night.month, night.day), "dddd d MMMM")
        )
        self.message.clear()
        self._update_figures()

    def entry(self) -> DiaryEntry:
        """The answers as typed; InputError names a clock time that cannot be read."""
        assert self._night is not None
        values: dict[str, object] = {
            name: read_clock(edit.text(), name) for name, edit in self.times.items()
        }
        for name, box in self.numbers.items():
            values[name] = None if box.value() < 0 else box.value()
        quality = self.quality_group.checkedId()
        return DiaryEntry(
            self._night,
            quality=None if quality < 0 else quality,
            comments=self.comments.text().strip(),
            **values,  # type: ignore[arg-type]
        )

    def save(self) -> bool:
        try:
            self._diary.save(self.entry())
        except InputError as exc:
            self.message.setText(self.tr("Not saved: %s.") % _field_message(exc))
            bad = self.times.get(exc.field or "") or self.numbers.get(exc.field or "")
            if bad is not None:
                bad.setFocus()
            return False
        self.message.setText(self.tr("Saved."))
        return True

    def _update_figures(self) -> None:
        try:
            figures = self._diary.figures(self.entry())
        except (InputError, AssertionError):
            figures = DiaryFigures()
        self.figures.setText(figures_text(figures))


FIELD_NAMES = {
    "bed_time": "into bed",
    "tried_sleep_time": "tried to sleep",
    "sleep_latency_min": "minutes to fall asleep",
    "awakenings": "times woken",
    "wake_after_sleep_onset_min": "minutes awake",
    "final_wake_time": "final awakening",
    "out_of_bed_time": "out of bed",
}


def _field_message(exc: InputError) -> str:
    field = FIELD_NAMES.get(exc.field or "", (exc.field or "").replace("_", " "))
    return f"{field}: {exc.message}" if field else exc.message
