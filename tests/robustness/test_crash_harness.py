"""Crash safety: the real window is SIGKILLed at random moments while taps are typed into it.

After every round, every tap the window had confirmed (the app appends a line to the
HYPNIC_TAP_JOURNAL file right after the panel showed it) is in the store, and
`hypnic check` passes. CI runs a few rounds; raise HYPNIC_CRASH_ROUNDS by hand (e.g. 100).
HYPNIC_CRASH_SEED repeats a run.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from realapp import (
    exported_ids,
    journal_lines,
    launch,
    run_cli,
    stop,
    wait_for_window,
    xvfb,
)

pytestmark = pytest.mark.realwindow

ROUNDS = int(os.environ.get("HYPNIC_CRASH_ROUNDS", "8"))
KEYS = ("j", "k", "i")
X_LOST = "could not connect to display"


def _type_keys(
    display: str, window: str, keys: list[str], delay_ms: int
) -> subprocess.Popen[bytes]:
    # No window manager under Xvfb: windowfocus, not windowactivate.
    return subprocess.Popen(
        ["xdotool", "windowfocus", "--sync", window, "key", "--delay", str(delay_ms), *keys],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_confirmed_taps_survive_sigkill_at_random_moments(tmp_path: Path) -> None:
    seed = int(os.environ.get("HYPNIC_CRASH_SEED", str(random.randrange(1 << 30))))
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    journal = tmp_path / "journal.tsv"
    log = tmp_path / "app.log"
    confirmed: set[str] = set()
    killed_while_typing = 0
    x_restarts = 0
    with contextlib.ExitStack() as server:
        display = server.enter_context(xvfb(tmp_path / "xvfb.log"))
        for round_no in range(ROUNDS):
            app = launch(display, data_dir, log, extra_env={"HYPNIC_TAP_JOURNAL": str(journal)})
            typist: subprocess.Popen[bytes] | None = None
            try:
                if rng.random() < 0.15:
                    # Sometimes die during start-up: opening, migrating, the first paint.
                    time.sleep(rng.uniform(0.0, 1.5))
                else:
                    try:
                        window = wait_for_window(display, app, log)
                    except AssertionError as exc:
                        # Other people's X servers share this machine and /tmp/.X11-unix; if
                        # ours became unreachable the app never started: a new server, next round.
                        if X_LOST not in str(exc) or x_restarts >= 3:
                            raise
                        x_restarts += 1
                        print(f"crash harness: round {round_no}: {exc}".splitlines()[0])
                        server.close()
                        display = server.enter_context(xvfb(tmp_path / "xvfb.log"))
                        continue
                    keys = [rng.choice(KEYS) for _ in range(rng.randint(3, 30))]
                    delay_ms = rng.choice((20, 60, 150))
                    typist = _type_keys(display, window, keys, delay_ms)
                    time.sleep(rng.uniform(0.0, len(keys) * delay_ms / 1000 + 0.3))
                    killed_while_typing += typist.poll() is None
                app.send_signal(signal.SIGKILL)
                app.wait(timeout=30)
            finally:
                if typist is not None:
                    stop(typist)
                stop(app)
            confirmed |= {row[0] for row in journal_lines(journal, "saved")}

            # `check` first: it must pass on the files exactly as the crash left them.
            checked = run_cli(data_dir, "check")
            if (data_dir / "hypnic.db").exists():
                assert checked.returncode == 0, (
                    f"seed {seed}, round {round_no}: {checked.stdout}{checked.stderr}"
                )
                stored = exported_ids(data_dir)
                missing = confirmed - stored
                assert not missing, f"seed {seed}, round {round_no}: lost {sorted(missing)}"
    print(
        f"crash harness: seed {seed}, {ROUNDS} rounds, {len(confirmed)} confirmed taps, "
        f"{killed_while_typing} kills while typing, {x_restarts} X server restarts"
    )
    assert "Traceback" not in log.read_text(errors="replace"), log.read_text()[-3000:]
    if ROUNDS >= 4:
        # The harness must really exercise taps, not just start-ups.
        assert confirmed, f"seed {seed}: no tap was ever confirmed"
