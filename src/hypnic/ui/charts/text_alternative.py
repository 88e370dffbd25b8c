"""A chart's text alternative: what a screen reader says instead of the picture (DESIGN 10).

Each chart carries its title as its accessible name and its figures, in sentences, as its
accessible description; the same on the plot's viewport, which is what the pointer and the
screen reader's review cursor land on. The identifier lets a test find every chart in the
accessibility tree whatever the language.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QWidget

CHART_ID = "chart"


def set_text_alternative(chart: QWidget, name: str, description: str) -> None:
    """Give ``chart`` (and its viewport) ``name`` and the sentences of ``description``."""
    targets = [chart]
    if isinstance(chart, QAbstractScrollArea):
        targets.append(chart.viewport())
    for widget in targets:
        widget.setAccessibleIdentifier(CHART_ID)
        if widget.accessibleName() != name:
            widget.setAccessibleName(name)
        if widget.accessibleDescription() != description:
            widget.setAccessibleDescription(description)
