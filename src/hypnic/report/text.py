"""The summary's own language: one translator and one locale for every word and number it prints.

The summary may be in another language than the window (DESIGN section 8: the patient picks it
for the doctor), so it never uses the application's installed translators: ``SummaryLanguage``
loads ``resources/translations/hypnic_<lang>.qm`` into its own QTranslator and asks it in the
context "Summary". A language without its file, or a sentence its file lacks, reads in English.

Every sentence lives in ``report.words.Summary`` (a subclass) and is marked with ``self.tr(…)``
inside a class named ``Summary``: that is the form Qt's ``pyside6-lupdate`` reads, giving the
context "Summary" and, with a count as the third argument, a plural (numerus) message.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QTranslator

from hypnic.resources import resource_path

CONTEXT = "Summary"
ENGLISH = "en"
# The languages `hypnic report --language` and the summary window offer (DESIGN sections 5, 10).
LANGUAGES = ("en", "de", "fr", "es")
_PLACEHOLDER = re.compile(r"%(\d)")
_NUMBER = re.compile(r"%L?n")


def translations_dir() -> Path:
    return resource_path("translations")


class SummaryLanguage:
    """Translation and number, date and clock formatting in one language.

    ``language`` is one of LANGUAGES; ``folder`` holds the ``hypnic_<lang>.qm`` files (the
    packaged translations by default). Without a file for the language the summary is English
    throughout, dates and numbers too, so no sentence mixes two languages' conventions.
    """

    def __init__(self, language: str = ENGLISH, *, folder: Path | None = None) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"no summary language {language!r}; choose one of {LANGUAGES}")
        self._translator: QTranslator | None = None
        if language != ENGLISH:
            translator = QTranslator()
            if translator.load(f"hypnic_{language}", str(folder or translations_dir())):
                self._translator = translator
        # An English file may exist too (plural forms); it is used when found.
        elif (folder or translations_dir()).joinpath("hypnic_en.qm").is_file():
            translator = QTranslator()
            if translator.load("hypnic_en", str(folder or translations_dir())):
                self._translator = translator
        self.requested = language
        self.language = language if language == ENGLISH or self._translator else ENGLISH
        self.locale = QLocale(self.language)

    @property
    def translated(self) -> bool:
        """Whether a translation file was found for the language asked for."""
        return self.requested == ENGLISH or self._translator is not None

    # -- translation ---------------------------------------------------------------------

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``source`` in the summary's language; with ``n`` >= 0 a plural chosen by ``n``,
        its ``%n`` replaced by ``n`` in the locale's digits.

        An English plural reads "(s)" as nothing for one and "s" for any other number
        ("%n night(s)": "1 night", "2 nights"), unless an English file says otherwise.
        """
        text = ""
        if self._translator is not None:
            text = self._translator.translate(CONTEXT, source, disambiguation, n) or ""
        if not text:
            text = source
            if n >= 0:
                text = text.replace("(s)", "" if n == 1 else "s")
        if n >= 0:
            text = _NUMBER.sub(lambda _m: self.integer(n), text)
        return text

    def fill(self, text: str, *values: str) -> str:
        """Qt-style ``%1`` … ``%9`` placeholders replaced in one pass (a value holding "%2"
        stays as it is)."""

        def value(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            return values[index] if 0 <= index < len(values) else match.group(0)

        return _PLACEHOLDER.sub(value, text)

    # -- numbers ---------------------------------------------------------------------------

    def integer(self, value: int) -> str:
        return self.locale.toString(int(value))

    def number(self, value: float, digits: int = 1) -> str:
        """``value`` with ``digits`` decimals in the locale's digits and separators."""
        return self.locale.toString(float(value), "f", digits)

    def count(self, value: float) -> str:
        """A count or a median of counts: whole, or to one decimal when it is a half (a
        median of an even number of nights; rounding it away would misstate it)."""
        rounded = round(value, 1)
        if rounded == int(rounded):
            return self.integer(int(rounded))
        return self.number(rounded, 1)

    # -- dates and times -------------------------------------------------------------------

    def date(self, day: date, pattern: str) -> str:
        """``day`` by a QLocale date ``pattern`` (month and day names in the language)."""
        return self.locale.toString(QDate(day.year, day.month, day.day), pattern)

    def clock(self, minute_of_night: float) -> str:
        """A clock time from minutes since 18:00 of the night (past midnight wraps)."""
        minutes = round(minute_of_night) + 18 * 60
        return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
