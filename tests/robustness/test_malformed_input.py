"""Bad input everywhere, generated: every malformed import file and every bad value of a CLI
option is refused with one clear line (exit 2, or 1 for an unwritable output), never a
traceback, and the store is left exactly as it was (no backup taken either)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hypnic.cli.main import main
from hypnic.domain.events import Event
from hypnic.store import Store

IDS = [f"0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b{n:02d}" for n in range(10)]
STORED_ID = "c2d4e6f8-0a1b-4c3d-8e5f-6a7b8c9d0e1f"
FIELDS = ("id", "time", "kind", "by", "note")
IMPOSSIBLE_TIMES = [
    "2026-02-30T23:00:00+01:00",
    "2026-11-24T24:00:00+01:00",
    "2026-11-24T23:61:00+01:00",
    "2026-11-24T23:00:00+25:00",
    "2026-11-24T23:00:00",
    "0000-01-01T00:00:00+00:00",
    "2026-13-01T00:00:00+00:00",
    "tomorrow",
    "",
]
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@contextlib.contextmanager
def _seeded() -> Iterator[Path]:
    """A store holding one event, in a folder removed after the example."""
    with tempfile.TemporaryDirectory(prefix="hypnic-fuzz-") as folder:
        data_dir = Path(folder) / "data"
        store = Store.open(data_dir)
        store.events.add(Event(STORED_ID, "kick", 1_795_560_067_123, 60, note="kept"))
        store.close()
        yield data_dir


def _state(data_dir: Path) -> tuple[object, ...]:
    store = Store.open(data_dir)
    try:
        rows = store.conn.execute("SELECT * FROM events ORDER BY id").fetchall()
        nights = store.conn.execute("SELECT * FROM nights").fetchall()
        return store.change_serial(), rows, nights, sorted(p.name for p in data_dir.iterdir())
    finally:
        store.close()


def _run(data_dir: Path, *args: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(["--data-dir", str(data_dir), *args])
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
    return code, err.getvalue()


def _assert_refused(data_dir: Path, before: tuple[object, ...], code: int, err: str) -> None:
    assert code in (1, 2), err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hypnic: "), err[:2000]
    assert "Traceback" not in err and len(lines[0]) < 600, lines[0][:2000]
    assert _state(data_dir) == before


@st.composite
def rows(draw: st.DrawFn) -> list[dict[str, str]]:
    count = draw(st.integers(1, 4))
    return [
        {
            "id": IDS[i],
            "time": f"2026-11-24T23:{40 + i:02d}:07.000+01:00",
            "kind": draw(st.sampled_from(["jerk", "kick", "deep_itch"])),
            "by": draw(st.sampled_from(["self", "partner"])),
            "note": draw(st.sampled_from(["", "café", "a, b", 'say "hi"'])),
        }
        for i in range(count)
    ]


@st.composite
def malformed(draw: st.DrawFn) -> tuple[str, bytes]:
    """A CSV or JSON file with exactly one defect that must make the import refuse it."""
    events = draw(rows())
    fmt = draw(st.sampled_from(["csv", "json"]))
    defect = draw(
        st.sampled_from(
            ["encoding", "nul", "huge", "time", "duplicate", "bad_id", "bad_by", "kind", "cut"]
        )
    )
    row = draw(st.sampled_from(events))
    encoding = "utf-8"
    if defect == "encoding":
        row["note"] = "café ☕"
        encoding = draw(st.sampled_from(["utf-16", "utf-32", "cp1252", "latin-1"]))
        if encoding in ("cp1252", "latin-1"):
            row["note"] = "café"
    elif defect == "nul":
        field = draw(st.sampled_from(["id", "time", "kind", "by"]))
        at = draw(st.integers(0, len(row[field])))
        row[field] = row[field][:at] + "\x00" + row[field][at:]
    elif defect == "huge":
        field = draw(st.sampled_from(FIELDS))
        row[field] = draw(st.sampled_from("x7é")) * draw(st.integers(140_000, 400_000))
    elif defect == "time":
        row["time"] = draw(st.sampled_from(IMPOSSIBLE_TIMES))
    elif defect == "duplicate":
        events.append(dict(row))
    elif defect == "bad_id":
        row["id"] = draw(st.sampled_from(["", "12345", IDS[0][:-1], "not-a-uuid", IDS[0] + "0"]))
        if row["id"] == "" and fmt == "csv":
            row["id"] = " "
    elif defect == "bad_by":
        row["by"] = draw(st.sampled_from(["", "cat", "SELF ", "partner2"]))
    elif defect == "kind":
        row["kind"] = draw(st.sampled_from(["sneeze", "Jerk", "", "⚡"]))
    if fmt == "csv":
        lines = ["id,night,time,kind,by,note"]
        for r in events:
            note = r["note"]
            if any(c in note for c in ',"\n'):
                note = '"' + note.replace('"', '""') + '"'
            lines.append(f"{r['id']},,{r['time']},{r['kind']},{r['by']},{note}")
        text = "\n".join(lines) + "\n"
    else:
        doc = {"format": "hypnic", "version": 1, "events": events}
        text = json.dumps(doc, indent=1, ensure_ascii=False)
    data = text.encode(encoding)
    if defect == "cut":
        if fmt == "csv":
            # Cut inside a row's time: a cut at a line's end would leave a sound, shorter file.
            row = f"{IDS[9]},,2026-11-24T23:00:00+01:00,jerk,self,".encode(encoding)
            start = row.index(b"2026")
            data = data + row[: draw(st.integers(start + 1, start + 20))]
        else:
            data = data[: draw(st.integers(0, max(0, len(data) - 2)))]
    return fmt, data


@SETTINGS
@given(case=malformed())
def test_malformed_files_are_refused_whole(case: tuple[str, bytes]) -> None:
    fmt, data = case
    with _seeded() as data_dir:
        before = _state(data_dir)
        source = data_dir.parent / f"bad.{fmt}"
        source.write_bytes(data)
        for extra in ([], ["--dry-run"]):
            code, err = _run(data_dir, "import", str(source), *extra)
            assert code == 2, err[:2000]
            _assert_refused(data_dir, before, code, err)
            assert str(source) in err


@SETTINGS
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".json", ".txt"]))
def test_random_bytes_never_crash_the_import(data: bytes, suffix: str) -> None:
    with _seeded() as data_dir:
        before = _state(data_dir)
        source = data_dir.parent / f"random{suffix}"
        source.write_bytes(data)
        code, err = _run(data_dir, "import", str(source))
        if code != 0:
            _assert_refused(data_dir, before, code, err)


VALUE_OPTIONS = [
    ("log", "jerk", "--at"),
    ("log", "jerk", "--by"),
    ("export", "--from"),
    ("export", "--to"),
    ("export", "--format"),
    ("nights", "--from"),
    ("nights", "--to"),
    ("dose", "melatonin", "--amount"),
    ("dose", "melatonin", "--at"),
    ("report", "-o", "OUT", "--last"),
    ("report", "-o", "OUT", "--from"),
    ("report", "-o", "OUT", "--paper"),
]
# Text a person could type, with the odd control character and the odd huge value.
VALUES = st.text(
    st.characters(exclude_characters="\x00", codec="utf-8"), max_size=40
) | st.sampled_from(
    ["", "-1", "0", "nan", "inf", "1e309", "99:99", "2026-02-30", "25:00", "9" * 5000, "−1"]
)


@settings(max_examples=120, deadline=None)
@given(option=st.sampled_from(VALUE_OPTIONS), value=VALUES)
def test_every_option_value_is_accepted_or_refused_in_one_line(
    option: tuple[str, ...], value: str
) -> None:
    with _seeded() as data_dir:
        before = _state(data_dir)
        out = str(data_dir.parent / "out.pdf")
        args = [out if a == "OUT" else a for a in option]
        code, err = _run(data_dir, *args[:-1], f"{args[-1]}={value}")
        if code == 0:
            return
        assert code == 2, err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("hypnic: "), err[:2000]
        assert "Traceback" not in err
        assert _state(data_dir) == before


def test_a_data_folder_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    empty = tmp_path / "empty.csv"
    empty.write_text("id,night,time,kind,by,note\n")
    for args in (["log", "jerk"], ["export"], ["import", str(empty)], ["nights"]):
        code, err = _run(blocker, *args)
        assert code == 1 and "Cannot use the data folder" in err, err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


# --- Hostile files through the real command: one line, exit 2, in bounded time and memory ---

HYPNIC = Path(sys.executable).with_name("hypnic")


def _limited() -> None:
    # The promise of DESIGN section 4: any file up to the size limit in about 1 GB.
    resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))


def _run_process(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(HYPNIC), "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=120, check=False, preexec_fn=_limited,
        env={**os.environ, "TZ": "Europe/Berlin"},
    )  # fmt: skip


def _hostile_files(folder: Path) -> dict[str, tuple[Path, str]]:
    head = '{"format": "hypnic", "version": 1'
    files: dict[str, tuple[str | bytes, str]] = {
        "unclosed.csv": (
            "id,night,time,kind,by,note\n"
            f"{IDS[0]},,2026-11-24T23:40:07+01:00,jerk,self,ok\n"
            f'{IDS[1]},,2026-11-24T23:41:07+01:00,jerk,self,"never closed\n'
            + "".join(f"{IDS[2]},,2026-11-24T23:4{i}:07+01:00,jerk,self,\n" for i in range(5)),
            "line 3: has a quote",
        ),
        "wide.csv": (
            "id,night,time,kind,by,note," + ",".join(f"c{i}" for i in range(10_000)),
            "and 9,995 more",
        ),
        "dupkey.json": (head + ', "version": 1}', "appears twice"),
        "deep.json": (head + ', "settings": ' + "[" * 200_000 + "]" * 200_000 + "}", "deep"),
        "number.json": (
            head + ', "tags": [{"key": "a", "label": "A", "position": ' + "9" * 5000 + "}]}",
            "more than 15 digits",
        ),
        "empties.json": (
            head + ', "events": [' + ",".join(["{}"] * 13_000_000) + "]}",
            "line 1, field 'events[0]': lacks the field 'id'",
        ),
    }
    made = {}
    for name, (content, words) in files.items():
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        made[name] = (path, words)
    sparse = folder / "huge.json"
    with open(sparse, "wb") as handle:  # 201 MB that takes no disk: refused before reading
        handle.truncate(201_000_000)
    made["huge.json"] = (sparse, "larger than 200 MB")
    fifo = folder / "pipe.csv"
    os.mkfifo(fifo)  # opening it would wait for a writer for ever
    made["pipe.csv"] = (fifo, "is a pipe, not a regular file")
    made["folder"] = (folder, "is a folder, not a regular file")
    made["zero"] = (Path("/dev/zero"), "is a device, not a regular file")
    return made


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX files")
def test_hostile_files_are_refused_in_one_line_by_the_real_command(tmp_path: Path) -> None:
    with _seeded() as data_dir:
        before = _state(data_dir)
        for name, (path, words) in _hostile_files(tmp_path).items():
            done = _run_process(data_dir, "import", str(path))
            assert done.returncode == 2, (name, done.stderr[:2000])
            lines = done.stderr.splitlines()
            assert len(lines) == 1 and lines[0].startswith("hypnic: "), (name, done.stderr[:2000])
            assert "Traceback" not in done.stderr and len(lines[0]) < 600, name
            assert words in lines[0], (name, lines[0])
            assert done.stdout == ""
        assert _state(data_dir) == before
