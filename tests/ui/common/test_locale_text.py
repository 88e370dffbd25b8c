"""Dates, clock times and numbers in the locale's own order and words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale

from hypnic.ui.common import locale_text as text

DAY = date(2025, 11, 3)


@pytest.fixture
def in_locale() -> Iterator[object]:
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "medium", "short_day", "clock", "number"),
    [
        ("de_DE", "3. Nov. 2025", "Mo., 3. Nov.", "23:03:20", "2,5"),
        ("fr_FR", "3 nov. 2025", "lun. 3 nov.", "23:03:20", "2,5"),
        ("es_ES", "3 de nov de 2025", "lun, 3 de nov", "23:03:20", "2,5"),
        ("en_US", "Nov 3, 2025", "Mon, Nov 3", "11:03:20\u202fPM", "2.5"),
        ("en_GB", "3 Nov 2025", "Mon, 3 Nov", "23:03:20", "2.5"),
    ],
)
def test_each_locale_writes_in_its_own_order(
    in_locale, name: str, medium: str, short_day: str, clock: str, number: str
) -> None:
    in_locale(name)
    assert text.medium_date(DAY) == medium
    assert text.day_month(DAY, weekday=True) == short_day
    assert text.clock(83_000, seconds=True).replace(" ", "\u202f") == clock
    assert text.number(2.5) == number
    assert text.number(3.0) == "3"
    assert text.number(None) == "—"


def test_durations_and_shares(in_locale) -> None:
    in_locale("en_GB")
    assert text.minutes(45) == "45 min"
    assert text.minutes(65) == "1 h 05 min"
    assert text.percent(0.764) == "76%"
    assert text.percent(None) == "—"
