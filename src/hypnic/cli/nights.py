"""Per-night figures for `hypnic nights`: the JSON objects of DESIGN section 5 and a table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from hypnic.domain.analysis import analyse_night
from hypnic.domain.events import Event, Instant, NightRecord
from hypnic.domain.timerules import format_local, night_of
from hypnic.exchange.parsed import has_content
from hypnic.store import Store

# Figures that are rates or shares are rounded so the JSON stays readable and stable.
_DIGITS = 3


def night_objects(store: Store, first: date | None, last: date | None) -> list[dict[str, Any]]:
    """One object per night with any event or record in first..last, oldest first."""
    boundary = store.settings.day_boundary
    by_night: dict[date, list[Event]] = defaultdict(list)
    for event in store.events.between_nights(first, last, day_boundary=boundary):
        by_night[night_of(event.utc_ms, event.offset_min, boundary)].append(event)
    records = {r.night: r for r in store.nights.between(first, last) if has_content(r)}
    movement = frozenset(k.key for k in store.kinds.all() if k.movement)
    return [
        night_object(night, by_night.get(night, []), records.get(night), movement)
        for night in sorted(set(by_night) | set(records))
    ]


def night_object(
    night: date, events: Sequence[Event], record: NightRecord | None, movement: frozenset[str]
) -> dict[str, Any]:
    """The JSON object for one night; the figures come from domain.analysis."""
    figures = analyse_night(night, events, record, movement)
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
        # Doses, sleep quality and tags are not stored yet; the keys keep the contract's shape.
        "doses": [],
        "quality": None,
        "tags": [],
        "note": record.note if record is not None else "",
    }


def nights_table(objects: Sequence[dict[str, Any]], kind_order: Sequence[str]) -> str:
    """The same figures as an aligned plain-text table (times as local HH:MM)."""
    seen = {k for o in objects for k in (*o["counts"], *o["partner_counts"])}
    kinds = [k for k in kind_order if k in seen] + sorted(seen - set(kind_order))
    header = ["night", "lights out", "first", "last", *kinds, "partner", "per hour", "latency",
              "runs", "longest", "in runs", "note"]  # fmt: skip
    rows = [header]
    for o in objects:
        rows.append([
            o["night"], _clock(o["lights_out"]), _clock(o["first_event"]), _clock(o["last_event"]),
            *(str(o["counts"].get(k, 0)) for k in kinds),
            str(sum(o["partner_counts"].values())),
            _num(o["events_per_hour"], 1), _num(o["latency_min"], 0),
            str(o["periodic_runs"]), str(o["longest_run"]),
            "-" if o["in_runs_share"] is None else f"{o['in_runs_share']:.0%}",
            " ".join(o["note"].split()),
        ])  # fmt: skip
    numeric = set(range(4, len(header) - 1))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _time(instant: Instant | None) -> str | None:
    return None if instant is None else format_local(instant.utc_ms, instant.offset_min)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, _DIGITS)


def _clock(text: str | None) -> str:
    return "-" if text is None else text[11:16]


def _num(value: float | None, digits: int) -> str:
    return "-" if value is None else f"{value:.{digits}f}"
