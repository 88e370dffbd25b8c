"""Journeys in the real window on Xvfb: export, import with its preview, the clinic folder, and
moving to a new laptop with the window alone. Keys are typed with xdotool as a person types
them, into Qt's own file dialog (no desktop's dialog under Xvfb); results are read back with
the command line."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from realapp import RealApp, launch, run_cli, stop, wait_for, wait_for_window, xdotool, xvfb
from report_helpers import fill_demo
from saa_files import Saa, saa_csv
from timehelp import utc_ms

pytestmark = pytest.mark.realwindow

STEP_S = 30.0
TYPE_DELAY_MS = "40"  # a path is long; still typed key by key


class ExchangeApp(RealApp):
    """The real app with its Menu, file dialogs and a quit that checks the log."""

    def menu(self, mnemonic: str) -> None:
        """Click the Menu button (the top bar's right end) and choose an item by its letter."""
        geometry = xdotool(self.display, "getwindowgeometry", "--shell", self.main).stdout
        width = int(dict(line.split("=") for line in geometry.split())["WIDTH"])
        before = self._shown()
        xdotool(self.display, "mousemove", "--window", self.main, str(width - 50), "25",
                "click", "1")  # fmt: skip
        # The popup menu is an unnamed window of the app, shown on top.
        wait_for("the menu", lambda: len(self._shown()) > len(before), STEP_S)
        self.screenshot("menu")
        xdotool(self.display, "key", mnemonic)

    def _shown(self) -> list[str]:
        found = xdotool(self.display, "search", "--onlyvisible", "--pid", str(self.app.pid),
                        "--name", "", check=False)  # fmt: skip
        return found.stdout.split()

    def type_path(self, path: Path | str) -> None:
        """Into the file dialog, which has the keyboard (its name field is focused)."""
        xdotool(self.display, "type", "--delay", TYPE_DELAY_MS, str(path))

    def read(self, window: str) -> None:
        """Wait until the import window has read the chosen file (its title says so)."""
        wait_for(
            "the chosen file read",
            lambda: (
                xdotool(self.display, "getwindowname", window).stdout.strip() == "Import — Hypnic"
            ),
            STEP_S,
        )

    def file_dialog(self, owner: str, *known: str) -> str:
        """Press Enter in ``owner`` (its default button opens the dialog) and wait for it."""
        self.keys(owner, "Return")
        dialog = self.new_window(self.main, owner, *known)
        # The dialog takes the keyboard itself; wait until its name field has it.
        xdotool(self.display, "windowfocus", "--sync", dialog)
        return dialog

    def screenshot(self, name: str) -> None:
        if shutil.which("import"):
            # Only the picture waits: the X server repaints what a closed dialog uncovered.
            time.sleep(0.5)
            subprocess.run(
                ["import", "-window", "root", str(self.artifacts / f"{name}.png")],
                env={"DISPLAY": self.display, "PATH": "/usr/bin:/bin"},
                timeout=STEP_S,
                check=False,
            )

    def quit(self) -> None:
        self.keys(self.main, "ctrl+q")
        try:
            self.app.wait(timeout=15)
        except subprocess.TimeoutExpired:
            stop(self.app)
        assert "Traceback" not in self.log.read_text(errors="replace")


@contextmanager
def real_app(data_dir: Path, artifacts: Path, screen: str = "1024x600x24") -> Iterator[ExchangeApp]:
    artifacts.mkdir(parents=True, exist_ok=True)
    log = artifacts / "app.log"
    app: subprocess.Popen[bytes] | None = None
    with xvfb(artifacts / "xvfb.log", screen) as display:
        try:
            app = launch(display, data_dir, log, extra_env={"TZ": "Europe/Berlin"})
            main = wait_for_window(display, app, log)
            yield ExchangeApp(display, app, data_dir, artifacts, log, main)
        finally:
            stop(app)
    print(f"real-window artifacts in {artifacts}")


def exported(data_dir: Path, *args: str) -> str:
    done = run_cli(data_dir, "export", *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def without_exported_at(text: str) -> object:
    doc = json.loads(text)
    doc.pop("exported_at")
    return doc


def wait_file(path: Path) -> None:
    wait_for(f"{path.name} written", path.is_file, STEP_S)


def test_export_a_table_and_be_refused_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    fill_demo(data, nights=20)
    documents = tmp_path / "documents"
    documents.mkdir()
    refused = data / "export.csv"
    with real_app(data, tmp_path / "artifacts") as real:
        real.keys(real.main, "ctrl+e")
        window = real.new_window(real.main)
        real.screenshot("export-window")

        # First into Hypnic's own folder: refused, nothing written, the window stays.
        dialog = real.file_dialog(window)
        real.keys(dialog, "ctrl+a")
        real.type_path(refused)
        real.keys(dialog, "Return")
        real.gone(dialog)
        real.screenshot("export-refused")

        # Then into the person's documents.
        dialog = real.file_dialog(window)
        real.keys(dialog, "ctrl+a")
        real.type_path(documents / "nights.csv")
        real.keys(dialog, "Return")
        wait_file(documents / "nights.csv")
        real.screenshot("export-done")
        real.keys(window, "Escape")
        real.gone(window)
        real.quit()
    assert not refused.exists()
    assert (documents / "nights.csv").read_text(encoding="utf-8") == exported(data)


def test_import_with_its_preview_then_the_command_line_shows_the_events(tmp_path: Path) -> None:
    old = tmp_path / "old"
    fill_demo(old, nights=10)
    file = tmp_path / "documents" / "from-old.csv"
    file.parent.mkdir()
    assert run_cli(old, "export", "-o", str(file)).returncode == 0
    sleep_file = tmp_path / "documents" / "sleep-export.csv"
    sleep_file.write_bytes(
        saa_csv(Saa(utc_ms(2026, 11, 20, 21, 30), "Europe/Berlin", 7.5, "Restless #legs"))
    )
    record = tmp_path / "documents" / "clinic-record.json"  # the wrong one of the two
    assert run_cli(old, "export", "--format", "fhir", "-o", str(record)).returncode == 0
    data = tmp_path / "data"
    with real_app(data, tmp_path / "artifacts") as real:
        real.keys(real.main, "ctrl+i")
        window = real.new_window(real.main)
        real.screenshot("import-window")
        # First the clinic record by mistake: refused in one sentence, nothing changes, and
        # Enter chooses again.
        dialog = real.file_dialog(window)
        real.keys(dialog, "ctrl+a")
        real.type_path(record)
        real.keys(dialog, "Return")
        real.gone(dialog)
        real.read(window)
        real.screenshot("import-refused")
        assert exported(data).count("\n") == 1
        dialog = real.file_dialog(window)
        real.keys(dialog, "ctrl+a")
        real.type_path(file)
        real.keys(dialog, "Return")
        real.gone(dialog)
        real.read(window)
        real.screenshot("import-preview")
        assert exported(data).count("\n") == 1  # the preview changed nothing: a header only

        real.keys(window, "Return")  # Import is the default button once the preview shows
        wait_for("the import", lambda: exported(data).count("\n") > 1, STEP_S)
        real.screenshot("import-done")

        # A Sleep as Android file, found out from its first line; then Cancel imports nothing.
        dialog = real.file_dialog(window)
        real.keys(dialog, "ctrl+a")
        real.type_path(sleep_file)
        real.keys(dialog, "Return")
        real.gone(dialog)
        real.read(window)
        real.screenshot("import-sleep-preview")
        real.keys(window, "Escape")
        real.gone(window)
        real.quit()
    assert exported(data) == exported(old)
    nights = json.loads(run_cli(data, "nights", "--json").stdout)
    # Cancelled: nothing of the Sleep as Android file (a table of events brings no lights-out).
    assert nights and all(n["lights_out"] is None and n["tags"] == [] for n in nights)


def test_a_patient_moves_to_a_new_laptop_with_the_window_alone(tmp_path: Path) -> None:
    old, new = tmp_path / "old-laptop", tmp_path / "new-laptop"
    fill_demo(old, nights=30)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    backup = stick / "hypnic-backup.json"
    with real_app(old, tmp_path / "artifacts-old") as real:
        real.menu("e")  # Menu → Export…
        window = real.new_window(real.main)
        real.keys(window, "alt+b")  # Full backup (JSON)
        real.screenshot("backup-chosen")
        dialog = real.file_dialog(window)
        real.keys(dialog, "ctrl+a")
        real.type_path(backup)
        real.keys(dialog, "Return")
        wait_file(backup)
        real.screenshot("backup-written")
        real.quit()
    assert json.loads(backup.read_text(encoding="utf-8"))["format"] == "hypnic"

    with real_app(new, tmp_path / "artifacts-new") as real:
        real.keys(real.main, "ctrl+i")
        window = real.new_window(real.main)
        dialog = real.file_dialog(window)
        real.keys(dialog, "ctrl+a")
        real.type_path(backup)
        real.keys(dialog, "Return")
        real.gone(dialog)
        real.read(window)
        real.screenshot("backup-preview")
        real.keys(window, "Return")
        wait_for(
            "the backup imported",
            lambda: (
                without_exported_at(exported(new, "--format", "json"))
                == without_exported_at(exported(old, "--format", "json"))
            ),
            STEP_S,
        )
        real.screenshot("backup-imported")
        real.quit()
    assert without_exported_at(exported(new, "--format", "json")) == without_exported_at(
        exported(old, "--format", "json")
    )


def test_prepare_for_the_clinic_writes_three_files_into_the_chosen_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    fill_demo(data, nights=20)
    clinic = tmp_path / "documents" / "clinic"
    clinic.mkdir(parents=True)
    with real_app(data, tmp_path / "artifacts") as real:
        real.keys(real.main, "ctrl+shift+p")
        window = real.new_window(real.main)
        real.screenshot("clinic-window")
        dialog = real.file_dialog(window)
        # Qt's folder dialog: the parent typed with its slash opens it; the folder's name and
        # Enter choose it.
        real.type_path(f"{clinic.parent}/")
        real.type_path(clinic.name)
        real.keys(dialog, "Return")
        wait_for("three files", lambda: len(list(clinic.iterdir())) == 3, STEP_S)
        real.screenshot("clinic-done")
        real.quit()
    names = sorted(p.name for p in clinic.iterdir())
    assert names == [
        "hypnic-2026-11-05-to-2026-11-24.csv",
        "hypnic-fhir-2026-11-05-to-2026-11-24.json",
        "hypnic-summary-2026-11-05-to-2026-11-24.pdf",
    ]
    assert (clinic / names[2]).read_bytes().startswith(b"%PDF")
    table = exported(data, "--from", "2026-11-05", "--to", "2026-11-24")
    assert (clinic / names[0]).read_text(encoding="utf-8") == table
