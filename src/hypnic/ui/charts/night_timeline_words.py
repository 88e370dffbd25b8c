"""The night timeline in words: one event's hover text, the night for a screen reader, the hint."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from hypnic.domain.analysis import NightFigures
from hypnic.domain.events import Event, Observer
from hypnic.domain.kinds import Kind
from hypnic.ui.charts.clock_axis import minutes_text
from hypnic.ui.common.locale_text import clock


def _tr(text: str, n: int = -1) -> str:
    # The timeline's own context: these words were translated as NightTimeline's.
    return QCoreApplication.translate("NightTimeline", text, None, n)


def night_in_words(
    events: Sequence[Event], kinds: Sequence[Kind], figures: NightFigures | None
) -> str:
    """The timeline in words, for a screen reader; the events table lists each event."""
    if not events:
        return _tr("No events this night.")
    first = clock(events[0].local_ms // 1000)
    last = clock(events[-1].local_ms // 1000)
    counts = []
    for kind in kinds:
        n = sum(1 for e in events if e.kind == kind.key)
        if n:
            counts.append(_tr("%1: %2").replace("%1", kind.label).replace("%2", str(n)))
    runs = len(figures.runs) if figures else 0
    text = (
        _tr("%n event(s) from %1 to %2 (%3).", len(events))
        .replace("%1", first)
        .replace("%2", last)
        .replace("%3", ", ".join(counts))
    )
    if runs:
        text += " " + _tr("Shaded: %n periodic leg run(s), 5–90 s.", runs)
    return text + " " + _tr("The table of events lists each one.")


def event_in_words(
    event: Event,
    kinds: Sequence[Kind],
    figures: NightFigures | None,
    *,
    after_lights_out: float | None,
) -> str:
    """The hover text of one event: exact local time, kind, who and the note; with
    ``after_lights_out`` (minutes), how long after lights-out it was."""
    parts = [clock(event.local_ms // 1000, seconds=True)]
    parts.append(next((k.label for k in kinds if k.key == event.kind), event.kind))
    parts.append(_tr("by partner") if event.by == Observer.PARTNER else _tr("by you"))
    if after_lights_out is not None:
        parts.append(_tr("%s min after lights-out") % minutes_text(after_lights_out))
    run = _run_of(event.id, figures)
    if run is not None:
        parts.append(run)
    text = " · ".join(parts)
    return f"{text}\n{event.note}" if event.note else text


def _run_of(event_id: str, figures: NightFigures | None) -> str | None:
    """Which run the event is in, in the summary's words, or None."""
    if figures is None:
        return None
    for run in figures.jerk_runs:
        if event_id in run.event_ids:
            return _tr("in a jerk series of %n movements", run.movements)
    for run in figures.runs:
        if event_id in run.event_ids:
            if run.observer == Observer.PARTNER:
                return _tr("in a partner-seen leg run of %n movements (5–90 s)", run.movements)
            return _tr("in a leg run of %n movements (5–90 s)", run.movements)
    return None


def hover_hint() -> str:
    """What the hover line says before the pointer has found a mark."""
    return _tr(
        "Point at a mark to see its exact time; drag or scroll to pan and zoom "
        "(keys: + and −, ← and →, Home for the whole night)."
    )
