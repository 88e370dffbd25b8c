"""Fixtures for command-line tests: run `hypnic` in-process on a store in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import Result, Run

from hypnic.cli.main import main


@pytest.fixture(autouse=True)
def _zone(monkeypatch: pytest.MonkeyPatch) -> None:
    # The clock's zone comes from TZ, so every CLI test sees the same local time rules.
    monkeypatch.setenv("TZ", "Europe/Berlin")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def hypnic(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run ``hypnic --data-dir DATA ARGS...`` in-process; returns exit code, stdout, stderr."""

    def run(*args: str) -> Result:
        capsys.readouterr()
        try:
            code = main(["--data-dir", str(data_dir), *args])
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run
