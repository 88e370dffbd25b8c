"""The selected kind's fields: name, colour, shape, key, and its order and archive buttons."""

from __future__ import annotations

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hypnic.domain.kinds import OKABE_ITO, SHAPES, Kind
from hypnic.ui.common.kind_icons import marker_icon, swatch_icon
from hypnic.ui.common.theme import Theme
from hypnic.words import colour_name, shape_name


class KindDetails(QGroupBox):
    """Shows one kind for editing. It changes nothing itself: the kinds editor wires it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Selected kind"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name of the selected kind"))
        self.rename_button = self._button(self.tr("Rename"))
        name_row = self._row(self.name_edit, self.rename_button)
        form.addRow(self._buddy(self.tr("&Name"), self.name_edit), name_row)

        self.colour_combo = QComboBox(self)
        self.colour_combo.setAccessibleName(self.tr("Colour"))
        form.addRow(self.tr("&Colour"), self.colour_combo)
        self.shape_combo = QComboBox(self)
        self.shape_combo.setAccessibleName(self.tr("Marker shape"))
        form.addRow(self.tr("&Shape"), self.shape_combo)

        self.key_edit = QKeySequenceEdit(self)
        self.key_edit.setMaximumSequenceLength(1)
        self.key_edit.setAccessibleName(self.tr("Key that logs this kind"))
        # The field a screen reader lands on is the edit's own line edit: it needs the name too.
        for field in self.key_edit.findChildren(QLineEdit):
            field.setAccessibleName(self.tr("Key that logs this kind"))
        # Tab must still move focus on, or the field would trap keyboard users.
        self.key_edit.setFinishingKeyCombinations(
            [
                QKeyCombination(Qt.Key.Key_Tab),
                QKeyCombination(Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Backtab),
            ]
        )
        self.clear_key_button = self._button(self.tr("Clear key"))
        key_row = self._row(self.key_edit, self.clear_key_button)
        form.addRow(self._buddy(self.tr("K&ey"), self.key_edit), key_row)
        self.keys_label = QLabel(self)
        self.keys_label.setWordWrap(True)
        self.keys_label.setAccessibleDescription(self.tr("Keys that log this kind now"))
        form.addRow(self.keys_label)

        self.up_button = self._button(self.tr("Move &up"))
        self.down_button = self._button(self.tr("Move do&wn"))
        self.archive_button = self._button(self.tr("&Archive"))
        self.delete_button = self._button(self.tr("Delete"))
        form.addRow(self._row(self.up_button, self.down_button))
        form.addRow(self._row(self.archive_button, self.delete_button))
        self._fields: tuple[QWidget, ...] = (
            *(self.name_edit, self.rename_button, self.colour_combo, self.shape_combo),
            *(self.key_edit, self.clear_key_button, self.up_button, self.down_button),
            *(self.archive_button, self.delete_button),
        )

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        return button

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _row(self, first: QWidget, *more: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(first, 1)
        for widget in more:
            row.addWidget(widget, 1 if isinstance(first, QPushButton) else 0)
        return row

    def show_kind(
        self,
        kind: Kind | None,
        *,
        keys: list[str],
        first: bool,
        last: bool,
        deletable: bool,
        theme: Theme,
    ) -> None:
        """Show ``kind`` (``None``: nothing selected, every field off)."""
        for widget in self._fields:
            widget.setEnabled(kind is not None)
        if kind is None:
            return
        self.name_edit.setText(kind.label)
        self._fill_colours(kind.colour.upper(), theme)
        self.shape_combo.clear()
        for shape in SHAPES:
            icon = marker_icon(shape, kind.colour, theme)
            self.shape_combo.addItem(icon, shape_name(shape), shape)
        self.shape_combo.setCurrentIndex(SHAPES.index(kind.shape))
        self.key_edit.setKeySequence(QKeySequence(kind.keys[0] if kind.keys else ""))
        self.keys_label.setText(
            self.tr("Logged with: %s") % " / ".join(keys)
            if keys
            else self.tr("No key logs this kind now (it is off, archived or past key 9).")
        )
        self.up_button.setEnabled(not first)
        self.down_button.setEnabled(not last)
        self.archive_button.setText(self.tr("Un&archive") if kind.archived else self.tr("&Archive"))
        self.archive_button.setAccessibleName(self.archive_button.text().replace("&", ""))
        self.delete_button.setEnabled(deletable)

    def _fill_colours(self, own: str, theme: Theme) -> None:
        combo = self.colour_combo
        combo.clear()
        for name, colour in OKABE_ITO.items():
            combo.addItem(swatch_icon(colour, theme), colour_name(name), colour)
        if own not in OKABE_ITO.values():
            combo.addItem(swatch_icon(own, theme), self.tr("Own colour %s") % own, own)
        combo.addItem(self.tr("Other…"), None)
        combo.setCurrentIndex(combo.findData(own))
