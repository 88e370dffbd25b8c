"""Cell editors for the night's table: a time to the second, and combo boxes for kind and by."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTimeEdit,
    QWidget,
)

from hypnic.domain.limits import MAX_NOTE
from hypnic.ui.common.time_entry import TIME_FORMAT

_Index = QModelIndex | QPersistentModelIndex
# (value stored in the model, text shown, icon or None)
Choice = tuple[str, str, QIcon | None]


class TimeDelegate(QStyledItemDelegate):
    """Edits a wall-clock time to the second."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QTimeEdit(parent)
        editor.setDisplayFormat(TIME_FORMAT)
        editor.setAccessibleName(self.tr("Event time"))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QTimeEdit)
        editor.setTime(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QTimeEdit)
        model.setData(index, editor.time(), Qt.ItemDataRole.EditRole)


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a value chosen from a list; ``choices(current)`` gives the list for one cell."""

    def __init__(
        self, choices: Callable[[str], list[Choice]], accessible_name: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self._accessible_name = accessible_name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self._accessible_name)
        for value, text, icon in self._choices(str(index.data(Qt.ItemDataRole.EditRole))):
            if icon is None:
                combo.addItem(text, value)
            else:
                combo.addItem(icon, text, value)
        # A choice made in the list is the whole edit: save it without a further key press.
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NoteDelegate(QStyledItemDelegate):
    """Edits a note in a line that holds no more than a note may (DESIGN section 4)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(MAX_NOTE)
        editor.setAccessibleName(self.tr("Event note"))
        return editor
