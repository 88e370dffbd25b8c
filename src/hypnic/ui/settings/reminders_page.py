"""The settings' reminders page: opt-in reminders from a tray icon and the autostart entry,
both off until the person switches them on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import time

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QWidget

from hypnic.services.reminders import Reminders
from hypnic.ui.common.clock_time_field import ClockTimeField
from hypnic.ui.common.tray import tray_available


class RemindersPage(QWidget):
    """Reminders on or off, the wind-down time, the diary offer and the autostart entry.

    Where the desktop has no tray, the page says so and the reminders cannot be switched on.
    """

    def __init__(
        self,
        *,
        reminders: Reminders,
        has_tray: Callable[[], bool] = tray_available,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reminders = reminders
        tr = self.tr
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.enabled = QCheckBox(tr("Remind me from an icon in the tray"), self)
        self.enabled.setAccessibleName(tr("Reminders from the tray icon"))
        form.addRow(self.enabled)
        self.no_tray = QLabel(
            tr(
                "This desktop has no tray (system tray or status area), so reminders cannot be "
                "shown here."
            ),
            self,
        )
        self.no_tray.setWordWrap(True)
        self.no_tray.setAccessibleName(tr("Why reminders are not available"))
        form.addRow(self.no_tray)
        self.winddown_at = ClockTimeField(tr("Wind-down reminder at"), parent=self)
        form.addRow(tr("&Wind-down reminder at"), self.winddown_at)
        form.addRow(
            "",
            QLabel(tr("Only when nothing is logged tonight yet (no tap, N or lights-out)."), self),
        )
        self.diary = QCheckBox(
            tr("Offer the morning diary within an hour of the first start of the day"), self
        )
        self.diary.setAccessibleName(tr("Offer the morning diary"))
        form.addRow(self.diary)
        self.autostart = QCheckBox(tr("Start Hypnic when I log in"), self)
        self.autostart.setAccessibleName(tr("Start Hypnic when I log in (autostart entry)"))
        form.addRow(self.autostart)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Message"))
        form.addRow(self.message)

        self._has_tray = has_tray()
        if not self._has_tray:
            self.enabled.setToolTip(self.no_tray.text())
        self.no_tray.setVisible(not self._has_tray)
        if not reminders.autostart_supported():
            self.autostart.hide()
        self.show_values()
        self.enabled.toggled.connect(self._on_enabled_toggled)
        self.diary.toggled.connect(self._on_diary_toggled)
        self.winddown_at.entered.connect(self._on_winddown_at_entered)
        self.winddown_at.refused.connect(self.message.setText)
        self.autostart.toggled.connect(self._on_autostart_toggled)

    def show_values(self) -> None:
        settings = self._reminders.settings
        for box, value in (
            (self.enabled, settings.enabled and self._has_tray),
            (self.diary, settings.diary),
            (self.autostart, self._reminders.autostart_enabled()),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.winddown_at.show_stored(settings.winddown_at)
        self.enabled.setEnabled(self._has_tray)
        for widget in (self.winddown_at, self.diary):
            widget.setEnabled(self._has_tray and settings.enabled)

    def keep_typed(self) -> bool:
        return self.winddown_at.finish() if self.winddown_at.isModified() else True

    def _on_enabled_toggled(self, on: bool) -> None:
        self._reminders.set_settings(replace(self._reminders.settings, enabled=on))
        self.show_values()

    def _on_diary_toggled(self, on: bool) -> None:
        self._reminders.set_settings(replace(self._reminders.settings, diary=on))

    def _on_winddown_at_entered(self, value: time) -> None:
        self.message.clear()
        self._reminders.set_settings(replace(self._reminders.settings, winddown_at=value))

    def _on_autostart_toggled(self, on: bool) -> None:
        try:
            where = self._reminders.set_autostart(on)
        except OSError as exc:
            self.message.setText(
                self.tr("The autostart entry could not be changed: %s.") % (exc.strerror or exc)
            )
            self.show_values()
            return
        self.message.setText(
            self.tr("Hypnic will start when you log in (%s).") % where
            if on
            else self.tr("Hypnic will not start by itself any more.")
        )
