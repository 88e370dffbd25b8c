"""A small panel of one night's figures (DESIGN section 6), labelled as patient-reported."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from hypnic.domain.analysis import NightFigures, RunFigures
from hypnic.domain.events import Observer
from hypnic.domain.kinds import Kind
from hypnic.ui.common.locale_text import NONE, number, percent
from hypnic.ui.common.theme import DAY, Theme

NONE_TEXT = NONE


def _number(value: float | None, decimals: int = 1) -> str:
    return number(value, decimals)


def _share(value: float | None) -> str:
    return percent(value)


class NightFiguresView(QWidget):
    """Counts per kind (you, partner), wind-down rate, latency, leg runs and jerk series for one
    night.

    A figure that is not meaningful for the night (null in NightFigures) reads "—".
    """

    def __init__(self, theme: Theme = DAY, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._kinds: list[Kind] = []
        self._values: dict[str, QLabel] = {}

        self._counts = QGridLayout()
        self._counts.setHorizontalSpacing(16)
        self._figures = QGridLayout()
        self._figures.setHorizontalSpacing(16)
        # The summary's words and definitions (report.words), so screen and paper agree.
        rows = (
            ("events_per_hour", self.tr("Taps per hour of wind-down")),
            ("latency_min", self.tr("Minutes lights-out to first tap")),
            ("after_winddown", self.tr("Taps after the wind-down")),
            ("periodic_runs", self.tr("Leg runs, 5–90 s (as in PLM)")),
            ("longest_run", self.tr("Longest leg run, movements")),
            ("in_runs_share", self.tr("Leg taps in runs")),
            ("periodic_runs_wasm", self.tr("Leg runs, WASM 10–90 s")),
            ("longest_run_wasm", self.tr("Longest WASM run, movements")),
            ("in_runs_share_wasm", self.tr("Leg taps in WASM runs")),
            ("partner_runs", self.tr("Leg runs seen by a partner")),
            ("jerk_series", self.tr("Jerk series (not leg runs)")),
            ("longest_jerk_series", self.tr("Longest jerk series, movements")),
        )
        winddown = self.tr(
            "Wind-down: from lights-out (or the first tap) to the last tap before a gap of "
            "more than 60 minutes; later taps are night wakings or the morning."
        )
        for row, (key, text) in enumerate(rows):
            label = QLabel(text)
            if key in ("events_per_hour", "after_winddown"):
                label.setToolTip(winddown)
            self._figures.addWidget(label, row, 0)
            self._values[key] = self._value_label(key, text)
            self._figures.addWidget(self._values[key], row, 1)

        self.rest_tests = QLabel()
        self.rest_tests.setObjectName("figure_rest_tests")
        self.rest_tests.setWordWrap(True)
        self.rest_tests.setAccessibleName(self.tr("Rest tests of the night"))
        self._patterns = QLabel()
        self._patterns.setObjectName("nightPatterns")
        self._patterns.setWordWrap(True)
        self._patterns.setAccessibleName(self.tr("Patterns seen this night"))
        self._footnote = QLabel(
            self.tr("Patient-reported taps, not a PLM index and not a diagnosis.")
        )
        self._footnote.setObjectName("figuresFootnote")
        self._footnote.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._counts)
        layout.addSpacing(8)
        layout.addLayout(self._figures)
        layout.addWidget(self.rest_tests)
        layout.addSpacing(6)
        layout.addWidget(self._patterns)
        layout.addSpacing(4)
        layout.addWidget(self._footnote)
        layout.addStretch(1)
        self.set_theme(theme)
        self.set_figures(None)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._footnote.setStyleSheet(f"color: {theme.muted};")

    def set_figures(self, figures: NightFigures | None, kinds: Sequence[Kind] = ()) -> None:
        """Show ``figures`` (None: a night with nothing logged) with a count row per kind."""
        wanted = list(kinds)
        if figures is not None:
            known = {k.key for k in wanted}
            extra = sorted((set(figures.counts) | set(figures.partner_counts)) - known)
            wanted += [Kind(key=key, label=key, colour="#999999", shape="o") for key in extra]
        if [k.key for k in wanted] != [k.key for k in self._kinds] or any(
            a.label != b.label for a, b in zip(wanted, self._kinds, strict=False)
        ):
            self._rebuild_counts(wanted)
        for kind in self._kinds:
            own = figures.counts.get(kind.key, 0) if figures else None
            partner = figures.partner_counts.get(kind.key, 0) if figures else None
            self._set(f"count:{kind.key}", NONE_TEXT if own is None else str(own))
            self._set(f"partner:{kind.key}", NONE_TEXT if partner is None else str(partner))

        f = figures
        self._patterns.setText(self._patterns_text(f))
        self._set("events_per_hour", _number(f.events_per_hour if f else None))
        self._set("after_winddown", NONE_TEXT if f is None else str(f.after_winddown))
        latency = f.latency_min if f else None
        self._set("latency_min", _number(latency, 1 if latency is not None and latency < 10 else 0))
        for suffix, wasm in (("", False), ("_wasm", True)):
            runs = f.run_figures_of(Observer.SELF, wasm=wasm) if f else None
            self._set_runs(suffix, runs, has_taps=bool(f and f.leg_taps))
        theirs = f.run_figures_of(Observer.PARTNER) if f and f.partner_leg_taps else None
        self._set("partner_runs", NONE_TEXT if theirs is None else str(theirs.periodic_runs))
        jerks = f.jerk_series_figures() if f and f.jerk_taps else None
        self._set("jerk_series", NONE_TEXT if jerks is None else str(jerks.periodic_runs))
        self._set(
            "longest_jerk_series",
            str(jerks.longest_run) if jerks is not None and jerks.periodic_runs else NONE_TEXT,
        )

        self._show_rest_tests(f)

    def _show_rest_tests(self, figures: NightFigures | None) -> None:
        lines = []
        for test in figures.rest_tests if figures else ():
            local = test.start.local_ms // 60_000 % 1440
            lines.append(
                self.tr("Rest test at %s, %s min: %s taps per hour; leg movements %s per hour")
                % (
                    f"{local // 60:02d}:{local % 60:02d}",
                    f"{test.minutes:.0f}",
                    f"{test.per_hour:.1f}",
                    f"{test.leg_per_hour:.1f}",
                )
            )
        if lines:
            lines.append(
                self.tr("(the clinic's cut-off, more than 40 an hour, is from EMG: not equivalent)")
            )
        self.rest_tests.setText("\n".join(lines))
        self.rest_tests.setVisible(bool(lines))

    def patterns_text(self) -> str:
        return self._patterns.text()

    def _patterns_text(self, figures: NightFigures | None) -> str:
        """The night's patterns as the summary names them (descriptions, not diagnoses)."""
        if figures is None:
            return ""
        if figures.quiet:
            return self.tr("Quiet night (“nothing tonight”): logged with zero taps.")
        names = {
            "isolated_jerks": self.tr("isolated jerks in the wind-down (as in hypnic jerks)"),
            "jerk_series": self.tr(
                "jerk series at sleep onset (as described in propriospinal myoclonus)"
            ),
            "periodic_leg_movements": self.tr("periodic leg movements, 5–90 s (as in PLM)"),
            "evening_sensations": self.tr("evening sensations (as in restless legs)"),
            "after_winddown": self.tr("taps after the wind-down (night wakings, morning)"),
        }
        seen = [names[p] for p in figures.patterns if p in names]
        if not seen:
            return self.tr("Patterns seen: none.")
        return self.tr("Patterns seen: %1.").replace("%1", "; ".join(seen))

    def value_text(self, key: str) -> str:
        """The text shown for a figure ("count:jerk", "partner:kick", "latency_min", ...)."""
        return self._values[key].text()

    def _set_runs(self, suffix: str, runs: RunFigures | None, *, has_taps: bool) -> None:
        if runs is None or not has_taps:
            for key in ("periodic_runs", "longest_run", "in_runs_share"):
                self._set(key + suffix, NONE_TEXT)
            return
        self._set("periodic_runs" + suffix, str(runs.periodic_runs))
        self._set(
            "longest_run" + suffix, str(runs.longest_run) if runs.periodic_runs else NONE_TEXT
        )
        self._set("in_runs_share" + suffix, _share(runs.in_runs_share))

    def _set(self, key: str, text: str) -> None:
        """Show a figure; a screen reader hears its name with it ("Jerk, you: 7")."""
        label = self._values[key]
        label.setText(text)
        name = label.property("figureName")
        label.setAccessibleName(self.tr("%1: %2").replace("%1", str(name)).replace("%2", text))

    def _value_label(self, key: str, name: str) -> QLabel:
        label = QLabel(NONE_TEXT)
        label.setObjectName(f"figure_{key}")
        label.setProperty("figureName", name)
        label.setAccessibleName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _rebuild_counts(self, kinds: list[Kind]) -> None:
        while self._counts.count():
            item = self._counts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for key in [k for k in self._values if k.startswith(("count:", "partner:"))]:
            del self._values[key]
        for column, text in enumerate(("", self.tr("You"), self.tr("Partner"))):
            header = QLabel(text)
            header.setProperty("strong", True)
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            self._counts.addWidget(header, 0, column)
        for row, kind in enumerate(kinds, start=1):
            self._counts.addWidget(QLabel(kind.label), row, 0)
            for column, prefix in ((1, "count"), (2, "partner")):
                who = self.tr("you") if prefix == "count" else self.tr("partner")
                label = self._value_label(f"{prefix}_{kind.key}", f"{kind.label}, {who}")
                self._values[f"{prefix}:{kind.key}"] = label
                self._counts.addWidget(label, row, column)
        self._kinds = kinds
