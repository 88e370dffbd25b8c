"""The morning diary form: the Consensus Sleep Diary core questions, in a non-modal window.

Nothing typed is thrown away. Answers are saved as they are given (each time one is finished:
Enter, or leaving it) and when the form closes (Escape, Close, the window's own close), with
no question asked: a drowsy patient who presses Escape means "I am done", not "throw it away",
and a "Discard changes?" box at 7 am is one more thing to get wrong. Answers that cannot be
saved as they stand (a time that is not one, times out of order) are kept as a draft of that
night, shown again with the reason when the form is reopened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
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

from hypnic.domain.diary import QUALITY_MAX, QUALITY_MIN, QUALITY_WORDS, DiaryEntry, DiaryFigures
from hypnic.domain.errors import InputError
from hypnic.domain.limits import MAX_NOTE
from hypnic.services.diary import MorningDiary
from hypnic.ui.common.clock_time_field import ClockTimeField
from hypnic.ui.common.close_keys import add_close_keys
from hypnic.ui.common.locale_text import long_date, minutes, percent
from hypnic.ui.common.theme import mark_problem
from hypnic.ui.common.wrapping import wrapped
from hypnic.words import quality_word

TIME_FIELDS = ("bed_time", "tried_sleep_time", "final_wake_time", "out_of_bed_time")
NUMBER_FIELDS = ("sleep_latency_min", "awakenings", "wake_after_sleep_onset_min")
NOT_ANSWERED = -1  # a spin box's lowest value: a blank answer is not a zero
_LOWER_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)
_HIGHER_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)


def figures_text(figures: DiaryFigures) -> str:
    return (
        QCoreApplication.translate(
            "DiaryForm", "Time in bed %1 · total sleep %2 · sleep efficiency %3"
        )
        .replace("%1", minutes(figures.time_in_bed_min))
        .replace("%2", minutes(figures.total_sleep_min))
        .replace("%3", percent(figures.sleep_efficiency))
    )


@dataclass(frozen=True, slots=True)
class _Draft:
    """A night's answers exactly as typed, kept while they cannot be saved."""

    times: dict[str, str]
    numbers: dict[str, int]
    quality: int
    comments: str
    problem: str


class DiaryForm(QWidget):
    """One night's morning answers, kept as they are typed (see the module's note); the
    derived figures (time in bed, total sleep, efficiency) show under the form as they come.

    Keys: Tab moves between answers; the arrow keys (or 1–5) choose the sleep quality; Enter
    or Ctrl+S saves; Escape or Ctrl+W closes, keeping the answers.
    """

    def __init__(self, *, diary: MorningDiary, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._diary = diary
        self._night: date | None = None
        self._drafts: dict[date, _Draft] = {}
        self._loading = False
        self.setWindowTitle(self.tr("Sleep diary — Hypnic"))
        self.setAccessibleName(self.tr("Sleep diary"))
        self.title = QLabel(self)
        self.title.setAccessibleDescription(self.tr("Night of the diary"))
        self.title.setObjectName("windowTitle")
        wrapped(self.title)

        form = QFormLayout()
        # A long question (another language, large text) puts its answer on the next line.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.times: dict[str, ClockTimeField] = {}
        self.numbers: dict[str, QSpinBox] = {}
        tr = self.tr
        short_names = {
            "bed_time": tr("Into bed"),
            "tried_sleep_time": tr("Tried to sleep"),
            "final_wake_time": tr("Final awakening"),
            "out_of_bed_time": tr("Out of bed"),
        }
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
            widget: QWidget
            if name in TIME_FIELDS:
                widget = self._time_field(name, short_names[name])
            else:
                widget = self._number(name)
            widget.setAccessibleName(question.replace("&", ""))
            form.addRow(question, widget)

        self.quality_group = QButtonGroup(self)
        quality_row = QHBoxLayout()
        for value in QUALITY_WORDS:
            word = quality_word(value)
            button = QRadioButton(f"{value} {word}", self)
            button.setAccessibleName(
                tr("Sleep quality %1: %2").replace("%1", str(value)).replace("%2", word)
            )
            button.installEventFilter(self)
            self.quality_group.addButton(button, value)
            quality_row.addWidget(button)
        self.quality_group.idToggled.connect(self._on_quality_toggled)
        form.addRow(tr("How would you rate the quality of your sleep?"), quality_row)
        self.comments = QLineEdit(self)
        self.comments.setMaxLength(MAX_NOTE)
        self.comments.setAccessibleName(tr("Comments"))
        self.comments.editingFinished.connect(self._keep)
        self.comments.returnPressed.connect(self.save)
        form.addRow(tr("&Comments"), self.comments)

        self.figures = QLabel(self)
        self.figures.setAccessibleDescription(tr("Derived figures"))
        wrapped(self.figures)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(tr("Message"))
        self.save_button = QPushButton(tr("&Save answers"), self)
        self.save_button.setAccessibleName(tr("Save the diary answers"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close_button = QPushButton(tr("Close"), self)
        close_button.setAccessibleName(tr("Close the diary, keeping the answers"))
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
        save = QAction(self)
        save.setShortcut(QKeySequence("Ctrl+S"))
        save.triggered.connect(self.save)
        self.addAction(save)
        add_close_keys(self)

    @property
    def night(self) -> date | None:
        return self._night

    def _time_field(self, name: str, short_name: str) -> ClockTimeField:
        field = ClockTimeField(short_name, optional=True, parent=self)
        field.textChanged.connect(self._update_figures)
        field.entered.connect(self._keep)
        field.refused.connect(self._show_problem)
        field.returnPressed.connect(self.save)
        self.times[name] = field
        return field

    def _number(self, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(NOT_ANSWERED, 99 if name == "awakenings" else 1440)
        box.setSpecialValueText(self.tr("—"))
        box.setValue(NOT_ANSWERED)
        box.setMaximumWidth(90)
        box.valueChanged.connect(self._update_figures)
        box.editingFinished.connect(self._keep)
        self.numbers[name] = box
        return box

    # -- showing a night ----------------------------------------------------------------------

    def set_night(self, night: date) -> None:
        """Show ``night``'s answers: its draft when one was kept, else what is stored.

        What was typed for the night shown before is kept first."""
        if self._night is not None:
            self._keep()
        self._night = night
        draft = self._drafts.get(night)
        self._loading = True
        if draft is not None:
            self._show_draft(draft)
        else:
            self._show_entry(self._diary.entry(night))
        self._loading = False
        self.title.setText(self.tr("How did you sleep? Night of %s") % long_date(night))
        if draft is not None:
            self._show_problem(self.tr("Not saved yet: %s.") % draft.problem)
        else:
            self.message.clear()
        self._update_figures()

    def _show_entry(self, entry: DiaryEntry) -> None:
        for name, field in self.times.items():
            value: time | None = getattr(entry, name)
            field.set_value(value)
        for name, box in self.numbers.items():
            number: int | None = getattr(entry, name)
            box.setValue(NOT_ANSWERED if number is None else number)
        self._check_quality(entry.quality)
        self.comments.setText(entry.comments)

    def _show_draft(self, draft: _Draft) -> None:
        for name, field in self.times.items():
            field.set_value(None)
            field.setText(draft.times[name])
        for name, box in self.numbers.items():
            box.setValue(draft.numbers[name])
        self._check_quality(None if draft.quality < 0 else draft.quality)
        self.comments.setText(draft.comments)

    def _check_quality(self, quality: int | None) -> None:
        self.quality_group.setExclusive(False)
        for button in self.quality_group.buttons():
            button.setChecked(self.quality_group.id(button) == quality)
        self.quality_group.setExclusive(True)

    # -- reading and keeping ------------------------------------------------------------------

    def entry(self, *, partial: bool = False) -> DiaryEntry:
        """The answers as typed; InputError (its field the answer's name) for a time that is
        not one, or, with ``partial``, that time left out (for the figures while typing)."""
        assert self._night is not None
        values: dict[str, object] = {}
        for name, field in self.times.items():
            if partial:
                values[name] = field.reading()
                continue
            try:
                values[name] = field.value()
            except InputError as exc:
                raise InputError(exc.message, field=name) from None
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
        """Save the answers now (Save, Enter, Ctrl+S); False when they cannot be saved."""
        if self._keep(force=True):
            mark_problem(self.message, False)
            self.message.setText(self.tr("Saved."))
            return True
        return False

    def _keep(self, *, force: bool = False) -> bool:
        """Save what changed, or keep it as this night's draft; False when kept as a draft."""
        night = self._night
        if night is None or self._loading:
            return True
        for box in self.numbers.values():
            box.interpretText()  # a number typed but not yet finished counts
        try:
            entry = self.entry()
            if force or entry != self._diary.entry(night):
                self._diary.save(entry)
        except InputError as exc:
            problem = _problem_text(exc, self)
            self._drafts[night] = self._draft(problem)
            self._show_problem(self.tr("Not saved yet: %s.") % problem)
            widget = self.times.get(exc.field or "") or self.numbers.get(exc.field or "")
            if widget is not None and self.isVisible() and force:
                widget.setFocus()
            return False
        self._drafts.pop(night, None)
        if self.message.property("problem"):
            mark_problem(self.message, False)
            self.message.clear()
        return True

    def _draft(self, problem: str) -> _Draft:
        return _Draft(
            times={name: field.text() for name, field in self.times.items()},
            numbers={name: box.value() for name, box in self.numbers.items()},
            quality=self.quality_group.checkedId(),
            comments=self.comments.text(),
            problem=problem,
        )

    def _show_problem(self, text: str) -> None:
        mark_problem(self.message, True)
        self.message.setText(text)

    # -- Qt events ----------------------------------------------------------------------------

    def keep_typed(self) -> bool:
        """Save the answers as typed, or keep them as the night's draft (on closing, and when
        the app quits with the form open); False when kept as a draft."""
        focused = self.focusWidget()
        if isinstance(focused, ClockTimeField):
            focused.finish()
        return self._keep()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.keep_typed()
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The arrow keys (and 1-5) choose the quality, from none chosen as well.
        if (
            isinstance(watched, QRadioButton)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            chosen = self._quality_for_key(event)
            if chosen is not None:
                button = self.quality_group.button(chosen)
                button.setChecked(True)
                button.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _quality_for_key(self, event: QKeyEvent) -> int | None:
        current = self.quality_group.checkedId()
        key = event.key()
        if key in _LOWER_KEYS:
            return QUALITY_MIN if current < 0 else max(QUALITY_MIN, current - 1)
        if key in _HIGHER_KEYS:
            return QUALITY_MIN if current < 0 else min(QUALITY_MAX, current + 1)
        if event.text().isdigit() and QUALITY_MIN <= int(event.text()) <= QUALITY_MAX:
            return int(event.text())
        return None

    def _on_quality_toggled(self, _id: int, checked: bool) -> None:
        self._update_figures()
        if checked:
            self._keep()

    def _update_figures(self) -> None:
        try:
            figures = self._diary.figures(self.entry(partial=True))
        except (InputError, AssertionError):
            figures = DiaryFigures()
        self.figures.setText(figures_text(figures))


def _problem_text(exc: InputError, form: DiaryForm) -> str:
    """One sentence for a refused answer: a time field's own sentence already names it."""
    if exc.field in TIME_FIELDS and form.times[exc.field].refusal() == exc.message:
        return exc.message
    names = {
        "bed_time": QCoreApplication.translate("DiaryForm", "into bed"),
        "tried_sleep_time": QCoreApplication.translate("DiaryForm", "tried to sleep"),
        "sleep_latency_min": QCoreApplication.translate("DiaryForm", "minutes to fall asleep"),
        "awakenings": QCoreApplication.translate("DiaryForm", "times woken"),
        "wake_after_sleep_onset_min": QCoreApplication.translate("DiaryForm", "minutes awake"),
        "final_wake_time": QCoreApplication.translate("DiaryForm", "final awakening"),
        "out_of_bed_time": QCoreApplication.translate("DiaryForm", "out of bed"),
        "quality": QCoreApplication.translate("DiaryForm", "sleep quality"),
        "comments": QCoreApplication.translate("DiaryForm", "comments"),
    }
    field = names.get(exc.field or "", (exc.field or "").replace("_", " "))
    return f"{field}: {exc.message}" if field else exc.message
