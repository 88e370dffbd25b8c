"""Shared helpers for the summary's tests (imported by conftest and the test modules)."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypnic.domain.demo import generate_demo
from hypnic.domain.diary import DiaryEntry
from hypnic.domain.events import Event, Instant, NightRecord, Observer
from hypnic.domain.kinds import BUILTIN_KINDS, Kind
from hypnic.domain.medications import Dose, Medication
from hypnic.domain.patient import Patient
from hypnic.domain.period import NightData, Period, PeriodData
from hypnic.domain.rest_tests import RestTest
from hypnic.domain.tags import DEFAULT_TAGS, Tag
from hypnic.domain.timerules import DEFAULT_DAY_BOUNDARY, night_of
from hypnic.store import Store
from hypnic.store.demo_fill import fill_demo_store

END_NIGHT = date(2026, 11, 24)


def fill_demo(data_dir: Path, nights: int = 45) -> None:
    """The demo history, with its bedtime doses (written here if the demo fill does not)."""
    store = Store.open(data_dir)
    try:
        history = generate_demo(end_night=END_NIGHT, nights=nights, zone=ZoneInfo("Europe/Berlin"))
        fill_demo_store(store, history)
        if not store.doses.between_nights(None, None):
            store.medications.save(Medication("Clonazepam", 0.5, "mg", bedtime=True))
            with store.transaction() as conn:
                store.doses.add_many_in(conn, [
                    Dose(f"demo-dose-{i}", d.medication, d.amount, d.unit, d.at.utc_ms,
                         d.at.offset_min)
                    for i, d in enumerate(history.doses)
                ])  # fmt: skip
    finally:
        store.close()


def period_data(
    *,
    events: Iterable[Event] = (),
    records: Iterable[NightRecord] = (),
    kinds: Sequence[Kind] = BUILTIN_KINDS,
    doses: Iterable[Dose] = (),
    diary: Iterable[DiaryEntry] = (),
    tags: Mapping[date, Sequence[str]] | None = None,
    tag_labels: Mapping[str, str] | None = None,
    medications: Sequence[Medication] = (),
    patient: str | None = None,
    date_of_birth: date | None = None,
    day_boundary: time = DEFAULT_DAY_BOUNDARY,
) -> PeriodData:
    """Plain per-night data as the period reader gives it, from loose lists (for model tests)."""
    by_night: dict[date, dict[str, list[object]]] = defaultdict(lambda: defaultdict(list))
    for e in events:
        by_night[night_of(e.utc_ms, e.offset_min, day_boundary)]["events"].append(e)
    for d in doses:
        by_night[d.night(day_boundary)]["doses"].append(d)
    recs = {r.night: r for r in records}
    entries = {d.night: d for d in diary}
    tag_map = dict(tags or {})
    nights = sorted({*by_night, *recs, *entries, *tag_map})
    return PeriodData(
        nights=tuple(
            NightData(
                night=n,
                events=tuple(sorted(by_night[n]["events"], key=lambda e: (e.utc_ms, e.id))),  # type: ignore[attr-defined]
                doses=tuple(by_night[n]["doses"]),  # type: ignore[arg-type]
                record=recs.get(n),
                diary=entries.get(n),
                tags=tuple(tag_map.get(n, ())),
            )
            for n in nights
        ),
        kinds=tuple(kinds),
        medications=tuple(medications),
        tags=tuple(Tag(k, v) for k, v in (tag_labels or {}).items()),
        day_boundary=day_boundary,
        patient=Patient(patient, date_of_birth),
    )


def enrich_demo(data_dir: Path, *, seed: int = 3) -> None:
    """What the demo lacks and the summary shows: morning diaries, evening symptom onsets,
    tags, quiet nights (on some nights the demo skipped) and rest tests with their taps."""
    rng = random.Random(seed)
    store = Store.open(data_dir)
    try:
        records = {r.night: r for r in store.nights.between(None, None)}
        nights = sorted(records)
        with store.transaction() as conn:
            for night, record in records.items():
                lo = record.lights_out
                assert lo is not None
                if rng.random() < 0.6:
                    onset = Instant(lo.utc_ms - rng.randint(30, 240) * 60_000, lo.offset_min)
                    store.nights.save_in(conn, record.with_changes(symptoms_from=onset))
                if rng.random() < 0.7:
                    store.diary.save_in(conn, _diary(rng, night, lo))
                tags = [key for key, p in TAG_CHANCES if rng.random() < p]
                if tags:
                    store.tags.set_night_in(conn, night, tags)
            span = (nights[-1] - nights[0]).days
            skipped = [nights[0] + timedelta(days=i) for i in range(span)]
            for night in [n for n in skipped if n not in records][::2]:
                store.nights.save_in(conn, NightRecord(night, quiet=True))
            tests, taps = [], []
            for i, night in enumerate(nights[-9::4]):
                lo = records[night].lights_out
                assert lo is not None
                start = lo.utc_ms - 100 * 60_000
                length = (60 if i else 45) * 60_000
                tests.append(RestTest(f"rest-{i}", night, Instant(start, lo.offset_min), length))
                for j in range(rng.randint(8, 40)):
                    kind = "kick" if j % 3 else "deep_itch"
                    at = start + rng.randint(0, length)
                    taps.append(Event(f"rest-tap-{i}-{j}", kind, at, lo.offset_min))
            store.rest_tests.add_many_in(conn, tests)
            store.events.add_many_in(conn, taps)
    finally:
        store.close()


TAG_CHANCES = (("caffeine_late", 0.3), ("alcohol", 0.2), ("stress", 0.25))


def _diary(rng: random.Random, night: date, lights_out: Instant) -> DiaryEntry:
    local = datetime(1970, 1, 1) + timedelta(milliseconds=lights_out.local_ms)
    wake = time(rng.randint(6, 7), rng.randint(0, 50))
    return DiaryEntry(
        night,
        bed_time=(local - timedelta(minutes=15)).time().replace(second=0, microsecond=0),
        tried_sleep_time=local.time().replace(second=0, microsecond=0),
        sleep_latency_min=rng.randint(5, 70),
        awakenings=rng.randint(0, 3),
        wake_after_sleep_onset_min=rng.randint(0, 60),
        final_wake_time=wake,
        out_of_bed_time=time(wake.hour, wake.minute + rng.randint(0, 9)),
        quality=rng.randint(1, 5),
    )


def many_kinds(count: int) -> tuple[Kind, ...]:
    """``count`` enabled kinds: the built-ins and presets in order, then kinds of the user's."""
    kinds = [k.with_changes(enabled=i < count) for i, k in enumerate(BUILTIN_KINDS)]
    for i in range(len(BUILTIN_KINDS), count):
        kinds.append(Kind(f"own_{i}", f"Own kind {i}", "#999999", "o", position=i))
    return tuple(kinds)


def synthetic_period(nights: int, kinds: int, *, seed: int = 11,
                     end: date = END_NIGHT) -> tuple[Period, PeriodData]:  # fmt: skip
    """A period of ``nights`` nights logging every one of ``kinds`` kinds, with doses, tags,
    diary answers, notes, onsets, rest tests and partner taps: a summary's worst fill."""
    rng = random.Random(seed)
    shown = many_kinds(kinds)
    active = [k for k in shown if k.enabled]
    first = end - timedelta(days=nights - 1)
    before = first - timedelta(days=nights)
    events: list[Event] = []
    records: list[NightRecord] = []
    doses: list[Dose] = []
    diary: list[DiaryEntry] = []
    tags: dict[date, list[str]] = {}
    tests: dict[date, list[RestTest]] = {}
    for d in range((end - before).days + 1):
        night = before + timedelta(days=d)
        if rng.random() < 0.08:
            continue
        lights = ms_at(night, 22, 30) + rng.randint(0, 60) * 60_000
        for kind in active:
            moment = lights + rng.randint(1, 30) * 60_000
            for _ in range(rng.randint(2, 12)):
                moment += rng.randint(8, 80) * 1000
                events.append(Event(f"e-{len(events)}", kind.key, moment, 0))
        if rng.random() < 0.2:
            events.append(Event(f"e-{len(events)}", active[0].key, lights + 7_200_000, 0,
                                Observer.PARTNER))  # fmt: skip
        note = rng.choice(["", "", "", "Slept badly after a long drive home from the coast",
                           "Legs restless before bed"])  # fmt: skip
        onset = Instant(lights - rng.randint(30, 200) * 60_000, 0)
        records.append(NightRecord(night, lights_out=Instant(lights, 0), note=note,
                                   symptoms_from=onset))  # fmt: skip
        if rng.random() < 0.4:
            doses.append(Dose(f"d-{d}", "Clonazepam", 0.5, "mg", lights - 1_800_000, 0))
        if rng.random() < 0.2:
            doses.append(Dose(f"g-{d}", "Gabapentin", 300, "mg", lights - 3_600_000, 0))
        diary.append(DiaryEntry(night, bed_time=time(22, 15), tried_sleep_time=time(22, 45),
                                sleep_latency_min=rng.randint(5, 60), awakenings=1,
                                wake_after_sleep_onset_min=rng.randint(0, 50),
                                final_wake_time=time(6, 50), out_of_bed_time=time(7, 10),
                                quality=rng.randint(1, 5)))  # fmt: skip
        picked = [t for t, p in (("caffeine_late", 0.3), ("alcohol", 0.25), ("stress", 0.3),
                                 ("heat", 0.2)) if rng.random() < p]  # fmt: skip
        if picked:
            tags[night] = picked
        if d % 5 == 0:
            tests[night] = [RestTest(f"r-{d}", night, Instant(lights - 7_200_000, 0), 3_600_000)]
    data = period_data(events=events, records=records, kinds=shown, doses=doses, diary=diary,
                       tags=tags, tag_labels={t.key: t.label for t in DEFAULT_TAGS},
                       medications=[Medication("Clonazepam", 0.5, "mg", bedtime=True),
                                    Medication("Gabapentin", 300, "mg")],
                       patient="Anna Example", date_of_birth=date(1961, 4, 23))  # fmt: skip
    with_tests = tuple(
        NightData(
            n.night, n.events, n.doses, n.record, n.diary, n.tags, tuple(tests.get(n.night, ()))
        )
        for n in data.nights
    )
    return Period(first, end), replace(
        data, nights=with_tests, first_doses=(("Clonazepam", before),)
    )


def ms_at(night: date, hour: int, minute: int) -> int:
    """UTC milliseconds of a clock time on a night's evening (UTC+0)."""
    return int(datetime(night.year, night.month, night.day, hour, minute,
                        tzinfo=UTC).timestamp() * 1000)  # fmt: skip
