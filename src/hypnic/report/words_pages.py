"""The summary's words, second part: headings, column titles and cells of both pages.

A class named ``Summary`` so ``pyside6-lupdate`` files its sentences in the context "Summary"
(see ``words_base``).
"""

from __future__ import annotations

from datetime import date

from hypnic.domain.kinds import KindGroup
from hypnic.report.model import Comparison, Subject
from hypnic.report.words_base import Summary as BaseWords


class Summary(BaseWords):
    """Headings, notes, column titles and the words inside the tables and charts."""

    # -- page 1: key figures ------------------------------------------------------------------

    def key_figures(self) -> str:
        return self.tr("Key figures")

    def key_figures_note(self) -> str:
        return self.tr("the patient's own taps; medians over logged nights, quiet nights as zero")

    def key_columns(self) -> tuple[str, str, str, str, str, str]:
        return (
            self.tr("Kind (group)"),
            self.tr("Total"),
            self.tr("Nights with any"),
            self.tr("Per night\nmedian (IQR)"),
            self.tr("Per hour of wind-down\nmedian (IQR)"),
            self.tr("Minutes lights-out to\nfirst tap, median (IQR)"),
        )

    def all_kinds(self) -> str:
        return self.tr("All kinds")

    def winddown_definition(self) -> str:
        return self.tr(
            "Wind-down: from lights-out (or the first tap) to the last tap before a gap of more "
            "than 60 minutes; later taps are night wakings or the morning."
        )

    # -- page 1: patterns ---------------------------------------------------------------------

    def patterns(self) -> str:
        return self.tr("Patterns seen")

    def patterns_note(self) -> str:
        return self.tr("descriptions, not diagnoses; definitions and references under Methods")

    def pattern_columns(self) -> tuple[str, str, str]:
        return self.tr("Pattern"), self.tr("Nights"), self.tr("Details")

    def pattern_name(self, key: str) -> str:
        return {
            "isolated_jerks": self.tr("Isolated jerks in the wind-down (as in hypnic jerks)"),
            "jerk_series": self.tr(
                "Jerk series at sleep onset (as described in propriospinal myoclonus)"
            ),
            "periodic_leg_movements": self.tr("Periodic leg movements, 5–90 s (as in PLM)"),
            "evening_sensations": self.tr("Evening sensations (as in restless legs)"),
            "after_winddown": self.tr("Taps after the wind-down (night wakings, morning)"),
            "partner_runs": self.tr("Periodic leg movements seen by a bed partner, 5–90 s"),
        }[key]

    def runs_detail(self, runs: int, longest: int) -> str:
        if not runs:
            return self.tr("no run")
        return self.fill(self.tr("%n run(s), the longest of %1 movements", "", runs),
                         self.integer(longest))  # fmt: skip

    def series_detail(self, series: int, longest: int) -> str:
        if not series:
            return self.tr("no series")
        return self.fill(self.tr("%n series, the longest of %1 jerks", "", series),
                         self.integer(longest))  # fmt: skip

    def wasm_detail(self, runs: int) -> str:
        return self.tr("WASM 10–90 s: %n run(s)", "", runs)

    def share_detail(self, share: str) -> str:
        return self.fill(self.tr("leg taps in runs, median (IQR): %1"), share)

    def taps_detail(self, taps: int) -> str:
        return self.tr("%n tap(s)", "", taps)

    def no_kind_of_group(self, group: str) -> str:
        return {
            "leg": self.tr("no leg kind is logged"),
            "jerk": self.tr("no jerk kind is logged"),
            "sensation": self.tr("no sensation kind is logged"),
        }[group]

    # -- page 1: charts ---------------------------------------------------------------------------

    def when_in_the_night(self) -> str:
        return self.tr("When in the night")

    def actogram_note(self, binned: bool) -> str:
        if binned:
            return self.tr("one row per night, newest on top; darker = more taps in 10 minutes")
        return self.tr("one row per night, newest on top")

    def legend_leg_run(self) -> str:
        return self.tr("leg run (5–90 s)")

    def legend_jerk_series(self) -> str:
        return self.tr("jerk series")

    def legend_lights_out(self) -> str:
        return self.tr("lights-out")

    def legend_dose(self) -> str:
        return self.tr("dose")

    def legend_dose_column(self) -> str:
        return self.tr("tick beside the date: a dose that night")

    def legend_not_logged(self) -> str:
        return self.tr("not logged")

    def outside_hours(self, taps: int) -> str:
        return self.tr("%n tap(s) outside these hours: ‹ › at the row's edge", "", taps)

    def taps_per_night(self) -> str:
        return self.tr("Taps per night")

    def counts_note(self) -> str:
        return self.tr("points: each night; lines: 7-night median; y axis from zero")

    def counts_axis(self) -> str:
        return self.tr("taps per night")

    def legend_dose_nights(self, ticks: bool = False) -> str:
        if ticks:
            return self.tr("tick along the top: a dose that night")
        return self.tr("grey column: a dose that night")

    def dose_letter(self) -> str:
        return self.tr("D", "the letter marking a dose on the charts")

    def quiet_letter(self) -> str:
        return self.tr("Q", "the letter marking a quiet night on the actogram")

    def legend_quiet(self) -> str:
        return self.tr("quiet night")

    # -- page 2: the table ------------------------------------------------------------------------

    def table_heading(self, span: str, continued: bool) -> str:
        if continued:
            return {
                "night": self.tr("Night by night (continued)"),
                "week": self.tr("Week by week (continued)"),
                "month": self.tr("Month by month (continued)"),
            }[span]
        return {
            "night": self.tr("Night by night"),
            "week": self.tr("Week by week"),
            "month": self.tr("Month by month"),
        }[span]

    def table_note(self, span: str) -> str:
        if span == "night":
            return self.tr("newest first; counts are the patient's own taps; leg run and jerk "
                           "series: the longest, in movements")  # fmt: skip
        return self.tr("newest first; counts: medians per logged night; doses and tags: "
                       "(nights); leg run and jerk series: the longest, in movements")  # fmt: skip

    def column(self, key: str) -> str:
        return {
            "night": self.tr("Night"),
            "week": self.tr("Week"),
            "month": self.tr("Month"),
            "logged": self.tr("Nights logged"),
            "nights": self.tr("Nights"),
            "lights_out": self.tr("Lights out"),
            "partner": self.tr("Partner"),
            "leg_run": self.tr("Leg run"),
            "jerk_series": self.tr("Jerk series"),
            "doses": self.tr("Doses"),
            "quality": self.tr("Sleep quality"),
            "tags": self.tr("Tags"),
            "note": self.tr("Note"),
        }[key]

    def not_logged(self, label: str, nights: int) -> str:
        return self.fill(self.tr("%1: not logged (%n night(s))", "", nights), label)

    def quiet(self) -> str:
        # Short, so a quiet night keeps one table row; the header and methods say what it is.
        return self.tr("quiet night")

    def on_nights(self, name: str, nights: int) -> str:
        """A dose or tag in a week's or month's row, with its number of nights."""
        return self.fill(self.tr("%1 (%2)", "a dose or tag and its number of nights"), name,
                         self.integer(nights))  # fmt: skip

    def notes(self, notes: int) -> str:
        return self.tr("%n note(s)", "", notes)

    # -- page 2: comparisons ----------------------------------------------------------------------

    def comparisons(self) -> str:
        return self.tr("Comparisons")

    def comparisons_note(self) -> str:
        return self.tr("median taps per night, with / without; nights were not randomised, so "
                       "read it as a hint")  # fmt: skip

    def group_title(self, group: KindGroup) -> str:
        return {
            KindGroup.LEG: self.tr("Leg kinds"),
            KindGroup.JERK: self.tr("Jerk kinds"),
            KindGroup.SENSATION: self.tr("Sensations"),
            KindGroup.OTHER: self.tr("Other kinds"),
        }[group]

    def compared(self) -> str:
        return self.tr("Compared: with / without")

    def pair(self, first: str, second: str) -> str:
        return self.fill(self.tr("%1 / %2", "with / without"), first, second)

    def compared_label(self, comp: Comparison) -> str:
        """A comparison's row: what is set against what."""
        if comp.subject == Subject.MEDICATION:
            return self.fill(self.tr("A dose of %1"), comp.name)
        if comp.subject == Subject.TAG:
            return self.fill(self.tr("Tagged “%1”"), self.tag_label(comp.name))
        before = comp.before
        nights = before.nights if before is not None else 0
        return self.tr("This period / the %n night(s) before", "", nights)

    def too_few(self, items: list[str]) -> str:
        return self.fill(
            self.tr("Too few nights to compare (3 or more are needed on each side): %1."),
            self.listing(items),
        )

    def too_few_item(self, comp: Comparison) -> str:
        if comp.subject == Subject.PERIOD:
            return self.tr("the nights before (%n logged)", "", comp.without_side.nights)
        name = comp.name if comp.subject == Subject.MEDICATION else self.tag_label(comp.name)
        return self.fill(self.tr("%1 (%2 with, %3 without)", "nights with and without"), name,
                         self.integer(comp.with_side.nights),
                         self.integer(comp.without_side.nights))  # fmt: skip

    # -- page 2: diary, rest tests, onset ---------------------------------------------------------

    def diary(self) -> str:
        return self.tr("Morning diary")

    def diary_note(self, nights: int) -> str:
        return self.tr("medians (IQR) over %n night(s) with answers", "", nights)

    def diary_columns(self) -> tuple[str, str, str, str, str]:
        return (
            self.tr("Total sleep"),
            self.tr("Sleep efficiency"),
            self.tr("Time to fall asleep"),
            self.tr("Time awake after falling asleep"),
            self.tr("Sleep quality (1–5)"),
        )

    def no_diary(self) -> str:
        return self.tr("No morning diary answers in this period.")

    def rest_tests(self) -> str:
        return self.tr("Rest tests")

    def rest_note(self) -> str:
        return self.tr("taps per hour of each test's real length, sitting still in bed")

    def rest_columns(self) -> tuple[str, str, str, str]:
        return (self.tr("Night"), self.tr("Minutes"), self.tr("All taps\nper hour"),
                self.tr("Leg movements\nper hour"))  # fmt: skip

    def sit_cutoff(self) -> str:
        return self.tr("SIT cut-off >40/h from EMG — not equivalent")

    def median_of_tests(self, tests: int) -> str:
        return self.tr("Median of %n test(s)", "", tests)

    def rest_note_latest(self, shown: int, tests: int) -> str:
        """The heading's note when the table lists only the latest tests (the median is of all)."""
        text = self.tr("the latest %1 of %n tests, median of all; taps per hour", "", tests)
        return self.fill(text, self.integer(shown))

    def no_rest_tests(self) -> str:
        return self.tr("No rest test in this period.")

    def onset(self) -> str:
        return self.tr("Evening symptoms: onset")

    def onset_note(self) -> str:
        return self.tr("○ before · ● this period")

    def onset_this(self, median: str, nights: int) -> str:
        return self.fill(self.tr("This period: median %1, %n night(s).", "", nights), median)

    def onset_before(self, median: str, nights: int) -> str:
        return self.fill(self.tr("Before: median %1, %n night(s).", "", nights), median)

    def onset_too_few(self, nights: int) -> str:
        return self.tr("Onset recorded on %n night(s): too few for a median.", "", nights)

    def onset_shift(self, minutes: int) -> str:
        if minutes > 0:
            return self.tr("%n minute(s) earlier than before.", "", minutes)
        if minutes < 0:
            return self.tr("%n minute(s) later than before.", "", -minutes)
        return self.tr("The same as before.")

    def onset_none(self) -> str:
        return self.tr("No onset time recorded in this period or the one before.")

    def onset_question(self) -> str:
        return self.tr("Augmentation? See Methods.")

    def onset_axis(self) -> str:
        return self.tr("onset")

    # -- page 2: histogram ------------------------------------------------------------------------

    def intervals(self) -> str:
        return self.tr("Intervals between leg taps")

    def intervals_note(self, intervals: int) -> str:
        return self.tr("%n interval(s)", "", intervals)

    def periodic_range(self) -> str:
        return self.tr("5–90 s: periodic range")

    def interval_axis(self) -> str:
        return self.tr("interval from one leg tap to the next (log scale)")

    def intervals_axis(self) -> str:
        return self.tr("intervals")

    def seconds(self, value: int) -> str:
        return self.fill(self.tr("%1 s", "seconds on an axis"), self.integer(value))

    def minutes_tick(self, value: int) -> str:
        return self.fill(self.tr("%1 min", "minutes on an axis"), self.integer(value))

    def hours_tick(self, value: int) -> str:
        return self.fill(self.tr("%1 h", "hours on an axis"), self.integer(value))

    def methods(self) -> str:
        return self.tr("Methods")

    def week(self, first: date, last: date) -> str:
        """A week's row, like "23–29 Nov" (both days shown short)."""
        return self.fill(self.tr("%1–%2", "a week: its first and last day"),
                         self.short_day(first), self.short_day(last))  # fmt: skip
