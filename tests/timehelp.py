"""Instants for tests, written as calendar times in UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_ms(*args: int) -> int:
    """``utc_ms(2026, 11, 24, 22, 31)``: that UTC time in milliseconds since the epoch."""
    return int(datetime(*args, tzinfo=UTC).timestamp() * 1000)  # type: ignore[misc]
