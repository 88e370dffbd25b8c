"""Outputs never destroy (DESIGN section 4): `export -o` and `report -o` refuse the store, its
journal, its backups, anything in Hypnic's folders, links, devices, FIFOs and folders; `-o -`
writes standard output; a killed write leaves no partial file for long."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from hostile import assert_refused, filled_store, hypnic, sha

from hypnic.exchange.atomic import PARTIAL_PREFIX
from hypnic.operations.outputs import output_target
from hypnic.paths import resolve_paths
from hypnic.store import Store


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    filled_store(folder, 5)
    store = Store.open(folder)
    try:
        from datetime import UTC, datetime

        from hypnic.store.backups import BackupManager

        BackupManager(folder).backup_if_changed(store, datetime.now(UTC))
    finally:
        store.close()
    return folder


def _targets(data: Path, tmp_path: Path) -> dict[str, Path]:
    (data / "hypnic.db-wal").touch()
    backup = next((data / "backups").iterdir())
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "link.csv"
    link.symlink_to(data / "hypnic.db")
    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to(tmp_path / "nowhere.csv")
    hard = tmp_path / "hard.db"
    os.link(data / "hypnic.db", hard)
    other = tmp_path / "other-profile"
    filled_store(other, 2)  # another person's store: `--data-dir A report -o B/hypnic.db`
    copied = tmp_path / "copied-backup.db"
    copied.write_bytes(backup.read_bytes())
    foreign = tmp_path / "places.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    wal = tmp_path / "foreign.db-wal"
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(28))
    return {
        "the store": data / "hypnic.db",
        "its WAL": data / "hypnic.db-wal",
        "its shared memory": data / "hypnic.db-shm",
        "a backup": backup,
        "a new file in the data folder": data / "export.csv",
        "the settings": data / "hypnic.ini",
        "the log folder": data / "logs" / "x.csv",
        "the data folder": data,
        "/dev/zero": Path("/dev/zero"),
        "/dev/null": Path("/dev/null"),
        "a FIFO": fifo,
        "a link to the store": link,
        "a dangling link": dangling,
        "a folder": tmp_path,
        "a hard link to the store": hard,
        "the store by a winding path": data / "backups" / ".." / "hypnic.db",
        "another Hypnic store": other / "hypnic.db",
        "a backup copied elsewhere": copied,
        "another program's database": foreign,
        "another database's write-ahead log": wal,
    }


@pytest.mark.parametrize("command", [["export"], ["export", "--format", "json"], ["report"]])
def test_outputs_that_would_destroy_something_are_refused(
    data: Path, tmp_path: Path, command: list[str]
) -> None:
    before = sha(data / "hypnic.db")
    backups = {p.name: sha(p) for p in (data / "backups").iterdir()}
    for what, target in _targets(data, tmp_path).items():
        done = hypnic(data, *command, "-o", str(target))
        line = assert_refused(done, 2, "'-o'")
        assert done.stdout == "", (what, done.stdout)
        assert sha(data / "hypnic.db") == before, what
        assert {p.name: sha(p) for p in (data / "backups").iterdir()} == backups, what
        named = os.path.abspath(target)
        assert named in line or os.path.dirname(named) in line, (what, line)
    assert not (tmp_path / "nowhere.csv").exists()
    assert hypnic(data, "check").returncode == 0


def test_an_export_goes_on_when_the_data_folder_takes_no_note(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A store on a read-only disk can still be exported: the note that helps clear a killed
    write could not be written there, and the export failed naming the file asked for."""
    from hypnic.cli.main import main
    from hypnic.exchange import atomic

    def read_only(note: Path, tmp_name: str) -> None:
        raise OSError(30, "Read-only file system", str(note))

    monkeypatch.setattr(atomic, "_write_note", read_only)
    target = tmp_path / "out.csv"
    assert main(["--data-dir", str(data), "export", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("id,night,time,kind,by,note")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(PARTIAL_PREFIX)]


def test_export_and_report_write_standard_output_with_a_dash(data: Path) -> None:
    csv = hypnic(data, "export", "-o", "-")
    assert csv.returncode == 0 and csv.stdout.startswith("id,night,time,kind,by,note")
    pdf = subprocess.run(
        hypnic_args(data, "report", "-o", "-"), capture_output=True, env=_env(), timeout=120,
        check=False,
    )  # fmt: skip
    assert pdf.returncode == 0 and pdf.stdout.startswith(b"%PDF"), pdf.stderr


def hypnic_args(data: Path, *args: str) -> list[str]:
    from realapp import hypnic_command

    return [*hypnic_command(), "--data-dir", str(data), *args]


def _env() -> dict[str, str]:
    env = {**os.environ, "TZ": "Europe/Berlin", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    return env


def test_an_empty_output_name_is_refused(data: Path) -> None:
    assert_refused(hypnic(data, "export", "-o", ""), 2, "empty")


def test_a_killed_writes_partial_file_is_cleared_at_the_next_run(
    data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    # A partial file left in the target folder by a process that is gone.
    dead = _dead_pid()
    beside = out / f"{PARTIAL_PREFIX}{dead}-abcd1234-events.csv"
    beside.write_text("half")
    # And one left elsewhere, noted in the log folder while it was written.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    far = elsewhere / f"{PARTIAL_PREFIX}{dead}-efgh5678-summary.pdf"
    far.write_text("half")
    notes = resolve_paths(data).log_dir / "partials"
    notes.mkdir(parents=True, exist_ok=True)
    (notes / f"{dead}-1").write_text(str(far))
    # A partial file of a live writer (this test) is left alone.
    live = out / f"{PARTIAL_PREFIX}{os.getpid()}-ijkl9012-events.csv"
    live.write_text("being written")

    assert hypnic(data, "nights").returncode == 0
    assert not far.exists() and not list(notes.iterdir())
    done = hypnic(data, "export", "-o", str(out / "events.csv"))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(["events.csv", live.name])


def _dead_pid() -> int:
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def test_the_rule_lives_in_one_place(data: Path, tmp_path: Path) -> None:
    # The summary window and the command line share operations.outputs.output_target.
    paths = resolve_paths(data)
    assert output_target("-", paths=paths) is None
    assert output_target(str(tmp_path / "fine.pdf"), paths=paths) == tmp_path / "fine.pdf"
    with pytest.raises(Exception, match="inside Hypnic's folder"):
        output_target(str(data / "hypnic.db"), paths=paths)


@pytest.mark.parametrize(
    "args",
    [["export"], ["export", "--format", "json"], ["nights", "--json"], ["report", "-o", "-"]],
)
def test_closed_standard_output_is_one_sentence_not_a_traceback(
    data: Path, args: list[str]
) -> None:
    """`hypnic export >&-`: standard output closed before Hypnic started."""
    done = subprocess.run(
        hypnic_args(data, *args), stdout=None, stderr=subprocess.PIPE, text=True, env=_env(),
        timeout=120, check=False, preexec_fn=lambda: os.close(1),
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "hypnic: standard output is closed, so nothing was written; use -o FILE"
    ]
