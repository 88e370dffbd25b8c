"""Settings for reading the window: its language, the summary's language, text size, contrast.

The language is read once at start (every window takes its words when it is made); the text
size and the high-contrast theme apply at once (DESIGN section 10).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from hypnic.languages import ENDONYMS, SUPPORTED, Catalogue, resolve
from hypnic.services.preferences import (
    LANGUAGES,
    SUMMARY_LANGUAGES,
    TEXT_SCALE_MAX,
    TEXT_SCALE_MIN,
    Preferences,
)


class LanguageAndDisplay(QGroupBox):
    """Language, summary language, text size and high contrast, each saved when chosen."""

    def __init__(self, *, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefs = preferences
        self.setTitle(self.tr("Language and display"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)

        self.language = QComboBox(self)
        self.language.addItem(
            self.tr("The desktop's language (%1)").replace("%1", ENDONYMS[resolve("system")]),
            "system",
        )
        for code in SUPPORTED:
            self.language.addItem(ENDONYMS[code], code)
        self.language.setAccessibleName(self.tr("Language of Hypnic"))
        form.addRow(self.tr("&Language"), self.language)
        self.language_note = QLabel(self)
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)

        self.summary_language = QComboBox(self)
        self.summary_language.addItem(self.tr("The same as Hypnic's"), "app")
        for code in SUPPORTED:
            self.summary_language.addItem(ENDONYMS[code], code)
        self.summary_language.setAccessibleName(self.tr("Language of the doctor's summary"))
        form.addRow(self.tr("Su&mmary language"), self.summary_language)

        self.text_size = QSpinBox(self)
        self.text_size.setRange(TEXT_SCALE_MIN, TEXT_SCALE_MAX)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setKeyboardTracking(False)
        self.text_size.setAccessibleName(self.tr("Text size, percent of the desktop's"))
        form.addRow(self.tr("Te&xt size"), self.text_size)

        self.high_contrast = QCheckBox(self.tr("&High contrast (night and day themes)"), self)
        self.high_contrast.setAccessibleName(self.tr("High contrast"))
        form.addRow("", self.high_contrast)

        self.show_values()
        self._started_in = preferences.language
        self.language.activated.connect(self._on_language_activated)
        self.summary_language.activated.connect(self._on_summary_language_activated)
        self.text_size.valueChanged.connect(preferences.set_text_scale)
        self.high_contrast.toggled.connect(preferences.set_high_contrast)
        preferences.changed.connect(self.show_values)

    def show_values(self) -> None:
        prefs = self._prefs
        for combo, value in (
            (self.language, prefs.language),
            (self.summary_language, prefs.summary_language),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.text_size.blockSignals(True)
        self.text_size.setValue(prefs.text_scale)
        self.text_size.blockSignals(False)
        self.high_contrast.blockSignals(True)
        self.high_contrast.setChecked(prefs.high_contrast)
        self.high_contrast.blockSignals(False)
        self._show_language_note()

    def _show_language_note(self) -> None:
        chosen = self._prefs.language
        if chosen == getattr(self, "_started_in", chosen):
            self.language_note.hide()
            return
        code = resolve(chosen)
        note = self.tr("Hypnic will speak %1 from its next start.")
        # Said in the language chosen too: the person may not read the one shown now.
        theirs = Catalogue(code).text(
            "LanguageAndDisplay", "Hypnic will speak %1 from its next start."
        )
        lines = dict.fromkeys(text.replace("%1", ENDONYMS[code]) for text in (note, theirs))
        self.language_note.setText("\n".join(lines))
        self.language_note.show()

    def _on_language_activated(self, index: int) -> None:
        choice = str(self.language.itemData(index))
        self._prefs.set_language(choice if choice in LANGUAGES else "system")

    def _on_summary_language_activated(self, index: int) -> None:
        choice = str(self.summary_language.itemData(index))
        self._prefs.set_summary_language(choice if choice in SUMMARY_LANGUAGES else "app")
