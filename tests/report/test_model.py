"""The report model against hand-worked nights: figures, medians, IQR, logged nights, periods."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from hypnic.domain.errors import InputError
from hypnic.domain.events import Event, Instant, NightRecord, Observer
from hypnic.domain.kinds import BUILTIN_KINDS
from hypnic.domain.medications import Dose, Medication
from hypnic.domain.period import Period, resolve_period
from hypnic.report.build import build_report
from hypnic.report.model import Subject
from hypnic.report.words import Summary
from report_helpers import period_data

WORDS = Summary()

KINDS = list(BUILTIN_KINDS)
_ids = iter(range(10_000))


def ms(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp() * 1000)


def ev(kind: str, at: str, by: Observer = Observer.SELF) -> Event:
    return Event(f"e{next(_ids):04d}", kind, ms(at), 0, by)


def lights(night: str, at: str) -> NightRecord:
    return NightRecord(date.fromisoformat(night), lights_out=Instant(ms(at), 0))


EVENTS = [
    # Night of Jan 5: lights-out 22:00, four jerks 20 s apart (a run), a kick, an itch at 23:00.
    ev("jerk", "2026-01-05T22:05:00"), ev("jerk", "2026-01-05T22:05:20"),
    ev("jerk", "2026-01-05T22:05:40"), ev("jerk", "2026-01-05T22:06:00"),
    ev("kick", "2026-01-05T22:30:00"), ev("deep_itch", "2026-01-05T23:00:00"),
    # Night of Jan 6: lights-out 23:00, jerks at 23:10 and 23:40; the partner logs a kick.
    ev("jerk", "2026-01-06T23:10:00"), ev("jerk", "2026-01-06T23:40:00"),
    ev("kick", "2026-01-07T01:00:00", Observer.PARTNER),
    # Night of Jan 7 (after midnight, so the evening before): no lights-out, three kicks.
    ev("kick", "2026-01-08T00:30:00"), ev("kick", "2026-01-08T00:30:30"),
    ev("kick", "2026-01-08T01:30:00"),
]  # fmt: skip
RECORDS = [
    lights("2026-01-05", "2026-01-05T22:00:00"),
    lights("2026-01-06", "2026-01-06T23:00:00"),
    NightRecord(date(2026, 1, 8), note="Slept at my sister's"),
]
PERIOD = Period(date(2026, 1, 5), date(2026, 1, 9))


def build(**kw: object):  # type: ignore[no-untyped-def]
    period = kw.pop("period", PERIOD)
    generated = kw.pop("generated", date(2026, 1, 10))
    args: dict[str, object] = dict(events=EVENTS, records=RECORDS, kinds=KINDS)
    args.update(kw)
    data = period_data(**args)  # type: ignore[arg-type]
    return build_report(period=period, data=data, generated=generated)  # type: ignore[arg-type]


def test_nights_logged_of_nights_in_period() -> None:
    model = build()
    assert [n.logged for n in model.nights] == [True, True, True, True, False]
    assert WORDS.logged_line(model.logged_nights, model.period.nights, 0) == "4 of 5 nights logged"
    assert [n.counts for n in model.nights[:4]] == [(4, 1, 1), (2, 0, 0), (0, 3, 0), (0, 0, 0)]
    assert model.partner_total == 1 and model.partner_nights == 1
    assert model.nights[0].lights_out == "22:00" and model.nights[2].lights_out is None
    assert model.nights[3].note == "Slept at my sister's"


def test_key_figures_per_kind() -> None:
    jerk, kick, itch = build().figures
    assert jerk.kind is not None and jerk.kind.key == "jerk"
    assert (jerk.total, jerk.nights_with_any) == (6, 2)
    # Jerks per logged night 4, 2, 0, 0: median 1, quartiles (inclusive) 0 and 2.5.
    assert (jerk.per_night.median, jerk.per_night.q1, jerk.per_night.q3) == (1, 0, 2.5)
    # Kicks 1, 0, 3, 0: median 0.5, IQR 0–1.5.
    assert (kick.per_night.median, kick.per_night.q1, kick.per_night.q3) == (0.5, 0, 1.5)
    assert (itch.total, itch.nights_with_any) == (1, 1)
    # Jerks per hour of wind-down: 4 in 1 h, 2 in 40 min, 0 in 1 h → 4, 3, 0.
    assert jerk.per_hour.median == pytest.approx(3.0)
    # Two nights with a lights-out and a jerk after it: too few for a median.
    assert jerk.latency_min.median is None and jerk.latency_min.n == 2


def test_all_kinds_matches_nights_json_figures() -> None:
    everything = build().all_kinds
    assert everything is not None
    assert (everything.total, everything.nights_with_any) == (11, 3)
    assert everything.per_night.median == 2.5
    assert (everything.per_night.q1, everything.per_night.q3) == (1.5, 3.75)
    # events_per_hour of the three nights with a wind-down window: 6, 3, 3.
    assert everything.per_hour.median == pytest.approx(3.0)
    assert everything.per_hour.q3 == pytest.approx(4.5)


def test_periodic_runs_are_of_leg_taps_only_under_both_rules() -> None:
    # The four jerks 20 s apart on Jan 5 are a jerk series, not a periodic leg run.
    patterns = build().patterns
    aasm, wasm = patterns.leg_runs, patterns.wasm_runs
    assert (aasm.nights_with, aasm.total, aasm.longest) == (0, 0, 0)
    assert (wasm.nights_with, wasm.total) == (0, 0)
    assert (patterns.jerk_series.nights_with, patterns.jerk_series.longest) == (1, 4)
    # Nights with the patient's own leg taps: Jan 5 (one kick) and Jan 7 (three), none in runs.
    assert aasm.in_runs_share.n == 2
    assert build().intervals_s == (30.0, 3570.0)
    # Kicks 20 s apart with a double tap on Jan 9: a run of 4 movements (5 taps) under the
    # 5–90 s rule; the 2 s double tap breaks the 10–90 s rule.
    kicks = [ev("kick", f"2026-01-09T22:00:{s:02d}") for s in (0, 20, 22, 40)]
    kicks.append(ev("kick", "2026-01-09T22:01:00"))
    patterns = build(events=[*EVENTS, *kicks]).patterns
    aasm, wasm = patterns.leg_runs, patterns.wasm_runs
    assert (aasm.nights_with, aasm.total, aasm.longest) == (1, 1, 4)
    assert (wasm.nights_with, wasm.total) == (0, 0)
    assert aasm.in_runs_share.q3 == pytest.approx(0.5)  # shares 0, 0 and 1
    assert patterns.nights["periodic_leg_movements"] == 1


def test_marks_and_trend() -> None:
    model = build()
    first = model.nights[0]
    # The four jerks from 22:05 are a jerk series: drawn as one span, not four markers.
    (series,) = first.runs
    assert (series.start, series.end, series.group, series.movements) == (245, 246, "jerk", 4)
    assert first.marks[0] == (4 * 60 + 30, 1)  # the kick at 22:30, 4 h 30 min after 18:00
    assert first.lights_out_minute == 240
    # The rolling median needs 3 logged nights in its window.
    assert [n.trend[0] for n in model.nights] == [None, None, 2, 1, 1]


def test_fewer_than_three_nights_gives_no_medians() -> None:
    model = build(period=Period(date(2026, 1, 5), date(2026, 1, 6)))
    assert model.figures[0].per_night.median is None
    assert WORDS.spread(model.figures[0].per_night) == "–"
    assert "Too few" in WORDS.paragraph(model)


def test_empty_period() -> None:
    model = build(period=Period(date(2025, 1, 1), date(2025, 1, 30)))
    assert model.empty and model.logged_nights == 0 and model.period.nights == 30
    assert WORDS.paragraph(model) == ""


def test_doses_and_comparison() -> None:
    nights = [date(2026, 2, d) for d in range(1, 9)]
    events, doses = [], []
    for i, night in enumerate(nights):
        jerks = 2 if i % 2 == 0 else 8
        for j in range(jerks):
            events.append(ev("jerk", f"{night}T23:{j:02d}:00"))
        if i % 2 == 0:
            doses.append(Dose(f"d{i}", "Clonazepam", 0.5, "mg", ms(f"{night}T22:15:00"), 0))
    model = build(
        period=Period(nights[0], nights[-1]), events=events, records=[], kinds=KINDS,
        generated=nights[-1], doses=doses,
        medications=[Medication("Clonazepam", 0.5, "mg", bedtime=True)],
    )  # fmt: skip
    assert model.medications[0].usual_dose == "0.5 mg" and model.medications[0].bedtime
    assert model.medications[0].since == nights[0]
    assert WORDS.dose_text(model.nights[0].extras.doses[0]) == "Clonazepam 22:15"  # usual dose
    comp, period = model.comparisons
    assert comp.subject == Subject.MEDICATION and comp.comparable
    assert (comp.with_side.nights, comp.without_side.nights) == (4, 4)
    assert (comp.with_side.medians[0], comp.without_side.medians[0]) == (2, 8)
    assert (comp.with_side.all_kinds, comp.without_side.all_kinds) == (2, 8)
    assert period.subject == Subject.PERIOD and not period.comparable  # nothing before
    assert "with a dose of Clonazepam: 2, against 8 without (nights: 4 and 4)" in WORDS.paragraph(
        model
    )


def test_comparison_needs_three_nights_each_side() -> None:
    doses = [Dose("d1", "Clonazepam", 0.5, "mg", ms("2026-01-05T21:00:00"), 0)]
    comp, _ = build(doses=doses).comparisons
    assert (comp.with_side.nights, comp.without_side.nights, comp.comparable) == (1, 3, False)


def test_spread_words() -> None:
    jerk = build().figures[0]
    assert WORDS.spread(jerk.per_night) == "1 (0–2.5)"
    assert WORDS.spread(build().patterns.leg_runs.in_runs_share, "share") == "–"  # 2 nights
    kicks = [ev("kick", f"2026-01-09T22:0{m}:00") for m in range(4)]  # a minute apart
    kicks += [ev("kick", f"2026-01-09T22:{m}0:00") for m in range(1, 5)]  # 10 minutes apart
    shares = build(events=[*EVENTS, *kicks]).patterns.leg_runs.in_runs_share  # 0, 0, 4 of 8
    assert WORDS.spread(shares, "share") == "0 % (0–25 %)"


LATEST = date(2026, 3, 31)
TODAY = date(2026, 4, 20)


@pytest.mark.parametrize(
    ("first", "last", "last_n", "latest", "expected"),
    [
        (None, None, None, LATEST, (date(2026, 3, 2), LATEST)),  # 30 nights to the latest
        (None, None, None, None, (date(2026, 3, 22), TODAY)),  # nothing logged: up to today
        (None, None, 7, LATEST, (date(2026, 3, 25), LATEST)),
        (None, date(2026, 2, 10), 3, LATEST, (date(2026, 2, 8), date(2026, 2, 10))),
        (None, date(2026, 2, 10), None, LATEST, (date(2026, 1, 12), date(2026, 2, 10))),
        (date(2026, 3, 20), None, None, LATEST, (date(2026, 3, 20), LATEST)),
        (date(2026, 1, 1), date(2026, 1, 1), None, LATEST, (date(2026, 1, 1), date(2026, 1, 1))),
    ],
)
def test_resolve_period(first, last, last_n, latest, expected) -> None:  # type: ignore[no-untyped-def]
    period = resolve_period(first=first, last=last, last_n=last_n, latest=latest, today=TODAY)
    assert (period.first, period.last) == expected


@pytest.mark.parametrize(
    ("first", "last", "last_n"),
    [(date(2026, 1, 2), date(2026, 1, 1), None), (date(2026, 1, 1), None, 5), (None, None, 0)],
)
def test_resolve_period_refuses(first, last, last_n) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError):
        resolve_period(first=first, last=last, last_n=last_n, latest=LATEST, today=TODAY)
