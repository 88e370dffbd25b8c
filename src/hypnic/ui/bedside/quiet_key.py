"""N at the bedside: "nothing tonight". No dialog, a confirmation line, undone like a tap."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from hypnic.domain.errors import InputError, StoreError
from hypnic.domain.events import Event
from hypnic.services.night_marks import NightMarks
from hypnic.ui.bedside.key_repeat import repeat_guard
from hypnic.ui.bedside.main_window import MainWindow


class QuietKey(QObject):
    """Marks tonight quiet on N, and puts "Not quiet any more: " before the line of the tap
    that ends a quiet night (the mark stays stored: undoing that tap makes the night quiet
    again, and the analysis counts the night as not quiet while it has a tap)."""

    def __init__(self, window: MainWindow, marks: NightMarks) -> None:
        super().__init__(window)
        self._window = window
        self._marks = marks
        self._repeats = repeat_guard(window)
        self.action = QAction(self.tr("Nothing tonight (quiet night)"), window)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_N))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setAutoRepeat(False)
        self.action.triggered.connect(self._on_action_triggered)
        window.addAction(self.action)
        window.panel.set_tap_prefix(self.tap_prefix)

    def _on_action_triggered(self) -> None:
        if not self._repeats.last_press_was_repeat():
            self.mark_quiet()

    def mark_quiet(self) -> None:
        panel = self._window.panel
        try:
            self._marks.mark_tonight_quiet()
        except InputError:
            taps = self._marks.self_taps(self._marks.tonight())
            panel.show_confirmation(
                self.tr(
                    "Not marked quiet: tonight already has %n tap(s). Undo them first "
                    "(Backspace) if they were mistakes.",
                    "",
                    max(taps, 1),
                )
            )
            return
        except (StoreError, OSError) as exc:
            panel.show_problem(self.tr("Quiet night not saved: %s.") % str(exc).rstrip("."))
            return
        panel.show_confirmation(self.tr("Quiet night: nothing tonight"))

    def tap_prefix(self, event: Event) -> str:
        return self.tr("Not quiet any more: ") if self._marks.ends_quiet(event) else ""


def install_quiet_key(window: MainWindow, marks: NightMarks) -> QuietKey:
    return QuietKey(window, marks)
