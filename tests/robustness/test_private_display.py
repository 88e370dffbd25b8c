"""The private X server every real-window test uses takes each client, even while others hang up.

Xvfb by default resets when its last client disconnects and drops a client connecting during the
reset: the app then aborted with "could not connect to display" right after the harness's own
readiness probe hung up (seen once in CI). Clients connecting and leaving from four threads at
once hit that window a few times in 400 without ``-noreset``.
"""

from __future__ import annotations

import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from realapp import xvfb

CLIENTS = 400


def test_every_client_connects_while_others_hang_up(tmp_path: Path) -> None:
    with xvfb(tmp_path / "xvfb.log", "320x240x24") as display:

        def connect(_: int) -> int:
            return subprocess.run(
                ["xdotool", "getdisplaygeometry"],
                env={**os.environ, "DISPLAY": display},
                capture_output=True,
                timeout=30,
                check=False,
            ).returncode

        with ThreadPoolExecutor(4) as pool:
            refused = [code for code in pool.map(connect, range(CLIENTS)) if code != 0]
    assert refused == [], f"{len(refused)} of {CLIENTS} clients could not connect to {display}"
