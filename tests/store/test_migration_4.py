"""Schema step 4: values an older Hypnic stored that this version refuses on every way in are
brought within the rules, so a store's own backup imports again (a person moving to a new
computer lost everything when a dose of 250,000 mg, a NUL in a note or a 500-character name
made the import refuse the whole file). The backup before the step keeps them as they were."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from old_schema import build_old_store

from hypnic.cli.main import main
from hypnic.domain.kinds import BUILTIN_KINDS
from hypnic.domain.patient import BIRTH_KEY, NAME_KEY
from hypnic.store import Store
from hypnic.store.backups import BackupManager

T0 = 1_795_560_067_123  # 2026-11-24T22:41:07.123Z
EVENT = "6f1c2b1e-0000-4000-8000-000000000001"
DOSES = [f"6f1c2b1e-0000-4000-8000-0000000000d{i}" for i in range(4)]
LONG_NOTE = "restless " * 1_400  # 12,600 characters


def _version_3(conn: sqlite3.Connection) -> None:
    for k in BUILTIN_KINDS:
        conn.execute(
            "INSERT INTO kinds (key, label, colour, shape, enabled, position, keys, builtin,"
            " kind_group) VALUES (?,?,?,?,?,?,?,1,?)",
            (k.key, k.label, k.colour, k.shape, int(k.enabled), k.position, "\t".join(k.keys),
             k.group.value),
        )  # fmt: skip
    conn.execute(
        "INSERT INTO events (id, kind, utc_ms, offset_min, local_ms, note) VALUES"
        " (?, 'jerk', ?, 60, ?, ?)",
        (EVENT, T0, T0 + 3_600_000, "woke\x00 up\x1b[31m\tthen\nslept"),
    )
    conn.execute("INSERT INTO nights (night, note) VALUES ('2026-11-24', ?)", (LONG_NOTE,))
    conn.execute(
        "INSERT INTO medications (name, usual_amount, unit, bedtime) VALUES"
        " ('clonazepam', 1e308, 'mg', 1), ('ropinirole', 0.25, 'mg', 0)"
    )
    amounts = [(250_000.0, "after supper"), (1e-9, ""), (0.5, "usual"), (None, "")]
    for dose_id, (amount, note) in zip(DOSES, amounts, strict=True):
        conn.execute(
            "INSERT INTO doses (id, medication, amount, unit, utc_ms, offset_min, local_ms,"
            " note) VALUES (?, 'clonazepam', ?, 'mg', ?, 60, ?, ?)",
            (dose_id, amount, T0 - 3_600_000, T0, note),
        )
    conn.execute(
        "INSERT INTO diary (night, quality, comments) VALUES ('2026-11-24', 3, 'bell\x07')"
    )
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (NAME_KEY, "Ann " * 125))
    conn.execute("INSERT INTO settings (key, value) VALUES (?, '1066-10-14')", (BIRTH_KEY,))


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "old-laptop"
    build_old_store(folder / "hypnic.db", 3, _version_3)
    return folder


def test_values_the_rules_now_refuse_are_brought_within_them(data: Path) -> None:
    store = Store.open(data)
    try:
        assert store.user_version == 4
        (event,) = store.events.between_nights(None, None)
        assert event.note == "woke  up [31m\tthen\nslept"  # tab and line break are text
        assert len(store.nights.get(date(2026, 11, 24)).note) == 10_000
        doses = {i: store.doses.get(i) for i in DOSES}
        assert (
            doses[DOSES[0]].amount is None
            and doses[DOSES[0]].note == "after supper (amount 250000.0)"
        )
        assert doses[DOSES[1]].amount is None and doses[DOSES[1]].note == "(amount 1.0e-09)"
        assert doses[DOSES[2]].amount == 0.5 and doses[DOSES[2]].note == "usual"
        meds = {m.name: m for m in store.medications.all()}
        assert meds["clonazepam"].usual_amount is None and meds["ropinirole"].usual_amount == 0.25
        settings = store.settings.all()
        assert len(settings[NAME_KEY]) == 120 and settings[BIRTH_KEY] == ""
    finally:
        store.close()
    (kept,) = BackupManager(data).list_backups()
    with sqlite3.connect(kept.path) as copy:
        assert copy.execute("SELECT amount FROM doses WHERE id = ?", (DOSES[0],)).fetchone() == (
            250_000.0,
        )


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_the_store_s_own_export_imports_on_a_new_computer(
    data: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data), "export", "--format", fmt]) == 0
    exported = capsys.readouterr().out
    file = tmp_path / f"backup.{fmt}"
    file.write_text(exported, encoding="utf-8")
    new = tmp_path / "new-laptop"
    assert main(["--data-dir", str(new), "import", str(file)]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["--data-dir", str(new), "export", "--format", fmt]) == 0
    again = capsys.readouterr().out
    if fmt == "json":
        first, second = json.loads(exported), json.loads(again)
        first.pop("exported_at"), second.pop("exported_at")
        assert first == second
    else:
        assert again == exported
