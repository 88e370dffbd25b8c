"""User preferences kept in an INI file (QSettings), apart from the store's shared settings."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from hypnic.paths import make_private_file

LANGUAGES = ("system", "en", "de", "fr", "es")
SUMMARY_LANGUAGES = ("app", "en", "de", "fr", "es")
TEXT_SCALE_MIN, TEXT_SCALE_MAX = 100, 200
DEFAULT_NIGHT_FROM = time(20, 0)
DEFAULT_NIGHT_TO = time(7, 0)
MAX_SKIPPED_DIARIES = 60


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
        self._set("theme/mode", mode)

    @property
    def night_from(self) -> time:
        return self._time("theme/night_from", DEFAULT_NIGHT_FROM)

    @property
    def night_to(self) -> time:
        return self._time("theme/night_to", DEFAULT_NIGHT_TO)

    def set_night_hours(self, start: time, end: time) -> None:
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

    def is_night_at(self, moment: time) -> bool:
        start, end = self.night_from, self.night_to
        if start <= end:
            return start <= moment < end
        return moment >= start or moment < end

    def _time(self, key: str, default: time) -> time:
        try:
            return time.fromisoformat(str(self._settings.value(key, default.strftime("%H:%M"))))
        except ValueError:
            return default

    def _set(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()
        self.changed.emit()
