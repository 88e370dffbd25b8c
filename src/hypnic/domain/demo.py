"""A realistic, deterministic demo history: onset jerk bursts, periodic kick runs, some itch."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from hypnic.domain.errors import InputError
from hypnic.domain.events import Event, Instant, NightRecord, Observer
from hypnic.domain.timerules import offset_at, resolve_local

_MIN = 60_000
_SEC = 1_000

# Clonazepam at bedtime is a common first try for sleep-onset myoclonus; the demo only needs
# some medication whose nights show fewer jerks once doses can be stored.
DEMO_MEDICATION = "Clonazepam"
DEMO_DOSE_AMOUNT = 0.5
DEMO_DOSE_UNIT = "mg"

_NIGHT_NOTES = ("Coffee after dinner", "Long walk in the afternoon", "Warm room", "Stressful day")
_PARTNER_NOTES = ("Kicked me awake", "Legs restless for a while")


@dataclass(frozen=True, slots=True)
class DemoDose:
    """A bedtime dose the demo would record once doses can be stored."""

    medication: str
    amount: float
    unit: str
    at: Instant


@dataclass(frozen=True, slots=True)
class DemoNight:
    """One logged night of the demo: its record, its events (oldest first) and its dose."""

    record: NightRecord
    events: tuple[Event, ...]
    dose: DemoDose | None

    @property
    def night(self) -> date:
        return self.record.night

    @property
    def dosed(self) -> bool:
        return self.dose is not None


@dataclass(frozen=True, slots=True)
class DemoHistory:
    """The generated nights, oldest first, and the nights deliberately left unlogged."""

    nights: tuple[DemoNight, ...]
    skipped: tuple[date, ...]

    @property
    def events(self) -> list[Event]:
        return sorted((e for n in self.nights for e in n.events), key=lambda e: (e.utc_ms, e.id))

    @property
    def records(self) -> list[NightRecord]:
        return [n.record for n in self.nights]

    @property
    def dose_nights(self) -> list[date]:
        return [n.night for n in self.nights if n.dosed]

    @property
    def doses(self) -> list[DemoDose]:
        return [n.dose for n in self.nights if n.dose is not None]


def generate_demo(*, end_night: date, nights: int = 45, zone: tzinfo, seed: int = 7) -> DemoHistory:
    """``nights`` nights ending with ``end_night``; the same arguments give the same history.

    About 8 % of nights are skipped (never the last), about 40 % of the logged nights are
    dose nights with fewer onset jerks, and most nights have a periodic run of kicks.
    """
    if nights < 1:
        raise ValueError("nights must be at least 1")
    rng = random.Random(seed)
    dates = [end_night - timedelta(days=i) for i in range(nights - 1, -1, -1)]
    skip_count = round(nights * 0.08)
    skipped = set(rng.sample(dates[:-1], min(skip_count, nights - 1)))
    logged = [d for d in dates if d not in skipped]
    dosed = set(rng.sample(logged, round(len(logged) * 0.4)))
    partner_count = max(1, round(len(logged) * 0.12)) if len(logged) > 1 else 0
    partner = set(rng.sample(logged, partner_count))
    built = tuple(
        _NightBuilder(rng, night, zone).build(dosed=night in dosed, partner=night in partner)
        for night in logged
    )
    return DemoHistory(nights=built, skipped=tuple(sorted(skipped)))


class _NightBuilder:
    """Builds one night's events on the UTC time line, starting from lights-out."""

    def __init__(self, rng: random.Random, night: date, zone: tzinfo) -> None:
        self._rng = rng
        self._night = night
        self._zone = zone
        self._events: list[Event] = []

    def build(self, *, dosed: bool, partner: bool) -> DemoNight:
        rng = self._rng
        lights_out_ms = self._local_evening(rng.randint(22 * 60 + 30, 23 * 60 + 30))
        winddown_ms = lights_out_ms - rng.randint(15, 45) * _MIN
        dose = None
        if dosed:
            dose_ms = lights_out_ms - rng.randint(20, 60) * _MIN
            dose = DemoDose(DEMO_MEDICATION, DEMO_DOSE_AMOUNT, DEMO_DOSE_UNIT, self._at(dose_ms))

        onset_end_ms = self._onset_burst(lights_out_ms, dosed=dosed)
        if rng.random() < 0.7:
            self._kick_runs(onset_end_ms)
        if rng.random() < 0.35:
            for _ in range(rng.randint(1, 3)):
                self._add("deep_itch", rng.randint(winddown_ms, lights_out_ms + 60 * _MIN))
        if partner:
            self._partner_run(lights_out_ms)

        note = rng.choice(_NIGHT_NOTES) if rng.random() < 0.1 else ""
        record = NightRecord(
            night=self._night,
            winddown=self._at(winddown_ms),
            lights_out=self._at(lights_out_ms),
            note=note,
        )
        events = tuple(sorted(self._events, key=lambda e: (e.utc_ms, e.id)))
        return DemoNight(record=record, events=events, dose=dose)

    def _onset_burst(self, lights_out_ms: int, *, dosed: bool) -> int:
        """3-15 jerks in one to three clusters inside the first 20-40 minutes; returns its end."""
        rng = self._rng
        window_ms = rng.randint(20, 40) * _MIN
        total = rng.randint(3, 7) if dosed else rng.randint(7, 15)
        clusters = min(rng.randint(1, 3), total // 3)
        sizes = [3] * clusters
        for _ in range(total - 3 * clusters):
            sizes[rng.randrange(clusters)] += 1
        slot_ms = window_ms // clusters
        for i, size in enumerate(sizes):
            gaps = [rng.randint(8 * _SEC, 90 * _SEC) for _ in range(size - 1)]
            room = slot_ms - _MIN
            if sum(gaps) > room:  # keep each cluster inside its slot of the window
                gaps = [g * room // sum(gaps) for g in gaps]
            latest = max(30 * _SEC, slot_ms - sum(gaps) - 30 * _SEC)
            start = lights_out_ms + i * slot_ms + rng.randint(30 * _SEC, latest)
            moment = start
            self._add("jerk", moment)
            for gap in gaps:
                moment += gap
                self._add("jerk", moment)
        return lights_out_ms + window_ms

    def _kick_runs(self, after_ms: int) -> None:
        """One to three runs of 5-30 kicks, 15-40 s apart, a few minutes between runs."""
        rng = self._rng
        moment = after_ms + rng.randint(2 * _MIN, 25 * _MIN)
        for _ in range(rng.randint(1, 3)):
            self._run("kick", moment, rng.randint(5, 30), Observer.SELF)
            moment = self._events[-1].utc_ms + rng.randint(3 * _MIN, 20 * _MIN)

    def _partner_run(self, lights_out_ms: int) -> None:
        """Kicks the bed partner logs one to three hours after lights-out, the patient asleep."""
        rng = self._rng
        start = lights_out_ms + rng.randint(60 * _MIN, 180 * _MIN)
        self._run("kick", start, rng.randint(6, 20), Observer.PARTNER)
        if rng.random() < 0.5:
            last = self._events[-1]
            self._events[-1] = last.with_changes(note=rng.choice(_PARTNER_NOTES))

    def _run(self, kind: str, start_ms: int, count: int, by: Observer) -> None:
        rng = self._rng
        period = rng.uniform(18.0, 35.0)
        moment = start_ms
        self._add(kind, moment, by)
        for _ in range(count - 1):
            interval = min(40.0, max(15.0, rng.gauss(period, 3.0)))
            moment += round(interval * _SEC)
            self._add(kind, moment, by)

    def _add(self, kind: str, utc_ms: int, by: Observer = Observer.SELF) -> None:
        event_id = str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
        at = self._at(utc_ms)
        self._events.append(Event(event_id, kind, at.utc_ms, at.offset_min, by))

    def _at(self, utc_ms: int) -> Instant:
        return Instant(utc_ms, offset_at(utc_ms, self._zone))

    def _local_evening(self, minutes: int) -> int:
        """UTC ms of ``minutes`` after local midnight on the night's date (a DST gap moves on)."""
        wall = datetime.combine(self._night, time()) + timedelta(minutes=minutes)
        for _ in range(3):
            try:
                return resolve_local(wall, self._zone, fold=0)[0]
            except InputError:
                wall += timedelta(hours=1)
        raise AssertionError("no valid local time within three hours")  # pragma: no cover
