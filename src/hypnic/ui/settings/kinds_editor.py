"""The kinds page: switch on, add, rename, recolour, reshape, bind keys, reorder, archive."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QColorDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.errors import InputError
from hypnic.domain.kinds import Kind
from hypnic.services.kinds import KindCatalog
from hypnic.ui.common.kind_icons import kind_icon
from hypnic.ui.common.theme import Theme, theme_for
from hypnic.ui.settings.kind_details import KindDetails

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
        self.details = KindDetails(self)
        d = self.details
        d.name_edit.returnPressed.connect(self._on_rename_clicked)
        # A name typed is kept when the field is left (another kind chosen, the window closed).
        d.name_edit.editingFinished.connect(self.keep_typed)
        for signal, slot in (
            (d.rename_button.clicked, self._on_rename_clicked),
            (d.colour_combo.activated, self._on_colour_activated),
            (d.shape_combo.activated, self._on_shape_activated),
            (d.key_edit.editingFinished, self._on_key_edit_finished),
            (d.clear_key_button.clicked, self._on_clear_key_clicked),
            (d.up_button.clicked, self._on_up_clicked),
            (d.down_button.clicked, self._on_down_clicked),
            (d.archive_button.clicked, self._on_archive_clicked),
            (d.delete_button.clicked, self._on_delete_clicked),
        ):
            signal.connect(slot)

        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("Name of a new kind, e.g. Toe curl"))
        self.new_name.setAccessibleName(self.tr("Name of the new kind"))
        self.add_button = QPushButton(self.tr("Add kind"), self)
        self.add_button.setAccessibleName(self.tr("Add kind"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.new_name.returnPressed.connect(self._on_add_clicked)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("strong", True)
        self.message.setAccessibleName(self.tr("Message"))

        left = QVBoxLayout()
        left.addWidget(self.tree, 1)
        left.addLayout(add_row)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addWidget(self.details, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)

        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        kinds.changed.connect(self.populate)
        self.populate()
        self.tree.setCurrentIndex(self.tree.model().index(0, 0))

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
        item.setIcon(0, kind_icon(kind, self._theme()))
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

    def _theme(self) -> Theme:
        # Icons follow the theme the application palette shows, as the bedside buttons do.
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        return theme_for("night" if dark else "day")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            # Later, not now: Qt is still walking every widget to hand out the new palette.
            # A hidden page catches up when it is shown again.
            QTimer.singleShot(0, self, self.populate)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.populate()

    def _state_text(self, kind: Kind) -> str:
        if kind.archived:
            return self.tr("archived")
        return self.tr("on") if kind.enabled else self.tr("off")

    def _show_selected(self) -> None:
        key = self.selected_key()
        kind = self._kinds.get(key) if key else None
        row = self.tree.currentIndex().row()
        self.details.show_kind(
            kind,
            keys=[k for k, owner in self._kinds.shortcuts().items() if kind and owner == kind.key],
            first=row <= 0,
            last=row >= self.tree.topLevelItemCount() - 1,
            deletable=kind is not None and self._kinds.can_delete(kind.key),
            theme=self._theme(),
        )

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

    def keep_typed(self) -> None:
        """Rename the selected kind to the name typed, if one was typed and not yet used."""
        key = self.selected_key()
        kind = self._kinds.get(key) if key else None
        typed = self.details.name_edit
        if typed.isModified() and kind is not None and typed.text().strip() != kind.label:
            self._on_rename_clicked()

    def _on_rename_clicked(self) -> None:
        key = self.selected_key()
        self.details.name_edit.setModified(False)
        if key:
            self._attempt(lambda: self._kinds.rename(key, self.details.name_edit.text()))

    def _on_colour_activated(self, index: int) -> None:
        key, colour = self.selected_key(), self.details.colour_combo.itemData(index)
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
            self._attempt(
                lambda: self._kinds.set_shape(key, str(self.details.shape_combo.itemData(index)))
            )

    def _on_key_edit_finished(self) -> None:
        key, text = self.selected_key(), self.details.key_edit.keySequence().toString()
        if not key:
            return
        bound = self._attempt(lambda: self._kinds.bind_key(key, text or None))
        if bound and text and self.details.key_edit.hasFocus():
            # Set: the field lets go, or the next key pressed would replace it at once.
            self.details.clear_key_button.setFocus(Qt.FocusReason.OtherFocusReason)

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
