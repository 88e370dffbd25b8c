"""The clock-time rule behind every typed time: what people type is read as they mean it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hypnic.domain.clock_text import (
    ClockLocale,
    ClockTextError,
    format_clock_text,
    parse_clock_text,
)
from hypnic.domain.errors import InputError

# The desktop locales' own forms, as Qt describes them (QLocale.timeFormat(ShortFormat),
# amText(), pmText()), for the locales whose form differs from 23:15.
US = ClockLocale.from_pattern("h:mm\u202fAp", am="AM", pm="PM")
CANADA_FR = ClockLocale.from_pattern("HH 'h' mm", am="a.m.", pm="p.m.")
FINLAND = ClockLocale.from_pattern("H.mm", am="ap.", pm="ip.")
KOREA = ClockLocale.from_pattern("Ap h:mm", am="오전", pm="오후")
SPAIN = ClockLocale.from_pattern("H:mm", am="a.\xa0m.", pm="p.\xa0m.")
EGYPT = ClockLocale.from_pattern("h:mm Ap", am="ص", pm="م")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("23:15", time(23, 15)),
        ("2315", time(23, 15)),
        ("7:05", time(7, 5)),
        ("07:05", time(7, 5)),
        ("23:15:30", time(23, 15, 30)),
        ("00:45:10", time(0, 45, 10)),
        ("0715", time(7, 15)),
        ("715", time(7, 15)),
        ("0005", time(0, 5)),
        ("231530", time(23, 15, 30)),
        ("7", time(7)),
        ("23", time(23)),
        ("0", time(0)),
        ("23.15", time(23, 15)),
        ("  23:15  ", time(23, 15)),
        ("11:15 PM", time(23, 15)),
        ("11:15pm", time(23, 15)),
        ("11.15 p.m.", time(23, 15)),
        ("11 pm", time(23)),
        ("1115pm", time(23, 15)),
        ("12 AM", time(0)),
        ("12:30 am", time(0, 30)),
        ("12 pm", time(12)),
        ("PM 11:15", time(23, 15)),
        ("２３：１５", time(23, 15)),  # a Japanese input method's full-width digits and colon
        ("۲۳:۱۵", time(23, 15)),  # Persian digits
    ],
)
def test_what_people_type_is_read_as_meant(typed: str, meant: time) -> None:
    assert parse_clock_text(typed) == meant


@pytest.mark.parametrize(
    ("locale", "typed", "meant"),
    [
        (US, "11:15\u202fPM", time(23, 15)),  # exactly as Qt writes it in en_US
        (US, "11:15 pm", time(23, 15)),
        (US, "23:15", time(23, 15)),  # the 24-hour forms work in every locale
        (CANADA_FR, "23 h 15", time(23, 15)),
        (CANADA_FR, "23h15", time(23, 15)),
        (CANADA_FR, "11 h 15 p.m.", time(23, 15)),
        (FINLAND, "23.15", time(23, 15)),
        (FINLAND, "11.15 ip.", time(23, 15)),
        (KOREA, "오후 11:15", time(23, 15)),
        (KOREA, "오전 7:05", time(7, 5)),
        (SPAIN, "11:15 p.\xa0m.", time(23, 15)),
        (SPAIN, "11:15 p. m.", time(23, 15)),
        (EGYPT, "١١:١٥ م", time(23, 15)),  # Qt's own en_EG text, Arabic-Indic digits
    ],
)
def test_the_locales_own_form_is_read(locale: ClockLocale, typed: str, meant: time) -> None:
    assert parse_clock_text(typed, locale=locale) == meant


def test_a_locale_pattern_gives_its_separator_and_markers() -> None:
    assert ClockLocale(separators=("h",), am=("a.m.",), pm=("p.m.",)) == CANADA_FR
    assert ClockLocale.from_pattern("HH:mm") == ClockLocale()
    assert ClockLocale.from_pattern("H.mm").separators == ()  # "." is always a separator
    assert ClockLocale.from_pattern("HH'h'mm").separators == ("h",)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "abc",
        ":",
        "24:00",
        "25:00",
        "23:60",
        "23:15:60",  # no leap second
        "2:3",
        "23:5",
        "123:15",
        "23155",
        "2315301",
        "1:2:3:4",
        "23:15.30",  # one kind of separator in one time
        "23 15",
        "-1:00",
        "+23:15",
        "23:15 xm",
        "13 pm",
        "0 am",
        "pm 11 pm",
        "am 11 pm",
        "23h",  # h is a separator only where the locale uses it
        "23h15",
        "noon",
        "23:15:30.5",
        "1e3",
        "٢٣:١٥ tomorrow",
    ],
)
def test_anything_else_is_refused(typed: str) -> None:
    with pytest.raises(ClockTextError) as refused:
        parse_clock_text(typed)
    assert isinstance(refused.value, InputError)
    assert refused.value.text == typed


def test_a_locale_separator_is_only_that_locales() -> None:
    assert parse_clock_text("23h15", locale=CANADA_FR) == time(23, 15)
    with pytest.raises(ClockTextError):
        parse_clock_text("23h15", locale=FINLAND)


def test_the_shown_form_is_24_hour_with_or_without_seconds() -> None:
    assert format_clock_text(time(7, 5, 9), seconds=False) == "07:05"
    assert format_clock_text(time(7, 5, 9), seconds=True) == "07:05:09"


# -- properties ------------------------------------------------------------------------------

times = st.times().map(lambda t: t.replace(microsecond=0))
Form = Callable[[time], str]


def _twelve(t: time) -> tuple[int, str]:
    return (t.hour % 12 or 12), ("am" if t.hour < 12 else "pm")


# Each accepted way of writing a time with seconds, and each without them.
WITH_SECONDS: list[Form] = [
    lambda t: f"{t:%H:%M:%S}",
    lambda t: f"{t.hour}:{t:%M:%S}",
    lambda t: f"{t:%H.%M.%S}",
    lambda t: f"{t:%H%M%S}",
    lambda t: f"{_twelve(t)[0]}:{t:%M:%S} {_twelve(t)[1].upper()}",
]
WITHOUT_SECONDS: list[Form] = [
    lambda t: f"{t:%H:%M}",
    lambda t: f"{t.hour}:{t:%M}",
    lambda t: f"{t:%H.%M}",
    lambda t: f"{t:%H%M}",
    lambda t: f"{t.hour}{t:%M}",
    lambda t: f"{_twelve(t)[0]}:{t:%M} {_twelve(t)[1]}",
    lambda t: f"{_twelve(t)[0]}:{t:%M}{_twelve(t)[1].upper()}",
    lambda t: f"{_twelve(t)[0]}{t:%M} {'.'.join(_twelve(t)[1])}.",
    lambda t: f"{_twelve(t)[1]} {_twelve(t)[0]}:{t:%M}",
    lambda t: f"{t:%H:%M}".translate(str.maketrans("0123456789:", "０１２３４５６７８９：")),
    lambda t: f"{t:%H:%M}".translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
]


@given(times, st.sampled_from(WITH_SECONDS), st.sampled_from(["", " ", "\t"]))
def test_every_time_written_with_seconds_reads_back_as_itself(
    t: time, form: Form, space: str
) -> None:
    assert parse_clock_text(space + form(t) + space) == t


@given(times, st.sampled_from(WITHOUT_SECONDS))
def test_every_time_written_without_seconds_reads_back_to_the_minute(t: time, form: Form) -> None:
    assert parse_clock_text(form(t)) == t.replace(second=0)


@given(st.integers(0, 23))
def test_a_bare_hour_is_on_the_hour(hour: int) -> None:
    assert parse_clock_text(str(hour)) == time(hour)
    assert parse_clock_text(f"{hour:02d}") == time(hour)


@given(times, st.booleans())
def test_the_shown_form_reads_back_as_itself(t: time, seconds: bool) -> None:
    shown = format_clock_text(t, seconds=seconds)
    assert parse_clock_text(shown) == (t if seconds else t.replace(second=0))


@given(times, st.sampled_from([US, CANADA_FR, FINLAND, KOREA, SPAIN, EGYPT]))
def test_in_every_locale_the_24_hour_forms_still_read(t: time, locale: ClockLocale) -> None:
    assert parse_clock_text(f"{t:%H:%M:%S}", locale=locale) == t
    assert parse_clock_text(f"{t:%H%M}", locale=locale) == t.replace(second=0)


@given(st.text(alphabet=st.characters(blacklist_categories=("Nd", "No", "Nl"))))
@example("pm")
@example("::")
def test_text_without_a_digit_never_reads(text: str) -> None:
    with pytest.raises(ClockTextError):
        parse_clock_text(text)


@given(times, st.text(alphabet="bcdfgqxyzé-+/", min_size=1, max_size=6), st.booleans())
def test_a_time_with_any_other_word_never_reads(t: time, word: str, before: bool) -> None:
    text = f"{word} {t:%H:%M}" if before else f"{t:%H:%M} {word}"
    with pytest.raises(ClockTextError):
        parse_clock_text(text)


@given(
    st.integers(24, 99) | st.integers(0, 23),
    st.integers(0, 99),
    st.integers(0, 99),
)
def test_out_of_range_parts_never_read(hour: int, minute: int, second: int) -> None:
    text = f"{hour:02d}:{minute:02d}:{second:02d}"
    if hour < 24 and minute < 60 and second < 60:
        assert parse_clock_text(text) == time(hour, minute, second)
    else:
        with pytest.raises(ClockTextError):
            parse_clock_text(text)


@given(st.integers(0, 99_999).map(lambda n: f"{n:05d}") | st.from_regex(r"\A[0-9]{7,12}\Z"))
def test_five_or_more_than_six_digits_never_read(digits: str) -> None:
    with pytest.raises(ClockTextError):
        parse_clock_text(digits)


@given(st.text(max_size=40), st.sampled_from([None, US, CANADA_FR, KOREA]))
@example("9" * 10_000, None)
@example("\x00\ud7ff\U0010ffff", None)
def test_any_text_either_reads_as_a_time_or_is_refused(
    text: str, locale: ClockLocale | None
) -> None:
    try:
        read = parse_clock_text(text, locale=locale)
    except ClockTextError:
        return
    assert isinstance(read, time)
    assert read.microsecond == 0
    # Whatever reads, reads the same shown back in the field's own form.
    assert parse_clock_text(format_clock_text(read, seconds=True)) == read
