"""`hypnic report`: read the period, build the summary, draw it and write the PDF atomically."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, date, datetime, timedelta

from hypnic.cli.stdout import write_stdout
from hypnic.domain.clock import Clock
from hypnic.domain.errors import InputError
from hypnic.domain.patient import check_patient
from hypnic.domain.period import SummaryRequest
from hypnic.domain.timerules import parse_night
from hypnic.operations.opening import open_for_reading
from hypnic.operations.outputs import output_target, write_output
from hypnic.operations.period import left_out, read_summary
from hypnic.operations.tonight import night_of_instant
from hypnic.paths import resolve_paths
from hypnic.report.build import build_report


def request_from_args(args: argparse.Namespace) -> SummaryRequest:
    """The period and patient the command line asked for (raises InputError when bad)."""
    first = parse_night(args.first, field="--from") if args.first is not None else None
    last = parse_night(args.last, field="--to") if args.last is not None else None
    if args.last_n is not None and first is not None:
        raise InputError("use either --last or --from, not both", field="--last")
    if args.last_n is not None and args.last_n < 1:
        raise InputError(f"--last needs 1 or more nights, not {args.last_n}", field="--last")
    if first and last and first > last:
        raise InputError(f"{first} is after --to {last}", field="--from")
    patient = None
    if args.patient:
        try:  # the window's rule for a name (its date of birth is not asked here)
            patient = check_patient(args.patient, "", today=date.max).name
        except InputError as exc:
            raise InputError(exc.message, field="--patient") from None
    return SummaryRequest(first=first, last=last, last_n=args.last_n, patient=patient)


def run_report(args: argparse.Namespace, clock: Clock) -> int:
    """Build the model, draw it with Qt and replace ``args.output`` with the PDF (``-``:
    standard output)."""
    request = request_from_args(args)  # bad input fails before the store is opened
    paths = resolve_paths(args.data_dir)
    target = output_target(args.output, paths=paths)
    now = clock.now()
    local = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=now.local_ms)
    with open_for_reading(args.data_dir, checked=True) as store:
        period, data = read_summary(store, request, today=night_of_instant(store, now))
        note = left_out(store)
    model = build_report(period=period, data=data, generated=local.date())

    app = gui_application()
    from hypnic.report.render import pdf_bytes
    from hypnic.report.words import Summary

    words = Summary(args.language)
    pdf, pages = pdf_bytes(model, args.paper, words)
    del app
    # The command line's own messages stay English (DESIGN section 10: scripts parse them).
    nights = model.period.nights
    done = (
        f"Wrote the summary of {model.period.first} to {model.period.last} "
        f"({model.logged_nights} of {nights} night{'s' if nights != 1 else ''} logged, "
        f"{pages} page{'s' if pages != 1 else ''})"
    )
    if target is None:
        write_stdout(pdf)
        print(f"hypnic: {done}", file=sys.stderr)
    else:
        write_output(target, pdf, paths=paths)
        print(f"{done} to {target}")
    if not words.translated:
        # Said, not silent: a patient who asked for German must not hand over English unawares.
        print(f"hypnic: no translation of the summary into {args.language!r} is installed; "
              "it is written in English", file=sys.stderr)  # fmt: skip
    if note:
        print(f"hypnic: {note}", file=sys.stderr)
    return 0


def gui_application() -> object:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1] or ["hypnic"])
