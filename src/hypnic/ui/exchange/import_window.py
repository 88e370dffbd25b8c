"""The Import window: pick a Hypnic file or a Sleep as Android export, read what it would add
(the dry run), then Import or Cancel (DESIGN section 5's `hypnic import`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.errors import HypnicError
from hypnic.services.exchange import (
    DataExchange,
    ImportPreview,
    ImportSource,
    ReadFile,
    WrittenImport,
    describe_error,
)
from hypnic.ui.common.background import Background
from hypnic.ui.common.close_keys import add_close_keys
from hypnic.ui.exchange.import_wording import preview_text, unknown_kinds_text


class ImportWindow(QDialog):
    """Choose a file; its preview says what would be added and what is already there; Import
    writes it all or nothing (after a backup), Cancel changes nothing (non-modal).

    Keys: Alt+K the kind of file; Enter or Alt+C chooses a file; once a preview is shown,
    Enter or Alt+I imports; Escape, Ctrl+W or Cancel closes without importing.
    """

    def __init__(self, *, exchange: DataExchange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exchange = exchange
        self._preview: ImportPreview | None = None
        self._reading = Background(self)
        # Never cancelled: a write that started ends, and its changes reach the views.
        self._writing = Background(self)
        self._folder = Path.home()
        tr = self.tr
        self.setWindowTitle(tr("Import — Hypnic"))
        self.setAccessibleName(tr("Import"))
        self.setModal(False)
        intro = QLabel(
            tr("Add nights from a file: a Hypnic table (CSV) or backup (JSON), or an export of "
               "Sleep as Android. You see what would be added before anything changes."), self,
        )  # fmt: skip
        intro.setWordWrap(True)
        self.source_combo = QComboBox(self)
        self.source_combo.addItem(tr("Find out from the file"), ImportSource.DETECT)
        self.source_combo.addItem(tr("Hypnic (CSV or JSON backup)"), ImportSource.HYPNIC)
        self.source_combo.addItem(tr("Sleep as Android (CSV)"), ImportSource.SLEEP_AS_ANDROID)
        self.source_combo.setAccessibleName(tr("Kind of file"))
        self.choose_button = QPushButton(tr("&Choose a file…"), self)
        self.choose_button.setAccessibleName(tr("Choose a file to import"))
        self.choose_button.clicked.connect(self.choose_file)
        form = QFormLayout()
        form.addRow(tr("&Kind of file"), self.source_combo)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addStretch(1)
        form.addRow("", choose_row)

        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(tr("What the import would add"))
        self.preview.setPlaceholderText(tr("Choose a file to see what it would add."))
        self.add_kinds = QCheckBox(self)
        self.add_kinds.setVisible(False)
        self.add_kinds.toggled.connect(self._update_buttons)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Import result"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.import_button = QPushButton(tr("&Import"), self)
        self.import_button.setAccessibleName(tr("Import what the preview shows"))
        self.import_button.clicked.connect(self.import_file)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setAccessibleName(tr("Cancel: import nothing and close"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.close)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.add_kinds)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        add_close_keys(self)
        self._update_buttons()
        self.choose_button.setFocus()
        self.resize(640, 480)

    def present(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    def hideEvent(self, event: QHideEvent) -> None:
        """Closing is Cancel: a preview left waiting is forgotten, never imported later."""
        self._forget()
        super().hideEvent(event)

    def _forget(self) -> None:
        self._reading.cancel()
        self._done_reading()
        self._preview = None
        self.preview.clear()
        self.status.clear()
        self.add_kinds.setChecked(False)
        self.add_kinds.setVisible(False)
        self._update_buttons()

    def pending(self) -> ImportPreview | None:
        """The preview waiting for Import or Cancel."""
        return self._preview

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to import"), str(self._folder),
            self.tr("Hypnic and Sleep as Android files (*.csv *.json);;All files (*)"),
        )  # fmt: skip
        self.activateWindow()  # back from the dialog (without a window manager nothing is)
        if name:
            self.show_preview(Path(name))

    def reading(self) -> bool:
        """Whether a chosen file is still being read for its preview."""
        return self._reading.busy

    def show_preview(self, path: Path) -> None:
        """Read ``path`` off the GUI thread (the window keeps answering: Cancel forgets it),
        then plan it against the store (nothing changes) and say what importing it would do."""
        self._forget()
        source = ImportSource(self.source_combo.currentData())
        # A big file takes a while to read (up to the 200 MB limit: minutes on a slow
        # machine); say so now rather than show an empty box that looks stuck.
        self.preview.setPlainText(
            self.tr("Reading %1… A big file can take a minute or more.").replace("%1", str(path))
        )
        self.setCursor(Qt.CursorShape.BusyCursor)
        # The title says it too (a taskbar shows it); Enter waits for the preview instead of
        # opening the chooser again.
        self.setWindowTitle(self.tr("Import (reading the file…) — Hypnic"))
        self.choose_button.setDefault(False)
        self.preview.setFocus()
        self._reading.start(
            lambda: self._exchange.read_import(path, source),
            done=lambda read: self._on_read(path, read),
            failed=self._on_read_failed,
        )

    def _done_reading(self) -> None:
        self.unsetCursor()
        self.setWindowTitle(self.tr("Import — Hypnic"))

    def _on_read_failed(self, exc: HypnicError) -> None:
        self._done_reading()
        # Where the eye is, not in the small line at the foot: why, and that nothing changed.
        self.preview.setPlainText(describe_error(exc))
        self.status.setText(self.tr("Nothing has changed. Choose another file, or Close."))
        self._update_buttons()
        self.choose_button.setFocus()

    def _on_read(self, path: Path, read: ReadFile) -> None:
        try:
            preview = self._exchange.plan_import(read)
        except HypnicError as exc:
            self._on_read_failed(exc)
            return
        self._done_reading()
        self._folder = path.parent
        self._preview = preview
        self.preview.setPlainText(preview_text(preview))
        if preview.unknown_kinds:
            self.add_kinds.setText(unknown_kinds_text(preview.unknown_kinds))
            self.add_kinds.setAccessibleName(self.add_kinds.text().replace("&", ""))
            self.add_kinds.setVisible(True)
            self.status.setText(
                self.tr(
                    "Hypnic imports a file whole or not at all: tick the box above to add "
                    "these kinds, or Cancel."
                )
            )
        elif preview.changes_anything:
            self.status.setText(self.tr("Nothing has changed yet. Import, or Cancel?"))
        self._update_buttons()
        (self.import_button if self.import_button.isEnabled() else self.preview).setFocus()

    def importing(self) -> bool:
        """Whether an import is being written (on a worker thread)."""
        return self._writing.busy

    def import_file(self) -> None:
        """Write the previewed file (after a backup) off the GUI thread, so the bedside keeps
        taking taps meanwhile; the preview then says what was added. Closing the window does
        not stop it (all or nothing either way): the views hear of it when it is done."""
        preview = self._preview
        if preview is None or not self.import_button.isEnabled() or self.importing():
            return
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.setWindowTitle(self.tr("Import (importing…) — Hypnic"))
        self.status.setText(self.tr("Importing… A big file can take a minute or more."))
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        add_kinds = self.add_kinds.isChecked()
        self._writing.start(
            lambda: self._exchange.write_import(preview, add_kinds=add_kinds),
            done=self._on_written,
            failed=self._on_write_failed,
        )

    def _end_writing(self) -> None:
        self.choose_button.setEnabled(True)
        self._done_reading()

    def _on_write_failed(self, exc: HypnicError) -> None:
        self._end_writing()
        # All or nothing: the transaction (or the backup before it) failed as a whole.
        said = describe_error(exc)
        if "nothing was imported" not in said.lower():
            said = self.tr("%1 Nothing was imported; your data is as it was.").replace(
                "%1", _sentence(said)
            )
        self.status.setText(said)
        self._update_buttons()

    def _on_written(self, written: WrittenImport) -> None:
        done = self._exchange.finish_import(written)
        self._end_writing()
        self._preview = None
        self.add_kinds.setVisible(False)
        self.preview.setPlainText(preview_text(done.preview, done=True))
        self.status.setText(
            self.tr("Imported. A copy of your data as it was before is kept in Backups.")
            if done.preview.changes_anything
            else self.tr("Nothing was imported: it was all there already.")
        )
        self._update_buttons()
        self.choose_button.setFocus()

    def _update_buttons(self) -> None:
        preview = self._preview
        offered = preview is not None and preview.changes_anything
        agreed = preview is None or not preview.unknown_kinds or self.add_kinds.isChecked()
        ready = offered and agreed
        # Offered only with something to import (a disabled button reads as enabled at night).
        self.import_button.setVisible(offered)
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)
        self.choose_button.setDefault(not ready)
        self.cancel_button.setText(self.tr("Cancel") if offered else self.tr("Close"))


def _sentence(text: str) -> str:
    """``text`` ending as a sentence, so another can follow it."""
    return text if text.endswith((".", "!", "?")) else text + "."
