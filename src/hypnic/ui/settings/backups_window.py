"""The backups window: list the store's backups, check them, and restore one on the next start."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.errors import HypnicError
from hypnic.services.backups import Backups
from hypnic.ui.common.close_keys import add_close_keys
from hypnic.ui.common.window_fit import size_to_screen

if TYPE_CHECKING:
    from hypnic.services.backups import BackupInfo

_PATH_ROLE = Qt.ItemDataRole.UserRole


class BackupsWindow(QWidget):
    """Lists backups newest first. Restoring one is done at the next start, before the store
    opens, with the current file kept aside: the store cannot be swapped while it is open."""

    def __init__(self, *, backups: Backups, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._backups = backups
        self.setWindowTitle(self.tr("Backups — Hypnic"))
        self.setAccessibleName(self.tr("Backups"))

        intro = QLabel(
            self.tr(
                "Hypnic copies your store here when it changed, before every update of its "
                "format and before every import. Restoring a backup keeps your current store "
                "aside; nothing is deleted."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.empty = QLabel(
            self.tr(
                "No backups yet: the first is made when Hypnic closes after the store has "
                "changed, or before an import."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Restore status"))

        self.check_button = self._button(self.tr("Check all"), self.check_all)
        self.restore_button = self._button(self.tr("Restore at next start"), self.restore_selected)
        self.cancel_button = self._button(self.tr("Cancel restore"), self.cancel)
        buttons = QHBoxLayout()
        for button in (self.check_button, self.restore_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        add_close_keys(self)
        size_to_screen(self, 560, 420)
        self.refresh()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def present(self) -> None:
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()

    def refresh(self) -> None:
        self.list.clear()
        for info in reversed(self._backups.list()):
            item = QListWidgetItem(self._describe(info))
            item.setData(_PATH_ROLE, str(info.path))
            # The file's own name (a machine's date in it) is there for whoever asks, not in
            # the line a person reads.
            item.setToolTip(str(info.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        # An empty grey box says nothing: say why there is nothing yet.
        self.empty.setVisible(self.list.count() == 0)
        self.list.setVisible(self.list.count() > 0)
        self._show_request()

    def selected(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(_PATH_ROLE)) if item is not None else None

    def check_all(self) -> None:
        bad = 0
        for row in range(self.list.count()):
            item = self.list.item(row)
            problem = self._backups.check(Path(item.data(_PATH_ROLE)))
            base = item.text().split("  —  ")[0]
            item.setText(f"{base}  —  " + (self.tr("ok") if problem is None else problem))
            bad += problem is not None
        self.status.setText(
            self.tr("Every backup passed its check.")
            if bad == 0
            else self.tr("%n backup(s) failed the check; do not restore those.", "", bad)
        )

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        problem = self._backups.check(backup)
        if problem is not None:
            self.status.setText(
                self.tr("This backup is damaged and cannot be restored: %s") % problem
            )
            return
        try:
            self._backups.request_restore(backup)
        except (HypnicError, OSError) as exc:
            self.status.setText(self.tr("The restore could not be planned: %s") % exc)
            return
        self._show_request()

    def cancel(self) -> None:
        self._backups.cancel_restore()
        self._show_request()

    def _show_request(self) -> None:
        try:
            pending = self._backups.requested()
        except HypnicError as exc:
            pending, text = None, str(exc)
        else:
            text = (
                self.tr(
                    "%s will be restored the next time Hypnic starts; your current store will "
                    "be kept aside. Quit Hypnic and start it again to restore it now."
                )
                % pending.name
                if pending
                else ""
            )
        self.status.setText(text)
        self.cancel_button.setEnabled(pending is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)
        self.check_button.setEnabled(self.list.count() > 0)

    def _describe(self, info: BackupInfo) -> str:
        when = QDateTime.fromMSecsSinceEpoch(
            int(info.created.timestamp() * 1000), QTimeZone.systemTimeZone()
        )
        locale = QLocale()
        text = (
            self.tr("%1, %2")
            .replace("%1", locale.toString(when.date(), QLocale.FormatType.LongFormat))
            .replace("%2", locale.toString(when.time(), QLocale.FormatType.ShortFormat))
        )
        if info.automatic:
            why = self.tr("automatic")
        elif "before-import" in info.path.name:
            why = self.tr("before an import")
        else:
            why = self.tr("before a format update")
        return f"{text} · {why}"
