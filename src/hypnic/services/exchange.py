"""Export, import and the clinic folder for the window, by the same operations as `hypnic
export`, `hypnic import` and `hypnic report` (DESIGN section 5)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hypnic.domain.changes import Changes
from hypnic.domain.clock import Clock
from hypnic.domain.errors import HypnicError, InputError, one_line
from hypnic.domain.period import Period, SummaryRequest
from hypnic.operations import exchange as exchange_ops
from hypnic.operations import import_sleep
from hypnic.operations.exchange import FileFormat
from hypnic.operations.outputs import output_target, write_output
from hypnic.operations.period import (
    earliest_logged_night,
    latest_logged_night,
    left_out,
    read_summary,
    summary_period,
)
from hypnic.operations.tonight import tonight
from hypnic.paths import Paths, resolve_paths
from hypnic.services.exchange_results import (
    ClinicFolder,
    Exported,
    ExportFormat,
    HypnicCounts,
    Imported,
    ImportPreview,
    ImportSource,
    ReadFile,
    SleepCounts,
    Written,
    WrittenImport,
    hypnic_counts,
    replace_counts,
    sleep_counts,
)
from hypnic.store import Store

__all__ = [
    "ClinicFolder",
    "DataExchange",
    "ExportFormat",
    "Exported",
    "FileFormat",
    "HypnicCounts",
    "ImportPreview",
    "ImportSource",
    "Imported",
    "ReadFile",
    "SleepCounts",
    "Written",
    "WrittenImport",
]


class DataExchange(QObject):
    """Exports, imports and prepares the clinic folder on the window's store.

    Files are written by the one output rule (``operations.outputs``: atomically, never into
    Hypnic's folders, onto a link or a device); an import is planned first (the preview), then
    written in one transaction after a checked backup (``operations.exchange.apply_import``).

    Signals:
        changed(Changes): an import wrote to the store (any night, and the kinds, medications,
            tags or settings it brought).
    """

    changed = Signal(object)

    def __init__(
        self, *, store: Store, clock: Clock, paths: Paths | None = None,
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._paths = paths or resolve_paths(store.path.parent)

    # -- periods -------------------------------------------------------------------------------

    def tonight(self) -> date:
        return tonight(self._store, self._clock)

    def logged_nights(self) -> Period | None:
        """The first and last night with anything recorded (None for an empty store)."""
        today = self.tonight()
        first = earliest_logged_night(self._store)
        last = latest_logged_night(self._store, today=today)
        if first is None or last is None:
            return None
        return Period(min(first, last), last)

    def summary_period(self) -> Period:
        """The nights `hypnic report` covers without dates."""
        return summary_period(self._store, SummaryRequest(), today=self.tonight())

    # -- export --------------------------------------------------------------------------------

    def check_target(self, path: Path) -> Path:
        """The file a write to ``path`` would replace, or InputError (one sentence) when the
        output rule refuses it; checked before anything is read."""
        target = output_target(str(path), paths=self._paths, field="")
        if target is None:
            raise InputError("- is not a file name", field="")
        return target

    def export(
        self, path: Path, fmt: ExportFormat, first: date | None = None, last: date | None = None
    ) -> Exported:
        """Write nights first..last (all nights without them) to ``path`` in ``fmt``, as
        `hypnic export --format FMT -o PATH` does."""
        target = self.check_target(path)
        text, count = exchange_ops.export_text(
            self._store, fmt.value, first, last, now=self._clock.now()
        )
        data = text.encode("utf-8")
        self._write(target, data)
        return Exported(target, len(data), events=count, left_out=left_out(self._store))

    def _write(self, target: Path, data: bytes) -> None:
        try:
            write_output(target, data, paths=self._paths, field="")
        except OSError as exc:
            raise HypnicError(
                f"{target} could not be written ({exc.strerror or exc}); nothing was changed."
            ) from None

    # -- import --------------------------------------------------------------------------------

    def preview_import(
        self, path: Path, source: ImportSource = ImportSource.DETECT
    ) -> ImportPreview:
        """Read ``path`` and plan its import against the store (the dry run: nothing changes).

        InputError naming the file, line and field, as `hypnic import --dry-run` says it."""
        return self.plan_import(self.read_import(path, source))

    def read_import(self, path: Path, source: ImportSource = ImportSource.DETECT) -> ReadFile:
        """The slow half of the preview: read and check ``path``. It touches no store, so the
        window runs it off the GUI thread; ``plan_import`` then plans it on the GUI thread."""
        fmt = self._format_of(path, source)
        now = self._clock.now()
        detected = source == ImportSource.DETECT
        if fmt == FileFormat.SLEEP_AS_ANDROID:
            return ReadFile(path, fmt, detected, now, import_sleep.read_sleep_file(path, now=now))
        return ReadFile(path, fmt, detected, now, exchange_ops.read_import_file(path, now=now))

    def plan_import(self, read: ReadFile) -> ImportPreview:
        """What importing a file read by ``read_import`` would change in the store now."""
        path, fmt, detected, parsed = read.file, read.format, read.detected, read.parsed
        if isinstance(parsed, import_sleep.SleepFile):
            plan = import_sleep.plan_sleep_import(self._store, parsed, now=read.now)
            return ImportPreview(
                file=path, format=fmt, detected=detected,
                changes_anything=plan.changes_anything,
                line=import_sleep.sleep_summary(plan, dry_run=True),
                sleep=sleep_counts(plan), _parsed=parsed,
            )  # fmt: skip
        # Planned as with --add-kinds: the preview names the kinds it would add, and the
        # person chooses (``apply_import`` refuses them unless agreed).
        hplan = exchange_ops.plan_import(self._store, parsed, add_kinds=True)
        unknown = tuple(k.key for k in exchange_ops.kinds_to_add(parsed, hplan))
        return ImportPreview(
            file=path, format=fmt, detected=detected,
            changes_anything=exchange_ops.changes_anything(hplan),
            line=exchange_ops.summary(hplan, dry_run=True),
            hypnic=hypnic_counts(hplan), unknown_kinds=unknown, _parsed=parsed,
        )  # fmt: skip

    def _format_of(self, path: Path, source: ImportSource) -> FileFormat:
        if source == ImportSource.SLEEP_AS_ANDROID:
            return FileFormat.SLEEP_AS_ANDROID
        found = exchange_ops.import_format(path)
        if source == ImportSource.HYPNIC and found == FileFormat.SLEEP_AS_ANDROID:
            # Read as the person said: the Hypnic reader names what does not fit.
            return FileFormat.HYPNIC_CSV
        return found

    def apply_import(self, preview: ImportPreview, *, add_kinds: bool = False) -> Imported:
        """Write what ``preview`` planned (both halves below at once, on this thread)."""
        return self.finish_import(self._write_import(self._store, preview, add_kinds))

    def write_import(self, preview: ImportPreview, *, add_kinds: bool = False) -> WrittenImport:
        """The slow half of an import, for a worker thread, on a connection of its own: the
        window's stays free, so the bedside keeps taking taps (with their own time) while a
        big file is written. Give the result to ``finish_import`` on the GUI thread."""
        store = Store.open(self._store.path.parent)
        try:
            return self._write_import(store, preview, add_kinds)
        finally:
            store.close()

    def finish_import(self, written: WrittenImport) -> Imported:
        """Tell the views what the import changed (on the GUI thread)."""
        if written.changes is not None:
            self.changed.emit(written.changes)
        return written.imported

    def _write_import(self, store: Store, preview: ImportPreview, add_kinds: bool) -> WrittenImport:
        """What ``preview`` planned, planned again against the store as it is now (a tap may
        have landed since), after a checked backup, in one transaction; all or nothing.

        Unknown kinds are refused (InputError, as without --add-kinds) unless ``add_kinds``.
        """
        now = self._clock.now()
        if preview.format == FileFormat.SLEEP_AS_ANDROID:
            parsed_sleep = preview._parsed
            assert isinstance(parsed_sleep, import_sleep.SleepFile)
            splan = import_sleep.plan_sleep_import(store, parsed_sleep, now=now)
            import_sleep.apply_sleep_import(store, splan)
            done = replace_counts(preview, sleep=sleep_counts(splan),
                                  changes=splan.changes_anything)  # fmt: skip
            changes = Changes(all_nights=True, tags=bool(splan.night_tags))
            return WrittenImport(
                Imported(done, import_sleep.sleep_summary(splan, dry_run=False)),
                changes if splan.changes_anything else None,
            )
        parsed = preview._parsed
        assert isinstance(parsed, exchange_ops.ParsedFile)
        plan = exchange_ops.plan_import(store, parsed, add_kinds=add_kinds)
        exchange_ops.apply_import(store, plan)
        changed = exchange_ops.changes_anything(plan)
        done = replace_counts(preview, hypnic=hypnic_counts(plan), changes=changed)
        return WrittenImport(
            Imported(done, exchange_ops.summary(plan, dry_run=False)),
            _changes_of(plan) if changed else None,
        )

    # -- the clinic folder ---------------------------------------------------------------------

    def clinic_names(self, period: Period) -> tuple[str, str, str]:
        """The summary's, the FHIR bundle's and the CSV's file names for ``period``."""
        span = f"{period.first}-to-{period.last}"
        return (f"hypnic-summary-{span}.pdf", f"hypnic-fhir-{span}.json", f"hypnic-{span}.csv")

    def prepare_for_clinic(
        self, folder: Path, request: SummaryRequest | None = None, *, paper: str | None = None
    ) -> ClinicFolder:
        """Write the summary PDF (as `hypnic report`), the FHIR bundle and the CSV of the same
        nights into ``folder``, each atomically; every target is checked before any is written.
        Nothing is sent anywhere."""
        from hypnic.report.build import build_report
        from hypnic.report.render import pdf_bytes

        request = request or SummaryRequest()
        if not folder.is_dir():
            raise InputError(f"the folder {folder} does not exist", field="")
        period, data = read_summary(self._store, request, today=self.tonight())
        names = self.clinic_names(period)
        targets = [self.check_target(folder / name) for name in names]
        now = self._clock.now()
        local = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=now.local_ms)
        model = build_report(period=period, data=data, generated=local.date())
        pdf, _pages = pdf_bytes(model, paper)
        fhir, _ = exchange_ops.fhir_text(self._store, period.first, period.last, now=now)
        csv, _ = exchange_ops.export_text(self._store, "csv", period.first, period.last, now=now)
        written = []
        for target, content in zip(targets, (pdf, fhir.encode("utf-8"), csv.encode("utf-8")),
                                   strict=True):  # fmt: skip
            self._write(target, content)
            written.append(Written(target, len(content)))
        return ClinicFolder(targets[0].parent, period, tuple(written))


def describe_error(exc: HypnicError) -> str:
    """An error as one line, the same words as the command line (file, line and field), begun
    as a sentence ("the folder … does not exist" follows "hypnic: " there)."""
    line = one_line(exc.describe() if isinstance(exc, InputError) else str(exc))
    return line[:1].upper() + line[1:]


def _changes_of(plan: exchange_ops.ImportPlan) -> Changes:
    """Any night may have new events, doses or records; and what else the file brought."""
    return Changes(
        all_nights=True,
        kinds=bool(plan.new_kinds or plan.updated_kinds),
        medications=bool(plan.medications),
        tags=bool(plan.tags or plan.night_tags),
        patient=any(key.startswith("patient") for key in plan.settings),
        settings=bool(plan.settings),
    )
