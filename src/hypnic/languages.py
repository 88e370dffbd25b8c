"""The languages Hypnic speaks (DESIGN section 10): which one the window uses, its translators,
and a catalogue in any language for the doctor's summary, whose language may differ.

Translations are Qt Linguist files: ``resources/translations/hypnic_<code>.ts`` in the source,
``.qm`` beside them in the package (``make translations`` rebuilds both). The command line's
own messages stay English (scripts parse them); only its summary is translated.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from hypnic.resources import resource_path

if TYPE_CHECKING:
    # Made on first use (PySide builds a type's enums then): English, the default, needs none.
    from PySide6.QtCore import QTranslator

SOURCE_LANGUAGE = "en"
SUPPORTED: tuple[str, ...] = ("en", "de", "fr", "es")
# Each language by its own name, as a language menu shows it to someone who reads only that one.
ENDONYMS: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}
SYSTEM = "system"


def qm_path(code: str) -> Path:
    return resource_path("translations", f"hypnic_{code}.qm")


def system_language() -> str:
    """The first of the desktop's preferred languages that Hypnic speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return SOURCE_LANGUAGE


def resolve(choice: str) -> str:
    """A language setting ("system" or a code) as the code to use."""
    return choice if choice in SUPPORTED else system_language()


def locale_for(code: str) -> QLocale:
    """Dates, times and numbers: the desktop's own locale when it speaks ``code`` (so a Swiss
    German keeps de_CH), else the language's main one."""
    system = QLocale.system()
    wanted = QLocale(code)
    return system if system.language() == wanted.language() else wanted


def install(app: QCoreApplication, choice: str) -> str:
    """Install the translators of ``choice`` (a code or "system") into ``app`` and make its
    locale the default for every date and number shown; returns the code used.

    Call before any window is built: a window takes its words when it is made.
    """
    code = resolve(choice)
    QLocale.setDefault(locale_for(code))
    if code == SOURCE_LANGUAGE:
        return code
    for translator in (_load(qm_path(code), app), _qt_translator(code, app)):
        if translator is not None:
            app.installTranslator(translator)
    return code


class Catalogue:
    """The words of one language, looked up without installing them: the summary may be in
    another language than the window.

    ``text(context, source, disambiguation, n)`` returns the translation, or the source when
    there is none, with ``%n`` replaced by ``n`` written in that language's locale, as
    ``QCoreApplication.translate`` does for the window.
    """

    def __init__(self, code: str) -> None:
        self.code = code if code in SUPPORTED else SOURCE_LANGUAGE
        self.locale = QLocale(self.code)
        self._translator = None if self.code == SOURCE_LANGUAGE else _load(qm_path(self.code))

    def text(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = None
        if self._translator is not None:
            found = self._translator.translate(context, source, disambiguation, n)
        result = found or source
        if n >= 0:
            result = result.replace("%Ln", self.locale.toString(n)).replace("%n", str(n))
        return result


def _load(path: Path, parent: QCoreApplication | None = None) -> QTranslator | None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator(parent)
    return translator if translator.load(str(path)) else None


def _qt_translator(code: str, app: QCoreApplication) -> QTranslator | None:
    """Qt's own words (the buttons of a question box, a text field's menu) in ``code``."""
    from PySide6.QtCore import QLibraryInfo

    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        folders.append(Path(PySide6.__file__).parent / "Qt" / "translations")
    except ImportError:  # pragma: no cover - PySide6 is why we are here
        pass
    for folder in folders:
        translator = _load(folder / f"qtbase_{code}.qm", app)
        if translator is not None:
            return translator
    return None
