"""The bedside's theme and dimmer: the night hours, a theme chosen by hand for tonight, the keys."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from hypnic.domain.clock import Clock
from hypnic.domain.events import Instant
from hypnic.domain.theme_schedule import DAY as DAY_MODE
from hypnic.domain.theme_schedule import NIGHT as NIGHT_MODE
from hypnic.services.preferences import Preferences
from hypnic.ui.common.theme import Theme, theme_for

DIMMER_STEP = 10


class ThemeControl(QObject):
    """Which theme the bedside shows, and the top-bar button's words for it.

    In Automatic mode the button (and Ctrl+T) chooses the other theme until the next automatic
    switch, not for ever; pressed again it goes back to the night hours at once. In a fixed
    mode ("always night", "always day") it switches that mode, as the person chose it.

    Signals:
        theme_changed(Theme): the theme to show changed.
    """

    theme_changed = Signal(object)

    def __init__(
        self, *, preferences: Preferences, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._prefs = preferences
        self._clock = clock
        self._theme = self.wanted()

    @property
    def theme(self) -> Theme:
        return self._theme

    def wanted(self) -> Theme:
        mode = NIGHT_MODE if self._prefs.theme_at(self._clock.now()) == NIGHT_MODE else DAY_MODE
        return theme_for(mode, high_contrast=self._prefs.high_contrast)

    def refresh(self) -> None:
        """Follow the preferences and the clock (called on a change and every minute)."""
        theme = self.wanted()
        if theme is not self._theme:
            self._theme = theme
            self.theme_changed.emit(theme)

    def toggle(self) -> None:
        """The top-bar button: the other theme for now, or back to automatic."""
        other = DAY_MODE if self._theme.name == NIGHT_MODE else NIGHT_MODE
        if self._prefs.theme_mode != "auto":
            self._prefs.set_theme_mode(other)
        elif self._override_holds():
            self._prefs.clear_theme_override()
        else:
            self._prefs.override_theme(other, self._clock.now())

    def brighter(self) -> None:
        self._prefs.set_dimmer(self._prefs.dimmer - DIMMER_STEP)

    def darker(self) -> None:
        self._prefs.set_dimmer(self._prefs.dimmer + DIMMER_STEP)

    def button_words(self) -> tuple[str, str]:
        """The button's text and its accessible name, saying what a press does."""
        override = self._prefs.theme_override
        if self._prefs.theme_mode == "auto" and override is not None and self._override_holds():
            until = _wall_clock(Instant(override.until_utc_ms, self._clock.now().offset_min))
            if self._theme.name == DAY_MODE:
                text = self.tr("Day theme until %s · Undo") % until
                name = self.tr("Day theme until %s; press to go back to the night theme now")
            else:
                text = self.tr("Night theme until %s · Undo") % until
                name = self.tr("Night theme until %s; press to go back to the day theme now")
            return text, name % until
        if self._theme.name == NIGHT_MODE:
            return self.tr("Day theme"), self.tr("Switch to the day theme for now")
        return self.tr("Night theme"), self.tr("Switch to the night theme for now")

    def _override_holds(self) -> bool:
        override = self._prefs.theme_override
        return override is not None and override.holds_at(self._clock.now())


def _wall_clock(at: Instant) -> str:
    moment = datetime.fromtimestamp(at.local_ms / 1000, UTC)
    return f"{moment.hour:02d}:{moment.minute:02d}"
