"""The Patient tab: saves to the store, refuses a bad date with one sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hypnic.domain.patient import BIRTH_KEY, NAME_KEY
from hypnic.services.patient import PatientDetails
from hypnic.store import Store
from hypnic.ui.settings.patient_form import PatientForm


def test_save_and_refuse(qtbot, store: Store) -> None:
    form = PatientForm(patient=PatientDetails(store=store))
    qtbot.addWidget(form)
    qtbot.keyClicks(form.name_edit, "Anna Example")
    qtbot.keyClicks(form.birth_edit, "1961-04-23")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert store.settings.get(NAME_KEY) == "Anna Example"
    assert store.settings.get(BIRTH_KEY) == "1961-04-23"
    assert form.message.text() == "Saved."

    form.birth_edit.setText("23/04/61")
    qtbot.keyClick(form.birth_edit, Qt.Key.Key_Return)
    assert "is not a date like" in form.message.text()
    assert store.settings.get(BIRTH_KEY) == "1961-04-23"
