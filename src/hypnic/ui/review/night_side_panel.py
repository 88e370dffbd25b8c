"""The night view's side panel: the night's doses (list, add, edit, trash, restore), its tags
and the morning diary's answers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.limits import MAX_NOTE
from hypnic.domain.medications import MAX_AMOUNT, Dose
from hypnic.services.diary import MorningDiary
from hypnic.services.evening import EveningContext
from hypnic.services.medications import DoseLog, MedicationList
from hypnic.ui.bedside.evening_strip import TagToggles
from hypnic.ui.common.clock_time_field import ClockTimeField
from hypnic.ui.common.locale_text import clock, dose_text
from hypnic.ui.common.time_entry import FoldChooser, ask_fold, attempt
from hypnic.ui.common.unsaved_typing import Unsaved, UnsavedChooser, UnsavedTyping, ask_unsaved
from hypnic.ui.review.diary_form import figures_text
from hypnic.words import quality_word

ID_ROLE = Qt.ItemDataRole.UserRole


def clock_text(dose: Dose) -> str:
    return clock(dose.local_ms // 1000)


class NightSidePanel(QWidget):
    """Doses of one night in a table, a form to add or change one, the trash, the night's
    tags and a line with the diary's answers and a "Diary…" button.

    Signals:
        diary_requested(date): open the diary form for the night.
    """

    diary_requested = Signal(object)

    def __init__(
        self,
        *,
        doses: DoseLog,
        medications: MedicationList,
        evening: EveningContext,
        diary: MorningDiary,
        choose_fold: FoldChooser = ask_fold,
        ask_unsaved: UnsavedChooser = ask_unsaved,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._doses = doses
        self._ask_unsaved = ask_unsaved
        self._loaded: str | None = None  # the dose whose values the form was filled with
        self._meds = medications
        self._diary = diary
        self._choose_fold = choose_fold
        self._night = doses.tonight()
        tr = self.tr
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([tr("Time"), tr("Dose"), tr("Note")])
        self.table.setAccessibleName(tr("Doses of the night"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)

        self.time_field = ClockTimeField(tr("Dose time"), parent=self)
        self.time_field.set_value(time(22, 30))
        self.medication = QComboBox(self)
        self.medication.setEditable(True)
        self.medication.setAccessibleName(tr("Medication"))
        self.medication.setMinimumWidth(140)
        editor = self.medication.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(tr("Medication"))
            editor.setAccessibleName(tr("Medication"))
        self.medication.activated.connect(self._on_medication_activated)
        self.amount = QDoubleSpinBox(self)
        self.amount.setRange(0, MAX_AMOUNT)
        self.amount.setDecimals(3)
        self.amount.setSpecialValueText("—")  # 0 = amount not known
        self.amount.setAccessibleName(tr("Amount"))
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(tr("mg"))
        self.unit.setMaximumWidth(60)
        self.unit.setAccessibleName(tr("Unit"))
        self.note = QLineEdit(self)
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(tr("Note"))
        self.note.setAccessibleName(tr("Dose note"))

        self.add_button = self._button(tr("Add dose"), tr("Add a dose"), self.add_dose)
        self.save_button = self._button(tr("Save changes"), tr("Save the selected dose"), self.save)
        self.delete_button = self._button(
            tr("Delete"), tr("Move the selected doses to the trash"), self.delete_selected
        )
        self.trash_button = self._button("", tr("Show or hide the doses' trash"), lambda: None)
        self.trash_button.setCheckable(True)
        self.trash = QListWidget(self)
        self.trash.setAccessibleName(tr("Doses in the trash"))
        self.trash.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.restore_button = self._button(
            tr("Restore"), tr("Restore the selected doses"), self.restore_selected
        )
        trash_box = QWidget(self)
        trash_layout = QVBoxLayout(trash_box)
        trash_layout.setContentsMargins(0, 0, 0, 0)
        trash_layout.addWidget(self.trash)
        trash_layout.addWidget(self.restore_button)
        self.trash_button.toggled.connect(trash_box.setVisible)
        trash_box.hide()

        self.tags = TagToggles(evening=evening, parent=self)
        self.diary_line = QLabel(self)
        self.diary_line.setWordWrap(True)
        self.diary_line.setAccessibleDescription(tr("Diary answers"))
        self.diary_button = self._button(
            tr("D&iary…"), tr("Answer or change the sleep diary for this night"), self._on_diary
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(tr("Message"))
        self.tags.message.connect(self.message.setText)
        self.time_field.refused.connect(self.message.setText)

        form = QGridLayout()
        form.addWidget(self.time_field, 0, 0)
        form.addWidget(self.medication, 0, 1, 1, 2)
        form.addWidget(self.amount, 1, 0)
        form.addWidget(self.unit, 1, 1)
        form.addWidget(self.note, 1, 2)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.trash_button)
        diary_row = QHBoxLayout()
        diary_row.addWidget(self.diary_line, 1)
        diary_row.addWidget(self.diary_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading(tr("Doses")))
        # Three rows high, so the form to add one, the tags and the diary show without
        # scrolling on a small screen (a night holds a dose or two).
        rows = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(header + 2 * rows + 4)
        self.table.setMaximumHeight(header + 3 * rows + 4)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(trash_box)
        layout.addWidget(self.message)
        layout.addWidget(self._heading(tr("Evening tags")))
        layout.addWidget(self.tags)
        layout.addWidget(self._heading(tr("Sleep diary")))
        layout.addLayout(diary_row)
        layout.addStretch(1)
        self._typing = UnsavedTyping(
            (self.time_field, self.medication, self.amount, self.unit, self.note), self
        )
        medications.changed.connect(self._fill_medications)
        doses.changed.connect(self.reload)
        diary.changed.connect(self.reload)
        self._fill_medications()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _heading(self, text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>", self)
        label.setAccessibleName(text)
        return label

    @property
    def night(self) -> date:
        return self._night

    def set_night(self, night: date) -> None:
        self._night = night
        self.message.clear()
        self.reload()

    def reload(self) -> None:
        night = self._night
        doses = self._doses.of_night(night)
        selected = self._selected_ids()
        self.table.setRowCount(len(doses))
        for row, dose in enumerate(doses):
            cells = (clock_text(dose), dose_text(dose), dose.note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, dose.id)
                self.table.setItem(row, column, item)
            if dose.id in selected:
                self.table.selectRow(row)
        self.table.resizeColumnToContents(0)
        trashed = self._doses.trash(night)
        self.trash.clear()
        for dose in trashed:
            entry = QListWidgetItem(f"{clock_text(dose)}  {dose_text(dose)}")
            entry.setData(ID_ROLE, dose.id)
            self.trash.addItem(entry)
        self.trash_button.setText(self.tr("Dose trash (%1)").replace("%1", str(len(trashed))))
        self.delete_button.setEnabled(bool(doses))
        self.save_button.setEnabled(bool(self._selected_ids()))
        self.tags.set_night(night)
        self._show_diary()

    def _show_diary(self) -> None:
        entry = self._diary.entry(self._night)
        if entry.is_empty:
            self.diary_line.setText(self.tr("Not answered."))
            return
        quality = (
            self.tr("quality —")
            if entry.quality is None
            else self.tr("quality %1 (%2)")
            .replace("%1", str(entry.quality))
            .replace("%2", quality_word(entry.quality))
        )
        self.diary_line.setText(f"{quality} · {figures_text(self._diary.figures(entry))}")

    def _fill_medications(self) -> None:
        typed = self.medication.currentText()
        meds = self._meds.all(include_archived=False)
        self.medication.clear()
        for med in meds:
            self.medication.addItem(med.name)
        self.medication.setEditText(typed)
        usual = next((m for m in meds if m.bedtime), None)
        if not typed and usual is not None and not self._typing.typed:
            # Most doses added next morning are the usual bedtime one: offer it ready to add.
            with self._typing.loading():
                self.medication.setEditText(usual.name)
                self.amount.setValue(usual.usual_amount or 0)
                self.unit.setText(usual.unit or "")

    def _selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [cell.data(ID_ROLE) for r in rows if (cell := self.table.item(r, 0)) is not None]

    def _typed(self) -> dict[str, Any]:
        """The form as typed; InputError (with its sentence) for a time that is not one."""
        return {
            "medication": self.medication.currentText(),
            "local_time": self.time_field.value(),
            "amount": self.amount.value() or None,
            "unit": self.unit.text().strip() or None,
            "note": self.note.text(),
        }

    def _attempt(self, call: Callable[[int | None], object]) -> bool:
        """One service call; a refused input is one sentence, a DST fold is asked about."""
        problem = attempt(self, call, zone=self._doses.zone, choose_fold=self._choose_fold)
        if problem is not None:
            self.message.setText(problem)
        return problem is None

    # -- slots: one service call each ---------------------------------------------------------

    def add_dose(self) -> None:
        night = self._night
        if self._attempt(lambda fold: self._doses.add(night=night, fold=fold, **self._typed())):
            self._typing.used()
            self.message.setText(self.tr("Dose added."))

    def save(self) -> None:
        ids = self._selected_ids()
        if ids:
            self._save_to(ids[0])

    def _save_to(self, dose_id: str) -> bool:
        if not self._attempt(lambda fold: self._doses.edit(dose_id, fold=fold, **self._typed())):
            return False
        self._typing.used()
        self.message.setText(self.tr("Dose changed."))
        return True

    def delete_selected(self) -> None:
        self._attempt(lambda _fold: self._doses.delete_many(self._selected_ids()))

    def restore_selected(self) -> None:
        ids = [item.data(ID_ROLE) for item in self.trash.selectedItems()]
        self._attempt(lambda _fold: self._doses.restore_many(ids))

    def _on_diary(self) -> None:
        self.diary_requested.emit(self._night)

    def _on_table_selection_changed(self) -> None:
        ids = self._selected_ids()
        self.save_button.setEnabled(bool(ids))
        dose = self._doses.get(ids[0]) if ids else None
        if dose is None or dose.id == self._loaded:
            return
        if self._keeps_typing():
            return
        self._loaded = dose.id
        minutes = dose.local_ms // 60_000 % 1440
        with self._typing.loading():
            self.time_field.set_value(time(minutes // 60, minutes % 60))
            self.medication.setEditText(dose.medication)
            self.amount.setValue(dose.amount or 0)
            self.unit.setText(dose.unit or "")
            self.note.setText(dose.note)

    def _keeps_typing(self) -> bool:
        """Ask what to do with typing not used yet before a chosen dose replaces it; True
        when it stays in the form (the choice goes back to the dose it was typed for)."""
        if not self._typing.typed:
            return False
        loaded = self._doses.get(self._loaded) if self._loaded else None
        if loaded is None:
            question = self.tr("The dose you typed is not added yet.")
            answer = self._ask_unsaved(self, question, self.tr("Add it"))
            if answer is Unsaved.SAVE:
                self.add_dose()
        else:
            question = self.tr("Your changes to the dose at %1 are not saved yet.").replace(
                "%1", clock_text(loaded)
            )
            answer = self._ask_unsaved(self, question, self.tr("Save them"))
            if answer is Unsaved.SAVE:
                self._save_to(loaded.id)
        if answer is Unsaved.DISCARD or (answer is Unsaved.SAVE and not self._typing.typed):
            return False
        self.table.blockSignals(True)
        self.table.clearSelection()
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if cell is not None and cell.data(ID_ROLE) == self._loaded:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self.save_button.setEnabled(bool(self._selected_ids()))
        return True

    def _on_medication_activated(self, _index: int) -> None:
        med = self._meds.get(self.medication.currentText())
        if med is not None:
            self.amount.setValue(med.usual_amount or 0)
            self.unit.setText(med.unit or "")
