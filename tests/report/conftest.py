"""Fixtures for the summary: a demo store and `hypnic` run in-process."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from hypnic.cli.main import main
from report_helpers import enrich_demo, fill_demo


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def _zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    fill_demo(data_dir)
    return data_dir


@pytest.fixture
def rich_dir(tmp_path: Path) -> Path:
    """The demo with what it lacks: diaries, onsets, tags, quiet nights and rest tests."""
    data_dir = tmp_path / "rich"
    fill_demo(data_dir)
    enrich_demo(data_dir)
    return data_dir


@pytest.fixture
def hypnic(capsys: pytest.CaptureFixture[str], qapp: object) -> Callable[..., Result]:
    """Run `hypnic --data-dir DIR ARGS...` in-process.

    ``qapp`` first: the command reuses a running application, and the widget tests in this
    process need theirs to be pytest-qt's QApplication, not a bare QGuiApplication.
    """

    def run(data_dir: Path, *args: str) -> Result:
        capsys.readouterr()
        try:
            code = main(["--data-dir", str(data_dir), *args])
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
