"""Helpers shared by the packaging tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def require_tool(tool: str, package: str) -> str:
    """The tool's path; a missing tool skips the test, or fails it under CI."""
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} not on PATH (apt-get install {package})"
        if in_ci():
            pytest.fail(f"{message}; under CI the packaging checks must run, not skip")
        pytest.skip(message)
    return path


def require_module(module: str) -> None:
    """A missing build tool (the ``package`` extra) skips the test, or fails it under CI."""
    try:
        __import__(module)
    except ImportError:
        message = f"{module} is not installed (pip install -e '.[package]')"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)


def clean_env(**extra: str) -> dict[str, str]:
    """The test's environment without anything that could point Python at the source tree."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(extra)
    return env


def exercise_installed_app(hypnic: Path, work: Path, *, display: str | None) -> None:
    """Run an installed ``hypnic`` command the way a person would, from a folder of its own."""
    import subprocess

    from hypnic import __version__

    def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(hypnic), *args],
            cwd=work,
            env=clean_env(**env),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, f"hypnic {' '.join(args)}: {result.stdout}{result.stderr}"
        return result

    assert run("--version").stdout.strip() == f"hypnic {__version__}"
    data = work / "data"
    run("--data-dir", str(data), "--smoke-test", QT_QPA_PLATFORM="offscreen")
    if display is not None:  # the xcb plugin and its libraries, which offscreen never loads
        run("--data-dir", str(data), "--smoke-test", QT_QPA_PLATFORM="xcb", DISPLAY=display)
    run("--data-dir", str(data), "log", "jerk", "--note", "from the packaging test")
    exported = run("--data-dir", str(data), "export").stdout
    assert "jerk" in exported and "from the packaging test" in exported
    # The summary embeds the packaged DejaVu fonts: a missing resource fails here.
    run("--data-dir", str(data), "report", "-o", str(work / "summary.pdf"))
    assert (work / "summary.pdf").read_bytes().startswith(b"%PDF")
