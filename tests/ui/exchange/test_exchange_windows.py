"""Export, Import and Prepare for the clinic in the wired app: the menu opens each window once,
the keyboard alone works them, every format is written and read by the command line's
operations, and an import reaches every open view. Only the file pickers are mocked."""

from __future__ import annotations

import csv
import io
import json
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from appkit import compose_app, settle
from hypnic.app import Composition
from hypnic.cli.main import main
from hypnic.domain.clock import FixedClock
from hypnic.domain.errors import StoreFullError
from hypnic.services.exchange import ExportFormat
from hypnic.store import Store
from hypnic.ui.exchange.import_window import ImportWindow
from report_helpers import END_NIGHT, fill_demo
from saa_files import Saa, saa_csv
from timehelp import utc_ms

ZONE = ZoneInfo("Europe/Berlin")
# The evening after the demo's last night: tonight is the 25th.
NOW = utc_ms(2026, 11, 25, 20, 0)
MENU = ("&Export…", "&Import…", "Prepare for the &clinic…")

pytestmark = pytest.mark.qt_log_ignore("does not support raise")


@pytest.fixture(autouse=True)
def _zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")


@pytest.fixture
def outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of the person's own, outside Hypnic's folders."""
    return tmp_path_factory.mktemp("documents")


@pytest.fixture
def demo_app(qtbot, tmp_path: Path) -> Iterator[Composition]:  # type: ignore[no-untyped-def]
    fill_demo(tmp_path / "data", nights=20)
    store = Store.open(tmp_path / "data")
    yield compose_app(qtbot, store, tmp_path / "data", FixedClock(NOW, ZONE))
    store.close()


@pytest.fixture
def empty_app(qtbot, tmp_path: Path) -> Iterator[Composition]:  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "empty")
    yield compose_app(qtbot, store, tmp_path / "empty", FixedClock(NOW, ZONE))
    store.close()


def store_of(app: Composition) -> Store:
    return app.windows._store


def live(store: Store) -> int:
    row = store.conn.execute("SELECT COUNT(*) FROM events WHERE deleted_utc_ms IS NULL")
    return int(row.fetchone()[0])


def cli_export(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "export", *args]) == 0
    return capsys.readouterr().out


def save_dialog(monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> list[str]:
    """Answer the save dialog with ``answer`` (None: cancelled); returns the names offered."""
    offered: list[str] = []

    def ask(parent, title, suggested, filters):  # type: ignore[no-untyped-def]
        offered.append(suggested)
        return (str(answer) if answer else "", filters.split(";;")[0])

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return offered


def open_dialog(monkeypatch: pytest.MonkeyPatch, answer: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(answer), "All files (*)")
    )


def read_chosen(qtbot, window: ImportWindow) -> None:  # type: ignore[no-untyped-def]
    """The chosen file is read off the GUI thread: wait for its preview."""
    qtbot.waitUntil(lambda: not window.reading(), timeout=20_000)


def imported(qtbot, window: ImportWindow) -> None:  # type: ignore[no-untyped-def]
    """The import is written off the GUI thread: wait until it is done."""
    qtbot.waitUntil(lambda: not window.importing(), timeout=30_000)


def folder_dialog(monkeypatch: pytest.MonkeyPatch, answer: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(answer))


def active(qtbot, window: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    """The window as the person has it: in front, with the keyboard (keys are shortcuts)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window.focusWidget() or window


def menu_action(app: Composition, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in app.window.menu.actions() if a.text() == text)


# -- the menu and the keyboard -----------------------------------------------------------------


def test_the_menu_opens_each_window_once_and_escape_or_ctrl_w_closes_it(
    qtbot, demo_app: Composition
) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for a in demo_app.window.menu.actions()]
    for text in MENU:
        assert text in texts
    assert texts.index("Back&ups…") < texts.index(MENU[0]) < texts.index("&Full screen")
    shortcuts = {menu_action(demo_app, t).shortcut().toString() for t in MENU}
    assert shortcuts == {"Ctrl+E", "Ctrl+I", "Ctrl+Shift+P"}
    for text, close_key in zip(MENU, ("Escape", "Ctrl+W", "Escape"), strict=True):
        menu_action(demo_app, text).trigger()
        shown = [w for w in _exchange_windows(demo_app) if w.isVisible()]
        assert len(shown) == 1, text
        window = shown[0]
        assert not window.isModal()
        menu_action(demo_app, text).trigger()
        assert [w for w in _exchange_windows(demo_app) if w.isVisible()] == [window]  # one
        focus = active(qtbot, window)
        if close_key == "Escape":
            qtbot.keyClick(focus, Qt.Key.Key_Escape)
        else:
            qtbot.keyClick(focus, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
        assert not window.isVisible()


@pytest.mark.parametrize("show", ["show_export", "show_import", "show_clinic"])
def test_escape_and_ctrl_w_close_each_window_from_every_control(
    qtbot, demo_app: Composition, show: str
) -> None:  # type: ignore[no-untyped-def]
    window = getattr(demo_app.windows, show)()
    stops = _tab_chain(window)
    assert len(stops) >= 3
    keys = ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier))  # fmt: skip
    for stop in stops:
        for key, modifier in keys:
            getattr(demo_app.windows, show)()
            active(qtbot, window)
            stop.setFocus()
            qtbot.waitUntil(stop.hasFocus)
            qtbot.keyClick(stop, key, modifier)
            assert not window.isVisible(), (type(stop).__name__, stop.accessibleName(), key)


@pytest.mark.parametrize("show", ["show_export", "show_import", "show_clinic"])
def test_each_alt_letter_reaches_one_control(demo_app: Composition, show: str) -> None:
    """An Alt+letter shared by two controls only moves the focus between them (Qt's ambiguous
    shortcut): it would not choose the format it names."""
    window = getattr(demo_app.windows, show)()
    if show == "show_export":
        window.some_nights.click()  # the dates shown too
    letters: dict[str, str] = {}
    for control in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if not control.isVisibleTo(window):
            continue
        text = control.text().replace("&&", "")
        if "&" in text:
            letter = text[text.index("&") + 1].lower()
            assert letter not in letters, (letters[letter], text)
            letters[letter] = text


def _tab_chain(window: QWidget) -> list[QWidget]:
    """Every control Tab reaches in ``window``, in order."""
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and widget not in stops:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(window)
                and widget.isEnabled()):  # fmt: skip
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def _exchange_windows(app: Composition) -> list[QWidget]:
    w = app.windows
    return [x for x in (w._export, w._import, w._clinic) if x is not None]


def test_every_control_has_an_accessible_name_and_each_window_fits_1024_by_600(
    demo_app: Composition,
) -> None:
    windows = (
        demo_app.windows.show_export(),
        demo_app.windows.show_import(),
        demo_app.windows.show_clinic(),
    )
    for window in windows:
        assert window.accessibleName()
        controls = window.findChildren(QAbstractButton) + window.findChildren(QComboBox)
        controls += window.findChildren(QDateEdit) + window.findChildren(QPlainTextEdit)
        assert controls
        for control in controls:
            if control.parent() is not None and control.isVisibleTo(window):
                assert control.accessibleName(), (type(window).__name__, control)
        assert window.width() <= 1024 and window.height() <= 600
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 560


def test_the_export_works_from_the_keyboard_alone(
    qtbot, demo_app: Composition, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Alt+B chooses the backup, Enter exports; the name offered says what it is."""
    offered = save_dialog(monkeypatch, outside / "moving.json")
    window = demo_app.windows.show_export()
    qtbot.keyClick(active(qtbot, window), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.format_buttons[ExportFormat.JSON].isChecked)  # an animated click
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert [Path(o).name for o in offered] == ["hypnic-backup-2026-11-25.json"]
    assert json.loads((outside / "moving.json").read_text(encoding="utf-8"))["format"] == "hypnic"
    assert "On the new computer" in window.status.text()


# -- export ----------------------------------------------------------------------------------

FORMATS = {
    "csv": ("Table of events (&CSV)", "hypnic-2026-11-05-to-2026-11-24.csv"),
    "json": ("Full &backup", "hypnic-backup-2026-11-25.json"),
    "fhir": ("Clinic &record", "hypnic-fhir-2026-11-05-to-2026-11-24.json"),
}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_the_export_window_writes_each_format_as_the_command_line_does(
    demo_app: Composition,
    outside: Path,
    fmt: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = outside / f"chosen.{fmt}"
    offered = save_dialog(monkeypatch, target)
    window = demo_app.windows.show_export()
    start, name = FORMATS[fmt]
    next(b for b in window.format_buttons.values() if b.text().startswith(start)).click()
    window.export_button.click()
    assert [Path(o).name for o in offered] == [name]
    events = live(store_of(demo_app))
    assert window.status.text().startswith(f"Exported {events} event(s) to {target}.")
    written = target.read_bytes().decode("utf-8")
    expected = cli_export(store_of(demo_app).path.parent, capsys, "--format", fmt)
    if fmt == "csv":
        assert written == expected
    else:
        doc, cli_doc = json.loads(written), json.loads(expected)
        assert doc.keys() == cli_doc.keys()
        key = "events" if fmt == "json" else "entry"
        assert len(doc[key]) == len(cli_doc[key]) > events // 2


def test_the_export_of_some_nights_holds_those_nights_only(
    demo_app: Composition, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered = save_dialog(monkeypatch, outside / "november.csv")
    window = demo_app.windows.show_export()
    # Not offered with all nights (a disabled field looks editable in both themes).
    assert not window.range.isVisibleTo(window)
    window.some_nights.click()
    assert window.range.isVisibleTo(window)
    window.range.first_edit.setDate(QDate(2026, 11, 10))
    window.range.last_edit.setDate(QDate(2026, 11, 12))
    window.export_button.click()
    assert Path(offered[0]).name == "hypnic-2026-11-10-to-2026-11-12.csv"
    text = (outside / "november.csv").read_text(encoding="utf-8")
    assert {r["night"] for r in csv.DictReader(io.StringIO(text))} == {
        "2026-11-10", "2026-11-11", "2026-11-12",
    }  # fmt: skip


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_an_export_into_the_data_folder_is_refused_in_one_sentence(
    demo_app: Composition, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = store_of(demo_app).path.parent
    before = sorted(p.name for p in data.iterdir())
    save_dialog(monkeypatch, data / f"export.{fmt}")
    window = demo_app.windows.show_export()
    start, _ = FORMATS[fmt]
    next(b for b in window.format_buttons.values() if b.text().startswith(start)).click()
    window.export_button.click()
    said = window.status.text()
    assert "inside Hypnic's folder" in said and "choose another folder" in said
    assert "\n" not in said and said.count(". ") == 0
    assert sorted(p.name for p in data.iterdir()) == before


def test_a_cancelled_save_dialog_writes_nothing(
    demo_app: Composition, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_dialog(monkeypatch, None)
    window = demo_app.windows.show_export()
    window.export_button.click()
    assert window.status.text() == ""
    assert list(outside.iterdir()) == []


# -- import ----------------------------------------------------------------------------------


def export_of_demo(tmp_path: Path, outside: Path, fmt: str) -> Path:
    """A file exported from another store (the old laptop) by the command line."""
    fill_demo(tmp_path / "old-laptop", nights=20)
    target = outside / f"from-old.{fmt}"
    assert main(["--data-dir", str(tmp_path / "old-laptop"), "export", "--format", fmt,
                 "-o", str(target)]) == 0  # fmt: skip
    return target


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_hypnic_file_is_previewed_then_imported_and_every_open_view_follows(
    qtbot,
    empty_app: Composition,
    tmp_path: Path,
    outside: Path,
    fmt: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    file = export_of_demo(tmp_path, outside, fmt)
    store = store_of(empty_app)
    history = empty_app.windows.show_history()
    review = empty_app.windows.show_review(END_NIGHT)
    assert review.model.rowCount() == 0
    open_dialog(monkeypatch, file)
    window = empty_app.windows.show_import()
    qtbot.keyClick(window, Qt.Key.Key_Return)  # Enter: Choose a file…
    read_chosen(qtbot, window)
    text = window.preview.toPlainText()
    kind = "backup (JSON)" if fmt == "json" else "table of events (CSV)"
    assert text.startswith(f"{file} is a Hypnic {kind}, found from what the file holds.")
    assert "Importing it would add:" in text and " event(s)" in text
    if fmt == "json":
        assert "dose(s)" in text and "1 new medication(s): Clonazepam" in text
    assert live(store) == 0  # the preview changed nothing
    assert window.import_button.isEnabled() and window.import_button.isDefault()

    qtbot.keyClick(window, Qt.Key.Key_Return)  # Enter: Import
    imported(qtbot, window)
    assert live(store) > 100
    assert window.preview.toPlainText().splitlines()[2] == "Added:"
    assert "Backups" in window.status.text()
    assert not window.import_button.isVisibleTo(window)
    qtbot.waitUntil(lambda: review.model.rowCount() > 0)
    qtbot.waitUntil(lambda: any(r.logged for r in history.view.history.rows), timeout=3000)
    if fmt == "json":
        assert empty_app.services.medications.all()

    window.choose_file()  # the same file again: all there already
    read_chosen(qtbot, window)
    assert "importing it would change nothing" in window.preview.toPlainText()
    assert not window.import_button.isVisibleTo(window)
    assert window.cancel_button.text() == "Close"


def test_a_sleep_as_android_file_is_found_out_and_imported_once(
    qtbot, empty_app: Composition, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    file = outside / "sleep-export.csv"
    file.write_bytes(saa_csv(
        Saa(utc_ms(2026, 11, 20, 21, 30), "Europe/Berlin", 7.5, "Restless #legs"),
        Saa(utc_ms(2026, 11, 21, 22, 0), "Europe/Berlin", 6.0, "calm"),
    ))  # fmt: skip
    open_dialog(monkeypatch, file)
    store = store_of(empty_app)
    review = empty_app.windows.show_review(date(2026, 11, 20))
    window = empty_app.windows.show_import()
    window.choose_button.click()
    read_chosen(qtbot, window)
    text = window.preview.toPlainText()
    assert text.splitlines()[:2] == [
        f"{file} is a Sleep as Android export (CSV), found from what the file holds.",
        "It holds 2 sleep record(s).",
    ]
    assert "lights-out on 2 night(s)" in text and "1 new tag(s): legs" in text
    window.import_button.click()
    imported(qtbot, window)
    lights = [r.night for r in store.nights.between(None, None) if r.lights_out is not None]
    assert lights == [date(2026, 11, 20), date(2026, 11, 21)]
    qtbot.waitUntil(lambda: review.lights_out_field.text() != "")
    window.choose_button.click()
    read_chosen(qtbot, window)
    assert "importing it would change nothing" in window.preview.toPlainText()


def test_the_kind_of_file_can_be_chosen(
    qtbot, empty_app: Composition, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    file = outside / "sleep.txt"
    file.write_bytes(saa_csv(Saa(utc_ms(2026, 11, 20, 21, 30), "Europe/Berlin", 7.5)))
    open_dialog(monkeypatch, file)
    window = empty_app.windows.show_import()
    window.source_combo.setCurrentIndex(window.source_combo.findText("Sleep as Android (CSV)"))
    window.choose_button.click()
    read_chosen(qtbot, window)
    said = window.preview.toPlainText()
    assert said.startswith(f"{file} is a Sleep as Android export (CSV).\n")
    window.source_combo.setCurrentIndex(window.source_combo.findText("Hypnic (CSV or JSON backup)"))
    window.choose_button.click()
    read_chosen(qtbot, window)
    assert window.pending() is None
    assert window.preview.toPlainText().startswith(f"{file}, line 1, field ")


def test_kinds_the_store_lacks_are_offered_and_the_bedside_gets_their_buttons(
    qtbot, empty_app: Composition, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    file = outside / "wobbles.csv"
    file.write_text(
        "id,night,time,kind,by,note\n"
        "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b01,2026-11-25,2026-11-25T20:30:00.000+01:00,wobble,self,\n"
        "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b02,2026-11-25,2026-11-25T20:31:00.000+01:00,jerk,self,\n",
        encoding="utf-8",
    )
    open_dialog(monkeypatch, file)
    panel = empty_app.window.panel
    assert "wobble" not in panel.buttons()
    jerks = panel.buttons()["jerk"].accessibleDescription()
    window = empty_app.windows.show_import()
    window.choose_button.click()
    read_chosen(qtbot, window)
    assert window.add_kinds.isVisibleTo(window)
    assert "wobble" in window.add_kinds.text()
    assert window.import_button.isVisibleTo(window)
    assert not window.import_button.isEnabled()  # all or nothing: not without the kind
    # From the keyboard: Alt+A ticks the box that names the kind, then Enter imports.
    qtbot.keyClick(active(qtbot, window), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.add_kinds.isChecked)
    assert window.import_button.isEnabled() and window.import_button.isDefault()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    imported(qtbot, window)
    assert "1 new kind(s): Wobble" in window.preview.toPlainText()
    assert "wobble" in panel.buttons()  # the bedside rebuilt its buttons
    assert panel.buttons()["jerk"].accessibleDescription() != jerks  # and counted tonight


BAD = (
    "id,night,time,kind,by,note\n"
    "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b00,2026-11-20,2026-11-20T23:00:00,jerk,self,\n"
)


def test_a_file_it_cannot_read_is_refused_in_the_command_line_s_words(
    qtbot,
    empty_app: Composition, outside: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    file = outside / "bad.csv"
    file.write_text(BAD, encoding="utf-8")
    open_dialog(monkeypatch, file)
    window = empty_app.windows.show_import()
    window.choose_button.click()
    read_chosen(qtbot, window)
    capsys.readouterr()
    data_dir = store_of(empty_app).path.parent
    assert main(["--data-dir", str(data_dir), "import", str(file), "--dry-run"]) == 2
    said = window.preview.toPlainText()
    assert f"hypnic: {said}" == capsys.readouterr().err.strip()
    assert said.startswith(f"{file}, line 2, field 'time': ")
    assert window.status.text() == "Nothing has changed. Choose another file, or Close."
    assert window.pending() is None and not window.import_button.isVisibleTo(window)


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as out:
        out.truncate(size)


# What a patient may choose by mistake, each answered where the preview would be (the eye is
# there, not on the small line at the foot), naming the file and the line.
HOSTILE: dict[str, tuple[str, object, str]] = {
    "empty": ("nights.csv", b"", ", line 1: is empty; expected the header"),
    "binary": ("photo.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe",
               ", line 1: is not a text file; choose a CSV or JSON file"),
    "huge": ("everything.csv", 201_000_000, ": is larger than 200 MB"),
    "bad row": ("nights.csv", BAD.encode() + b"trailing", ", line 2, field 'time': "),
    "newer": ("backup.json", b'{"format": "hypnic",\n "version": 99}',
              ", line 2, field 'version': was written by a newer Hypnic (format version 99)"),
    "fhir": ("record.json", b'{"resourceType": "Bundle", "type": "collection"}',
             ", line 1, field 'resourceType': is an HL7 FHIR record"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_file_chosen_by_mistake_is_one_sentence_and_changes_nothing(
    qtbot,
    demo_app: Composition,
    outside: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    case: str,
) -> None:  # type: ignore[no-untyped-def]
    name, content, said = HOSTILE[case]
    file = outside / name
    if isinstance(content, int):
        _sparse(file, content)
    else:
        assert isinstance(content, bytes)
        file.write_bytes(content)
    data_dir = store_of(demo_app).path.parent
    before = cli_export(data_dir, capsys, "--format", "json")
    open_dialog(monkeypatch, file)
    window = demo_app.windows.show_import()
    with qtbot.assertNotEmitted(demo_app.windows.data_exchange().changed):
        qtbot.keyClick(active(qtbot, window), Qt.Key.Key_Return)  # Enter: Choose a file…
        read_chosen(qtbot, window)
    text = window.preview.toPlainText()
    assert text.startswith(f"{file}{said}"), text
    assert "\n" not in text and len(text) <= 500
    assert window.status.text().startswith("Nothing has changed.")
    assert window.pending() is None and not window.import_button.isVisibleTo(window)
    assert window.choose_button.hasFocus()  # Enter again: another file
    after = cli_export(data_dir, capsys, "--format", "json")
    assert json.loads(after) | {"exported_at": 0} == json.loads(before) | {"exported_at": 0}
    assert import_backups(data_dir) == []  # not even the backup before an import was made


def import_backups(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "backups").glob("hypnic-before-import-*"))


def test_while_a_file_is_read_the_window_says_so_and_stays_free(
    qtbot, empty_app: Composition, tmp_path: Path, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A big file is read off the GUI thread: the window says so, keeps answering (Close
    forgets the file), and shows the preview when the reading ends."""
    file = export_of_demo(tmp_path, outside, "csv")
    open_dialog(monkeypatch, file)
    exchange = empty_app.windows.data_exchange()
    read = exchange.read_import
    go_on = threading.Event()
    on_gui_thread: list[bool] = []

    def slow_read(*args: object) -> object:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        assert go_on.wait(20)
        return read(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(exchange, "read_import", slow_read)
    window = empty_app.windows.show_import()
    window.choose_button.click()
    assert window.reading()
    assert window.preview.toPlainText() == f"Reading {file}… A big file can take a minute or more."
    assert window.windowTitle() == "Import (reading the file…) — Hypnic"
    qtbot.wait(50)  # the event loop runs while the file is read
    assert window.reading() and on_gui_thread == [False]
    qtbot.keyClick(window, Qt.Key.Key_Return)  # Enter waits: no second chooser, no import
    assert window.reading()

    # Closed while reading: the file is forgotten, not shown (or imported) later.
    window.close()
    go_on.set()
    qtbot.waitUntil(lambda: len(on_gui_thread) == 1 and not window.reading())
    qtbot.wait(50)
    window = empty_app.windows.show_import()
    assert window.pending() is None and window.preview.toPlainText() == ""

    window.choose_button.click()
    read_chosen(qtbot, window)
    assert window.preview.toPlainText().startswith(f"{file} is a Hypnic table")
    assert window.import_button.isEnabled() and window.windowTitle() == "Import — Hypnic"


def _fail_late(monkeypatch: pytest.MonkeyPatch, table: object, method: str) -> list[str]:
    """``table.method`` fails as a full disk does, after the writes before it in the import's
    transaction; returns a log that it was reached."""
    reached: list[str] = []

    def full(*args: object, **kwargs: object) -> None:
        reached.append(method)
        raise StoreFullError("The disk is full.")

    monkeypatch.setattr(table, method, full)
    return reached


@pytest.mark.parametrize("fmt", ["json", "sleep-as-android"])
def test_an_import_that_fails_halfway_changes_nothing_and_says_so(
    qtbot,
    empty_app: Composition,
    tmp_path: Path,
    outside: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
) -> None:  # type: ignore[no-untyped-def]
    store = store_of(empty_app)
    data_dir = store.path.parent
    if fmt == "json":
        file = export_of_demo(tmp_path, outside, "json")
        # Kinds, night records, settings, medications, doses, tags, diary and rest tests are
        # written, then the events (last) fail.
        # (On every connection: the import is written on one of its own.)
        reached = _fail_late(monkeypatch, type(store.events), "add_many_in")
    else:
        file = outside / "sleep-export.csv"
        file.write_bytes(saa_csv(
            Saa(utc_ms(2026, 11, 20, 21, 30), "Europe/Berlin", 7.5, "Restless #legs"),
            Saa(utc_ms(2026, 11, 21, 22, 0), "Europe/Berlin", 6.0, "calm #new"),
        ))  # fmt: skip
        # Lights-out and notes of both nights and the new tags are written, then the tags of
        # the nights fail.
        reached = _fail_late(monkeypatch, type(store.tags), "set_night_in")
    before = cli_export(data_dir, capsys, "--format", "json")
    open_dialog(monkeypatch, file)
    window = empty_app.windows.show_import()
    window.choose_button.click()
    read_chosen(qtbot, window)
    assert window.import_button.isEnabled()
    shown = window.preview.toPlainText()
    with qtbot.assertNotEmitted(empty_app.windows.data_exchange().changed):
        qtbot.keyClick(active(qtbot, window), Qt.Key.Key_Return)  # Enter: Import
        imported(qtbot, window)
    assert reached  # it did fail halfway, inside the transaction
    assert window.status.text() == (
        "The disk is full. Nothing was imported; your data is as it was."
    )
    assert window.preview.toPlainText() == shown  # still what it would add: Import again
    assert window.pending() is not None and window.import_button.isEnabled()
    after = cli_export(data_dir, capsys, "--format", "json")
    assert json.loads(after) | {"exported_at": 0} == json.loads(before) | {"exported_at": 0}


def test_cancel_imports_nothing_and_forgets_the_preview(
    qtbot,
    empty_app: Composition,
    tmp_path: Path,
    outside: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    open_dialog(monkeypatch, export_of_demo(tmp_path, outside, "csv"))
    window = empty_app.windows.show_import()
    window.choose_button.click()
    read_chosen(qtbot, window)
    assert window.pending() is not None and window.cancel_button.text() == "Cancel"
    window.cancel_button.click()
    assert not window.isVisible()
    empty_app.windows.show_import()
    assert window.pending() is None and not window.import_button.isEnabled()
    assert window.cancel_button.text() == "Close"
    assert live(store_of(empty_app)) == 0


def test_a_tap_while_the_preview_waits_is_kept_and_not_doubled(
    qtbot, empty_app: Composition, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    log = empty_app.event_log
    log.log_tap("kick")
    settle(qtbot, log)
    file = outside / "tonight.csv"
    data_dir = store_of(empty_app).path.parent
    assert main(["--data-dir", str(data_dir), "export", "-o", str(file)]) == 0
    open_dialog(monkeypatch, file)
    window = empty_app.windows.show_import()
    window.choose_button.click()
    read_chosen(qtbot, window)
    assert "importing it would change nothing" in window.preview.toPlainText()
    assert live(store_of(empty_app)) == 1


# -- the clinic folder -------------------------------------------------------------------------


def test_the_clinic_folder_gets_three_files_and_can_be_opened(
    demo_app: Composition, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder_dialog(monkeypatch, outside)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = demo_app.windows.show_clinic()
    assert window.range.first_edit.date() == QDate(2026, 10, 26).addDays(10)  # trimmed: 11-05
    assert window.range.last_edit.date() == QDate(2026, 11, 24)
    assert not window.open_button.isVisibleTo(window)  # not offered before there is a folder
    window.write_button.click()
    span = "2026-11-05-to-2026-11-24"
    names = [f"hypnic-summary-{span}.pdf", f"hypnic-fhir-{span}.json", f"hypnic-{span}.csv"]
    assert sorted(p.name for p in outside.iterdir()) == sorted(names)
    said = window.contents.text().splitlines()
    assert said[0] == f"Written into {outside}, for the nights 2026-11-05 to 2026-11-24:"
    for line, name in zip(said[1:], names, strict=True):
        assert line.startswith(f"  • {name} (") and " kB)" in line
    assert (outside / names[0]).read_bytes().startswith(b"%PDF")
    assert window.open_button.isVisibleTo(window)
    assert window.focusWidget() is window.open_button
    window.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(outside))]


def test_the_clinic_folder_is_never_the_data_folder(
    demo_app: Composition, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = store_of(demo_app).path.parent
    before = sorted(p.name for p in data.iterdir())
    folder_dialog(monkeypatch, data)
    window = demo_app.windows.show_clinic()
    window.write_button.click()
    assert "inside Hypnic's folder" in window.contents.text()
    assert not window.open_button.isVisibleTo(window)
    assert sorted(p.name for p in data.iterdir()) == before


def test_a_chosen_period_is_the_period_of_all_three(
    demo_app: Composition, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder_dialog(monkeypatch, outside)
    window = demo_app.windows.show_clinic()
    window.range.first_edit.setDate(QDate(2026, 11, 20))
    window.write_button.click()
    names = sorted(p.name for p in outside.iterdir())
    assert names == sorted(n.replace("SPAN", "2026-11-20-to-2026-11-24") for n in (
        "hypnic-summary-SPAN.pdf", "hypnic-fhir-SPAN.json", "hypnic-SPAN.csv"))  # fmt: skip
    table = (outside / "hypnic-2026-11-20-to-2026-11-24.csv").read_text(encoding="utf-8")
    nights = {r["night"] for r in csv.DictReader(io.StringIO(table))}
    assert min(nights) == "2026-11-20"


def test_the_bedside_counts_tonight_s_imported_taps(
    qtbot, empty_app: Composition, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Taps rescued to a file (or logged on another computer tonight) count once imported."""
    file = outside / "rescued.csv"
    file.write_text(
        "id,night,time,kind,by,note\n"
        "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b05,2026-11-25,2026-11-25T20:30:00.000+01:00,jerk,self,\n",
        encoding="utf-8",
    )
    open_dialog(monkeypatch, file)
    jerk = empty_app.window.panel.buttons()["jerk"]
    before = jerk.accessibleDescription()
    window = empty_app.windows.show_import()
    window.choose_button.click()
    read_chosen(qtbot, window)
    window.import_button.click()
    imported(qtbot, window)
    assert empty_app.window.panel.buttons()["jerk"] is jerk  # no rebuild: the count followed
    assert jerk.accessibleDescription() != before


def test_the_bedside_takes_taps_while_an_import_is_written(
    qtbot, empty_app: Composition, tmp_path: Path, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A big import is written off the GUI thread: a tap pressed meanwhile is saved (a click
    during a 50 s import was stored 52 s late), and closing the import window does not stop
    the import nor keep its changes from the views."""
    file = export_of_demo(tmp_path, outside, "csv")
    open_dialog(monkeypatch, file)
    exchange = empty_app.windows.data_exchange()
    write = exchange.write_import
    go_on = threading.Event()

    def slow_write(*args: object, **kwargs: object) -> object:
        assert go_on.wait(20)
        return write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(exchange, "write_import", slow_write)
    window = empty_app.windows.show_import()
    window.choose_button.click()
    read_chosen(qtbot, window)
    window.import_button.click()
    assert window.importing()
    assert window.windowTitle() == "Import (importing…) — Hypnic"
    store = store_of(empty_app)
    empty_app.window.show()
    qtbot.waitExposed(empty_app.window)
    qtbot.keyClick(active(qtbot, empty_app.window), Qt.Key.Key_J)  # the bedside, meanwhile
    settle(qtbot, empty_app.event_log)
    assert [e.kind for e in store.events.between_nights(None, None)] == ["jerk"]
    window.close()
    with qtbot.waitSignal(exchange.changed, timeout=30_000):
        go_on.set()
    assert len(store.events.between_nights(None, None)) > 100
