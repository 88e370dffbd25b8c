"""The atomic writer: the new content or the old one, never a half-written file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hypnic.domain.errors import HypnicError
from hypnic.exchange import atomic
from hypnic.exchange.atomic import write_atomic


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert os.listdir(tmp_path) == ["out.csv"]


def test_failure_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    with pytest.raises(HypnicError, match="No space left on device"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.csv"]


def test_missing_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(HypnicError, match=r"Cannot write .*nowhere"):
        write_atomic(tmp_path / "nowhere" / "out.csv", b"x")
