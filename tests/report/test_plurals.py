"""Singular and plural right in every sentence of the summary ("1 night", "2 nights")."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from hypnic.domain.events import Event, Instant, NightRecord, Observer
from hypnic.domain.medications import Dose, Medication
from hypnic.domain.period import Period
from hypnic.report.model import Comparison, Side, Subject
from hypnic.report.words import Summary
from report_helpers import ms_at

W = Summary()
ONE_WITH_PLURAL = re.compile(
    r"(?<![\d.,])1 (nights|taps|runs|events|intervals|minutes|tests|notes|movements|jerks)\b"
)


def before(nights: int) -> Comparison:
    period = Period(date(2026, 1, 1), date(2026, 1, nights))
    return Comparison(Subject.PERIOD, "", Side(1), Side(1), False, period)


@pytest.mark.parametrize(
    ("say", "one", "two"),
    [
        (lambda n: W.logged_line(n, n, 0), "1 of 1 night logged", "2 of 2 nights logged"),
        (lambda n: W.logged_line(3, 5, n), "including 1 quiet night (", "including 2 quiet nights"),
        (lambda n: W.partner_line(n, n), ": 1 on 1 night.", ": 2 on 2 nights."),
        (lambda n: W.runs_detail(n, 4), "1 run, the longest", "2 runs, the longest"),
        (lambda n: W.series_detail(n, 4), "1 series,", "2 series,"),
        (lambda n: W.wasm_detail(n), ": 1 run", ": 2 runs"),
        (W.taps_detail, "1 tap", "2 taps"),
        (W.nights, "1 night", "2 nights"),
        (lambda n: W.not_logged("Sat 21 Nov", n), "(1 night)", "(2 nights)"),
        (lambda n: W.on_nights("Alcohol", n), "Alcohol (1)", "Alcohol (2)"),
        (W.notes, "1 note", "2 notes"),
        (W.intervals_note, "1 interval", "2 intervals"),
        (W.median_of_tests, "Median of 1 test", "Median of 2 tests"),
        (W.diary_note, "over 1 night with", "over 2 nights with"),
        (lambda n: W.onset_this("21:00", n), "21:00, 1 night.", "21:00, 2 nights."),
        (lambda n: W.onset_before("21:00", n), "21:00, 1 night.", "21:00, 2 nights."),
        (W.onset_too_few, "on 1 night:", "on 2 nights:"),
        (W.onset_shift, "1 minute earlier", "2 minutes earlier"),
        (lambda n: W.onset_shift(-n), "1 minute later", "2 minutes later"),
        (W.outside_hours, "1 tap outside", "2 taps outside"),
        (
            lambda n: W.compared_label(
                Comparison(
                    Subject.PERIOD,
                    "",
                    Side(1),
                    Side(1),
                    False,
                    Period(date(2026, 1, 1), date(2026, 1, n)),
                )
            ),
            "the 1 night before",
            "the 2 nights before",
        ),
    ],
)
def test_one_and_two(say, one: str, two: str) -> None:  # type: ignore[no-untyped-def]
    assert one in say(1), say(1)
    assert two in say(2), say(2)
    assert not ONE_WITH_PLURAL.search(say(1))


def test_a_summary_of_ones_says_every_one_in_the_singular(tmp_path: Path, hypnic) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils")
    from hypnic.store import Store

    night = date(2026, 3, 10)
    lights = ms_at(night, 22, 0)
    store = Store.open(tmp_path / "data")
    try:
        store.medications.save(Medication("Clonazepam", 0.5, "mg", bedtime=True))
        with store.transaction() as conn:
            store.nights.save_in(conn, NightRecord(night, lights_out=Instant(lights, 0),
                                                   symptoms_from=Instant(lights - 3_600_000, 0),
                                                   note="One note"))  # fmt: skip
            store.doses.add_many_in(conn, [Dose("d1", "Clonazepam", 0.5, "mg", lights, 0)])
            store.events.add_many_in(conn, [
                Event("e1", "jerk", lights + 60_000, 0),
                Event("e2", "kick", lights + 120_000, 0),
                Event("e3", "kick", lights + 7_300_000, 0),  # after a gap: after the wind-down
                Event("e4", "kick", lights + 9_000_000, 0, Observer.PARTNER),
            ])  # fmt: skip
    finally:
        store.close()
    pdf = tmp_path / "one.pdf"
    result = hypnic(tmp_path / "data", "report", "--from", "2026-03-10", "--to", "2026-03-10",
                    "-o", str(pdf))  # fmt: skip
    assert result.code == 0, result.err
    assert "(1 of 1 night logged, 2 pages)" in result.out
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout  # fmt: skip
    flat = " ".join(text.split())
    assert "1 of 1 night logged" in flat
    assert "1 on 1 night." in flat  # the partner's tap
    assert "1 interval" in flat
    found = ONE_WITH_PLURAL.findall(flat)
    assert not found, found
