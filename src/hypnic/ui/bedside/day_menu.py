"""What the bedside's Menu and the reminders' tray icon offer beyond the bedside itself: the
backups, export, import and the clinic folder; Tonight, Review and the diary from the tray."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from hypnic.domain.bedside_keys import BedsideAction
from hypnic.services.preferences import Preferences
from hypnic.services.reminders import Reminders
from hypnic.ui.bedside.main_window import MainWindow
from hypnic.ui.bedside.shortcut_keys import bedside_keys

Show = Callable[[], object]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def add_day_menu(
    window: MainWindow, *, show_backups: Show, show_export: Show, show_import: Show,
    show_clinic: Show,
) -> None:  # fmt: skip
    """Backups…, then Export…, Import… and Prepare for the clinic…, with their keys."""
    menu = (
        (_tr("Back&ups…"), BedsideAction.BACKUPS, show_backups),
        None,
        (_tr("&Export…"), BedsideAction.EXPORT, show_export),
        (_tr("&Import…"), BedsideAction.IMPORT, show_import),
        (_tr("Prepare for the &clinic…"), BedsideAction.CLINIC, show_clinic),
    )
    for item in menu:
        action = QAction(window)
        if item is None:
            action.setSeparator(True)
        else:
            text, key, slot = item
            action.setText(text)
            action.setShortcuts(bedside_keys(key))
            action.triggered.connect(slot)
        window.add_menu_action(action)


def offer_reminder_tray(
    window: MainWindow, *, reminders: Reminders, preferences: Preferences, show_tonight: Show,
    show_review: Show, show_diary: Show,
) -> None:  # fmt: skip
    """The reminders' tray icon, made only once reminders are switched on (off by default)."""
    made: list[QObject] = []

    def make() -> None:
        if made or not preferences.reminders.enabled:
            return
        from PySide6.QtGui import QIcon

        from hypnic.resources import app_icon_path
        from hypnic.ui.common.tray import ReminderTray

        # Its own icon: the application's is set only after the bedside's first paint.
        icon = QIcon(str(app_icon_path()))
        tray = ReminderTray(reminders=reminders, preferences=preferences, icon=icon, parent=window)
        tray.tonight_requested.connect(show_tonight)
        tray.review_requested.connect(show_review)
        tray.diary_requested.connect(show_diary)
        tray.quit_requested.connect(window.close)
        made.append(tray)

    preferences.changed.connect(make)
    make()
