"""The medications page: the patient's list with usual amounts and the bedtime-dose mark."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
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
from hypnic.domain.medications import (
    MAX_AMOUNT,
    SUGGESTED_MEDICATIONS,
    Medication,
    suggestion_for,
)
from hypnic.services.medications import MedicationList
from hypnic.ui.common.locale_text import amount_text
from hypnic.ui.common.unsaved_typing import Unsaved, UnsavedChooser, UnsavedTyping, ask_unsaved

NAME_ROLE = Qt.ItemDataRole.UserRole
UNITS = ("mg", "g", "µg", "mL", "drops", "tablet")


def describe_medication(med: Medication) -> str:
    parts = [med.name, amount_text(med.usual_amount, med.unit)]
    if med.bedtime:
        parts.append("bedtime dose (D)")
    if med.archived:
        parts.append("archived")
    return " · ".join(p for p in parts if p)


class MedicationsEditor(QWidget):
    """Add a medication (the usual ones are suggested while typing, any name is accepted),
    change its usual amount, unit and bedtime mark, rename, archive or delete an unused one.

    Choosing another medication while the form holds changes not saved yet asks first.
    """

    def __init__(
        self,
        *,
        medications: MedicationList,
        ask_unsaved: UnsavedChooser = ask_unsaved,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meds = medications
        self._ask_unsaved = ask_unsaved
        tr = self.tr
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Medications"))
        self.list.currentItemChanged.connect(self._on_list_current_changed)

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(tr("Medication name"))
        self.name_edit.setPlaceholderText(tr("e.g. clonazepam"))
        completer = QCompleter([s.name for s in SUGGESTED_MEDICATIONS], self.name_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._on_suggestion_chosen)
        self.name_edit.setCompleter(completer)
        self.amount = QDoubleSpinBox(self)
        self.amount.setRange(0, MAX_AMOUNT)
        self.amount.setDecimals(3)
        self.amount.setSpecialValueText("—")
        self.amount.setAccessibleName(tr("Usual amount"))
        self.unit = QLineEdit(self)
        self.unit.setAccessibleName(tr("Unit"))
        self.unit.setPlaceholderText("mg")
        self.unit.setCompleter(QCompleter(list(UNITS), self.unit))
        self.bedtime = QCheckBox(tr("Usual &bedtime dose (the bedside D key logs it)"), self)
        self.bedtime.setAccessibleName(tr("Usual bedtime dose"))
        self.archived = QCheckBox(tr("&Archived (no longer taken; its doses stay)"), self)
        self.archived.setAccessibleName(tr("Archived"))

        self.add_button = self._button(tr("Add as new"), tr("Add a new medication"), self.add)
        self.save_button = self._button(
            tr("Save changes"), tr("Save the selected medication"), self.save
        )
        self.delete_button = self._button(
            tr("Delete"), tr("Delete the selected medication"), self.delete
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(tr("Message"))

        form = QFormLayout()
        form.addRow(tr("&Name"), self.name_edit)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount)
        amount_row.addWidget(self.unit)
        # A row of two fields gets no buddy by itself: without one, "&" would show as is.
        amount_label = QLabel(tr("Usual a&mount"), self)
        amount_label.setBuddy(self.amount)
        form.addRow(amount_label, amount_row)
        form.addRow("", self.bedtime)
        form.addRow("", self.archived)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.message)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(right, 1)
        self._typing = UnsavedTyping(
            (self.name_edit, self.amount, self.unit, self.bedtime, self.archived), self
        )
        medications.changed.connect(self.reload)
        self.reload()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(NAME_ROLE))

    def reload(self) -> None:
        current = self.selected_name()
        self.list.blockSignals(True)
        self.list.clear()
        for med in self._meds.all():
            item = QListWidgetItem(describe_medication(med))
            item.setData(NAME_ROLE, med.name)
            self.list.addItem(item)
            if current is not None and med.name.casefold() == current.casefold():
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        has = self.list.currentItem() is not None
        self.save_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if not self.list.count():
            self.message.setText(
                self.tr("No medications yet. Type a name (suggestions appear), then Add as new.")
            )

    def select(self, name: str) -> None:
        for row in range(self.list.count()):
            if str(self.list.item(row).data(NAME_ROLE)).casefold() == name.casefold():
                self.list.setCurrentRow(row)

    def _fields(self) -> dict[str, object]:
        return {
            "usual_amount": self.amount.value() or None,
            "unit": self.unit.text().strip() or None,
            "bedtime": self.bedtime.isChecked(),
        }

    def _attempt(self, call: Callable[[], object], done: str) -> bool:
        try:
            call()
        except InputError as exc:
            self.message.setText(exc.message[:1].upper() + exc.message[1:] + ".")
            return False
        self.message.setText(done)
        return True

    # -- slots ----------------------------------------------------------------------------------

    def add(self) -> None:
        name = self.name_edit.text()
        amount, unit = self.amount.value() or None, self.unit.text().strip() or None
        bedtime = self.bedtime.isChecked()

        def call() -> None:
            self._meds.add(name, usual_amount=amount, unit=unit, bedtime=bedtime)

        if self._attempt(call, self.tr("Added.")):
            self._typing.used()
            self.select(" ".join(name.split()))

    def save(self) -> None:
        old = self.selected_name()
        if old is not None:
            self._save_to(old)

    def _save_to(self, old: str) -> bool:
        new = self.name_edit.text()

        def call() -> None:
            name = old
            if " ".join(new.split()) != old:
                name = self._meds.rename(old, new).name
            self._meds.update(name, archived=self.archived.isChecked(), **self._fields())
            self._typing.used()
            self.select(name)

        return self._attempt(call, self.tr("Saved."))

    def delete(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        if self._meds.delete(name):
            self.message.setText(self.tr("Deleted %s.") % name)
        else:
            self.message.setText(
                self.tr("%s has doses, so it is kept: tick Archived instead.") % name
            )

    def _keeps_typing(self, previous: QListWidgetItem | None) -> bool:
        """Ask what to do with changes not saved before another medication replaces them;
        True when they stay in the form (the choice goes back to ``previous``)."""
        if not self._typing.typed:
            return False
        old = None if previous is None else str(previous.data(NAME_ROLE))
        if old is None:
            question = self.tr("The medication you typed is not added yet.")
            save_text = self.tr("Add it")
        else:
            question = self.tr("Your changes to %1 are not saved yet.").replace("%1", old)
            save_text = self.tr("Save them")
        answer = self._ask_unsaved(self, question, save_text)
        if answer is Unsaved.SAVE:
            done = self._save_to(old) if old is not None else self._add_typed()
            if done:
                return False
        elif answer is Unsaved.DISCARD:
            return False
        self.list.blockSignals(True)
        if previous is None:
            self.list.setCurrentRow(-1)
        else:
            self.list.setCurrentItem(previous)
        self.list.blockSignals(False)
        return True

    def _add_typed(self) -> bool:
        self.add()
        return not self._typing.typed

    def _on_list_current_changed(
        self, item: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        chosen = None if item is None else str(item.data(NAME_ROLE))
        if self._keeps_typing(previous):
            return
        if chosen is not None and self.selected_name() != chosen:
            # Saving or adding first reloaded the list: go back to the person's choice.
            self.list.blockSignals(True)
            self.select(chosen)
            self.list.blockSignals(False)
        self._show(chosen)

    def _show(self, name: str | None) -> None:
        med = None if name is None else self._meds.get(name)
        self.save_button.setEnabled(med is not None)
        self.delete_button.setEnabled(med is not None)
        if med is None:
            return
        with self._typing.loading():
            self.name_edit.setText(med.name)
            self.amount.setValue(med.usual_amount or 0)
            self.unit.setText(med.unit or "")
            self.bedtime.setChecked(med.bedtime)
            self.archived.setChecked(med.archived)
        self.message.clear()

    def _on_suggestion_chosen(self, text: str) -> None:
        suggestion = suggestion_for(text)
        if suggestion is not None and not self.unit.text().strip():
            self.unit.setText(suggestion.units[0])
