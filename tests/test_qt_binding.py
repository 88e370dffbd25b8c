"""The Qt binding we pin: PySide6 6.12.0 on CPython 3.11 leaks references to None."""

from __future__ import annotations

import sys

import pytest

from hypnic.report.qtfix import drops_none_references


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_keep_none_alive(qapp) -> None:
    # A bedside night makes thousands of such calls; each lost reference brings the
    # "none_dealloc" abort closer. pyproject.toml pins PySide6 below the broken release.
    assert not drops_none_references()
