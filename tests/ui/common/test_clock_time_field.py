"""The one clock-time field, typed into key by key as a person types."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from hypnic.domain.errors import InputError
from hypnic.ui.common.clock_time_field import REFUSED_STYLE, ClockTimeField


class Form(QWidget):
    """A field between two others, as in every form that holds one."""

    def __init__(self, **options: bool) -> None:
        super().__init__()
        self.before = QLineEdit(self)
        self.field = ClockTimeField("Lights-out", parent=self, **options)
        self.after = QLineEdit(self)
        layout = QVBoxLayout(self)
        for widget in (self.before, self.field, self.after):
            layout.addWidget(widget)
        self.entered: list[time | None] = []
        self.refused: list[str] = []
        self.field.entered.connect(self.entered.append)
        self.field.refused.connect(self.refused.append)


@pytest.fixture
def form(qtbot) -> Iterator[Form]:
    made = Form()
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    made.activateWindow()
    yield made


def type_into(qtbot, field: ClockTimeField, text: str) -> None:
    field.take_focus()
    qtbot.keyClicks(field, text)


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("23:15", time(23, 15), "23:15"),
        ("2315", time(23, 15), "23:15"),
        ("7:05", time(7, 5), "07:05"),
        ("0715", time(7, 15), "07:15"),
        ("715", time(7, 15), "07:15"),
        ("7", time(7), "07:00"),
        ("23:15:30", time(23, 15), "23:15"),  # the field shows no seconds: they are 0
        ("11:15 pm", time(23, 15), "23:15"),
    ],
)
def test_typed_then_enter_gives_the_time_meant(
    qtbot, form: Form, typed: str, stored: time, shown: str
) -> None:
    form.field.set_value(time(22, 0))
    type_into(qtbot, form.field, typed)
    with qtbot.waitSignal(form.field.returnPressed):
        qtbot.keyClick(form.field, Qt.Key.Key_Return)
    assert form.entered == [stored]
    assert form.field.value() == stored
    assert form.field.text() == shown
    assert form.refused == []


def test_a_field_with_seconds_keeps_typed_seconds(qtbot) -> None:
    field = ClockTimeField("Event time", seconds=True)
    qtbot.addWidget(field)
    field.show()
    type_into(qtbot, field, "00:45:10")
    assert field.value() == time(0, 45, 10)
    field.clear()
    qtbot.keyClicks(field, "0045")
    assert field.value() == time(0, 45, 0)


def test_leaving_with_tab_shows_what_was_read_and_enters_it(qtbot, form: Form) -> None:
    type_into(qtbot, form.field, "2315")
    qtbot.keyClick(form.field, Qt.Key.Key_Tab)
    assert form.after.hasFocus()
    assert form.field.text() == "23:15"
    assert form.entered == [time(23, 15)]


def test_an_unchanged_time_is_not_entered_again(qtbot, form: Form) -> None:
    form.field.set_value(time(23, 15))
    type_into(qtbot, form.field, "2315")
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    assert form.entered == []


@pytest.mark.parametrize("typed", ["25:00", "23:60", "abc", "23155", "13 pm"])
def test_anything_else_is_refused_with_a_sentence_naming_the_field(
    qtbot, form: Form, typed: str
) -> None:
    form.field.set_value(time(22, 0))
    type_into(qtbot, form.field, typed)
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    assert form.entered == []
    [sentence] = form.refused
    assert sentence.startswith(f"Lights-out: “{typed}” is not a time of day")
    assert "23:15" in sentence
    assert form.field.styleSheet() == REFUSED_STYLE
    assert form.field.accessibleDescription() == sentence
    assert sentence.endswith(".")
    with pytest.raises(InputError, match="Lights-out"):
        form.field.value()
    # Typing again takes the mark away; a time is accepted.
    form.field.selectAll()
    qtbot.keyClicks(form.field, "2230")
    assert form.field.styleSheet() == ""
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    assert form.entered == [time(22, 30)]


def test_leaving_a_refused_text_says_so_and_keeps_the_text(qtbot, form: Form) -> None:
    type_into(qtbot, form.field, "23:1x")
    qtbot.keyClick(form.field, Qt.Key.Key_Tab)
    assert form.after.hasFocus()
    assert len(form.refused) == 1
    assert form.field.text() == "23:1x"  # kept to be fixed, not thrown away
    assert form.entered == []


def test_an_empty_field_is_refused_unless_optional(qtbot, form: Form) -> None:
    form.field.set_value(time(22, 0))
    form.field.take_focus()
    qtbot.keyClick(form.field, Qt.Key.Key_Backspace)
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    assert form.refused == ["Lights-out: type a time of day, like 23:15 or 2315."]

    optional = Form(optional=True)
    qtbot.addWidget(optional)
    optional.show()
    optional.field.set_value(time(22, 0))
    optional.field.take_focus()
    qtbot.keyClick(optional.field, Qt.Key.Key_Backspace)
    qtbot.keyClick(optional.field, Qt.Key.Key_Return)
    assert optional.entered == [None]
    assert optional.field.value() is None
    assert optional.refused == []


def test_text_is_selected_on_tab_click_and_programmatic_focus(qtbot, form: Form) -> None:
    form.field.set_value(time(23, 0))
    form.before.setFocus()
    qtbot.keyClick(form.before, Qt.Key.Key_Tab)
    assert form.field.hasFocus()
    assert form.field.selectedText() == "23:00"

    form.after.setFocus()
    assert not form.field.hasFocus()
    qtbot.mouseClick(form.field, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    assert form.field.hasFocus()
    assert form.field.selectedText() == "23:00"

    form.after.setFocus()
    form.field.setFocus()
    assert form.field.selectedText() == "23:00"

    # Typing replaces the selected time.
    qtbot.keyClicks(form.field, "0005")
    assert form.field.value() == time(0, 5)


def test_take_focus_selects_all_even_when_already_focused(qtbot, form: Form) -> None:
    type_into(qtbot, form.field, "23:15")
    assert form.field.selectedText() == ""
    form.field.take_focus()
    assert form.field.selectedText() == "23:15"


def test_the_locales_own_form_is_accepted(qtbot) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        field = ClockTimeField("Dose time")
        qtbot.addWidget(field)
        field.setText("11:15\u202fPM")
        assert field.value() == time(23, 15)
        assert "11:15 PM" in field.toolTip()
        QLocale.setDefault(QLocale("da_DK"))
        danish = ClockTimeField("Dose time")
        qtbot.addWidget(danish)
        danish.setText("23.15")
        assert danish.value() == time(23, 15)
    finally:
        QLocale.setDefault(before)


def test_set_value_emits_nothing_and_clears_a_refusal(qtbot, form: Form) -> None:
    type_into(qtbot, form.field, "99")
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    form.field.set_value(time(21, 5, 40))
    assert form.field.text() == "21:05"
    assert form.field.styleSheet() == ""
    assert form.entered == []


def test_a_huge_paste_is_cut_and_refused(qtbot, form: Form) -> None:
    form.field.take_focus()
    form.field.insert("9" * 1_000_000)
    assert len(form.field.text()) <= 32
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    assert len(form.refused) == 1
