"""The review's row of night-level facts: when the symptoms began, wind-down start,
lights-out, the quiet mark ("nothing tonight") and the night's note."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from hypnic.domain.events import Instant, NightRecord
from hypnic.domain.limits import MAX_NOTE
from hypnic.services.night_review import NightReview, wall_time
from hypnic.ui.common.clock_time_field import ClockTimeField

# Runs one service call that may take a typed time (the editor's: it asks on a DST fold and
# shows a refusal as one sentence); True when it was done.
Attempt = Callable[[Callable[[int | None], object]], bool]


class NightRecordRow(QWidget):
    """Two optional clock times and a note, each saved when Enter is pressed or it is left
    (empty: not recorded). A refused time shows the stored one again, through ``reload``.

    Signals are those of its fields: ``winddown_field.refused`` and ``lights_out_field.refused``
    carry the sentence for a text that is not a time.
    """

    def __init__(
        self,
        *,
        review: NightReview,
        night: date,
        attempt: Attempt,
        reload: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._review = review
        self._night = night
        self._attempt = attempt
        self._reload = reload
        tr = self.tr
        self.symptoms_field = ClockTimeField(tr("Symptoms started"), optional=True, parent=self)
        self.symptoms_field.entered.connect(self._on_symptoms_field_entered)
        self.quiet_button = QPushButton(tr("Nothing tonight"), self)
        self.quiet_button.setCheckable(True)
        self.quiet_button.setAccessibleName(tr("Quiet night: nothing happened"))
        self.quiet_button.clicked.connect(self._on_quiet_button_clicked)
        self.winddown_field = ClockTimeField(tr("Wind-down start"), optional=True, parent=self)
        self.winddown_field.entered.connect(self._on_winddown_field_entered)
        self.lights_out_field = ClockTimeField(tr("Lights-out"), optional=True, parent=self)
        self.lights_out_field.entered.connect(self._on_lights_out_field_entered)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setAccessibleName(tr("Note for the night"))
        self.note_edit.setPlaceholderText(tr("Note for the night (caffeine, a late meal…)"))
        self.note_edit.editingFinished.connect(self._on_note_edit_editing_finished)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, field in (
            (tr("S&ymptoms from"), self.symptoms_field),
            (tr("&Wind-down started"), self.winddown_field),
            (tr("&Lights out"), self.lights_out_field),
            (tr("N&ote"), self.note_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field, 1 if field is self.note_edit else 0)
            if field is not self.note_edit:
                row.addSpacing(12)
            if field is self.lights_out_field:
                row.addWidget(self.quiet_button)
                row.addSpacing(12)

    def set_night(self, night: date) -> None:
        self._night = night

    def show_record(self, record: NightRecord) -> None:
        """Show what is stored, except over what the person is typing."""
        self.symptoms_field.show_stored(_clock_time(record.symptoms_from))
        self._show_quiet(record)
        self.winddown_field.show_stored(_clock_time(record.winddown))
        self.lights_out_field.show_stored(_clock_time(record.lights_out))
        if not (self.note_edit.hasFocus() and self.note_edit.isModified()):
            self.note_edit.setText(record.note)

    def keep_typed(self) -> bool:
        """Save what is typed but not yet saved (before another night is shown, and when the
        window closes or the app quits). False when something typed was refused."""
        kept = True
        for field in (self.symptoms_field, self.winddown_field, self.lights_out_field):
            if field.isModified():
                kept = field.finish() and kept
        if self.note_edit.isModified():
            kept = self._on_note_edit_editing_finished() and kept
        return kept

    def _show_quiet(self, record: NightRecord) -> None:
        """Checked while the night counts as quiet; a mark outweighed by taps says so."""
        taps = self._review.self_taps(record.night)
        self.quiet_button.setChecked(record.quiet and not taps)
        if record.quiet and taps:
            self.quiet_button.setText(self.tr("Marked quiet, not quiet: %n tap(s)", "", taps))
            self.quiet_button.setToolTip(
                self.tr(
                    "Taps were logged after the night was marked quiet, so it does not count "
                    "as quiet. Click to remove the mark."
                )
            )
        else:
            self.quiet_button.setText(
                self.tr("✓ Nothing tonight") if record.quiet else self.tr("Nothing tonight")
            )
            self.quiet_button.setToolTip(
                self.tr("A night with taps cannot be quiet.")
                if taps
                else self.tr("Mark the night quiet: used, and nothing happened.")
            )
        # A night with taps can lose its mark, but not be marked.
        self.quiet_button.setEnabled(record.quiet or not taps)

    def _on_quiet_button_clicked(self) -> None:
        night = self._night
        on = not self._review.record(night).quiet
        self._attempt(lambda _fold: self._review.set_quiet(night, on))
        self._reload()

    def _on_symptoms_field_entered(self, value: time | None) -> None:
        night = self._night
        if not self._attempt(lambda fold: self._review.set_symptoms_from(night, value, fold)):
            self._reload()

    def _on_winddown_field_entered(self, value: time | None) -> None:
        night = self._night
        if not self._attempt(lambda fold: self._review.set_winddown(night, value, fold)):
            self._reload()  # show what is stored again, not the refused time

    def _on_lights_out_field_entered(self, value: time | None) -> None:
        night = self._night
        if not self._attempt(lambda fold: self._review.set_lights_out(night, value, fold)):
            self._reload()

    def _on_note_edit_editing_finished(self) -> bool:
        text = self.note_edit.text()
        night = self._night
        if text.strip() != self._review.record(night).note and not self._attempt(
            lambda _fold: self._review.set_note(night, text)
        ):
            return False  # refused (too long): the text stays, with the sentence
        self.note_edit.setModified(False)
        return True


def _clock_time(instant: Instant | None) -> time | None:
    return None if instant is None else wall_time(instant.local_ms).replace(microsecond=0)
