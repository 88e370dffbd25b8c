"""Errors a person can meet, each with one clear sentence."""

from __future__ import annotations


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
    """The store cannot be used as it is (too new, damaged, locked, unwritable)."""
