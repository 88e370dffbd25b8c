"""The tray icon of the opt-in reminders: Tonight, Review, Quit, and text-only messages (a
reminder never opens anything bright at night)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from hypnic.services.preferences import Preferences
from hypnic.services.reminders import Reminders

MESSAGE_MS = 15_000


def tray_available() -> bool:
    """False on a desktop without a tray (bare X servers, some Wayland shells)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class ReminderTray(QObject):
    """Shown while reminders are on and the desktop has a tray.

    Signals:
        tonight_requested(): show the bedside window.
        review_requested(): open the night review.
        diary_requested(): the morning-diary message was clicked.
        quit_requested(): quit Hypnic.
    """

    tonight_requested = Signal()
    review_requested = Signal()
    diary_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        *,
        reminders: Reminders,
        preferences: Preferences,
        icon: QIcon,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._prefs = preferences
        self._last = ""
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("Hypnic")
        self.menu = QMenu()
        for text, signal in (
            (self.tr("Tonight"), self.tonight_requested),
            (self.tr("Review"), self.review_requested),
            (self.tr("Quit"), self.quit_requested),
        ):
            self.menu.addAction(text).triggered.connect(signal.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_icon_activated)
        self.icon.messageClicked.connect(self._on_message_clicked)
        reminders.due.connect(self.show_reminder)
        preferences.changed.connect(self.update_visibility)
        self.update_visibility()

    def update_visibility(self) -> None:
        self.icon.setVisible(self._prefs.reminders.enabled and tray_available())

    def message_for(self, reminder: str) -> tuple[str, str]:
        if reminder == "diary":
            return self.tr("Morning diary"), self.tr(
                "How did you sleep last night? Click to answer the morning diary."
            )
        return self.tr("Time to wind down"), self.tr(
            "Nothing is logged tonight yet. Open Hypnic at the bedside, or press N there if "
            "nothing happens tonight."
        )

    def show_reminder(self, reminder: str) -> None:
        self._last = reminder
        if self.icon.isVisible():
            title, text = self.message_for(reminder)
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.NoIcon, MESSAGE_MS)

    def _on_message_clicked(self) -> None:
        (self.diary_requested if self._last == "diary" else self.tonight_requested).emit()

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.tonight_requested.emit()

    def close(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()
