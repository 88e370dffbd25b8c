"""Crash safety: the real window is SIGKILLed at random moments while taps are typed into it
(also while another process holds the write lock), and so are an export and a migration's
backup.

After every round, every tap the window had confirmed (the app appends a line to the
HYPNIC_TAP_JOURNAL file right after the panel showed it) is in the store, and
`hypnic check` passes. CI runs a few rounds; raise HYPNIC_CRASH_ROUNDS by hand (e.g. 100).
HYPNIC_CRASH_SEED repeats a run.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from realapp import (
    exported_ids,
    hypnic_command,
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


def _timed(args: list[str]) -> float:
    started = time.monotonic()
    done = subprocess.run(args, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return time.monotonic() - started


def _kill_at_random(
    args: list[str], rng: random.Random, span_s: float, aim: Callable[[], bool] | None = None
) -> int | None:
    """Start ``args`` and SIGKILL it at a random moment within ``span_s``; with ``aim``, every
    other time at a random moment soon after ``aim()`` first holds (the write itself is a
    few milliseconds of a run: a kill aimed at random alone seldom lands in it)."""
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if aim is not None and rng.random() < 0.5:
            deadline = time.monotonic() + 60
            while proc.poll() is None and not aim() and time.monotonic() < deadline:
                time.sleep(0.0005)
            time.sleep(rng.uniform(0.0, 0.05))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
        else:
            proc.wait(timeout=rng.uniform(0.0, span_s))
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return proc.returncode


def _many_events(data_dir: Path, count: int) -> None:
    from hypnic.domain.events import Event
    from hypnic.store import Store

    store = Store.open(data_dir)
    try:
        store.events.add_many(
            Event(f"00000000-0000-4000-8000-{i:012d}", "jerk", 1_700_000_000_000 + i * 60_000,
                  60, note="a note of some length " * 3)
            for i in range(count)
        )  # fmt: skip
    finally:
        store.close()


def test_a_killed_export_leaves_the_old_file_or_the_whole_new_one(tmp_path: Path) -> None:
    rng = random.Random(int(os.environ.get("HYPNIC_CRASH_SEED", str(random.randrange(1 << 30)))))
    data = tmp_path / "data"
    _many_events(data, 30_000)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "events.json"
    command = [*hypnic_command(), "--data-dir", str(data), "export", "--format", "json"]
    span = _timed([*command, "-o", str(tmp_path / "timing.json")]) * 1.3
    killed = 0
    for _round in range(ROUNDS):
        target.write_text("the old export")
        code = _kill_at_random(
            [*command, "-o", str(target)], rng, span, aim=lambda: len(os.listdir(out)) > 1
        )
        killed += code == -signal.SIGKILL
        text = target.read_text("utf-8")
        if text != "the old export":
            assert len(json.loads(text)["events"]) == 30_000
        # The next run clears what the killed one left, wherever it wrote.
        assert run_cli(data, "nights", "--from", "2020-01-01", "--to", "2020-01-02").returncode == 0
        assert [p.name for p in out.iterdir()] == ["events.json"]
    assert run_cli(data, "check").returncode == 0
    print(f"crash harness: export killed {killed} of {ROUNDS} times")


def test_a_migration_killed_during_its_backup_never_leaves_check_failing(tmp_path: Path) -> None:
    from old_stores import build_store

    from hypnic.store.migrations import MIGRATIONS

    rng = random.Random(int(os.environ.get("HYPNIC_CRASH_SEED", str(random.randrange(1 << 30)))))
    pristine = tmp_path / "v1" / "hypnic.db"
    build_store(pristine, 1, MIGRATIONS)
    conn = sqlite3.connect(pristine)
    with conn:
        conn.executemany(
            "INSERT INTO events (id, kind, utc_ms, offset_min, local_ms, by, note) "
            "VALUES (?, 'jerk', ?, 60, ?, 'self', ?)",
            ((f"00000000-0000-4000-8000-{i:012d}", 1_700_000_000_000 + i * 60_000,
              1_700_003_600_000 + i * 60_000, "a note of some length " * 3)
             for i in range(40_000)),
        )  # fmt: skip
    conn.close()
    timing = tmp_path / "timing"
    shutil.copytree(pristine.parent, timing)
    command = [*hypnic_command(), "log", "kick", "--at", "2026-11-24T23:00:00+01:00"]
    span = _timed([*command[:1], "--data-dir", str(timing), *command[1:]]) * 1.2
    killed = 0
    for round_no in range(ROUNDS):
        data = tmp_path / f"round{round_no}"
        shutil.copytree(pristine.parent, data)
        backups = data / "backups"
        code = _kill_at_random(
            [*command[:1], "--data-dir", str(data), *command[1:]], rng, span,
            aim=lambda b=backups: b.is_dir() and any(b.iterdir()),
        )  # fmt: skip
        killed += code == -signal.SIGKILL
        checked = run_cli(data, "check")
        assert checked.returncode == 0, f"round {round_no}: {checked.stdout}{checked.stderr}"
        again = run_cli(data, "log", "jerk")
        assert again.returncode == 0, again.stderr
        assert run_cli(data, "check").returncode == 0
        assert len(exported_ids(data)) in (40_004, 40_005)  # the kick may have been logged
        assert not list((data / "backups").glob("*.partial*"))
    print(f"crash harness: migration killed {killed} of {ROUNDS} times")


_HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


def test_confirmed_taps_survive_sigkill_while_another_process_holds_the_lock(
    tmp_path: Path,
) -> None:
    seed = int(os.environ.get("HYPNIC_CRASH_SEED", str(random.randrange(1 << 30))))
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    journal = tmp_path / "journal.tsv"
    log = tmp_path / "app.log"
    confirmed: set[str] = set()
    with contextlib.ExitStack() as server:
        display = server.enter_context(xvfb(tmp_path / "xvfb.log"))
        for round_no in range(max(2, ROUNDS // 2)):
            app = launch(display, data_dir, log, extra_env={"HYPNIC_TAP_JOURNAL": str(journal)})
            typist: subprocess.Popen[bytes] | None = None
            holder: subprocess.Popen[str] | None = None
            try:
                window = wait_for_window(display, app, log)
                keys = [rng.choice(KEYS) for _ in range(rng.randint(2, 8))]
                typist = _type_keys(display, window, keys[:1], 60)
                typist.wait(timeout=30)
                holder = subprocess.Popen(
                    [sys.executable, "-c", _HOLD_LOCK, str(data_dir / "hypnic.db"),
                     str(rng.uniform(1.0, 8.0))],
                    stdout=subprocess.PIPE, text=True,
                )  # fmt: skip
                assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
                typist = _type_keys(display, window, keys[1:], rng.choice((100, 400)))
                time.sleep(rng.uniform(0.5, 10.0))
                app.send_signal(signal.SIGKILL)
                app.wait(timeout=30)
                if rng.random() < 0.5:
                    holder.send_signal(signal.SIGKILL)  # the other writer dies too
            finally:
                for proc in (typist, holder):
                    if proc is not None and proc.poll() is None:
                        proc.kill()
                        proc.wait()
                stop(app)
            confirmed |= {row[0] for row in journal_lines(journal, "saved")}
            checked = run_cli(data_dir, "check")
            assert checked.returncode == 0, f"seed {seed}, round {round_no}: {checked.stdout}"
            missing = confirmed - exported_ids(data_dir)
            assert not missing, f"seed {seed}, round {round_no}: lost {sorted(missing)}"
    assert "Traceback" not in log.read_text(errors="replace"), log.read_text()[-3000:]
    assert confirmed, f"seed {seed}: no tap was ever confirmed"
