"""Prepare for the clinic: the summary (PDF), the clinic record (FHIR) and the table of events
(CSV) of the same nights, written into one folder the person picks; nothing is sent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.errors import HypnicError
from hypnic.domain.period import SummaryRequest
from hypnic.services.exchange import ClinicFolder, DataExchange, describe_error
from hypnic.ui.common.close_keys import add_close_keys
from hypnic.ui.exchange.night_range import NightRange


class ClinicWindow(QDialog):
    """Choose the nights (those of the summary by default), then a folder; says what was
    written there with the sizes, and offers to open the folder (non-modal).

    Keys: Alt+F and Alt+T the nights; Enter or Alt+C chooses the folder and writes; then
    Alt+O opens the folder; Escape or Ctrl+W closes.
    """

    def __init__(self, *, exchange: DataExchange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exchange = exchange
        self._folder: Path | None = None
        tr = self.tr
        self.setWindowTitle(tr("Prepare for the clinic — Hypnic"))
        self.setAccessibleName(tr("Prepare for the clinic"))
        self.setModal(False)
        intro = QLabel(
            tr("Hypnic writes three files into a folder you choose: the summary for your "
               "neurologist (PDF), a record a clinic's computer system can read (HL7 FHIR) and "
               "a table of every event (CSV). Nothing is sent anywhere: you take the folder "
               "to the clinic, or send it yourself."), self,
        )  # fmt: skip
        intro.setWordWrap(True)
        nights_label = QLabel(tr("Nights (those of the summary unless you change them):"), self)
        self.range = NightRange(tonight=exchange.tonight(), parent=self)
        self.write_button = QPushButton(tr("&Choose a folder and write the files…"), self)
        self.write_button.setAccessibleName(tr("Choose a folder and write the three files"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        self.contents = QLabel(self)
        self.contents.setWordWrap(True)
        self.contents.setAccessibleName(tr("What is in the folder"))
        self.contents.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(tr("&Open the folder"), self)
        self.open_button.setAccessibleName(tr("Open the folder in the file manager"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_folder)
        close = QPushButton(tr("Close"), self)
        close.setAccessibleName(tr("Close the clinic window"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        # Shown once there is a folder (after addButton, which shows it): the themes draw a
        # disabled button as an enabled one.
        self.open_button.setVisible(False)

        layout = QVBoxLayout(self)
        for part in (intro, nights_label, self.range):
            layout.addWidget(part)
        layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.contents)
        layout.addStretch(1)
        layout.addWidget(buttons)
        add_close_keys(self)
        self.range.set_period(exchange.summary_period())
        self.write_button.setFocus()  # the nights are usually right as they are
        self.resize(640, 360)

    def present(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    def write(self) -> None:
        period = self.range.period()
        if period is None:
            self.contents.setText(self.tr("The first night is after the last night."))
            return
        start = self._folder or Path.home()
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the clinic"), str(start)
        )
        self.activateWindow()  # back from the dialog (without a window manager nothing is)
        if not name:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = self._exchange.prepare_for_clinic(
                Path(name), SummaryRequest(first=period.first, last=period.last)
            )
        except HypnicError as exc:
            self.contents.setText(describe_error(exc))
            self.open_button.setVisible(False)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._folder = done.folder
        self.contents.setText(self._describe(done))
        self.open_button.setVisible(True)
        self.open_button.setFocus()

    def _describe(self, done: ClinicFolder) -> str:
        locale = QLocale()
        what = (self.tr("the summary to print or show"), self.tr("the record for a clinic's "
                "system"), self.tr("the table of events"))  # fmt: skip
        lines = [
            self.tr("Written into %1, for the nights %2 to %3:")
            .replace("%1", str(done.folder))
            .replace("%2", str(done.period.first))
            .replace("%3", str(done.period.last))
        ]
        for written, words in zip(done.files, what, strict=True):
            size = locale.formattedDataSize(
                written.size, 0, QLocale.DataSizeFormat.DataSizeSIFormat
            )
            lines.append(f"  • {written.path.name} ({size}): {words}")
        return "\n".join(lines)

    def open_folder(self) -> None:
        """Show the folder in the file manager (nothing is sent)."""
        if self._folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))
