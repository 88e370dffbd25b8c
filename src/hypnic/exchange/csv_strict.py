"""Errors of CSV read with ``strict=True``, told as the person can find them in the file.

Python's reader reports an unclosed quote only at the end of the file ("unexpected end of
data"), after everything below it was taken as one field; the line a person needs is the one
where that quote opens, so it is found here, only when there is such an error to report.
"""

from __future__ import annotations

import csv
import io

from hypnic.domain.errors import InputError


def csv_error(
    exc: csv.Error, text: str, source: str, *, row_line: int, line_num: int
) -> InputError:
    """One sentence for ``exc``; ``row_line`` is the line the failing row starts on and
    ``line_num`` the reader's line when it failed."""
    if "unexpected end of data" in str(exc):
        opened = unclosed_quote_line(text, row_line)
        return InputError(
            'has a quote (") that opens a field here and is never closed; everything after it '
            'would be one field (a quote inside a quoted field is written twice, "")',
            source=source,
            line=opened if opened is not None else row_line,
        )
    if "expected after" in str(exc):
        return InputError(
            "has a quoted field with text after its closing quote; a quote inside a quoted "
            'field is written twice ("")',
            source=source,
            line=line_num,
        )
    return InputError(f"is not valid CSV ({exc})", source=source, line=line_num)


def unclosed_quote_line(text: str, start_line: int) -> int | None:
    """The line (1-based) where a quoted field opens and never closes, reading from
    ``start_line``; None when every quote from there on is closed.

    A quote opens a field only at the start of a field (RFC 4180); elsewhere it is text.
    Line ends are those of ``csv.reader`` over ``io.StringIO(text, newline="")``.
    """
    lines = io.StringIO(text, newline="")
    offset = 0
    for _ in range(start_line - 1):
        offset += len(lines.readline())
    pos, opened_at = offset, -1
    while True:
        if opened_at < 0:
            quote = text.find('"', pos)
            if quote < 0:
                return None
            if quote == offset or text[quote - 1] in ",\r\n":
                opened_at = quote
            pos = quote + 1
        else:
            quote = text.find('"', pos)
            if quote < 0:
                return _line_at(text, opened_at)
            if text.startswith('""', quote):
                pos = quote + 2
            else:
                opened_at, pos = -1, quote + 1


def _line_at(text: str, index: int) -> int:
    # As the reader counts: \r\n is one line end, a lone \r or \n is one too.
    before = text[:index]
    return before.count("\n") + before.count("\r") - before.count("\r\n") + 1
