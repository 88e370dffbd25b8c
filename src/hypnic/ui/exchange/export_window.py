"""The Export window: a table of events (CSV), a full backup (JSON) or a clinic record (FHIR),
of every night or some, to a file the person picks (DESIGN section 5's `hypnic export`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.errors import HypnicError
from hypnic.domain.period import Period
from hypnic.services.exchange import DataExchange, ExportFormat, describe_error
from hypnic.ui.common.close_keys import add_close_keys
from hypnic.ui.exchange.night_range import NightRange

_SUFFIX = {ExportFormat.CSV: "csv", ExportFormat.JSON: "json", ExportFormat.FHIR: "json"}


class ExportWindow(QDialog):
    """Choose what and which nights, then Export… asks where (non-modal).

    Keys: Alt+C, Alt+B, Alt+R choose the format (or the arrow keys); Alt+A all nights, Alt+O
    only some; Enter or Alt+E exports; Escape or Ctrl+W closes.
    """

    def __init__(self, *, exchange: DataExchange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exchange = exchange
        self._folder = Path.home()
        tr = self.tr
        self.setWindowTitle(tr("Export — Hypnic"))
        self.setAccessibleName(tr("Export"))
        self.setModal(False)
        intro = QLabel(
            tr("Save your nights in a file. Nothing leaves this computer unless you take or "
               "send the file yourself."), self,
        )  # fmt: skip
        intro.setWordWrap(True)

        self.formats = QButtonGroup(self)
        what = QGroupBox(tr("What to export"), self)
        column = QVBoxLayout(what)
        choices = (
            (ExportFormat.CSV, tr("Table of events (&CSV), to open in a spreadsheet")),
            (ExportFormat.JSON, tr("Full &backup (JSON): everything Hypnic holds, to move to a "
                                   "new computer")),
            (ExportFormat.FHIR, tr("Clinic &record (HL7 FHIR), for a clinic's computer system")),
        )  # fmt: skip
        self.format_buttons: dict[ExportFormat, QRadioButton] = {}
        for fmt, text in choices:
            button = QRadioButton(text, what)
            button.setAccessibleName(text.replace("&", ""))
            self.formats.addButton(button)
            self.format_buttons[fmt] = button
            column.addWidget(button)
        self.format_buttons[ExportFormat.CSV].setChecked(True)

        nights = QGroupBox(tr("Which nights"), self)
        column = QVBoxLayout(nights)
        self.all_nights = QRadioButton(nights)
        self.some_nights = QRadioButton(tr("&Only these nights:"), nights)
        self.some_nights.setAccessibleName(tr("Only these nights"))
        self.range = NightRange(tonight=exchange.tonight(), parent=nights)
        # Shown with "Only these nights": the themes draw a disabled field as an editable one.
        self.range.setVisible(False)
        self.some_nights.toggled.connect(self.range.setVisible)
        column.addWidget(self.all_nights)
        column.addWidget(self.some_nights)
        column.addWidget(self.range)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Export result"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(tr("&Export…"), self)
        self.export_button.setAccessibleName(tr("Export to a file"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        close = QPushButton(tr("Close"), self)
        close.setAccessibleName(tr("Close the export window"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        for part in (intro, what, nights, self.status):
            layout.addWidget(part)
        layout.addStretch(1)
        layout.addWidget(buttons)
        add_close_keys(self)
        self.refresh()
        self.resize(640, 400)

    def refresh(self) -> None:
        """Show the nights the store holds now (an import may have added some)."""
        logged = self._exchange.logged_nights()
        if logged is None:
            self.all_nights.setText(self.tr("&All nights (none recorded yet)"))
            tonight = self._exchange.tonight()
            self.range.set_period(Period(tonight, tonight))
        else:
            self.all_nights.setText(
                self.tr("&All nights (%1 to %2)")
                .replace("%1", str(logged.first))
                .replace("%2", str(logged.last))
            )
            self.range.set_period(logged)
        self.all_nights.setAccessibleName(self.all_nights.text().replace("&", ""))
        if not self.some_nights.isChecked():
            self.all_nights.setChecked(True)

    def present(self) -> None:
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()

    def chosen_format(self) -> ExportFormat:
        return next(f for f, b in self.format_buttons.items() if b.isChecked())

    def default_name(self) -> str:
        """hypnic-2026-11-01-to-2026-11-30.csv (the nights chosen, or all the nights held)."""
        fmt = self.chosen_format()
        period = self.range.period() if self.some_nights.isChecked() else None
        if fmt == ExportFormat.JSON and period is None:
            return f"hypnic-backup-{self._exchange.tonight()}.json"
        span = period or self._exchange.logged_nights()
        stem = f"{span.first}-to-{span.last}" if span else str(self._exchange.tonight())
        prefix = "hypnic-fhir" if fmt == ExportFormat.FHIR else "hypnic"
        return f"{prefix}-{stem}.{_SUFFIX[fmt]}"

    def export(self) -> None:
        """Ask where, then write; the result or the refusal is said in one sentence."""
        fmt = self.chosen_format()
        first = last = None
        if self.some_nights.isChecked():
            period = self.range.period()
            if period is None:
                self.status.setText(self.tr("The first night is after the last night."))
                return
            first, last = period.first, period.last
        kind = {ExportFormat.CSV: self.tr("Tables (*.csv)"),
                ExportFormat.JSON: self.tr("Hypnic backups (*.json)"),
                ExportFormat.FHIR: self.tr("FHIR bundles (*.json)")}[fmt]  # fmt: skip
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to a file"), str(self._folder / self.default_name()),
            f"{kind};;{self.tr('All files (*)')}",
        )  # fmt: skip
        self.activateWindow()  # back from the dialog (without a window manager nothing is)
        if not name:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = self._exchange.export(Path(name), fmt, first, last)
        except HypnicError as exc:
            self.status.setText(describe_error(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._folder = done.path.parent
        text = self.tr("Exported %n event(s) to %1.", "", done.events).replace("%1", str(done.path))
        if fmt == ExportFormat.JSON:
            text += " " + self.tr(
                "On the new computer, open Hypnic and choose Menu → Import… with this file."
            )
        if done.left_out:
            text += " " + self.tr("Hypnic %1.").replace("%1", done.left_out)
        self.status.setText(text)
