"""`hypnic report`: the summary of a period written atomically as PDF (no widgets)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypnic.domain.clock import Clock
from hypnic.domain.errors import InputError
from hypnic.domain.timerules import night_of, parse_night
from hypnic.exchange.atomic import write_atomic
from hypnic.report.source import ReportRequest, load_report
from hypnic.store import Store


def request_from_args(args: argparse.Namespace) -> ReportRequest:
    """The period and patient the command line asked for (raises InputError when bad)."""
    first = parse_night(args.first, field="--from") if args.first else None
    last = parse_night(args.last, field="--to") if args.last else None
    if args.last_n is not None and first is not None:
        raise InputError("use either --last or --from, not both", field="--last")
    if args.last_n is not None and args.last_n < 1:
        raise InputError(f"--last needs 1 or more nights, not {args.last_n}", field="--last")
    if first and last and first > last:
        raise InputError(f"{first} is after --to {last}", field="--from")
    patient = " ".join((args.patient or "").split()) or None
    return ReportRequest(first=first, last=last, last_n=args.last_n, patient=patient)


def run_report(args: argparse.Namespace, clock: Clock, open_store: Callable[[], Store]) -> int:
    """Build the model, draw it with Qt and replace ``args.output`` with the PDF."""
    request = request_from_args(args)  # bad input fails before the store is opened
    now = clock.now()
    local = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=now.local_ms)
    store = open_store()
    try:
        today = night_of(now.utc_ms, now.offset_min, store.settings.day_boundary)
        model = load_report(store, request, today=today, generated=local.date())
    finally:
        store.close()

    app = gui_application()
    from hypnic.report.render import pdf_bytes

    data, pages = pdf_bytes(model, args.paper)
    del app
    output = Path(args.output)
    write_atomic(output, data)
    print(
        f"Wrote the summary of {model.period.first} to {model.period.last} "
        f"({model.logged_of_period()}, {pages} page{'s' if pages != 1 else ''}) to {output}"
    )
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
