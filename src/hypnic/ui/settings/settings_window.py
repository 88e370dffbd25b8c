"""The kinds and settings window: a non-modal window with the kinds and preferences pages."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hypnic.services.day_settings import DaySettings
from hypnic.services.evening import EveningContext
from hypnic.services.kinds import KindCatalog
from hypnic.services.medications import MedicationList
from hypnic.services.patient import PatientDetails
from hypnic.services.preferences import Preferences
from hypnic.services.reminders import Reminders
from hypnic.ui.common.clock_time_field import ClockTimeField
from hypnic.ui.common.close_keys import add_close_keys
from hypnic.ui.common.theme import mark_problem
from hypnic.ui.common.window_fit import size_to_screen
from hypnic.ui.settings.kinds_editor import KindsEditor
from hypnic.ui.settings.language_display import LanguageAndDisplay

if TYPE_CHECKING:
    from hypnic.ui.settings.patient_form import PatientForm
    from hypnic.ui.settings.reminders_page import RemindersPage

THEME_MODES = ("auto", "night", "day")
WINDOW_STARTS = ("as_last", "maximised", "full_screen")


class PreferencesPage(QWidget):
    """Day boundary, theme mode, night-theme hours and the dimmer's default.

    A time is saved when Enter is pressed or its field is left (never half-typed on the way),
    and when the window closes.
    """

    def __init__(
        self, *, preferences: Preferences, day_settings: DaySettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._prefs = preferences
        self._days = day_settings
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)

        self.day_boundary = self._time_field(self.tr("Day boundary"))
        form.addRow(self.tr("&Day boundary"), self.day_boundary)
        explanation = QLabel(self.tr("Events before this time belong to the previous night."))
        form.addRow("", explanation)

        self.theme_mode = QComboBox(self)
        self.theme_mode.addItems(
            [
                self.tr("Automatic (night theme in the hours below)"),
                self.tr("Always night"),
                self.tr("Always day"),
            ]
        )
        self.theme_mode.setAccessibleName(self.tr("Theme"))
        form.addRow(self.tr("&Theme"), self.theme_mode)
        self.night_from = self._time_field(self.tr("Night theme from"))
        form.addRow(self.tr("Night theme &from"), self.night_from)
        self.night_to = self._time_field(self.tr("Night theme until"))
        form.addRow(self.tr("Night theme &until"), self.night_to)

        self.dimmer = QSpinBox(self)
        self.dimmer.setRange(0, 80)
        self.dimmer.setSingleStep(5)
        self.dimmer.setSuffix(" %")
        self.dimmer.setKeyboardTracking(False)
        self.dimmer.setAccessibleName(self.tr("Dimmer, percent darker"))
        form.addRow(self.tr("Di&mmer"), self.dimmer)
        self.window_start = QComboBox(self)
        self.window_start.addItems(
            [self.tr("As it was last closed"), self.tr("Maximised"), self.tr("Full screen")]
        )
        self.window_start.setAccessibleName(self.tr("How the bedside window opens"))
        form.addRow(self.tr("Bedside &window opens"), self.window_start)
        self.language_display = LanguageAndDisplay(preferences=preferences, parent=self)
        form.addRow(self.language_display)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(self.tr("Message"))
        form.addRow(self.message)

        self.show_values()
        self.day_boundary.entered.connect(self._on_day_boundary_entered)
        self.theme_mode.activated.connect(self._on_theme_mode_activated)
        self.night_from.entered.connect(self._on_night_hours_entered)
        self.night_to.entered.connect(self._on_night_hours_entered)
        self.dimmer.valueChanged.connect(self._on_dimmer_changed)
        self.window_start.activated.connect(self._on_window_start_activated)
        preferences.changed.connect(self.show_values)
        day_settings.changed.connect(self.show_values)

    def _time_field(self, name: str) -> ClockTimeField:
        field = ClockTimeField(name, parent=self)
        field.refused.connect(self._show_problem)
        return field

    def show_values(self) -> None:
        """Show what is stored (the dimmer may also move from the bedside window)."""
        for field, value in (
            (self.day_boundary, self._days.day_boundary),
            (self.night_from, self._prefs.night_from),
            (self.night_to, self._prefs.night_to),
        ):
            field.show_stored(value)
        self.theme_mode.setCurrentIndex(THEME_MODES.index(self._prefs.theme_mode))
        self.window_start.setCurrentIndex(WINDOW_STARTS.index(self._prefs.window_start))
        self.dimmer.blockSignals(True)
        self.dimmer.setValue(self._prefs.dimmer)
        self.dimmer.blockSignals(False)

    def keep_typed(self) -> bool:
        """Save a time typed but not yet entered (the window is closing); False if refused."""
        fields = (self.day_boundary, self.night_from, self.night_to)
        return all([field.finish() for field in fields if field.isModified()])

    def _show_problem(self, text: str) -> None:
        mark_problem(self.message, True)
        self.message.setText(text)

    def _on_day_boundary_entered(self, value: time) -> None:
        self.message.clear()
        self._days.set_day_boundary(value)

    def _on_theme_mode_activated(self, index: int) -> None:
        self._prefs.set_theme_mode(THEME_MODES[index])

    def _on_night_hours_entered(self, _value: time) -> None:
        hours = self.night_from.value(), self.night_to.value()
        if hours[0] is not None and hours[1] is not None:
            self.message.clear()
            self._prefs.set_night_hours(hours[0], hours[1])

    def _on_window_start_activated(self, index: int) -> None:
        self._prefs.set_window_start(WINDOW_STARTS[index])

    def _on_dimmer_changed(self, value: int) -> None:
        self._prefs.set_dimmer(value)


class SettingsWindow(QWidget):
    """Kinds and preferences, in a window of its own that never blocks the bedside window."""

    def __init__(
        self,
        *,
        kinds: KindCatalog,
        preferences: Preferences,
        day_settings: DaySettings,
        medications: MedicationList | None = None,
        patient: PatientDetails | None = None,
        evening: EveningContext | None = None,
        reminders: Reminders | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Kinds and settings — Hypnic"))
        self.setAccessibleName(self.tr("Kinds and settings"))
        self.kinds_page = KindsEditor(kinds=kinds, parent=self)
        self.preferences_page = PreferencesPage(
            preferences=preferences, day_settings=day_settings, parent=self
        )
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.tabBar().setAccessibleName(self.tr("Settings pages"))
        self.tabs.addTab(self.kinds_page, self.tr("&Kinds"))
        self.tabs.addTab(self.preferences_page, self.tr("&Preferences"))
        if medications is not None:
            from hypnic.ui.settings.medications_editor import MedicationsEditor

            self.medications_page = MedicationsEditor(medications=medications, parent=self)
            self.tabs.insertTab(1, self.medications_page, self.tr("&Medications"))
        if evening is not None:
            from hypnic.ui.settings.tags_editor import TagsEditor

            self.tags_page = TagsEditor(evening=evening, parent=self)
            self.tabs.addTab(self.tags_page, self.tr("T&ags"))
        self.reminders_page: RemindersPage | None = None
        if reminders is not None:
            from hypnic.ui.settings.reminders_page import RemindersPage

            self.reminders_page = RemindersPage(reminders=reminders, parent=self)
            self.tabs.addTab(self.reminders_page, self.tr("&Reminders"))
        self.patient_page: PatientForm | None = None
        if patient is not None:
            from hypnic.ui.settings.patient_form import PatientForm

            self.patient_page = PatientForm(patient=patient, parent=self)
            self.tabs.addTab(self.patient_page, self.tr("Pa&tient"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        add_close_keys(self)
        size_to_screen(self, 820, 560)

    def keep_typed(self) -> None:
        """Save what is typed but not yet saved on each page (on closing, and on quitting)."""
        self.preferences_page.keep_typed()
        self.kinds_page.keep_typed()
        if self.patient_page is not None:
            self.patient_page.keep_typed()
        if self.reminders_page is not None:
            self.reminders_page.keep_typed()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.keep_typed()
        super().closeEvent(event)
