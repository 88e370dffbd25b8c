"""The Summary window: print preview, Print and Save as PDF of the doctor's summary.

The preview, the printer and the PDF all go through ``hypnic.report.render.render_report``,
so what the preview shows is what the printer and the file get.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.errors import HypnicError, InputError
from hypnic.domain.period import SummaryRequest
from hypnic.report.build import build_report
from hypnic.report.model import ReportModel
from hypnic.report.words import Summary
from hypnic.services.summary import SummarySource
from hypnic.ui.common.close_keys import add_close_keys
from hypnic.ui.common.locale_text import medium_date_format
from hypnic.ui.common.window_fit import size_to_screen

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

SUMMARY_LANGUAGES = (("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"))


class SummaryWindow(QWidget):
    """A non-modal window choosing the period and patient name, then preview, print or save.

    The summary is built from the same period data as `hypnic report` (``SummarySource``).
    """

    def __init__(self, *, source: SummarySource, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._source = source
        self._preview: QPrintPreviewDialog | None = None
        self._preview_printer: QPrinter | None = None
        self.setWindowTitle(self.tr("Summary for the doctor — Hypnic"))
        self.first_edit = QDateEdit()
        self.last_edit = QDateEdit()
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(medium_date_format())
        self.patient_edit = QLineEdit()
        self.patient_edit.setPlaceholderText(self.tr("optional"))
        stored = source.stored_patient_name()
        if stored:
            self.patient_edit.setPlaceholderText(stored)
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("As the locale suggests"), None)
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("Letter"), "letter")
        # Each language named in itself: the doctor's language may not be the window's.
        self.language_combo = QComboBox()
        for code, name in SUMMARY_LANGUAGES:
            self.language_combo.addItem(name, code)

        intro = QLabel(
            self.tr(
                "One to two pages for your neurologist, readable in black and white: how often, "
                "when in the night, in what pattern, and whether a medication changed it."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&First night"), self.first_edit)
        form.addRow(self.tr("&Last night"), self.last_edit)
        form.addRow(self.tr("Patient &name"), self.patient_edit)
        form.addRow(self.tr("Pa&per"), self.paper_combo)
        form.addRow(self.tr("Lan&guage of the summary"), self.language_combo)
        named: tuple[tuple[QWidget, str], ...] = (
            (self.first_edit, self.tr("First night")),
            (self.last_edit, self.tr("Last night")),
            (self.patient_edit, self.tr("Patient name")),
            (self.paper_combo, self.tr("Paper size")),
            (self.language_combo, self.tr("Language of the summary")),
        )
        for field, name in named:
            field.setAccessibleName(name)

        self.preview_button = QPushButton(self.tr("Print pre&view…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.preview_button.clicked.connect(self.show_preview)
        self.print_button.clicked.connect(self.print_summary)
        self.save_button.clicked.connect(self.save_pdf)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        self.status = QLabel()
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._set_default_period()
        self.setMinimumWidth(520)
        add_close_keys(self)

    # -- the model -------------------------------------------------------------------------

    def _set_default_period(self) -> None:
        # A night after tonight does not exist yet: neither picker goes past it.
        tonight = self._source.tonight()
        for edit in (self.first_edit, self.last_edit):
            edit.setMaximumDate(QDate(tonight.year, tonight.month, tonight.day))
        period = self._source.default_period()
        first, last = period.first, period.last
        self.first_edit.setDate(QDate(first.year, first.month, first.day))
        self.last_edit.setDate(QDate(last.year, last.month, last.day))

    def request(self) -> SummaryRequest:
        first = _to_date(self.first_edit.date())
        last = _to_date(self.last_edit.date())
        patient = " ".join(self.patient_edit.text().split()) or None
        return SummaryRequest(first=first, last=last, patient=patient)

    def paper(self) -> str | None:
        data = self.paper_combo.currentData()
        return str(data) if data else None

    def language(self) -> str:
        """The summary's language code (en, de, fr, es)."""
        return str(self.language_combo.currentData())

    def set_language(self, code: str) -> None:
        index = self.language_combo.findData(code)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)

    def words(self) -> Summary:
        """Every word of the summary in the chosen language (English where no translation)."""
        return Summary(self.language())

    def model(self) -> ReportModel:
        period, data = self._source.read(self.request())
        now = self._source.clock.now()
        generated = (datetime(1970, 1, 1) + timedelta(milliseconds=now.local_ms)).date()
        return build_report(period=period, data=data, generated=generated)

    # -- the three ways out ------------------------------------------------------------------

    def _printer(self) -> QPrinter:
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrinter

        from hypnic.report.render import page_size

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setPageLayout(
            QPageLayout(
                page_size(self.paper()), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
            )
        )
        return printer

    def _paint(self, printer: QPrinter) -> None:
        from hypnic.report.render import render_report

        try:
            render_report(self.model(), printer, self.words())
        except HypnicError as exc:
            self.status.setText(_sentence(exc))

    def show_preview(self) -> None:
        """Open the print preview beside this window (not modal)."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        if not self._valid_period():
            return
        # The dialog does not own its printer: keep it alive as long as the dialog.
        self._preview_printer = self._printer()
        dialog = QPrintPreviewDialog(self._preview_printer, self)
        dialog.setWindowTitle(self.tr("Summary preview — Hypnic"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paintRequested.connect(self._paint)
        dialog.finished.connect(self._on_preview_finished)
        _ink_on_paper(dialog)
        size_to_screen(dialog, 900, 1000)
        self._preview = dialog
        dialog.setModal(False)
        dialog.show()

    def _on_preview_finished(self) -> None:
        self._preview = None

    def preview_dialog(self) -> QPrintPreviewDialog | None:
        """The open preview dialog, if any (for tests and the menu that opens it)."""
        return self._preview

    def print_summary(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        if not self._valid_period():
            return
        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._paint(printer)
            self.status.setText(self.tr("Sent to the printer."))

    def save_pdf(self) -> None:
        from hypnic.report.render import pdf_bytes

        if not self._valid_period():
            return
        request = self.request()
        suggested = f"hypnic-summary-{request.first}-to-{request.last}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary as PDF"), str(Path.home() / suggested),
            self.tr("PDF documents (*.pdf)"),
        )  # fmt: skip
        if not name:
            return
        try:
            data, pages = pdf_bytes(self.model(), self.paper(), self.words())
            self._source.save(Path(name), data)
        except HypnicError as exc:
            self.status.setText(_sentence(exc))
            return
        self.status.setText(self.tr("Saved %n page(s) to %1.", "", pages).replace("%1", name))

    def _valid_period(self) -> bool:
        request = self.request()
        if request.first is not None and request.last is not None and request.first > request.last:
            self.status.setText(self.tr("The first night is after the last night."))
            return False
        return True


def _sentence(exc: HypnicError) -> str:
    """The error as one sentence for this window (without the command line's field name)."""
    return exc.message if isinstance(exc, InputError) else str(exc)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _ink_on_paper(dialog: QWidget) -> None:
    """Black ink for the preview's pages, whatever the window's theme.

    Replaying a recorded page, Qt's preview starts its painter with the widget's text colour
    and keeps it for text whose pen equals the printer's default (black): in the night theme
    the summary previewed in brown while the PDF, from the same code, is black.
    """
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    for preview in dialog.findChildren(QPrintPreviewWidget):
        # Each child too: under an application style sheet a palette does not propagate.
        for widget in (preview, *preview.findChildren(QWidget)):
            palette = widget.palette()
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
                palette.setColor(role, QColor("#000000"))
            widget.setPalette(palette)
