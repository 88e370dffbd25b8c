"""The one place that locates packaged resources (source tree, wheel or frozen bundle alike)."""

from __future__ import annotations

from pathlib import Path

# The package's own folder: a real folder in the source tree, an installed wheel and the bundle
# (which collects ``resources/`` to ``hypnic/resources``). Not ``importlib.resources``: it costs
# start-up time (its imports) for the same path.
_RESOURCES = Path(__file__).parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file under ``hypnic/resources``: a real path for Qt to open."""
    return _RESOURCES.joinpath(*parts)


def app_icon_path() -> Path:
    return resource_path("icons", "hypnic.svg")
