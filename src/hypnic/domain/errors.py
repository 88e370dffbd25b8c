"""Errors a person can meet, each with one clear sentence."""

from __future__ import annotations

# The longest message shown: whatever a file held, one readable line.
MAX_MESSAGE = 500


def one_line(message: str) -> str:
    """Control characters from a typed value or a file (a line break, a tab) shown escaped, and
    the line kept readable: whatever a file held, the message is cut at MAX_MESSAGE (the
    command line and the window say an error the same way)."""
    line = "".join(
        f"\\x{ord(c):02x}" if ord(c) < 32 or 127 <= ord(c) < 160 or c in "\u2028\u2029" else c
        for c in message[: MAX_MESSAGE * 4]
    )
    return line if len(line) <= MAX_MESSAGE else line[: MAX_MESSAGE - 20] + "… (shortened)"


class HypnicError(Exception):
    """A known, explainable failure (bad input, environment), never a bug."""


class InputError(HypnicError):
    """Bad input: names the source, line and field it came from."""

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.source = source
        self.line = line
        self.field = field
        super().__init__(self.describe())

    def describe(self) -> str:
        where = []
        if self.source:
            where.append(self.source)
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.field:
            where.append(f"field '{self.field}'")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class AmbiguousTimeError(InputError):
    """A local time that occurs twice (DST fold): the caller must choose one."""

    def __init__(self, message: str, *, choices: tuple[int, int], field: str | None = None) -> None:
        self.choices = choices  # (utc_ms of the first occurrence, utc_ms of the second)
        super().__init__(message, field=field)


class StoreError(HypnicError):
    """The store cannot be used as it is (too new, damaged, locked, unwritable).

    The store raises one of the subclasses below; nothing above it reads SQLite's messages.
    """


class StoreBusyError(StoreError):
    """Another program held the store's write lock for longer than the wait."""


class StoreFullError(StoreError):
    """The disk holding the store is full."""


class StoreReadOnlyError(StoreError):
    """The store (or its folder) cannot be written: read-only file, folder or disk."""


class StoreDamagedError(StoreError):
    """The store file is damaged or is not a Hypnic store at all."""


class StoreTooNewError(StoreError):
    """The store was written by a newer Hypnic; it is left untouched."""


class StoreUnavailableError(StoreError):
    """The store could not be read or written for another reason of the machine (I/O error,
    no permission, a file where the folder should be)."""
