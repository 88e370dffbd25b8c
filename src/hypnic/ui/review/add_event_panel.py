"""The inline form for adding a missed event: time, kind, observer, note and an Add button."""

from __future__ import annotations

from datetime import time
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hypnic.domain.errors import InputError
from hypnic.domain.events import Observer
from hypnic.domain.kinds import Kind
from hypnic.domain.limits import MAX_NOTE
from hypnic.ui.common.clock_time_field import ClockTimeField
from hypnic.ui.review.event_table_model import marker_icon_16

FIRST_TIME = time(23, 0)


class AddEventPanel(QFrame):
    """A row of fields under the table; it only gathers input, the editor saves it.

    Keys: Tab goes time → kind → who → note → Add; a letter in the kind list picks the kind
    whose name starts with it; Enter in the time or the note adds.

    Signals:
        add_requested(object, str, object, str): local time, kind key, Observer, note.
        refused(str): the time typed is not a time of day (the sentence; nothing is added).
        close_requested(): the person closed the form.
    """

    add_requested = Signal(object, str, object, str)
    refused = Signal(str)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Add a missed event"))
        # With seconds, as the table it adds to shows them.
        self.time_field = ClockTimeField(
            self.tr("Time of the missed event"), seconds=True, parent=self
        )
        self.time_field.set_value(FIRST_TIME)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of the missed event"))
        self.kind_combo.setMinimumContentsLength(10)
        self.by_combo = QComboBox(self)
        self.by_combo.setAccessibleName(self.tr("Who noticed the missed event"))
        self.by_combo.addItem(self.tr("Self"), Observer.SELF.value)
        self.by_combo.addItem(self.tr("Partner"), Observer.PARTNER.value)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setAccessibleName(self.tr("Note for the missed event"))
        self.note_edit.setPlaceholderText(self.tr("Note (optional)"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add the missed event"))
        self.add_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the add form"))

        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        for text, field in (
            (self.tr("&Time"), self.time_field),
            (self.tr("&Kind"), self.kind_combo),
            (self.tr("&By"), self.by_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field)
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.close_button)

        self.chain_after(None)

        self.add_button.clicked.connect(self._on_add_clicked)
        self.time_field.returnPressed.connect(self._on_add_clicked)
        self.time_field.refused.connect(self.refused)
        self.note_edit.returnPressed.connect(self._on_add_clicked)
        self.close_button.clicked.connect(self.close_requested)

    def set_kinds(self, kinds: list[Kind]) -> None:
        """Offer the active kinds, keeping the current choice when it is still offered."""
        current = self.kind_combo.currentData()
        self.kind_combo.clear()
        for kind in kinds:
            self.kind_combo.addItem(marker_icon_16(kind.shape, kind.colour), kind.label, kind.key)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(current), 0))

    def chain_after(self, previous: QWidget | None) -> None:
        """Tab order: (``previous`` →) time → kind → who → note → Add → Close."""
        chain: list[QWidget] = [self.time_field, self.kind_combo, self.by_combo, self.note_edit]
        chain += [self.add_button, self.close_button]
        if previous is not None:
            chain.insert(0, previous)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def put_away(self, *, focus: QWidget) -> bool:
        """Escape in the form: hide it (what is typed stays for next time) and give ``focus``
        the keyboard; False when the keyboard was not in the form."""
        focused = QApplication.focusWidget()
        if not self.isVisible() or focused is None or not self.isAncestorOf(focused):
            return False
        self.hide()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_time(self) -> None:
        """Put the keyboard in the time field with the whole time selected."""
        self.time_field.take_focus()

    def ready_for_next(self) -> None:
        """After an event was added: no note, the time selected for the next one."""
        self.note_edit.clear()
        self.focus_time()

    def _on_add_clicked(self) -> None:
        try:
            local_time = self.time_field.value()
        except InputError:
            self.focus_time()  # the field said why; the person retypes the time
            return
        assert local_time is not None  # the field is not optional
        self.add_requested.emit(
            local_time,
            str(self.kind_combo.currentData()),
            Observer(str(self.by_combo.currentData())),
            self.note_edit.text(),
        )
