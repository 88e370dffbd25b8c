"""The one field where a person types a clock time: every typed time in the window uses it."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QSize, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QValidator
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

from hypnic.domain.clock_text import (
    ClockLocale,
    ClockTextError,
    format_clock_text,
    parse_clock_text,
)
from hypnic.domain.errors import InputError

# Wide enough for what people type (a pasted page is refused, not stored).
MAX_TEXT = 32
# Shown with a refused text: vermillion (Okabe–Ito) reads on the night and the day theme.
REFUSED_STYLE = "QLineEdit { border: 2px solid #D55E00; border-radius: 3px; padding: 1px 2px; }"
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Focus that comes back with its window or after a context menu keeps the person's selection:
# selecting all then would let the next key replace a half-typed time.
_KEEP_SELECTION = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)


def desktop_clock_locale() -> ClockLocale:
    """The desktop locale's own way of writing a time (``11:15 PM``, ``23.15``, ``23 h 15``)."""
    locale = QLocale()
    return ClockLocale.from_pattern(
        locale.timeFormat(QLocale.FormatType.ShortFormat), am=locale.amText(), pm=locale.pmText()
    )


class _ClockValidator(QValidator):
    """Acceptable when the text reads as a time; never Invalid, so typing is never blocked
    (a refused text is explained in a sentence when the person tries to finish)."""

    def __init__(self, field: ClockTimeField) -> None:
        super().__init__(field)
        self._field = field

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        ok = self._field.reads(text)
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate, text, pos)


class ClockTimeField(QLineEdit):
    """A clock time as people type it: ``23:15``, ``2315``, ``7:05``, ``23:15:30``, ``715``,
    ``7``, ``11:15 PM`` and the locale's own form (the rule: ``domain.clock_text``).

    The whole text is selected whenever the field takes focus (Tab, click, or from the code),
    so typing replaces it. A readable text is shown back in 24-hour form (``23:15``, or
    ``23:15:30`` where the field shows seconds) as soon as the field is left, so the person
    sees what will be kept; where the field shows no seconds, typed seconds are dropped. Any
    other text is refused with one sentence naming the field, shown by the form around it and
    on the field itself, and nothing is stored. An optional field may be emptied (no time).

    Signals:
        entered(object): Enter, or leaving the field, finished a readable time that differs
            from the one shown before: a ``datetime.time``, or None when emptied (optional).
        refused(str): Enter, or leaving the field, found a text that is not a time: the
            sentence to show (InputError from ``value()`` holds it without its full stop).
    """

    entered = Signal(object)
    refused = Signal(str)

    def __init__(
        self,
        name: str,
        *,
        seconds: bool = False,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._seconds = seconds
        self._optional = optional
        self._locale = desktop_clock_locale()
        self._value: time | None = None
        self._focus_by_mouse = False
        self.setAccessibleName(name)
        self.setMaxLength(MAX_TEXT)
        self.setValidator(_ClockValidator(self))
        # As wide as a time (a stretched field reads as a text box); no clear button: its
        # bright icon glares in the night theme, and the selected text clears with one key.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if optional:
            self.setPlaceholderText(self.tr("not set"))
        else:
            self.setPlaceholderText(self.tr("hh:mm:ss") if seconds else self.tr("hh:mm"))
        self.setToolTip(self._hint())
        self.editingFinished.connect(self._on_editing_finished)
        self.textEdited.connect(self._on_text_edited)

    # -- what it holds ----------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self._name

    def reads(self, text: str) -> bool:
        """Whether ``text`` would be accepted here."""
        if not text.strip():
            return self._optional
        try:
            parse_clock_text(text, locale=self._locale)
        except ClockTextError:
            return False
        return True

    def value(self) -> time | None:
        """The time typed (None: an optional field left empty).

        Raises InputError with the sentence (and marks the field) when the text is not a time.
        """
        text = self.text()
        if not text.strip() and self._optional:
            return None
        try:
            read = parse_clock_text(text, locale=self._locale)
        except ClockTextError:
            sentence = self.refusal()
            assert sentence is not None
            self._show_refused(sentence)
            raise InputError(sentence, field=self._name) from None
        return read if self._seconds else read.replace(second=0)

    def reading(self) -> time | None:
        """The time the text reads as now, or None (empty or not a time); marks nothing, for
        what follows the typing live."""
        try:
            return self.value() if self.reads(self.text()) else None
        except InputError:
            return None

    def set_value(self, value: time | None) -> None:
        """Show a stored time (None: empty); emits nothing."""
        self._value = None if value is None else self._kept(value)
        self.setText("" if self._value is None else self._shown(self._value))
        self._clear_refused()

    def show_stored(self, value: time | None) -> None:
        """Show a stored time unless the person is typing in the field (a reload while they
        type must not replace what they typed)."""
        if not (self.hasFocus() and self.isModified()):
            self.set_value(value)

    def finish(self) -> bool:
        """Finish the typing now, as leaving the field would (before the form closes or moves
        on): enter a changed time, or refuse the text. False when it was refused."""
        if self.refuse():
            return False
        self._on_editing_finished()
        return True

    def refusal(self) -> str | None:
        """The sentence for the text as it stands, or None when it is accepted."""
        text = self.text()
        if self.reads(text):
            return None
        if not text.strip():
            return self.tr("%1: type a time of day, like %2").replace("%1", self._name).replace(
                "%2", self._examples()
            )  # fmt: skip
        return (
            self.tr("%1: “%2” is not a time of day; type it like %3")
            .replace("%1", self._name)
            .replace("%2", text.strip())
            .replace("%3", self._examples())
        )

    def take_focus(self) -> None:
        """Focus the field with its whole text selected (also when it already had focus)."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def refuse(self) -> bool:
        """Show the sentence when the text is not a time; True when it was refused."""
        sentence = self.refusal()
        if sentence is not None:
            self._show_refused(sentence)
        return sentence is not None

    # -- Qt events --------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        sample = "88:88:88 PM" if self._seconds else "88:88 PM"
        metrics = self.fontMetrics()
        text = max(metrics.horizontalAdvance(t) for t in (sample, self.placeholderText()))
        # Room for the frame and its margins, in the text's size.
        width = text + 16 + metrics.averageCharWidth()
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in _KEEP_SELECTION:
            return
        self.selectAll()
        # A click moves the cursor after focus arrives: select again once the click is done.
        self._focus_by_mouse = event.reason() == Qt.FocusReason.MouseFocusReason

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if self._focus_by_mouse:
            self.selectAll()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._focus_by_mouse:
            self._focus_by_mouse = False
            self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A text that is not a time makes Qt swallow Enter silently; say why instead.
        if event.key() in _ENTER_KEYS and self.refuse():
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._focus_by_mouse = False
        if event.reason() not in _KEEP_SELECTION:
            self.refuse()

    # -- inside -----------------------------------------------------------------------------

    def _kept(self, value: time) -> time:
        value = value.replace(microsecond=0)
        return value if self._seconds else value.replace(second=0)

    def _shown(self, value: time) -> str:
        return format_clock_text(value, seconds=self._seconds)

    def _examples(self) -> str:
        first = "23:15:30" if self._seconds else "23:15"
        own = QLocale().toString(QTime(23, 15), QLocale.FormatType.ShortFormat)
        if own.replace("\u202f", " ") not in ("23:15", "23:15:00") and self.reads(own):
            return self.tr("%1, %2 or %3").replace("%1", first).replace("%2", "2315").replace(
                "%3", own.replace("\u202f", " ")
            )  # fmt: skip
        return self.tr("%1 or %2").replace("%1", first).replace("%2", "2315")

    def _hint(self) -> str:
        return self.tr("Type a time like %1").replace("%1", self._examples())

    def _show_refused(self, sentence: str) -> None:
        self.setStyleSheet(REFUSED_STYLE)
        self.setAccessibleDescription(sentence + ".")
        self.setToolTip(sentence + ".")
        self.refused.emit(sentence + ".")

    def _clear_refused(self) -> None:
        if self.styleSheet():
            self.setStyleSheet("")
        self.setAccessibleDescription("")
        self.setToolTip(self._hint())

    def _on_text_edited(self, _text: str) -> None:
        self._clear_refused()

    def _on_editing_finished(self) -> None:
        try:
            value = self.value()
        except InputError:
            return
        shown = "" if value is None else self._shown(value)
        if shown != self.text():
            self.setText(shown)
            if self.hasFocus():
                self.selectAll()  # Enter: the next time typed replaces this one
        self.setModified(False)
        if value != self._value:
            self._value = value
            self.entered.emit(value)
