"""Strict CSV: an unclosed quote is refused at the line where it opens (it used to swallow the
rest of the file into one note), and a header of thousands of unknown columns is one short line."""

from __future__ import annotations

import pytest

from hypnic.domain.errors import InputError
from hypnic.exchange.csv_format import parse_csv
from hypnic.exchange.csv_strict import unclosed_quote_line

ID = "0b7c6f1e-8d0a-4c39-9c55-2f4a8e1d7b0"
HEADER = "id,night,time,kind,by,note"


def _rows(n: int) -> list[str]:
    return [HEADER] + [f"{ID}{i},,2026-11-24T23:4{i}:07+01:00,jerk,self,ok" for i in range(n)]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_an_unclosed_quote_is_refused_at_the_line_it_opens(newline: str) -> None:
    rows = _rows(6)
    rows[2] = rows[2][:-2] + '"two\nlines, closed"'  # a proper multi-line note before it
    rows[4] = rows[4][:-2] + '"never closed, so the rows below would vanish into this note'
    with pytest.raises(InputError) as info:
        parse_csv(newline.join(rows).encode(), "x.csv")
    assert info.value.line == 6  # rows[4] starts on line 6: rows[2] took two lines
    assert "never closed" in info.value.message


def test_text_after_a_closing_quote_is_refused() -> None:
    rows = _rows(3)
    rows[2] = rows[2][:-2] + '"a ""b"" c"d'
    with pytest.raises(InputError) as info:
        parse_csv("\n".join(rows).encode(), "x.csv")
    assert info.value.line == 3 and "closing quote" in info.value.message


def test_quotes_inside_unquoted_fields_are_text() -> None:
    text = f'{HEADER}\n{ID}0,,2026-11-24T23:40:07+01:00,jerk,self,5" of snow\n'
    assert parse_csv(text.encode(), "x.csv").events[0].event.note == '5" of snow'
    assert unclosed_quote_line('a,5" of snow\nb,"c""\n', 1) == 2


def test_ten_thousand_unknown_columns_make_one_short_line() -> None:
    header = HEADER + "," + ",".join(f"extra{i}" for i in range(10_000))
    with pytest.raises(InputError) as info:
        parse_csv((header + "\n").encode(), "wide.csv")
    text = info.value.describe()
    assert len(text) < 300 and "and 9,995 more" in text, text
