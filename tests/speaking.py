"""A language installed for one test, and everything it changed put back afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from hypnic import languages


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """The application's translators and default locale for ``code`` while inside."""
    app = QCoreApplication.instance()
    assert app is not None
    before = set(app.findChildren(QTranslator))
    locale = QLocale()
    languages.install(app, code)
    try:
        yield
    finally:
        for translator in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(locale)
