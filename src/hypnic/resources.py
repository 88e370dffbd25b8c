"""The one place that locates packaged resources (source tree, wheel or frozen bundle alike)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A file under ``hypnic/resources``: a real path for Qt to open."""
    ref = resources.files("hypnic").joinpath("resources", *parts)
    return Path(str(ref))


def app_icon_path() -> Path:
    return resource_path("icons", "hypnic.svg")
