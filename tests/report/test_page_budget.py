"""The page budget of DESIGN section 8: up to 31 nights on 2 pages and up to 92 on 3, whatever
the number of kinds, on A4 and on Letter; longer periods condense the table instead of growing."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest

from hypnic.report.build import build_report
from hypnic.report.model import RowSpan
from hypnic.report.render import count_pages, pdf_bytes
from report_helpers import synthetic_period

GENERATED = date(2026, 12, 2)


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize(("nights", "budget"), [(31, 2), (92, 3)])
@pytest.mark.parametrize("kinds", range(1, 13))
def test_pages_stay_within_the_budget(qapp, kinds: int, nights: int, budget: int,  # type: ignore[no-untyped-def]
                                      paper: str) -> None:  # fmt: skip
    # Every kind on every night, two medications, four tags, diaries, notes, onsets, rest
    # tests and partner taps: the fullest a period gets.
    period, data = synthetic_period(nights, kinds)
    model = build_report(period=period, data=data, generated=GENERATED)
    assert len([k for k in model.kinds]) == kinds
    assert count_pages(model, paper) == budget


def test_the_count_is_the_documents_pages(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    period, data = synthetic_period(31, 12)
    model = build_report(period=period, data=data, generated=GENERATED)
    pdf, pages = pdf_bytes(model, "letter")
    assert pages == count_pages(model, "letter") == 2
    if shutil.which("pdfinfo"):
        path = tmp_path / "s.pdf"
        path.write_bytes(pdf)
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
        assert re.search(r"^Pages:\s+2$", info, re.MULTILINE)


@pytest.mark.parametrize(
    ("nights", "span", "most"),
    [(93, RowSpan.WEEK, 3), (366, RowSpan.WEEK, 3), (53 * 7 + 1, RowSpan.MONTH, 4),
     (3_650, RowSpan.MONTH, 4)],
)  # fmt: skip
def test_longer_periods_condense_the_table(qapp, nights: int, span: RowSpan, most: int) -> None:  # type: ignore[no-untyped-def]
    period, data = synthetic_period(nights, 3)
    model = build_report(period=period, data=data, generated=GENERATED)
    assert {row.span for row in model.rows} - {RowSpan.UNLOGGED} == {span}
    assert count_pages(model, "a4") <= most
