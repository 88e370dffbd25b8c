"""DataExchange: the window's export, import and clinic folder, by the command line's operations.

Every format is checked against what `hypnic export` / `hypnic import` give for the same store,
so a window that wrote something else, or planned differently, fails here.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fhir.resources.R4B.bundle import Bundle

from hypnic.cli.main import main
from hypnic.domain.changes import Changes
from hypnic.domain.clock import FixedClock
from hypnic.domain.errors import InputError
from hypnic.domain.events import Event
from hypnic.paths import Paths
from hypnic.services.exchange import (
    DataExchange,
    ExportFormat,
    FileFormat,
    ImportSource,
    describe_error,
)
from hypnic.store import Store
from report_helpers import END_NIGHT, fill_demo
from saa_files import Saa, saa_csv
from timehelp import utc_ms

NOW = utc_ms(2026, 11, 25, 15, 0)
BERLIN = ZoneInfo("Europe/Berlin")


def paths_of(folder: Path) -> Paths:
    return Paths(data_dir=folder, config_dir=folder, log_dir=folder / "logs")


@pytest.fixture(autouse=True)
def _zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    fill_demo(tmp_path / "demo", nights=20)
    store = Store.open(tmp_path / "demo")
    yield store
    store.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "empty")
    yield store
    store.close()


def exchange_on(store: Store) -> DataExchange:
    return DataExchange(
        store=store, clock=FixedClock(NOW, BERLIN), paths=paths_of(store.path.parent)
    )


def live(store: Store) -> int:
    row = store.conn.execute("SELECT COUNT(*) FROM events WHERE deleted_utc_ms IS NULL")
    return int(row.fetchone()[0])


def lights_out_nights(store: Store) -> list[date]:
    return [r.night for r in store.nights.between(None, None) if r.lights_out is not None]


def cli(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def without_times(text: str) -> object:
    """A JSON export without the moment it was made, and a FHIR bundle without the ids made
    for its Patient and RelatedPerson (all that two exports of one store differ in)."""
    doc = json.loads(text)
    for entry in doc.get("entry", []):
        if entry["resource"]["resourceType"] in ("Patient", "RelatedPerson"):
            made = entry["resource"]["id"]
            text = text.replace(made, entry["resource"]["resourceType"])
    doc = json.loads(text)
    doc.pop("exported_at", None)
    doc.pop("timestamp", None)
    if isinstance(doc.get("meta"), dict):
        doc["meta"].pop("lastUpdated", None)
    return doc


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


# -- export --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_export_writes_what_the_command_line_writes(
    demo: Store, out: Path, fmt: ExportFormat, capsys: pytest.CaptureFixture[str]
) -> None:
    done = exchange_on(demo).export(out / f"all.{fmt}", fmt)
    data = done.path.read_bytes()
    assert done.size == len(data)
    written = data.decode("utf-8")
    assert done.events == live(demo) > 100
    code, stdout, _ = cli(demo.path.parent, capsys, "export", "--format", fmt.value)
    assert code == 0
    if fmt == ExportFormat.CSV:
        assert written == stdout
        assert len(list(csv.DictReader(io.StringIO(written)))) == done.events
    else:
        assert without_times(written) == without_times(stdout)
    if fmt == ExportFormat.FHIR:
        bundle = Bundle.model_validate_json(written)
        observations = [e for e in bundle.entry if e.resource.get_resource_type() == "Observation"]
        assert len(observations) >= done.events


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_export_of_some_nights_holds_only_those(demo: Store, out: Path, fmt: ExportFormat) -> None:
    first, last = date(2026, 11, 10), date(2026, 11, 12)
    done = exchange_on(demo).export(out / "some", fmt, first, last)
    every = exchange_on(demo).export(out / "every", fmt)
    assert 0 < done.events < every.events
    text = done.path.read_text(encoding="utf-8")
    if fmt == ExportFormat.CSV:
        nights = {row["night"] for row in csv.DictReader(io.StringIO(text))}
        assert nights == {"2026-11-10", "2026-11-11", "2026-11-12"}
    elif fmt == ExportFormat.JSON:
        nights = {e["night"] for e in json.loads(text)["events"]}
        assert nights <= {"2026-11-10", "2026-11-11", "2026-11-12"}


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_export_into_the_data_folder_is_refused_and_writes_nothing(
    demo: Store, fmt: ExportFormat
) -> None:
    folder = demo.path.parent
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(InputError, match="inside Hypnic's folder"):
        exchange_on(demo).export(folder / "export.csv", fmt)
    with pytest.raises(InputError, match=r"another name of Hypnic's store|inside Hypnic's"):
        exchange_on(demo).export(demo.path, fmt)
    assert sorted(p.name for p in folder.iterdir()) == before


def test_export_onto_a_link_or_a_device_is_refused(demo: Store, out: Path) -> None:
    victim = out / "victim.txt"
    victim.write_text("keep me")
    (out / "link.csv").symlink_to(victim)
    with pytest.raises(InputError, match="symbolic link"):
        exchange_on(demo).export(out / "link.csv", ExportFormat.CSV)
    assert victim.read_text() == "keep me"
    with pytest.raises(InputError, match="device"):
        exchange_on(demo).export(Path(os.devnull), ExportFormat.CSV)
    os.mkfifo(out / "pipe")
    with pytest.raises(InputError, match="named pipe"):
        exchange_on(demo).export(out / "pipe", ExportFormat.JSON)


# -- import --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", [ExportFormat.CSV, ExportFormat.JSON])
def test_a_hypnic_file_previews_imports_and_imports_again_as_nothing(
    demo: Store, empty: Store, out: Path, fmt: ExportFormat
) -> None:
    file = exchange_on(demo).export(out / f"file.{fmt}", fmt).path
    target = exchange_on(empty)
    seen: list[Changes] = []
    target.changed.connect(seen.append)

    preview = target.preview_import(file)
    assert preview.format == (FileFormat.HYPNIC_JSON if fmt == "json" else FileFormat.HYPNIC_CSV)
    assert preview.detected and preview.changes_anything and preview.unknown_kinds == ()
    assert preview.hypnic is not None and preview.hypnic.events > 100
    if fmt == ExportFormat.JSON:
        assert preview.hypnic.doses > 0 and preview.hypnic.night_records > 0
    assert live(empty) == 0  # the preview changed nothing
    assert seen == []

    done = target.apply_import(preview)
    assert live(empty) == preview.hypnic.events
    assert len(seen) == 1 and seen[0].all_nights
    assert done.line.startswith(f"Imported {preview.hypnic.events} events")
    backups = list((empty.path.parent / "backups").glob("hypnic-before-import-*.db"))
    assert len(backups) == 1  # taken before the import wrote

    again = target.preview_import(file)
    assert not again.changes_anything
    assert again.hypnic is not None and again.hypnic.events_present == preview.hypnic.events
    target.apply_import(again)
    assert len(seen) == 1  # nothing written, nothing announced


def test_a_json_backup_round_trips_through_an_empty_store(
    demo: Store, empty: Store, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = exchange_on(demo).export(out / "backup.json", ExportFormat.JSON).path
    target = exchange_on(empty)
    target.apply_import(target.preview_import(file))
    _, first, _ = cli(demo.path.parent, capsys, "export", "--format", "json")
    _, second, _ = cli(empty.path.parent, capsys, "export", "--format", "json")
    assert without_times(first) == without_times(second)


def saa_file(folder: Path) -> Path:
    path = folder / "sleep-export.csv"
    path.write_bytes(
        saa_csv(
            Saa(utc_ms(2026, 11, 20, 21, 30), "Europe/Berlin", 7.5, "Restless #legs #LateMeal"),
            Saa(utc_ms(2026, 11, 21, 22, 0), "Europe/Berlin", 6.0, "calm"),
        )
    )
    return path


@pytest.mark.parametrize("source", [ImportSource.DETECT, ImportSource.SLEEP_AS_ANDROID])
def test_a_sleep_as_android_file_imports_twice_without_duplicates(
    empty: Store, out: Path, source: ImportSource
) -> None:
    target = exchange_on(empty)
    seen: list[Changes] = []
    target.changed.connect(seen.append)
    preview = target.preview_import(saa_file(out), source)
    assert preview.format == FileFormat.SLEEP_AS_ANDROID
    assert preview.detected == (source == ImportSource.DETECT)
    assert preview.sleep is not None
    assert (preview.sleep.records, preview.sleep.lights_out_set) == (2, 2)
    assert preview.sleep.new_tags == ("legs",)  # #LateMeal is the built-in "Late meal"
    assert lights_out_nights(empty) == []
    target.apply_import(preview)
    assert len(list((empty.path.parent / "backups").glob("hypnic-before-import-*.db"))) == 1
    records = empty.nights.between(None, None)
    assert lights_out_nights(empty) == [date(2026, 11, 20), date(2026, 11, 21)]
    assert seen == [Changes(all_nights=True, tags=True)]
    again = target.preview_import(saa_file(out), source)
    assert not again.changes_anything
    target.apply_import(again)
    assert empty.nights.between(None, None) == records
    assert len(seen) == 1


def test_a_sleep_as_android_file_read_as_hypnic_is_refused_as_the_cli_refuses_it(
    empty: Store, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = saa_file(out)
    with pytest.raises(InputError) as refused:
        exchange_on(empty).preview_import(file, ImportSource.HYPNIC)
    code, _, err = cli(empty.path.parent, capsys, "import", str(file), "--dry-run")
    assert code == 2
    assert err.strip() == f"hypnic: {refused.value.describe()}"


BAD_FILES = {
    "csv-time": (
        "bad.csv",
        "id,night,time,kind,by,note\n"
        "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b00,2026-11-20,2026-11-20T23:00:00,jerk,self,\n",
    ),
    "json-duplicate": ("bad.json", '{"format": "hypnic", "format": "hypnic"}'),
    "saa-id": (
        "sleep.csv",
        'Id,Tz,From,To,Sched,Hours,Rating,Comment\n"x","Europe/Berlin","","","","7","0",""\n',
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_file_it_cannot_read_is_one_sentence_naming_file_line_and_field_as_the_cli(
    empty: Store, out: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    name, text = BAD_FILES[case]
    file = out / name
    file.write_text(text, encoding="utf-8")
    args = ["--from", "sleep-as-android"] if case.startswith("saa") else []
    with pytest.raises(InputError) as refused:
        exchange_on(empty).preview_import(
            file, ImportSource.SLEEP_AS_ANDROID if args else ImportSource.DETECT
        )
    assert refused.value.source == str(file)
    assert refused.value.line is not None
    code, _, err = cli(empty.path.parent, capsys, "import", str(file), *args, "--dry-run")
    assert code == 2
    assert err.strip() == f"hypnic: {refused.value.describe()}"
    assert live(empty) == 0


def test_unknown_kinds_are_named_and_added_only_when_agreed(
    empty: Store, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = out / "wobbles.csv"
    ids = ["0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b01", "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b02"]
    file.write_text(
        "id,night,time,kind,by,note\n"
        f"{ids[0]},2026-11-20,2026-11-20T23:00:00.000+01:00,wobble,self,\n"
        f"{ids[1]},2026-11-20,2026-11-20T23:01:00.000+01:00,jerk,self,\n",
        encoding="utf-8",
    )
    target = exchange_on(empty)
    preview = target.preview_import(file)
    assert preview.unknown_kinds == ("wobble",)
    with pytest.raises(InputError, match="unknown kind wobble") as refused:
        target.apply_import(preview)
    code, _, err = cli(empty.path.parent, capsys, "import", str(file))
    assert (code, err.strip()) == (2, f"hypnic: {refused.value.describe()}")
    assert live(empty) == 0
    seen: list[Changes] = []
    target.changed.connect(seen.append)
    target.apply_import(preview, add_kinds=True)
    assert empty.kinds.get("wobble") is not None
    assert live(empty) == 2
    assert seen[0].kinds and seen[0].all_nights


def test_the_import_is_planned_again_when_applied(empty: Store, out: Path) -> None:
    """A tap or another import may land between the preview and Import: nothing is doubled."""
    file = out / "one.csv"
    event_id = "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b03"
    file.write_text(
        "id,night,time,kind,by,note\n"
        f"{event_id},2026-11-20,2026-11-20T23:00:00.000+01:00,jerk,self,\n",
        encoding="utf-8",
    )
    target = exchange_on(empty)
    preview = target.preview_import(file)
    empty.events.add(Event(event_id, "jerk", utc_ms(2026, 11, 20, 22, 0), 60))
    done = target.apply_import(preview)
    assert not done.preview.changes_anything
    assert live(empty) == 1


# -- the clinic folder -----------------------------------------------------------------------


def test_the_clinic_folder_holds_the_summary_the_fhir_bundle_and_the_csv(
    qapp: object, demo: Store, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    service = exchange_on(demo)
    done = service.prepare_for_clinic(out)
    assert done.folder == out
    assert done.period == service.summary_period()
    assert done.period.last == END_NIGHT
    names = [w.path.name for w in done.files]
    span = f"{done.period.first}-to-{done.period.last}"
    assert names == [f"hypnic-summary-{span}.pdf", f"hypnic-fhir-{span}.json", f"hypnic-{span}.csv"]
    assert sorted(p.name for p in out.iterdir()) == sorted(names)
    for written in done.files:
        assert written.path.stat().st_size == written.size > 0
    pdf, fhir, table = (w.path for w in done.files)
    assert pdf.read_bytes().startswith(b"%PDF")
    Bundle.model_validate_json(fhir.read_text(encoding="utf-8"))
    first, last = str(done.period.first), str(done.period.last)
    _, stdout, _ = cli(demo.path.parent, capsys, "export", "--from", first, "--to", last)
    assert table.read_bytes().decode("utf-8") == stdout
    _, stdout, _ = cli(
        demo.path.parent, capsys, "export", "--format", "fhir", "--from", first, "--to", last
    )
    assert without_times(fhir.read_text(encoding="utf-8")) == without_times(stdout)


def test_the_clinic_folder_is_never_the_data_folder(qapp: object, demo: Store) -> None:
    folder = demo.path.parent
    (folder / "backups").mkdir(exist_ok=True)
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(InputError, match="inside Hypnic's folder"):
        exchange_on(demo).prepare_for_clinic(folder)
    with pytest.raises(InputError, match="inside Hypnic's folder"):
        exchange_on(demo).prepare_for_clinic(folder / "backups")
    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_clinic_folder_that_does_not_exist_is_refused(demo: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        exchange_on(demo).prepare_for_clinic(tmp_path / "nowhere")


def test_a_refusal_reads_as_a_sentence_in_the_window(demo: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError) as refused:
        exchange_on(demo).prepare_for_clinic(tmp_path / "nowhere")
    assert describe_error(refused.value) == f"The folder {tmp_path / 'nowhere'} does not exist"
    with pytest.raises(InputError) as refused:
        exchange_on(demo).export(tmp_path / "nowhere" / "x.csv", ExportFormat.CSV)
    assert describe_error(refused.value).startswith("The folder ")
