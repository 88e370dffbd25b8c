"""The settings' Tags tab: rename, archive or delete the evening tags."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.errors import InputError
from hypnic.services.evening import EveningContext

KEY_ROLE = Qt.ItemDataRole.UserRole


class TagsEditor(QWidget):
    """All tags, archived ones greyed; one selected tag is renamed, archived or deleted."""

    def __init__(self, *, evening: EveningContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._evening = evening
        tr = self.tr
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Evening tags"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(tr("Tag name"))
        self.name_edit.setPlaceholderText(tr("Name of the tag"))
        self.add_button = self._button(tr("&Add"), tr("Add a tag"), self.add)
        self.rename_button = self._button(tr("&Rename"), tr("Rename the tag"), self.rename)
        self.archive_button = self._button(tr("Arc&hive"), tr("Archive the tag"), self.archive)
        self.delete_button = self._button(tr("&Delete"), tr("Delete the tag"), self.delete)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(tr("Message"))

        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        for button in (self.add_button, self.rename_button, self.archive_button):
            row.addWidget(button)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Tags mark what else happened in an evening; T at the bedside sets them."))
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        evening.changed.connect(self.reload)
        self.reload()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def reload(self) -> None:
        current = self._current_key()
        self.list.blockSignals(True)
        self.list.clear()
        for tag in self._evening.all_tags():
            text = tag.label + (self.tr("  (archived)") if tag.archived else "")
            item = QListWidgetItem(text, self.list)
            item.setData(KEY_ROLE, tag.key)
            if tag.archived:
                item.setForeground(self.palette().placeholderText())
            if tag.key == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._on_list_current_item_changed()

    def _current_key(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(KEY_ROLE))

    def _on_list_current_item_changed(self, *_args: object) -> None:
        key = self._current_key()
        tag = next((t for t in self._evening.all_tags() if t.key == key), None)
        for button in (self.rename_button, self.archive_button):
            button.setEnabled(tag is not None)
        self.delete_button.setEnabled(tag is not None and not tag.builtin)
        self.archive_button.setText(
            self.tr("Unarc&hive") if tag is not None and tag.archived else self.tr("Arc&hive")
        )
        # One field names a new tag or renames the chosen one: choosing a tag never replaces a
        # name the person typed (type, choose, Rename works; so does choose, type, Rename).
        if tag is not None and not self.name_edit.isModified():
            self.name_edit.setText(tag.label)

    def _attempt(self, call: Callable[[], object], done: str) -> None:
        try:
            call()
        except InputError as exc:
            text = exc.describe()
            self.message.setText(text[:1].upper() + text[1:] + ".")
            return
        self.name_edit.setModified(False)
        self.message.setText(done)

    def add(self) -> None:
        self._attempt(lambda: self._evening.add_tag(self.name_edit.text()), self.tr("Added."))

    def rename(self) -> None:
        key = self._current_key()
        if key is not None:
            self._attempt(
                lambda: self._evening.rename_tag(key, self.name_edit.text()), self.tr("Renamed.")
            )

    def archive(self) -> None:
        key = self._current_key()
        tag = next((t for t in self._evening.all_tags() if t.key == key), None)
        if tag is not None:
            self._attempt(
                lambda: self._evening.archive_tag(tag.key, not tag.archived), self.tr("Done.")
            )

    def delete(self) -> None:
        key = self._current_key()
        if key is None:
            return
        if self._evening.delete_tag(key):
            self.message.setText(self.tr("Deleted."))
        else:
            self.message.setText(self.tr("Some nights have this tag: archive it instead."))
