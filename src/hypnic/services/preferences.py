"""User preferences kept in an INI file (QSettings), apart from the store's shared settings."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from hypnic.domain.events import Instant
from hypnic.domain.reminders import DEFAULT_WINDDOWN_AT, ReminderSettings
from hypnic.domain.theme_schedule import (
    DAY,
    NIGHT,
    ThemeOverride,
    is_night_at,
    next_switch,
    theme_at,
)
from hypnic.paths import make_private_file

LANGUAGES = ("system", "en", "de", "fr", "es")
SUMMARY_LANGUAGES = ("app", "en", "de", "fr", "es")
TEXT_SCALE_MIN, TEXT_SCALE_MAX = 100, 200
DEFAULT_NIGHT_FROM = time(20, 0)
DEFAULT_NIGHT_TO = time(7, 0)
MAX_SKIPPED_DIARIES = 60
# How the bedside window opens: as it was last closed, maximised, or full screen.
WINDOW_STARTS = ("as_last", "maximised", "full_screen")


class Preferences(QObject):
    """Theme, night hours, dimmer, languages and text size, in ``hypnic.ini`` under the config
    folder.

    Signals:
        changed(): any preference changed.
    """

    changed = Signal()

    def __init__(self, *, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # QSettings keeps the mode of the file it rewrites: made private first, it stays so.
        make_private_file(path)
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def theme_mode(self) -> str:
        """'auto' (night theme in the night hours), 'night' or 'day'."""
        value = str(self._settings.value("theme/mode", "auto"))
        return value if value in ("auto", "night", "day") else "auto"

    def set_theme_mode(self, mode: str) -> None:
        # A mode chosen in the settings replaces any theme chosen by hand for tonight.
        self._settings.remove("theme/override")
        self._settings.remove("theme/override_until")
        self._set("theme/mode", mode)

    @property
    def theme_override(self) -> ThemeOverride | None:
        """A theme chosen with the top-bar button in Automatic mode, and until when it holds."""
        theme = str(self._settings.value("theme/override", ""))
        try:
            until = int(str(self._settings.value("theme/override_until", "")))
        except ValueError:
            return None
        return ThemeOverride(theme, until) if theme in (NIGHT, DAY) else None

    def override_theme(self, theme: str, now: Instant) -> ThemeOverride:
        """Show ``theme`` until the next automatic switch after ``now`` (Automatic mode)."""
        override = ThemeOverride(theme, next_switch(now, self.night_from, self.night_to))
        self._settings.setValue("theme/override", override.theme)
        self._set("theme/override_until", override.until_utc_ms)
        return override

    def clear_theme_override(self) -> None:
        """Back to the night hours now (the undo of the top-bar button)."""
        self._settings.remove("theme/override")
        self._settings.remove("theme/override_until")
        self._settings.sync()
        self.changed.emit()

    def theme_at(self, now: Instant) -> str:
        """The theme to show at ``now`` ("night" or "day"); an override that has run out is
        forgotten here, so the next night starts dark again."""
        override = self.theme_override
        if override is not None and not override.holds_at(now):
            self._settings.remove("theme/override")
            self._settings.remove("theme/override_until")
            self._settings.sync()
            override = None
        return theme_at(
            now, mode=self.theme_mode, start=self.night_from, end=self.night_to,
            override=override,
        )  # fmt: skip

    @property
    def night_from(self) -> time:
        return self._time("theme/night_from", DEFAULT_NIGHT_FROM)

    @property
    def night_to(self) -> time:
        return self._time("theme/night_to", DEFAULT_NIGHT_TO)

    def set_night_hours(self, start: time, end: time) -> None:
        self._settings.remove("theme/override")
        self._settings.remove("theme/override_until")
        self._settings.setValue("theme/night_from", start.strftime("%H:%M"))
        self._set("theme/night_to", end.strftime("%H:%M"))

    @property
    def dimmer(self) -> int:
        """How much the bedside window is darkened, 0 (none) to 80 percent."""
        try:
            return max(0, min(80, int(str(self._settings.value("theme/dimmer", 0)))))
        except ValueError:
            return 0

    def set_dimmer(self, percent: int) -> None:
        self._set("theme/dimmer", max(0, min(80, percent)))

    @property
    def window_start(self) -> str:
        """How the bedside window opens: "as_last", "maximised" or "full_screen"."""
        value = str(self._settings.value("window/start", "as_last"))
        return value if value in WINDOW_STARTS else "as_last"

    def set_window_start(self, start: str) -> None:
        self._set("window/start", start if start in WINDOW_STARTS else "as_last")

    @property
    def language(self) -> str:
        """The window's language: "system" (the desktop's) or a code; read at start."""
        value = str(self._settings.value("language/app", "system"))
        return value if value in LANGUAGES else "system"

    def set_language(self, choice: str) -> None:
        self._set("language/app", choice if choice in LANGUAGES else "system")

    @property
    def summary_language(self) -> str:
        """The summary's language: "app" (the window's) or a code (DESIGN section 8)."""
        value = str(self._settings.value("language/summary", "app"))
        return value if value in SUMMARY_LANGUAGES else "app"

    def set_summary_language(self, choice: str) -> None:
        self._set("language/summary", choice if choice in SUMMARY_LANGUAGES else "app")

    @property
    def text_scale(self) -> int:
        """Text size in percent of the desktop's font, 100 to 200."""
        try:
            value = int(str(self._settings.value("display/text_scale", TEXT_SCALE_MIN)))
        except ValueError:
            return TEXT_SCALE_MIN
        return max(TEXT_SCALE_MIN, min(TEXT_SCALE_MAX, value))

    def set_text_scale(self, percent: int) -> None:
        self._set("display/text_scale", max(TEXT_SCALE_MIN, min(TEXT_SCALE_MAX, percent)))

    @property
    def high_contrast(self) -> bool:
        """The high-contrast variant of the night and day themes."""
        return str(self._settings.value("display/high_contrast", "false")).lower() == "true"

    def set_high_contrast(self, on: bool) -> None:
        self._set("display/high_contrast", "true" if on else "false")

    @property
    def window_geometry(self) -> QByteArray | None:
        """The bedside window's last geometry (window state, kept apart from preferences)."""
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.sync()

    def diary_skipped(self, night: date) -> bool:
        """True when the morning diary was skipped for ``night``."""
        return night.isoformat() in self._skipped_diaries()

    def skip_diary(self, night: date) -> None:
        """Remember that the person skipped the morning diary of ``night`` (recent ones kept)."""
        nights = sorted({*self._skipped_diaries(), night.isoformat()})[-MAX_SKIPPED_DIARIES:]
        self._set("diary/skipped", " ".join(nights))

    def _skipped_diaries(self) -> list[str]:
        return [n for n in str(self._settings.value("diary/skipped", "")).split() if n]

    @property
    def reminders(self) -> ReminderSettings:
        """The opt-in reminders (off unless the person switched them on)."""
        return ReminderSettings(
            enabled=self._flag("reminders/enabled", False),
            winddown_at=self._time("reminders/winddown_at", DEFAULT_WINDDOWN_AT),
            diary=self._flag("reminders/diary", True),
        )

    def set_reminders(self, settings: ReminderSettings) -> None:
        self._settings.setValue("reminders/enabled", settings.enabled)
        self._settings.setValue("reminders/winddown_at", settings.winddown_at.strftime("%H:%M"))
        self._set("reminders/diary", settings.diary)

    def _flag(self, key: str, default: bool) -> bool:
        value = self._settings.value(key, default)
        return value if isinstance(value, bool) else str(value).lower() == "true"

    def is_night_at(self, moment: time) -> bool:
        return is_night_at(moment, self.night_from, self.night_to)

    def _time(self, key: str, default: time) -> time:
        try:
            return time.fromisoformat(str(self._settings.value(key, default.strftime("%H:%M"))))
        except ValueError:
            return default

    def _set(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()
        self.changed.emit()
