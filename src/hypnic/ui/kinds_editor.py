"""The kinds page: switch on, add, rename, recolour, reshape, bind keys, reorder, archive."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.errors import InputError
from hypnic.domain.kinds import OKABE_ITO, SHAPE_NAMES, SHAPES, Kind
from hypnic.services.kinds import KindCatalog
from hypnic.ui.kind_icons import kind_icon, marker_icon, swatch_icon

KEY_ROLE = Qt.ItemDataRole.UserRole


class KindsEditor(QWidget):
    """Every kind in a list, with the selected one's name, colour, shape, key and place."""

    def __init__(self, *, kinds: KindCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kinds = kinds
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("On · kind"), self.tr("Keys"), self.tr("State")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Kinds"))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setMinimumWidth(320)

        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("Name of a new kind, e.g. Toe curl"))
        self.new_name.setAccessibleName(self.tr("Name of the new kind"))
        self.add_button = self._button(self.tr("Add kind"), self._on_add_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        self.message.setAccessibleName(self.tr("Message"))

        left = QVBoxLayout()
        left.addWidget(self.tree, 1)
        left.addLayout(add_row)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addWidget(self._build_details(), 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)

        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        kinds.changed.connect(self.populate)
        self.populate()
        self.tree.setCurrentIndex(self.tree.model().index(0, 0))

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _build_details(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected kind"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(box)
        self.name_edit.setAccessibleName(self.tr("Name of the selected kind"))
        self.name_edit.returnPressed.connect(self._on_rename_clicked)
        self.rename_button = self._button(self.tr("Rename"), self._on_rename_clicked)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.rename_button)
        form.addRow(self._buddy(self.tr("&Name"), self.name_edit), name_row)

        self.colour_combo = QComboBox(box)
        self.colour_combo.setAccessibleName(self.tr("Colour"))
        self.colour_combo.activated.connect(self._on_colour_activated)
        form.addRow(self.tr("&Colour"), self.colour_combo)
        self.shape_combo = QComboBox(box)
        self.shape_combo.setAccessibleName(self.tr("Marker shape"))
        self.shape_combo.activated.connect(self._on_shape_activated)
        form.addRow(self.tr("&Shape"), self.shape_combo)

        self.key_edit = QKeySequenceEdit(box)
        self.key_edit.setMaximumSequenceLength(1)
        self.key_edit.setAccessibleName(self.tr("Key that logs this kind"))
        # Tab must still move focus on, or the field would trap keyboard users.
        self.key_edit.setFinishingKeyCombinations(
            [
                QKeyCombination(Qt.Key.Key_Tab),
                QKeyCombination(Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Backtab),
            ]
        )
        self.key_edit.editingFinished.connect(self._on_key_edit_finished)
        self.clear_key_button = self._button(self.tr("Clear key"), self._on_clear_key_clicked)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.clear_key_button)
        form.addRow(self._buddy(self.tr("K&ey"), self.key_edit), key_row)
        self.keys_label = QLabel(box)
        self.keys_label.setWordWrap(True)
        self.keys_label.setAccessibleName(self.tr("Keys that log this kind now"))
        form.addRow(self.keys_label)

        self.up_button = self._button(self.tr("Move &up"), self._on_up_clicked)
        self.down_button = self._button(self.tr("Move do&wn"), self._on_down_clicked)
        self.archive_button = self._button(self.tr("&Archive"), self._on_archive_clicked)
        self.delete_button = self._button(self.tr("Delete"), self._on_delete_clicked)
        for pair in ((self.up_button, self.down_button), (self.archive_button, self.delete_button)):
            buttons = QHBoxLayout()
            buttons.addWidget(pair[0])
            buttons.addWidget(pair[1])
            form.addRow(buttons)
        self._details: tuple[QWidget, ...] = (
            *(self.name_edit, self.rename_button, self.colour_combo, self.shape_combo),
            *(self.key_edit, self.clear_key_button, self.up_button, self.down_button),
            *(self.archive_button, self.delete_button),
        )
        return box

    # -- showing ------------------------------------------------------------------------------

    def selected_key(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else str(item.data(0, KEY_ROLE))

    def populate(self) -> None:
        """Show the catalogue in the list, keeping the selection."""
        selected = self.selected_key()
        kinds = self._kinds.all()
        keys_of: dict[str, list[str]] = {}
        for key, kind_key in self._kinds.shortcuts().items():
            keys_of.setdefault(kind_key, []).append(key)
        self.tree.blockSignals(True)
        # Rows are reused, not rebuilt: a checkbox toggle lands here while the view is still
        # inside that item's setData, and deleting the item there crashes Qt.
        if self.tree.topLevelItemCount() != len(kinds):
            self.tree.clear()
            self.tree.addTopLevelItems([QTreeWidgetItem() for _ in kinds])
        for index, kind in enumerate(kinds):
            item = self.tree.topLevelItem(index)
            assert item is not None
            self._show_item(item, kind, " / ".join(keys_of.get(kind.key, [])) or "–")
            if kind.key == selected:
                self.tree.setCurrentItem(item)
        for column in (1, 2):
            self.tree.resizeColumnToContents(column)
        self.tree.blockSignals(False)
        self._show_selected()

    def _show_item(self, item: QTreeWidgetItem, kind: Kind, keys: str) -> None:
        item.setData(0, KEY_ROLE, kind.key)
        item.setIcon(0, kind_icon(kind))
        item.setText(0, kind.label)
        item.setText(1, keys)
        item.setText(2, self._state_text(kind))
        checkable = Qt.ItemFlag.ItemIsUserCheckable
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if kind.archived:
            # An archived kind cannot be switched on; unarchive it first.
            item.setFlags(item.flags() & ~checkable)
            item.setData(0, Qt.ItemDataRole.CheckStateRole, None)
        else:
            item.setFlags(item.flags() | checkable)
            on = Qt.CheckState.Checked if kind.enabled else Qt.CheckState.Unchecked
            item.setCheckState(0, on)
        for column in range(3):
            item.setData(column, Qt.ItemDataRole.ForegroundRole, grey if kind.archived else None)

    def _state_text(self, kind: Kind) -> str:
        if kind.archived:
            return self.tr("archived")
        return self.tr("on") if kind.enabled else self.tr("off")

    def _show_selected(self) -> None:
        key = self.selected_key()
        kind = self._kinds.get(key) if key else None
        for widget in self._details:
            widget.setEnabled(kind is not None)
        if kind is None:
            return
        self.name_edit.setText(kind.label)
        self._fill_colours(kind)
        self.shape_combo.clear()
        for shape in SHAPES:
            self.shape_combo.addItem(marker_icon(shape, kind.colour), self.tr(SHAPE_NAMES[shape]))
            self.shape_combo.setItemData(self.shape_combo.count() - 1, shape)
        self.shape_combo.setCurrentIndex(SHAPES.index(kind.shape))
        self.key_edit.setKeySequence(QKeySequence(kind.keys[0] if kind.keys else ""))
        keys = [k for k, owner in self._kinds.shortcuts().items() if owner == kind.key]
        self.keys_label.setText(
            self.tr("Logged with: %s") % " / ".join(keys)
            if keys
            else self.tr("No key logs this kind now (it is off, archived or past key 9).")
        )
        row = self.tree.currentIndex().row()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(row < self.tree.topLevelItemCount() - 1)
        self.archive_button.setText(self.tr("Un&archive") if kind.archived else self.tr("&Archive"))
        self.archive_button.setAccessibleName(self.archive_button.text().replace("&", ""))
        self.delete_button.setEnabled(self._kinds.can_delete(kind.key))

    def _fill_colours(self, kind: Kind) -> None:
        names = {
            "vermillion": self.tr("Vermillion"),
            "blue": self.tr("Blue"),
            "reddish_purple": self.tr("Reddish purple"),
            "orange": self.tr("Orange"),
            "sky_blue": self.tr("Sky blue"),
            "bluish_green": self.tr("Bluish green"),
            "yellow": self.tr("Yellow"),
            "grey": self.tr("Grey"),
        }
        combo = self.colour_combo
        combo.clear()
        for name, colour in OKABE_ITO.items():
            combo.addItem(swatch_icon(colour), names[name], colour)
        own = kind.colour.upper()
        if own not in OKABE_ITO.values():
            combo.addItem(swatch_icon(own), self.tr("Own colour %s") % own, own)
        combo.addItem(self.tr("Other…"), None)
        combo.setCurrentIndex(combo.findData(own))

    def _attempt(self, call: Callable[[], object]) -> object:
        """Run one catalogue change; on refusal say why and show the kind unchanged."""
        try:
            result = call()
        except InputError as exc:
            self.message.setText(exc.message + ".")
            self._show_selected()
            return None
        self.message.clear()
        return result or True

    def select(self, key: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, KEY_ROLE) == key:
                self.tree.setCurrentItem(item)

    # -- slots --------------------------------------------------------------------------------

    def _on_tree_current_changed(self, *_: object) -> None:
        self._show_selected()

    def _on_tree_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        on = item.checkState(0) == Qt.CheckState.Checked
        key = str(item.data(0, KEY_ROLE))
        self._attempt(lambda: self._kinds.set_enabled(key, on))

    def _on_add_clicked(self) -> None:
        added = self._attempt(lambda: self._kinds.add(self.new_name.text()))
        if isinstance(added, Kind):
            self.new_name.clear()
            self.select(added.key)

    def _on_rename_clicked(self) -> None:
        key = self.selected_key()
        if key:
            self._attempt(lambda: self._kinds.rename(key, self.name_edit.text()))

    def _on_colour_activated(self, index: int) -> None:
        key, colour = self.selected_key(), self.colour_combo.itemData(index)
        if colour is None and key:
            # "Other…": the dialog is the only place a colour outside the safe palette comes from.
            kind = self._kinds.get(key)
            chosen = QColorDialog.getColor(QColor(kind.colour if kind else "#999999"), self)
            colour = chosen.name() if chosen.isValid() else None
        if key and colour:
            self._attempt(lambda: self._kinds.set_colour(key, str(colour)))
        else:
            self._show_selected()

    def _on_shape_activated(self, index: int) -> None:
        key = self.selected_key()
        if key:
            self._attempt(lambda: self._kinds.set_shape(key, str(self.shape_combo.itemData(index))))

    def _on_key_edit_finished(self) -> None:
        key, text = self.selected_key(), self.key_edit.keySequence().toString()
        if key:
            self._attempt(lambda: self._kinds.bind_key(key, text or None))

    def _on_clear_key_clicked(self) -> None:
        key = self.selected_key()
        if key:
            self._attempt(lambda: self._kinds.bind_key(key, None))

    def _on_up_clicked(self) -> None:
        key = self.selected_key()
        if key:
            self._attempt(lambda: self._kinds.move(key, -1))

    def _on_down_clicked(self) -> None:
        key = self.selected_key()
        if key:
            self._attempt(lambda: self._kinds.move(key, 1))

    def _on_archive_clicked(self) -> None:
        key = self.selected_key()
        kind = self._kinds.get(key) if key else None
        if kind is not None:
            self._attempt(lambda: self._kinds.archive(kind.key, not kind.archived))

    def _on_delete_clicked(self) -> None:
        key = self.selected_key()
        if key:
            self._attempt(lambda: self._kinds.delete(key))
