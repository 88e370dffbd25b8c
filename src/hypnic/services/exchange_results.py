"""What the exchange service hands the windows: the formats offered, the files written, and
what an import would add (its preview) or did add."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from hypnic.domain.changes import Changes
from hypnic.domain.events import Instant
from hypnic.domain.period import Period
from hypnic.operations import exchange as exchange_ops
from hypnic.operations import import_sleep
from hypnic.operations.exchange import FileFormat, ParsedFile


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"
    FHIR = "fhir"


class ImportSource(StrEnum):
    """What the person says the file is (``DETECT``: find out from the file)."""

    DETECT = "detect"
    HYPNIC = "hypnic"
    SLEEP_AS_ANDROID = "sleep-as-android"


@dataclass(frozen=True, slots=True)
class Written:
    """A file written, and its size in bytes."""

    path: Path
    size: int


@dataclass(frozen=True, slots=True)
class Exported(Written):
    """An export written: how many events it holds, and what every read leaves out (None
    when nothing is; ``operations.period.left_out``)."""

    events: int = 0
    left_out: str | None = None


@dataclass(frozen=True, slots=True)
class ClinicFolder:
    """The files written for the clinic, the folder they are in, and the nights they cover."""

    folder: Path
    period: Period
    files: tuple[Written, ...]


@dataclass(frozen=True, slots=True)
class HypnicCounts:
    """What a Hypnic CSV or JSON file would add, and what the store already has (skipped)."""

    events: int = 0
    events_present: int = 0
    new_kinds: tuple[str, ...] = ()  # labels
    updated_kinds: tuple[str, ...] = ()
    doses: int = 0
    doses_present: int = 0
    new_medications: tuple[str, ...] = ()
    night_records: int = 0
    night_records_present: int = 0
    tagged_nights: int = 0
    new_tags: tuple[str, ...] = ()
    diary: int = 0
    context_present: int = 0
    rest_tests: int = 0
    rest_tests_present: int = 0
    settings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SleepCounts:
    """What a Sleep as Android file would set on its nights (``operations.import_sleep``)."""

    records: int = 0
    nights: int = 0
    lights_out_set: int = 0
    lights_out_kept: int = 0
    notes_set: int = 0
    notes_added_below: int = 0
    tagged_nights: int = 0
    new_tags: tuple[str, ...] = ()
    unchanged: int = 0


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing ``file`` would change (nothing has changed yet): the dry run.

    ``unknown_kinds`` are kinds the file's events use that neither the store nor the file
    defines; they are added only when the person agrees (the command line's --add-kinds).
    """

    file: Path
    format: FileFormat
    detected: bool
    changes_anything: bool
    line: str  # the command line's own summary of the dry run
    hypnic: HypnicCounts | None = None
    sleep: SleepCounts | None = None
    unknown_kinds: tuple[str, ...] = ()
    _parsed: object = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class ReadFile:
    """A file read for an import's preview, not yet planned against the store."""

    file: Path
    format: FileFormat
    detected: bool
    now: Instant
    parsed: ParsedFile | import_sleep.SleepFile


@dataclass(frozen=True, slots=True)
class Imported:
    """An import written: what it added (as its preview said), and the command line's line."""

    preview: ImportPreview
    line: str


@dataclass(frozen=True, slots=True)
class WrittenImport:
    """An import written by a worker thread, and what it changed, for the GUI thread to say."""

    imported: Imported
    changes: Changes | None


def replace_counts(
    preview: ImportPreview,
    *,
    changes: bool,
    hypnic: HypnicCounts | None = None,
    sleep: SleepCounts | None = None,
) -> ImportPreview:
    return replace(
        preview, hypnic=hypnic or preview.hypnic, sleep=sleep or preview.sleep,
        changes_anything=changes,
    )  # fmt: skip


def hypnic_counts(plan: exchange_ops.ImportPlan) -> HypnicCounts:
    return HypnicCounts(
        events=len(plan.new_events),
        events_present=plan.present_events,
        new_kinds=tuple(k.label for k in plan.new_kinds),
        updated_kinds=tuple(k.label for k in plan.updated_kinds),
        doses=len(plan.new_doses),
        doses_present=plan.present_doses,
        new_medications=tuple(plan.new_medication_names),
        night_records=len(plan.new_nights),
        night_records_present=plan.present_nights,
        tagged_nights=len(plan.night_tags),
        new_tags=tuple(t.label for t in plan.tags if t.key in plan.new_tag_keys),
        diary=len(plan.new_diary),
        context_present=plan.present_context,
        rest_tests=len(plan.new_rest_tests),
        rest_tests_present=plan.present_rest_tests,
        settings=tuple(sorted(plan.settings)),
    )


def sleep_counts(plan: import_sleep.SleepImportPlan) -> SleepCounts:
    return SleepCounts(
        records=plan.records,
        nights=plan.nights,
        lights_out_set=plan.lights_out_set,
        lights_out_kept=plan.lights_out_kept,
        notes_set=plan.notes_set,
        notes_added_below=plan.notes_added_below,
        tagged_nights=len(plan.night_tags),
        new_tags=tuple(t.label for t in plan.new_tags),
        unchanged=plan.unchanged,
    )
