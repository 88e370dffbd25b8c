"""Every figure on the clinic page, read back from the PDF with pdftotext, against the same
nights from `hypnic nights --json` (DESIGN sections 5, 6 and 8: one analysis, two outputs)."""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

FIRST, LAST = date(2026, 10, 26), date(2026, 11, 24)  # the default 30 nights of the demo
END_YEAR = date(2026, 11, 24)  # the demo's last night
LABELS = {"jerk": "Jerk", "kick": "Kick (leg)", "deep_itch": "Deep itch (sensation)"}


def page_text(pdf: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf),
                           "-"], check=True, capture_output=True, text=True).stdout  # fmt: skip


def count(value: float) -> str:
    """A count or median as the summary prints it: whole, or to one decimal."""
    rounded = round(value, 1)
    return f"{int(rounded):,}" if rounded == int(rounded) else f"{rounded:.1f}"


def spread(values: list[float], show=count) -> str:  # type: ignore[no-untyped-def]
    """Median (IQR), inclusive quartiles; "–" under 3 nights."""
    if len(values) < 3:
        return "–"
    q1, median, q3 = statistics.quantiles(sorted(values), n=4, method="inclusive")
    return f"{show(median)} ({show(q1)}–{show(q3)})"


def row(text: str, label: str) -> str:
    line = next(x for x in text.splitlines() if x.strip().startswith(label))
    return " ".join(line.split())


def clock_minutes(stamp: str, night: str) -> float:
    """Minutes from 18:00 of the night to an RFC 3339 local time."""
    local = datetime.fromisoformat(stamp).replace(tzinfo=None)
    return (local - datetime.fromisoformat(f"{night}T18:00:00")).total_seconds() / 60


@pytest.fixture
def pages(rich_dir: Path, tmp_path: Path, hypnic):  # type: ignore[no-untyped-def]
    pdf = tmp_path / "summary.pdf"
    result = hypnic(rich_dir, "report", "--paper", "a4", "-o", str(pdf))
    assert result.code == 0, result.err

    def nights(first: date | None = None, last: date | None = None) -> list[dict]:  # type: ignore[type-arg]
        args = ["nights", "--json"]
        args += ["--from", str(first), "--to", str(last)] if first and last else []
        return json.loads(hypnic(rich_dir, *args).out)  # type: ignore[no-any-return]

    return page_text(pdf, 1), nights


def test_header_and_paragraph_match_nights_json(pages) -> None:  # type: ignore[no-untyped-def]
    text, read = pages
    flat = " ".join(text.split())
    nights = read(FIRST, LAST)
    quiet = sum(1 for n in nights if n["quiet"])
    assert quiet >= 1
    plural = "nights" if quiet != 1 else "night"
    assert f"{len(nights)} of 30 nights logged, including {quiet} quiet {plural}" in flat
    # Since when: the night of the first dose in the whole store.
    first_dose = min(date.fromisoformat(n["night"]) for n in read() if n["doses"])
    assert f"Clonazepam 0.5 mg at bedtime, since {first_dose:%-d %b %Y}" in flat
    partner = [sum(n["partner_counts"].values()) for n in nights]
    assert f"kept out of the figures: {sum(partner)} on {sum(1 for p in partner if p)} nights" \
        in flat  # fmt: skip
    medians = [
        f"{label.split(' (')[0]} {count(statistics.median(n['counts'].get(k, 0) for n in nights))}"
        for k, label in LABELS.items()
    ]
    assert f"the patient tapped: {medians[0]}, {medians[1]}, and {medians[2]}." in flat
    latency = statistics.median(n["latency_min"] for n in nights if n["latency_min"] is not None)
    assert f"The first tap came a median of {round(latency)} minutes after lights-out." in flat
    plm = sum(1 for n in nights if n["periodic_runs"])
    assert f"on {plm} of {len(nights)} logged nights" in flat
    series = sum(1 for n in nights if "jerk_series" in n["patterns"])
    assert f"Jerk series at sleep onset on {series} of {len(nights)}" in flat
    totals = {n["night"]: sum(n["counts"].values()) for n in nights}
    dose_nights = {n["night"] for n in nights
                   if any(d["medication"] == "Clonazepam" for d in n["doses"])}  # fmt: skip
    dosed = [t for night, t in totals.items() if night in dose_nights]
    other = [t for night, t in totals.items() if night not in dose_nights]
    assert (f"with a dose of Clonazepam: {count(statistics.median(dosed))}, against "
            f"{count(statistics.median(other))} without (nights: {len(dosed)} and {len(other)})"
            ) in flat  # fmt: skip
    before = read(FIRST - timedelta(days=30), FIRST - timedelta(days=1))
    earlier = [sum(n["counts"].values()) for n in before]
    assert (f"Median taps a night in this period: {count(statistics.median(totals.values()))}, "
            f"against {count(statistics.median(earlier))} in the same number of nights before "
            f"it (logged nights: {len(nights)} and {len(before)})") in flat  # fmt: skip
    onsets = [clock_minutes(n["symptoms_from"], n["night"]) for n in nights if n["symptoms_from"]]
    minutes = round(statistics.median(onsets)) + 18 * 60
    assert f"Evening symptoms began at a median of {minutes // 60 % 24:02d}:{minutes % 60:02d}." \
        in flat  # fmt: skip


def test_key_figures_match_nights_json(pages) -> None:  # type: ignore[no-untyped-def]
    text, read = pages
    nights = read(FIRST, LAST)
    for key, label in LABELS.items():
        counts = [n["counts"].get(key, 0) for n in nights]
        line = row(text, label)
        expected = (f"{label} {sum(counts):,} {sum(1 for c in counts if c)} of {len(nights)} "
                    f"{spread(counts)}")  # fmt: skip
        assert line.startswith(expected), (line, expected)
    totals = [sum(n["counts"].values()) for n in nights]
    rates = [n["events_per_hour"] for n in nights if n["events_per_hour"] is not None]
    latency = [n["latency_min"] for n in nights if n["latency_min"] is not None]
    expected = (f"All kinds {sum(totals):,} {sum(1 for t in totals if t)} of {len(nights)} "
                f"{spread(totals)} {spread(rates, lambda v: f'{v:.1f}')} "
                f"{spread(latency, lambda v: str(round(v)))}")  # fmt: skip
    assert row(text, "All kinds") == expected


def test_patterns_match_nights_json(pages) -> None:  # type: ignore[no-untyped-def]
    text, read = pages
    nights = read(FIRST, LAST)
    logged = len(nights)

    def seen(name: str) -> str:
        return f"{sum(1 for n in nights if name in n['patterns'])} of {logged}"

    assert row(text, "Isolated jerks in the wind-down").endswith(seen("isolated_jerks"))
    series = sum(n["jerk_series"] for n in nights)
    longest = max(n["longest_jerk_series"] for n in nights)
    assert row(text, "Jerk series at sleep onset").endswith(
        f"{seen('jerk_series')} {series} series, the longest of {longest} jerks"
    )
    runs = sum(n["periodic_runs"] for n in nights)
    longest = max(n["longest_run"] for n in nights)
    wasm = sum(n["wasm_runs"] for n in nights)
    assert row(text, "Periodic leg movements, 5–90 s").endswith(
        f"{seen('periodic_leg_movements')} {runs} runs, the longest of {longest} movements; "
        f"WASM 10–90 s: {wasm} runs")  # fmt: skip
    assert row(text, "Evening sensations").endswith(seen("evening_sensations"))
    after = sum(n["after_winddown"] for n in nights)
    assert row(text, "Taps after the wind-down").endswith(
        f"{seen('after_winddown')} {after} tap{'s' if after != 1 else ''}"
    )
    partner = [n["partner_periodic_runs"] for n in nights]
    assert row(text, "Periodic leg movements seen by a bed partner").startswith(
        "Periodic leg movements seen by a bed partner, 5–90 s "
        f"{sum(1 for p in partner if p)} of {logged} {sum(partner)} runs"
    )


@pytest.fixture
def year_with_gaps(tmp_path: Path) -> Path:
    """A year of the demo with three gaps (10, 21 and 71 nights), enriched like the demo."""
    from zoneinfo import ZoneInfo

    from hypnic.domain.demo import DemoHistory, generate_demo
    from hypnic.store import Store
    from hypnic.store.demo_fill import fill_demo_store
    from report_helpers import END_NIGHT, enrich_demo

    history = generate_demo(end_night=END_NIGHT, nights=400, zone=ZoneInfo("Europe/Berlin"))
    gaps = [(END_NIGHT - timedelta(days=a), END_NIGHT - timedelta(days=b))
            for a, b in ((300, 230), (150, 130), (60, 50))]  # fmt: skip
    kept = tuple(n for n in history.nights if not any(lo <= n.night <= hi for lo, hi in gaps))
    data_dir = tmp_path / "year"
    store = Store.open(data_dir)
    try:
        fill_demo_store(store, DemoHistory(nights=kept, skipped=history.skipped))
    finally:
        store.close()
    enrich_demo(data_dir)
    return data_dir


def test_a_year_with_gaps_page_one_matches_nights_json(year_with_gaps: Path, tmp_path: Path,
                                                       hypnic) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    pdf = tmp_path / "year.pdf"
    assert hypnic(year_with_gaps, "report", "--last", "365", "-o", str(pdf)).code == 0
    text = page_text(pdf, 1)
    flat = " ".join(text.split())
    first, last = END_YEAR - timedelta(days=364), END_YEAR
    nights = json.loads(hypnic(year_with_gaps, "nights", "--json", "--from", str(first),
                               "--to", str(last)).out)  # fmt: skip
    quiet = sum(1 for n in nights if n["quiet"])
    assert 200 < len(nights) < 365 and quiet > 1
    assert f"{len(nights)} of 365 nights logged, including {quiet} quiet nights" in flat
    for key, label in LABELS.items():
        counts = [n["counts"].get(key, 0) for n in nights]
        expected = (f"{label} {sum(counts):,} {sum(1 for c in counts if c)} of {len(nights)} "
                    f"{spread(counts)}")  # fmt: skip
        assert row(text, label).startswith(expected)
    totals = [sum(n["counts"].values()) for n in nights]
    rates = [n["events_per_hour"] for n in nights if n["events_per_hour"] is not None]
    latency = [n["latency_min"] for n in nights if n["latency_min"] is not None]
    assert row(text, "All kinds") == (
        f"All kinds {sum(totals):,} {sum(1 for t in totals if t)} of {len(nights)} "
        f"{spread(totals)} {spread(rates, lambda v: f'{v:.1f}')} "
        f"{spread(latency, lambda v: str(round(v)))}")  # fmt: skip
    plm = sum(1 for n in nights if "periodic_leg_movements" in n["patterns"])
    runs = sum(n["periodic_runs"] for n in nights)
    assert row(text, "Periodic leg movements, 5–90 s").startswith(
        f"Periodic leg movements, 5–90 s (as in PLM) {plm} of {len(nights)} {runs} runs"
    )
    # The condensed actogram still says which nights are missing and where the doses were.
    assert "not logged" in flat and "a dose that night" in flat


def test_rest_tests_say_when_the_median_is_of_more_tests_than_are_listed(
    rich_dir: Path, tmp_path: Path, hypnic
) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "summary.pdf"
    assert hypnic(rich_dir, "report", "-o", str(pdf)).code == 0
    flat = " ".join(page_text(pdf, 2).split())
    tests = sum(len(n["rest_tests"]) for n in json.loads(hypnic(
        rich_dir, "nights", "--json", "--from", str(FIRST), "--to", str(LAST)).out))  # fmt: skip
    assert tests == 3
    assert "Median of 3 tests" in flat
    assert "the latest 2 of 3 tests, median of all; taps per hour" in flat
