"""Reading a clock time as people type it: the one rule behind every typed time in the window.

Accepted (spaces around the text are ignored, letters in any case):

- ``23:15``, ``7:05``, ``23:15:30``: hours (one or two digits), minutes and seconds (two digits),
  separated by ``:`` or ``.`` (``23.15``, as Danish and Finnish write it) or by the separator of
  the desktop's locale (``23 h 15`` in French Canadian); one kind of separator in one time;
- ``2315``, ``0715``, ``715`` (four or three digits: hours then minutes), ``231530`` (six
  digits: with seconds), ``7`` or ``23`` (one or two digits: on the hour);
- any of these with a 12-hour marker before or after (``11:15 PM``, ``11:15pm``, ``11 p.m.``,
  ``오후 11:15``): ``am``/``pm`` always, and the locale's own AM and PM texts; the hour is then
  1–12 and 12 AM is midnight;
- digits of any script (``２３：１５`` typed with a Japanese input method, ``۲۳:۱۵``).

Everything else is refused: an hour over 23, minutes or seconds over 59 (no leap second),
``24:00``, five or more than six digits in a row, a separator that changes, any other word.
A bare hour is accepted because nothing else could be meant by it; the field shows the time it
read (``07:00``) as soon as it is left, so a slip is seen before it is stored.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import time

from hypnic.domain.errors import InputError

_ALWAYS_SEPARATORS = (":", ".")
_ASCII_DIGITS = frozenset("0123456789")
_AM = "am"
_PM = "pm"
_DIGITS_ONLY = re.compile(r"[0-9]+", re.ASCII)
# In a Qt/CLDR time pattern: quoted literals, and runs of one field letter.
_PATTERN_TOKEN = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|.", re.DOTALL)


class ClockTextError(InputError):
    """Text that is not a clock time; ``text`` is what was typed."""

    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__(f"'{text}' is not a clock time like 23:15")


@dataclass(frozen=True, slots=True)
class ClockLocale:
    """What the desktop's locale adds to the forms every locale accepts.

    separators: extra characters (or short words) that may stand between hours and minutes.
    am, pm: the locale's own 12-hour markers, as the locale writes them.
    """

    separators: tuple[str, ...] = ()
    am: tuple[str, ...] = ()
    pm: tuple[str, ...] = ()

    @classmethod
    def from_pattern(cls, pattern: str, *, am: str = "", pm: str = "") -> ClockLocale:
        """From a Qt/CLDR time pattern (``h:mm AP``, ``HH 'h' mm``, ``H.mm``) and AM/PM texts."""
        separator = ""
        seen_hour = False
        for match in _PATTERN_TOKEN.finditer(pattern):
            token = match.group(0)
            letter = match.group(1)
            if letter in ("h", "H"):
                seen_hour, separator = True, ""
            elif letter == "m" and seen_hour:
                break
            elif seen_hour and letter is None:
                literal = token[1:-1].replace("''", "'") if token.startswith("'") else token
                separator += literal
        separator = _normalise(separator).strip()
        extra = () if not separator or separator in _ALWAYS_SEPARATORS else (separator,)
        return cls(separators=extra, am=(am,) if am else (), pm=(pm,) if pm else ())


def parse_clock_text(text: str, *, locale: ClockLocale | None = None) -> time:
    """The clock time ``text`` stands for (see the module's list), or ClockTextError."""
    locale = locale or ClockLocale()
    typed = _normalise(text).strip()
    digits = [i for i, char in enumerate(typed) if char in _ASCII_DIGITS]
    if not digits:
        raise ClockTextError(text)
    core = typed[digits[0] : digits[-1] + 1]
    before, after = typed[: digits[0]], typed[digits[-1] + 1 :]
    half = _half_of_day(before, after, locale)
    parts = _split(core, locale)
    if half == "" or parts is None:
        raise ClockTextError(text)
    hour, minute, second = parts
    if half is not None:
        if not 1 <= hour <= 12:
            raise ClockTextError(text)
        hour = hour % 12 + (12 if half == _PM else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ClockTextError(text)
    return time(hour, minute, second)


def format_clock_text(value: time, *, seconds: bool) -> str:
    """The form a field shows a time in: ``23:15`` or, with seconds, ``23:15:30``."""
    return f"{value:%H:%M:%S}" if seconds else f"{value:%H:%M}"


def _normalise(text: str) -> str:
    """Full-width and other compatibility forms to plain ones; digits of any script to 0–9."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() else char for char in folded)


def _marker(text: str) -> str:
    """A 12-hour marker as compared: ``p.m.``, ``P M`` and ``pm`` are one marker."""
    return "".join(char for char in _normalise(text) if char != "." and not char.isspace())


def _half_of_day(before: str, after: str, locale: ClockLocale) -> str | None:
    """``am``, ``pm`` or None (24-hour) from the words around the digits; "" when they are
    not one 12-hour marker."""
    word_before, word_after = _marker(before), _marker(after)
    if word_before and word_after:
        return ""
    word = word_before or word_after
    if not word:
        return None
    if word in {_AM, *map(_marker, locale.am)} - {""}:
        return _AM
    if word in {_PM, *map(_marker, locale.pm)} - {""}:
        return _PM
    return ""


def _split(core: str, locale: ClockLocale) -> tuple[int, int, int] | None:
    """Hours, minutes, seconds of the digits part, or None when it is not a clock time."""
    if _DIGITS_ONLY.fullmatch(core):
        if len(core) <= 2:
            return int(core), 0, 0
        if len(core) in (3, 4):
            return int(core[:-2]), int(core[-2:]), 0
        if len(core) == 6:
            return int(core[:2]), int(core[2:4]), int(core[4:])
        return None
    for separator in (*_ALWAYS_SEPARATORS, *(_normalise(s).strip() for s in locale.separators)):
        if not separator:
            continue
        pieces = [piece.strip() for piece in core.split(separator)]
        if not 2 <= len(pieces) <= 3 or not all(_DIGITS_ONLY.fullmatch(p) for p in pieces):
            continue
        if len(pieces[0]) > 2 or any(len(p) != 2 for p in pieces[1:]):
            return None
        numbers = [int(p) for p in pieces]
        return numbers[0], numbers[1], numbers[2] if len(numbers) == 3 else 0
    return None
