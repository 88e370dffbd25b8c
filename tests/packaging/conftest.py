"""Packaging tests: the slow ones (wheel, bundle) run only when asked, and a private Xvfb."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging_support import require_tool

SLOW_VAR = "HYPNIC_PACKAGING_TESTS"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Building a wheel and a PyInstaller bundle takes a while: .ci/run (and `make package-test`)
    # set HYPNIC_PACKAGING_TESTS=1; everyday `sh scripts/check.sh` runs skip them.
    if os.environ.get(SLOW_VAR) == "1":
        return
    skip = pytest.mark.skip(reason=f"slow packaging test: set {SLOW_VAR}=1 (make package-test)")
    for item in items:
        if item.get_closest_marker("packaging") is not None:
            item.add_marker(skip)


@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A private X server on a free display in :300-:399 (no Xvfb: skip, or fail under CI)."""
    xvfb = require_tool("Xvfb", "xvfb")
    for number in range(300, 400):
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        server = subprocess.Popen(
            [xvfb, f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while server.poll() is None and time.monotonic() < deadline:
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        if server.poll() is not None:
            continue  # another server took the number first: try the next one
        try:
            yield f":{number}"
        finally:
            server.terminate()
            server.wait(timeout=10)
        return
    pytest.fail("no free X display in :300-:399")
