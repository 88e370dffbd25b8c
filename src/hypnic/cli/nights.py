"""Per-night figures for `hypnic nights`: the JSON objects of DESIGN section 5 and a table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from hypnic.domain.analysis import analyse_night
from hypnic.domain.diary import DiaryEntry
from hypnic.domain.events import Event, Instant, NightRecord
from hypnic.domain.kinds import KindGroup, kind_groups
from hypnic.domain.medications import Dose, format_amount
from hypnic.domain.timerules import format_local
from hypnic.store import Store
from hypnic.store.period import period_records

# Figures that are rates or shares are rounded so the JSON stays readable and stable.
_DIGITS = 3


def night_objects(store: Store, first: date | None, last: date | None) -> list[dict[str, Any]]:
    """One object per night with any event, dose, diary answer, tag or record, oldest first."""
    period = period_records(store, first, last)
    groups = kind_groups(store.kinds.all())
    return [
        night_object(
            night,
            period.events.get(night, []),
            period.records.get(night),
            groups,
            doses=period.doses.get(night, []),
            diary=period.diary.get(night),
            tags=period.tags.get(night, []),
        )
        for night in period.nights
    ]


def night_object(
    night: date,
    events: Sequence[Event],
    record: NightRecord | None,
    groups: Mapping[str, KindGroup],
    *,
    doses: Sequence[Dose] = (),
    diary: DiaryEntry | None = None,
    tags: Sequence[str] = (),
) -> dict[str, Any]:
    """The JSON object for one night; the figures come from domain.analysis."""
    figures = analyse_night(night, events, record, groups)
    first, last = figures.first_event, figures.last_event
    return {
        "night": night.isoformat(),
        "counts": figures.counts,
        "partner_counts": figures.partner_counts,
        "lights_out": _time(figures.lights_out),
        "first_event": None if first is None else format_local(first.utc_ms, first.offset_min),
        "last_event": None if last is None else format_local(last.utc_ms, last.offset_min),
        "events_per_hour": _round(figures.events_per_hour),
        "latency_min": _round(figures.latency_min),
        "periodic_runs": figures.periodic_runs,
        "longest_run": figures.longest_run,
        "in_runs_share": _round(figures.in_runs_share),
        "doses": [
            _dose_object(d) for d in sorted(doses, key=lambda d: (d.utc_ms, d.id)) if not d.deleted
        ],
        "quality": None if diary is None else diary.quality,
        "tags": list(tags),
        "note": record.note if record is not None else "",
    }


def nights_table(objects: Sequence[dict[str, Any]], kind_order: Sequence[str]) -> str:
    """The same figures as an aligned plain-text table (times as local HH:MM)."""
    seen = {k for o in objects for k in (*o["counts"], *o["partner_counts"])}
    kinds = [k for k in kind_order if k in seen] + sorted(seen - set(kind_order))
    header = ["night", "lights out", "first", "last", *kinds, "partner", "per hour", "latency",
              "runs", "longest", "in runs", "quality", "doses", "tags", "note"]  # fmt: skip
    rows = [header]
    for o in objects:
        rows.append([
            o["night"], _clock(o["lights_out"]), _clock(o["first_event"]), _clock(o["last_event"]),
            *(str(o["counts"].get(k, 0)) for k in kinds),
            str(sum(o["partner_counts"].values())),
            _num(o["events_per_hour"], 1), _num(o["latency_min"], 0),
            str(o["periodic_runs"]), str(o["longest_run"]),
            "-" if o["in_runs_share"] is None else f"{o['in_runs_share']:.0%}",
            "-" if o["quality"] is None else str(o["quality"]),
            _doses_cell(o["doses"]), ",".join(o["tags"]) or "-",
            " ".join(o["note"].split()),
        ])  # fmt: skip
    numeric = set(range(4, len(header) - 3))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


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


def _time(instant: Instant | None) -> str | None:
    return None if instant is None else format_local(instant.utc_ms, instant.offset_min)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, _DIGITS)


def _clock(text: str | None) -> str:
    return "-" if text is None else text[11:16]


def _num(value: float | None, digits: int) -> str:
    return "-" if value is None else f"{value:.{digits}f}"
