"""The installed `hypnic` command as a process: exit codes, no traceback, no Qt; and `check`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from cli_helpers import Run

from hypnic.store import Store
from hypnic.store.backups import BackupManager

HYPNIC = Path(sys.executable).with_name("hypnic")


def _run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TZ": "Europe/Berlin"}
    return subprocess.run(
        [str(HYPNIC), "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip


def test_exit_codes_and_no_traceback(tmp_path: Path) -> None:
    data = tmp_path / "data"
    logged = _run("log", "jerk", "--at", "2026-11-24T23:41:07.123+01:00", data_dir=data)
    assert (logged.returncode, logged.stderr) == (0, "")
    bad = tmp_path / "bad.csv"
    bad.write_text("id,night,time,kind,by,note\nnot-a-uuid,,2026-11-24T23:41:07Z,jerk,self,\n")
    refused = _run("import", str(bad), data_dir=data)
    assert refused.returncode == 2
    assert refused.stderr == f"hypnic: {bad}, line 2, field 'id': 'not-a-uuid' is not a UUID\n"
    usage = _run("log", data_dir=data)
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
    exported = _run("export", data_dir=data)
    assert exported.returncode == 0 and exported.stdout.count("\n") == 2
    checked = _run("check", data_dir=data)
    assert checked.returncode == 0 and checked.stdout.startswith("ok ")


def test_data_commands_do_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from hypnic.cli.main import main\n"
        f"for args in (['log', 'kick'], ['export', '--format', 'json'], ['nights', '--json'],"
        " ['check']):\n"
        f"    assert main(['--data-dir', {str(tmp_path)!r}, *args]) == 0, args\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_check_reports_a_damaged_backup(hypnic: Run, data_dir: Path) -> None:
    store = Store.open(data_dir)
    BackupManager(data_dir).backup_if_changed(store, datetime(2026, 11, 24, tzinfo=UTC))
    store.close()
    good = hypnic("check")
    assert good.code == 0
    assert [line.split()[0] for line in good.out.splitlines()] == ["ok", "ok"]
    (data_dir / "backups" / "hypnic-20261125T000000.000Z-s99.db").write_bytes(b"garbage" * 100)
    bad = hypnic("check")
    assert bad.code == 1
    assert bad.out.splitlines()[-1].startswith("FAILED")


def test_check_reports_a_damaged_store(hypnic: Run, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "hypnic.db").write_bytes(b"not a database at all" * 200)
    result = hypnic("check")
    assert result.code == 1 and result.out.startswith("FAILED")


def test_check_without_a_store(hypnic: Run) -> None:
    result = hypnic("check")
    assert result.code == 1 and "no store" in result.err


def test_output_in_a_non_utf8_locale_neither_crashes_nor_breaks_json(tmp_path: Path) -> None:
    # A console or redirect that cannot encode a name (Windows cp1252, an ASCII locale): the
    # dose is logged once and the command says so with exit 0, and `nights --json` is UTF-8.
    data = tmp_path / "data"
    env = {**os.environ, "TZ": "Europe/Berlin", "PYTHONIOENCODING": "ascii"}
    at = "2026-11-24T22:30:00+01:00"

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([str(HYPNIC), "--data-dir", str(data), *args],
                              capture_output=True, env=env, timeout=60, check=False)  # fmt: skip

    dosed = run("dose", "Ωmega", "--amount", "1", "--unit", "mg", "--at", at)
    assert dosed.returncode == 0, dosed.stderr
    assert b"Traceback" not in dosed.stderr
    nights = run("nights", "--json")
    assert nights.returncode == 0, nights.stderr
    [night] = json.loads(nights.stdout.decode("utf-8"))
    assert [d["medication"] for d in night["doses"]] == ["Ωmega"]
    table = run("nights")
    assert table.returncode == 0 and b"Traceback" not in table.stderr


def test_a_posix_tz_rule_is_honoured_not_taken_for_utc(tmp_path: Path) -> None:
    for rule, data in (("UTC+3", tmp_path / "fixed"), ("EST5EDT,M3.2.0,M11.1.0", tmp_path / "dst")):
        env = {**os.environ, "TZ": rule}
        now_offset = subprocess.run(
            ["date", "+%:z"], env=env, capture_output=True, text=True, check=True
        ).stdout.strip()
        logged = subprocess.run(
            [str(HYPNIC), "--data-dir", str(data), "log", "jerk"],
            capture_output=True, text=True, env=env, timeout=60, check=False,
        )  # fmt: skip
        assert logged.returncode == 0, logged.stderr
        assert logged.stdout.split(" at ")[1].split(" ")[0].endswith(now_offset), logged.stdout
        # A clock time is read in that zone too.
        typed = subprocess.run(
            [str(HYPNIC), "--data-dir", str(data), "log", "kick", "--at", "03:00"],
            capture_output=True, text=True, env=env, timeout=60, check=False,
        )  # fmt: skip
        assert typed.returncode == 0, typed.stderr
        assert "T03:00:00.000" in typed.stdout, typed.stdout
    assert now_offset in ("-05:00", "-04:00")


def test_an_empty_data_dir_is_refused_and_an_empty_variable_is_unset(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for args, extra in (
        (["--data-dir", "", "log", "jerk"], {}),
        (["--data-dir", "  ", "export"], {}),
        (["--data-dir=", "--smoke-test"], {}),
        (["log", "jerk"], {"HYPNIC_DATA_DIR": " "}),
    ):
        done = subprocess.run(
            [str(HYPNIC), *args], capture_output=True, text=True, env={**env, **extra},
            timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 2, (args, done.stderr)
        assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr
        assert "is empty" in done.stderr or "is blank" in done.stderr
    # Nothing was written to the usual store (HOME is a fresh folder in every test).
    from hypnic.paths import default_paths

    assert not default_paths().data_dir.exists()
    # An empty HYPNIC_DATA_DIR counts as unset, as empty variables conventionally do.
    done = subprocess.run(
        [str(HYPNIC), "log", "jerk"], capture_output=True, text=True,
        env={**env, "HYPNIC_DATA_DIR": ""}, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0 and (default_paths().data_dir / "hypnic.db").exists()
