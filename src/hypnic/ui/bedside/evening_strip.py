"""The bedside's evening row: the bedtime dose (D), and tonight's tags, note and when the
symptoms began (T), inline."""

from __future__ import annotations

import time as _time
from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.bedside_keys import BedsideAction
from hypnic.domain.errors import AmbiguousTimeError, InputError, StoreError
from hypnic.domain.events import Instant
from hypnic.domain.limits import MAX_NOTE
from hypnic.domain.medications import Dose
from hypnic.services.evening import EveningContext
from hypnic.services.medications import DoseLog
from hypnic.services.night_marks import NightMarks
from hypnic.ui.bedside.key_repeat import repeat_guard
from hypnic.ui.bedside.shortcut_keys import bedside_keys
from hypnic.ui.common import locale_text
from hypnic.ui.common.clock_time_field import ClockTimeField
from hypnic.ui.common.locale_text import clock

MAX_TAG_BUTTONS_PER_ROW = 8
# A second press of D this soon after "already logged" logs another dose.
ASK_AGAIN_S = 10.0
# A text field of the strip lets go after this long without typing: keys log taps again.
TYPING_PAUSE_MS = 30_000


def dose_text(doses: list[Dose] | tuple[Dose, ...]) -> str:
    """'Clonazepam 0.5 mg, Gabapentin 300 mg' for the confirmation line."""
    return ", ".join(_capital(locale_text.dose_text(d)) for d in doses)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _dose_clock(dose: Dose) -> str:
    return clock(dose.local_ms // 1000)


class TagToggles(QWidget):
    """One checkable button per tag for one night; each toggle is saved at once.

    Signals:
        message(str): something to tell the person (a refused tag name).
    """

    message = Signal(str)

    def __init__(self, *, evening: EveningContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._evening = evening
        self._night: date | None = None
        self._buttons: dict[str, QToolButton] = {}
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(6)
        self.new_tag = QLineEdit(self)
        self.new_tag.setPlaceholderText(self.tr("+ your own tag"))
        self.new_tag.setAccessibleName(self.tr("Add a tag of your own"))
        self.new_tag.setMaximumWidth(180)
        self.new_tag.returnPressed.connect(self._on_new_tag_return_pressed)
        evening.changed.connect(self.refresh)

    def buttons(self) -> dict[str, QToolButton]:
        return dict(self._buttons)

    def set_night(self, night: date) -> None:
        self._night = night
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the buttons when the tag list changed; check the night's tags."""
        if self._night is None:
            return
        tags = self._evening.tags()
        if [t.key for t in tags] != list(self._buttons):
            self._rebuild([(t.key, t.label) for t in tags])
        on = set(self._evening.night_tags(self._night))
        labels = {t.key: t.label for t in tags}
        for key, button in self._buttons.items():
            button.blockSignals(True)
            button.setChecked(key in on)
            button.blockSignals(False)
            # A tick, not only a colour, says "on" (dim night theme, grey print of screenshots).
            button.setText(("✓ " if key in on else "") + labels[key])

    def _rebuild(self, tags: list[tuple[str, str]]) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            inner = item.layout() if item is not None else None
            if inner is not None:
                while inner.count():
                    inner.takeAt(0)
        for button in self._buttons.values():
            button.deleteLater()
        self._buttons.clear()
        row = QHBoxLayout()
        for i, (key, label) in enumerate(tags):
            if i and i % MAX_TAG_BUTTONS_PER_ROW == 0:
                row.addStretch(1)
                self._rows.addLayout(row)
                row = QHBoxLayout()
            button = QToolButton(self)
            button.setCheckable(True)
            button.setText(label)
            button.setAccessibleName(self.tr("Tag: %s") % label)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.toggled.connect(lambda on, k=key: self._on_tag_toggled(k, on))
            row.addWidget(button)
            self._buttons[key] = button
        row.addWidget(self.new_tag)
        row.addStretch(1)
        self._rows.addLayout(row)

    def _on_tag_toggled(self, key: str, on: bool) -> None:
        if self._night is not None:
            self._evening.set_tag(self._night, key, on)

    def _on_new_tag_return_pressed(self) -> None:
        try:
            self._evening.add_tag(self.new_tag.text(), night=self._night)
        except InputError as exc:
            self.message.emit(self.tr("Tag not added: %s.") % exc.message)
            return
        self.new_tag.clear()


class EveningStrip(QWidget):
    """A quiet row under the tap buttons: "Bedtime dose (D)" and "Tonight… (T)"; the latter
    reveals tonight's tags and a one-line note in place (no dialog ever opens at the bedside).

    Signals:
        message(str): a line for the bedside confirmation (rich text, may hold an Undo link).
        done(): the person finished with the strip; focus may go back to the tap buttons.
    """

    message = Signal(str)
    done = Signal()

    def __init__(
        self,
        *,
        doses: DoseLog,
        evening: EveningContext,
        marks: NightMarks | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._doses = doses
        self._evening = evening
        self._marks = marks
        self._again_until = 0.0
        self.dose_button = QPushButton(self.tr("Bedtime dose (D)"), self)
        self.dose_button.setAccessibleName(self.tr("Log the usual bedtime doses now"))
        self.dose_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.dose_button.clicked.connect(self.log_bedtime_dose)
        self.tonight_button = QToolButton(self)
        self.tonight_button.setText(self.tr("Tonight… (T)"))
        self.tonight_button.setAccessibleName(
            self.tr("Tags, note and when the symptoms began, for tonight")
        )
        self.tonight_button.setCheckable(True)
        self.tonight_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tonight_button.toggled.connect(self._on_tonight_button_toggled)
        self.summary = QLabel(self)
        self.summary.setObjectName("nightTitle")
        self.summary.setAccessibleDescription(self.tr("Tonight's tags"))

        self.tags = TagToggles(evening=evening, parent=self)
        self.tags.message.connect(self.message)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setAccessibleName(self.tr("Note for tonight"))
        self.note_edit.setPlaceholderText(self.tr("Note for tonight (Enter saves)"))
        self.note_edit.editingFinished.connect(self._on_note_edit_editing_finished)
        self.note_edit.returnPressed.connect(self.done)
        # Letters typed here are not taps: Escape leaves the field, and so does a pause, so a
        # drowsy person who forgot the cursor there does not type taps into the note.
        self._typing_pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing_pause.timeout.connect(self._on_typing_pause_timeout)
        for field in (self.note_edit, self.tags.new_tag):
            field.installEventFilter(self)
            field.textEdited.connect(lambda _text: self._typing_pause.start())
        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        if marks is not None:
            details.addLayout(self._build_symptoms_row())
        details.addWidget(self.tags)
        details.addWidget(self.note_edit)
        self.details.hide()

        row = QHBoxLayout()
        row.addWidget(self.dose_button)
        row.addWidget(self.tonight_button)
        row.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 16, 10)
        layout.addWidget(self.details)
        layout.addLayout(row)

        self._repeats = repeat_guard(self)
        self.dose_action = self._action(
            self.tr("Bedtime dose"), BedsideAction.BEDTIME_DOSE, self.log_bedtime_dose
        )
        self.tonight_action = self._action(
            self.tr("Tags and note for tonight"), BedsideAction.TONIGHT, self.tonight_button.toggle
        )
        evening.changed.connect(self.refresh)
        doses.changed.connect(self.refresh)
        if marks is not None:
            marks.changed.connect(self.refresh)
        self.refresh()

    def _build_symptoms_row(self) -> QHBoxLayout:
        """ "My symptoms started at [20:15] [Now]": the evening onset of restless legs."""
        self.symptoms_field = ClockTimeField(
            self.tr("Symptoms started at"), optional=True, parent=self
        )
        self.symptoms_field.entered.connect(self._on_symptoms_field_entered)
        self.symptoms_field.refused.connect(self.message)
        self.symptoms_now = QPushButton(self.tr("Now"), self)
        self.symptoms_now.setAccessibleName(self.tr("My symptoms started now"))
        self.symptoms_now.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.symptoms_now.clicked.connect(self.symptoms_started_now)
        label = QLabel(self.tr("&Symptoms started at"), self)
        label.setBuddy(self.symptoms_field)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.symptoms_field)
        row.addWidget(self.symptoms_now)
        row.addStretch(1)
        return row

    def symptoms_started_now(self) -> None:
        if self._marks is None:
            return
        try:
            at = self._marks.symptoms_now()
        except (InputError, StoreError, OSError) as exc:
            self.message.emit(self.tr("Not saved: %s.") % str(exc).rstrip("."))
            return
        self.message.emit(self.tr("Symptoms started at %s") % _clock(at))

    def _on_symptoms_field_entered(self, value: time | None) -> None:
        if self._marks is None:
            return
        try:
            # A typed time at the bedside is tonight's; in a fold, the later one (it is past).
            self._marks.set_symptoms_from(self._evening.tonight(), value)
        except AmbiguousTimeError:
            self._marks.set_symptoms_from(self._evening.tonight(), value, 1)
        except (InputError, StoreError, OSError) as exc:
            self.message.emit(self.tr("Not saved: %s.") % str(exc).rstrip("."))
            self.refresh()
            return
        if value is not None:
            minute = value.hour * 60 + value.minute
            self.message.emit(self.tr("Symptoms started at %s") % clock(minute * 60))

    def _action(self, text: str, key: BedsideAction, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(bedside_keys(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setAutoRepeat(False)
        # Held D logs the doses once: setAutoRepeat misses X11's later repeats (see key_repeat).
        action.triggered.connect(lambda: None if self._repeats.last_press_was_repeat() else slot())
        self.addAction(action)
        return action

    def refresh(self) -> None:
        night = self._evening.tonight()
        self.tags.set_night(night)
        if not self.note_edit.hasFocus():
            self.note_edit.setText(self._evening.note(night))
        labels = [self._evening.label(k) for k in self._evening.night_tags(night)]
        doses = self._doses.of_night(night)
        parts = [dose_text(doses)] if doses else []
        if self._marks is not None:
            record = self._marks.record(night)
            onset = record.symptoms_from
            if not self.symptoms_field.hasFocus():
                self.symptoms_field.show_stored(_wall(onset))
            if onset is not None:
                parts.append(self.tr("symptoms from %s") % _clock(onset))
            if self._marks.is_quiet(night):
                parts.append(self.tr("quiet night"))
        parts += labels
        self.summary.setText(" · ".join(parts))

    def log_bedtime_dose(self) -> None:
        """Log the usual bedtime doses now; when tonight has them already, the first press
        asks (inline: no dialog at the bedside) and a second one within a moment logs."""
        already = self._doses.bedtime_doses(self._doses.tonight())
        if already and _time.monotonic() > self._again_until:
            self._again_until = _time.monotonic() + ASK_AGAIN_S
            self.message.emit(
                self.tr("Bedtime dose already logged at %s — press D again to log another.")
                % _dose_clock(already[-1])
            )
            return
        self._again_until = 0.0
        try:
            doses = self._doses.log_bedtime()
        except (StoreError, OSError) as exc:
            # Nothing was written (one transaction): say so plainly; D can simply be pressed again.
            self.message.emit(
                self.tr("Bedtime dose NOT saved (%s): press D again.") % str(exc).rstrip(".")
            )
            return
        if not doses:
            self.message.emit(
                self.tr(
                    "No usual bedtime dose is set yet: Menu → Kinds and settings → "
                    "Medications, tick “Usual bedtime dose”."
                )
            )
            return
        # The bedside's Undo button beside this line names what it takes back.
        self.message.emit(f"{dose_text(doses)} · {_dose_clock(doses[0])}")

    def _on_tonight_button_toggled(self, on: bool) -> None:
        self.details.setVisible(on)
        if on:
            self.refresh()
            buttons = list(self.tags.buttons().values())
            (buttons[0] if buttons else self.note_edit).setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.done.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.note_edit, self.tags.new_tag):
            if event.type() == QEvent.Type.FocusIn:
                self._typing_pause.start()
            elif (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape
            ):
                self._leave_field()
                return True
        return super().eventFilter(watched, event)

    def _on_typing_pause_timeout(self) -> None:
        if self.note_edit.hasFocus() or self.tags.new_tag.hasFocus():
            self._leave_field()

    def _leave_field(self) -> None:
        """Back to the taps; the note is kept as typed (saved as the field lets go)."""
        in_note = self.note_edit.hasFocus()
        self._typing_pause.stop()
        self.done.emit()
        self.message.emit(
            self.tr("Note kept. Keys log taps again.") if in_note
            else self.tr("Keys log taps again.")
        )  # fmt: skip

    def _on_note_edit_editing_finished(self) -> None:
        self._evening.set_note(self._evening.tonight(), self.note_edit.text())


def _wall(at: Instant | None) -> time | None:
    if at is None:
        return None
    minutes = at.local_ms // 60_000 % 1440
    return time(minutes // 60, minutes % 60)


def _clock(at: Instant) -> str:
    """As the dose's time is written: the locale's clock ("19:30", "7:30 PM")."""
    return clock(at.local_ms // 1000)
