"""Cell editors for the night's table: a time to the second, and combo boxes for kind and by."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from hypnic.domain.errors import InputError
from hypnic.domain.limits import MAX_NOTE
from hypnic.ui.common.clock_time_field import ClockTimeField

_Index = QModelIndex | QPersistentModelIndex
# (value stored in the model, text shown, icon or None)
Choice = tuple[str, str, QIcon | None]


_FINISHING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class TimeDelegate(QStyledItemDelegate):
    """Edits a wall-clock time to the second in the one clock-time field; a text that is not
    a time keeps the editor open (Enter, Tab) or is dropped (a click elsewhere), never saved.

    Signals:
        refused(str): the sentence for a time that could not be read.
    """

    refused = Signal(str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = ClockTimeField(self.tr("Event time"), seconds=True, parent=parent)
        editor.refused.connect(self.refused)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, ClockTimeField)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, ClockTimeField)
        try:
            value = editor.value()
        except InputError:
            return  # the field said why; nothing is stored
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt keeps the editor open on Enter or Tab with a text the field cannot read, but
        # silently: the field says why (the key never reaches it).
        if (
            isinstance(watched, ClockTimeField)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _FINISHING_KEYS
            and watched.refuse()
        ):
            return True
        return super().eventFilter(watched, event)


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
