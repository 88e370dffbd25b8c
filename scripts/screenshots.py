"""Render the README and AppStream screenshots from the demo data, so they stay true.

    .venv/bin/python scripts/screenshots.py [--out DIR] [--offscreen] [--language CODE]
        [--text-scale PERCENT] [--high-contrast] [SHOT ...]

Each shot is a small function in SHOTS that builds one view on a demo store and returns the widget
to grab (or writes its PNG itself). By default the views are drawn on a private Xvfb screen (a free
display in :300-:399), as on a real desktop; --offscreen uses Qt's offscreen platform instead.
Add a view by writing one more function and listing it in SHOTS (README and AppStream) or in
CHECKS (the other windows, drawn only when named: for looking at every window in a language,
at a text size or in high contrast). ``--language de`` draws the window in German, as the README's
German screenshots are (``make readme-screenshots``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    from hypnic.app import Composition
    from hypnic.store import Store
    from hypnic.ui.bedside.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "packaging" / "screenshots"


@dataclass
class Demo:
    """The demo store and the app wired on it exactly as ``hypnic --demo`` wires it."""

    data_dir: Path
    store: Store
    composition: Composition
    last_night: date
    language: str = "en"
    text_scale: int = 100
    high_contrast: bool = False

    @property
    def window(self) -> MainWindow:
        return self.composition.window


Shot = Callable[[Demo, Path], "QWidget | None"]


def bedside_night(demo: Demo, out: Path) -> QWidget:
    """The bedside panel in the night theme, after a few taps tonight."""
    demo.window.apply_preferences()
    for kind in ("jerk", "jerk", "kick", "jerk", "deep_itch"):
        demo.composition.event_log.log_tap(kind)
    demo.window.resize(1280, 800)
    return demo.window


def night_view(demo: Demo, out: Path) -> QWidget:
    """The review window on the latest demo night, as the app builds it (day theme)."""
    demo.composition.windows.set_theme(_day(demo))
    editor = demo.composition.windows.show_review(demo.last_night)
    editor.resize(1280, 800)
    return editor


def history_view(demo: Demo, out: Path) -> QWidget:
    """Many nights: actogram, counts per night, intervals, the medication comparison."""
    demo.composition.windows.set_theme(_day(demo))
    window = demo.composition.windows.show_history()
    window.resize(1280, 800)
    return window


def _day(demo: Demo) -> object:
    """Reviewing is a daytime moment: the window's palette and the charts in the day theme."""
    from PySide6.QtWidgets import QApplication

    from hypnic.ui.common.theme import apply_theme, theme_for

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    day = theme_for("day", high_contrast=demo.high_contrast)
    apply_theme(app, day, demo.text_scale)
    return day


def settings_window(demo: Demo, out: Path) -> QWidget:
    """Kinds and settings, on its Preferences page (language, text size, contrast)."""
    window = demo.composition.windows.show_settings()
    window.tabs.setCurrentWidget(window.preferences_page)
    return window


def settings_kinds(demo: Demo, out: Path) -> QWidget:
    window = demo.composition.windows.show_settings()
    window.tabs.setCurrentWidget(window.kinds_page)
    return window


def diary_form(demo: Demo, out: Path) -> QWidget:
    """The morning diary of the latest demo night."""
    return demo.composition.windows.show_diary(demo.last_night)


def summary_window(demo: Demo, out: Path) -> QWidget:
    return demo.composition.windows.show_summary()


def backups_window(demo: Demo, out: Path) -> QWidget:
    return demo.composition.windows.show_backups()


def bedside_day(demo: Demo, out: Path) -> QWidget:
    """The bedside panel in the day theme."""
    demo.composition.services.preferences.set_theme_mode("day")
    demo.window.resize(1280, 800)
    return demo.window


def summary_page1(demo: Demo, out: Path) -> None:
    """Page 1 of the doctor's summary, from ``hypnic report`` on the demo store (written
    outside the data folder: an output inside it is refused)."""
    language = ["--language", demo.language] if demo.language != "en" else []
    with tempfile.TemporaryDirectory(prefix="hypnic-summary-") as folder:
        pdf = Path(folder) / "summary.pdf"
        subprocess.run(
            [sys.executable, "-m", "hypnic", "--data-dir", str(demo.data_dir), "report",
             "--paper", "a4", *language, "-o", str(pdf)],
            check=True,
        )  # fmt: skip
        prefix = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(prefix)],
            check=True,
        )  # fmt: skip
        shutil.move(f"{prefix}.png", out)


SHOTS: dict[str, Shot] = {
    "bedside-night": bedside_night,
    "night-view": night_view,
    "history-view": history_view,
    "summary-page1": summary_page1,
}
# Every other window, drawn only when named: to look at them in a language, a text size or
# high contrast (TESTING.md: every changed window, in both themes, at 200 % text).
CHECKS: dict[str, Shot] = {
    "bedside-day": bedside_day,
    "settings": settings_window,
    "settings-kinds": settings_kinds,
    "diary": diary_form,
    "summary-window": summary_window,
    "backups": backups_window,
}


def _free_display() -> int:
    for number in range(300, 400):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise RuntimeError("no free X display in :300-:399")


@contextmanager
def _xvfb() -> Iterator[None]:
    number = _free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            if server.poll() is not None:
                raise RuntimeError(f"Xvfb :{number} exited with status {server.returncode}")
            time.sleep(0.05)
        os.environ["DISPLAY"] = f":{number}"
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        yield
    finally:
        server.terminate()
        server.wait()


def _demo(
    data_dir: Path, *, language: str = "en", text_scale: int = 100, high_contrast: bool = False
) -> Demo:
    from hypnic.app import compose
    from hypnic.domain.clock import SystemClock
    from hypnic.domain.demo import generate_demo
    from hypnic.domain.timerules import night_of
    from hypnic.paths import resolve_paths
    from hypnic.services.preferences import Preferences
    from hypnic.store import Store
    from hypnic.store.demo_fill import fill_demo_store

    paths = resolve_paths(str(data_dir))
    store = Store.open(paths.data_dir)
    clock = SystemClock()
    now = clock.now()
    last = night_of(now.utc_ms, now.offset_min, store.settings.day_boundary) - timedelta(days=1)
    fill_demo_store(store, generate_demo(end_night=last, zone=clock.zone))
    # The bedside shot is the night theme, whatever the hour the script runs at.
    preferences = Preferences(path=paths.settings_file)
    preferences.set_theme_mode("night")
    preferences.set_text_scale(text_scale)
    preferences.set_high_contrast(high_contrast)
    composition = compose(store, paths, clock, demo=True)
    return Demo(paths.data_dir, store, composition, last, language, text_scale, high_contrast)


def _settle(app: QCoreApplication, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def render(
    names: list[str],
    out_dir: Path,
    *,
    language: str = "en",
    text_scale: int = 100,
    high_contrast: bool = False,
) -> list[str]:
    """Write ``out_dir/NAME.png`` for each shot; returns the names that failed."""
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtWidgets import QApplication

    from hypnic import languages

    app = QApplication.instance() or QApplication([sys.argv[0]])
    # Before any window is made: each takes its words when it is built.
    languages.install(app, language)
    out_dir.mkdir(parents=True, exist_ok=True)
    failed = []
    with tempfile.TemporaryDirectory(prefix="hypnic-shots-") as tmp:
        demo = _demo(
            Path(tmp), language=language, text_scale=text_scale, high_contrast=high_contrast
        )
        for name in names:
            target = out_dir / f"{name}.png"
            try:
                widget = {**SHOTS, **CHECKS}[name](demo, target)
                if widget is not None:
                    widget.show()
                    _settle(app)
                    if not widget.grab().save(str(target)):
                        raise RuntimeError(f"could not write {target}")
                    widget.hide()  # close() may ask questions
                    _settle(app, 0.1)
            except Exception as exc:  # a view still being built must not stop the others
                print(f"screenshots: {name} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
                failed.append(name)
            else:
                print(f"wrote {target}")
        demo.store.close()
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    every = [*SHOTS, *CHECKS]
    parser.add_argument("shots", nargs="*", metavar="SHOT", help=f"any of {', '.join(every)}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--offscreen", action="store_true", help="no Xvfb: Qt's offscreen platform")
    parser.add_argument("--language", default="en", choices=("en", "de", "fr", "es"))
    parser.add_argument("--text-scale", type=int, default=100, metavar="PERCENT")
    parser.add_argument("--high-contrast", action="store_true")
    parser.add_argument("--all", action="store_true", help="every window, not only the README's")
    args = parser.parse_args()
    names = args.shots or (every if args.all else list(SHOTS))
    unknown = [name for name in names if name not in every]
    if unknown:
        parser.error(f"unknown shot {', '.join(unknown)}; choose from {', '.join(every)}")
    options = {
        "language": args.language,
        "text_scale": args.text_scale,
        "high_contrast": args.high_contrast,
    }
    if args.offscreen or not shutil.which("Xvfb"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        failed = render(names, args.out, **options)
    else:
        with _xvfb():
            failed = render(names, args.out, **options)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
