"""Dates, clock times and numbers as the window's locale writes them (DESIGN section 10).

One place for every date, time and figure the window shows: ``QLocale()`` is the language's
locale (``hypnic.languages.install`` sets it), so "3. Nov. 2025", "3 nov. 2025" and
"Nov 3, 2025" each come out in their own order, and 12-hour locales keep AM and PM.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from hypnic.domain.medications import Dose

NONE = "—"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _long_date_format(locale: QLocale) -> str:
    return locale.dateFormat(QLocale.FormatType.LongFormat)


def _without_weekday(fmt: str) -> str:
    return re.sub(r"^\s*dddd[,.]?\s*|\s*,?\s*dddd\s*$", "", fmt)


def _without_year(fmt: str) -> str:
    # "d 'de' MMMM 'de' yyyy", "MMMM d, yyyy", "d. MMMM yyyy", "yyyy年M月d日"
    return re.sub(r"\s*(?:,|'de')?\s*y+\s*(?:'[^']*'|年)?", "", fmt).strip(" ,")


def long_date(day: date) -> str:
    """ "Monday, 3 November 2025" in the locale's words and order."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


def medium_date_format(*, weekday: bool = False) -> str:
    """The locale's long date with short names ("d MMM yyyy"; "ddd d MMM yyyy")."""
    fmt = _long_date_format(QLocale()).replace("MMMM", "MMM")
    return fmt.replace("dddd", "ddd") if weekday else _without_weekday(fmt)


def medium_date(day: date, *, weekday: bool = False) -> str:
    """ "3 Nov 2025" ("Mon 3 Nov 2025" with ``weekday``), in the locale's order."""
    return QLocale().toString(_qdate(day), medium_date_format(weekday=weekday))


def day_month(day: date, *, weekday: bool = False) -> str:
    """ "3 Nov" ("Mon 3 Nov"), in the locale's order, without the year."""
    locale = QLocale()
    fmt = _without_year(_long_date_format(locale).replace("MMMM", "MMM"))
    fmt = fmt.replace("dddd", "ddd") if weekday else _without_weekday(fmt)
    return locale.toString(_qdate(day), fmt)


def month_year(day: date) -> str:
    """ "Nov 2025"."""
    return QLocale().toString(_qdate(day), "MMM yyyy")


def short_date(day: date) -> str:
    return QLocale().toString(_qdate(day), QLocale.FormatType.ShortFormat)


def clock(seconds_of_day: int, *, seconds: bool = False) -> str:
    """A clock time, "23:41" or "11:41 PM" as the locale writes it (with seconds: "23:41:07")."""
    locale = QLocale()
    fmt = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in fmt:
        fmt = re.sub(r"(mm)", r"\1:ss", fmt, count=1)
    s = seconds_of_day % 86_400
    return locale.toString(QTime(s // 3600, s // 60 % 60, s % 60), fmt)


def number(value: float | None, decimals: int = 1) -> str:
    """A figure with at most ``decimals`` decimals, no trailing zeros ("2.5", "2,5", "3")."""
    if value is None:
        return NONE
    text = QLocale().toString(float(round(value, decimals)), "f", decimals)
    point = QLocale().decimalPoint()
    if decimals > 0 and point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def integer(value: int) -> str:
    return QLocale().toString(int(value))


def percent(share: float | None) -> str:
    """A share from 0 to 1 as a whole percentage ("85%", "85 %")."""
    if share is None:
        return NONE
    #: The percent sign as the language writes it after a number (French and German add a
    #: narrow no-break space: "%1 %").
    pattern = QCoreApplication.translate("Numbers", "%1%")
    return pattern.replace("%1", QLocale().toString(round(share * 100)))


def minutes(value: int | None) -> str:
    """A duration in clock minutes: "45 min", "1 h 05 min"."""
    if value is None:
        return NONE
    hours, rest = divmod(int(value), 60)
    if not hours:
        return QCoreApplication.translate("Numbers", "%1 min").replace("%1", integer(rest))
    return (
        QCoreApplication.translate("Numbers", "%1 h %2 min")
        .replace("%1", integer(hours))
        .replace("%2", f"{rest:02d}")
    )


def amount_text(amount: float | None, unit: str | None) -> str:
    """ "0.5 mg" ("0,5 mg"), "10 mg", "2 drops"; empty when neither is known."""
    value = "" if amount is None else number(amount, 6)
    return " ".join(part for part in (value, unit or "") if part)


def dose_text(dose: Dose) -> str:
    """ "clonazepam 0.5 mg", its amount written as the locale writes numbers."""
    amount = amount_text(dose.amount, dose.unit)
    return f"{dose.medication} {amount}" if amount else dose.medication
