"""CSV cells a spreadsheet would run as a formula, written so that it does not (OWASP's
advice), with the CSV round trip kept exact.

A note that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, after any
number of apostrophes, is written with one more apostrophe in front (``=SUM(A1)`` becomes
``'=SUM(A1)``, which a spreadsheet shows as text). Reading takes exactly one apostrophe off a
cell of that shape. The two are inverse for every text, including a note that really starts
with ``'=``: it is written ``''=`` and read back as ``'=``.
"""

from __future__ import annotations

import re

_RUNS_AS_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_GUARDED = re.compile(r"''*[=+\-@\t\r]")


def guard(text: str) -> str:
    """The cell as written: an apostrophe in front of a text a spreadsheet would run."""
    return "'" + text if _RUNS_AS_FORMULA.match(text) else text


def unguard(text: str) -> str:
    """The text a written cell holds (the inverse of ``guard``)."""
    return text[1:] if _GUARDED.match(text) else text
