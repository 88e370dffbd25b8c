"""The patient's name and date of birth, printed on the doctor's summary."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from hypnic.domain.errors import InputError
from hypnic.services.patient import PatientDetails


class PatientForm(QWidget):
    """Two optional fields and Save; a refused value is one sentence, nothing changed."""

    def __init__(self, *, patient: PatientDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._patient = patient
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Patient name"))
        self.name_edit.setPlaceholderText(self.tr("optional"))
        self.birth_edit = QLineEdit(self)
        self.birth_edit.setAccessibleName(self.tr("Date of birth"))
        self.birth_edit.setPlaceholderText(self.tr("YYYY-MM-DD, optional"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save the patient's details"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(self.tr("Message"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Printed in the header of the summary for the doctor.")))
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("Date of &birth"), self.birth_edit)
        form.addRow("", self.save_button)
        form.addRow(self.message)
        self.save_button.clicked.connect(self.save)
        for edit in (self.name_edit, self.birth_edit):
            edit.returnPressed.connect(self.save)
            # Typed details are saved when the field is left, as the diary's answers are.
            edit.editingFinished.connect(self.keep_typed)
        patient.changed.connect(self.show_values)
        self.show_values()

    def show_values(self) -> None:
        stored = self._patient.patient
        born = stored.date_of_birth
        for edit, text in (
            (self.name_edit, stored.name or ""),
            (self.birth_edit, born.isoformat() if born else ""),
        ):
            if not edit.isModified():  # never over what the person is typing
                edit.setText(text)

    def keep_typed(self) -> bool:
        """Save what was typed and not saved yet (on leaving a field, closing, quitting)."""
        if self.name_edit.isModified() or self.birth_edit.isModified():
            return self.save()
        return True

    def save(self) -> bool:
        try:
            self._patient.set(self.name_edit.text(), self.birth_edit.text())
        except InputError as exc:
            self.message.setText(exc.describe()[:1].upper() + exc.describe()[1:] + ".")
            return False
        for edit in (self.name_edit, self.birth_edit):
            edit.setModified(False)
        self.show_values()
        self.message.setText(self.tr("Saved."))
        return True
