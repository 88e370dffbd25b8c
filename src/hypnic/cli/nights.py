"""Per-night figures for `hypnic nights`: the JSON objects of DESIGN section 5 and a table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypnic.domain.diary import DiaryFigures
from hypnic.domain.events import Event, Instant
from hypnic.domain.medications import Dose, format_amount
from hypnic.domain.period import NightData, PeriodData
from hypnic.domain.rest_tests import RestTestFigures
from hypnic.domain.timerules import format_local

# Figures that are rates, shares or minutes are rounded to 3 decimals so the JSON stays
# readable and stable; counts and the diary's clock minutes are whole numbers already.
_DIGITS = 3


def night_objects(data: PeriodData) -> list[dict[str, Any]]:
    """One object per night with any event, dose, diary answer, tag, rest test or record (a
    quiet mark is one), oldest first."""
    return [night_object(data, n) for n in data.nights]


def night_object(data: PeriodData, n: NightData) -> dict[str, Any]:
    """The JSON object for one night, keys in DESIGN section 5's order; the figures come from
    the one analysis (``PeriodData.figures``), unchanged apart from rounding."""
    f = data.figures(n)
    record, diary, doses, tags = n.record, n.diary, n.doses, n.tags
    return {
        "night": n.night.isoformat(),
        "counts": f.counts,
        "partner_counts": f.partner_counts,
        "lights_out": _time(f.lights_out),
        "symptoms_from": _time(f.symptoms_from),
        "quiet": f.quiet,
        "first_event": _event_time(f.first_event),
        "last_event": _event_time(f.last_event),
        "winddown_end": _time(f.winddown_end),
        "events_per_hour": _round(f.events_per_hour),
        "latency_min": _round(f.latency_min),
        "after_winddown": f.after_winddown,
        "periodic_runs": f.periodic_runs,
        "longest_run": f.longest_run,
        "in_runs_share": _round(f.in_runs_share),
        "wasm_runs": f.wasm_runs,
        "partner_periodic_runs": f.partner_periodic_runs,
        "jerk_series": f.jerk_series,
        "longest_jerk_series": f.longest_jerk_series,
        "patterns": list(f.patterns),
        "diary": _diary_object(f.diary),
        "rest_tests": [_rest_test_object(t) for t in f.rest_tests],
        "doses": [
            _dose_object(d) for d in sorted(doses, key=lambda d: (d.utc_ms, d.id)) if not d.deleted
        ],
        "quality": None if diary is None else diary.quality,
        "tags": list(tags),
        "note": record.note if record is not None else "",
    }


def nights_table(objects: Sequence[dict[str, Any]], kind_order: Sequence[str]) -> str:
    """The same figures as an aligned plain-text table (times as local HH:MM; "-" for null)."""
    seen = {k for o in objects for k in (*o["counts"], *o["partner_counts"])}
    kinds = [k for k in kind_order if k in seen] + sorted(seen - set(kind_order))
    header = ["night", "lights out", "symptoms", "quiet", "first", "last", "wind-down end",
              *kinds, "partner", "per hour", "latency", "after", "runs", "longest", "in runs",
              "wasm runs", "partner runs", "jerk series", "longest series", "in bed", "sol",
              "waso", "sleep", "efficiency", "rest tests", "patterns", "quality", "doses",
              "tags", "note"]  # fmt: skip
    rows = [header]
    for o in objects:
        d = o["diary"] or {}
        rows.append([
            o["night"], _clock(o["lights_out"]), _clock(o["symptoms_from"]),
            "yes" if o["quiet"] else "-",
            _clock(o["first_event"]), _clock(o["last_event"]), _clock(o["winddown_end"]),
            *(str(o["counts"].get(k, 0)) for k in kinds),
            str(sum(o["partner_counts"].values())),
            _num(o["events_per_hour"], 1), _num(o["latency_min"], 0), str(o["after_winddown"]),
            str(o["periodic_runs"]), str(o["longest_run"]), _share(o["in_runs_share"]),
            str(o["wasm_runs"]), str(o["partner_periodic_runs"]),
            str(o["jerk_series"]), str(o["longest_jerk_series"]),
            *(_num(d.get(key), 0) for key in ("time_in_bed_min", "sol_min", "waso_min",
                                              "total_sleep_min")),
            _share(d.get("sleep_efficiency")),
            _rest_tests_cell(o["rest_tests"]), ",".join(o["patterns"]) or "-",
            "-" if o["quality"] is None else str(o["quality"]),
            _doses_cell(o["doses"]), ",".join(o["tags"]) or "-",
            " ".join(o["note"].split()),
        ])  # fmt: skip
    first_number, last_number = header.index("wind-down end") + 1, header.index("efficiency")
    numeric = {*range(first_number, last_number + 1), header.index("quality")}
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _diary_object(figures: DiaryFigures | None) -> dict[str, Any] | None:
    if figures is None:
        return None
    return {
        "time_in_bed_min": figures.time_in_bed_min,
        "sol_min": figures.sol_min,
        "waso_min": figures.waso_min,
        "total_sleep_min": figures.total_sleep_min,
        "sleep_efficiency": _round(figures.sleep_efficiency),
    }


def _rest_test_object(figures: RestTestFigures) -> dict[str, Any]:
    return {
        "start": _time(figures.start),
        "minutes": round(figures.minutes, _DIGITS),
        "counts": figures.counts,
        "per_hour": round(figures.per_hour, _DIGITS),
    }


def _dose_object(dose: Dose) -> dict[str, Any]:
    return {
        "medication": dose.medication,
        "amount": dose.amount,
        "unit": dose.unit,
        "time": format_local(dose.utc_ms, dose.offset_min),
    }


def _doses_cell(doses: Sequence[dict[str, Any]]) -> str:
    """'clonazepam 0.5mg 22:30, …' — compact, so the table stays one line a night."""
    if not doses:
        return "-"
    parts = []
    for d in doses:
        amount = format_amount(d["amount"], d["unit"]).replace(" ", "")
        parts.append(" ".join(p for p in (d["medication"], amount, _clock(d["time"])) if p))
    return ", ".join(parts)


def _rest_tests_cell(tests: Sequence[dict[str, Any]]) -> str:
    """'21:00 60min 12.0/h' per test: when, how long it really ran, taps per hour."""
    if not tests:
        return "-"
    return ", ".join(
        f"{_clock(t['start'])} {t['minutes']:g}min {t['per_hour']:.1f}/h" for t in tests
    )


def _time(instant: Instant | None) -> str | None:
    return None if instant is None else format_local(instant.utc_ms, instant.offset_min)


def _event_time(event: Event | None) -> str | None:
    return None if event is None else format_local(event.utc_ms, event.offset_min)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, _DIGITS)


def _clock(text: str | None) -> str:
    return "-" if text is None else text[11:16]


def _num(value: float | None, digits: int) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"
