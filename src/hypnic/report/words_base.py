"""The summary's words, first part: names, numbers with units, dates, header and footer.

The summary's words live in a chain of classes each named ``Summary`` (this one, then
``words_pages``, then ``words``): ``pyside6-lupdate`` files each ``self.tr("…")`` under the
name of the class it is written in, so every sentence lands in the context "Summary" that
``SummaryLanguage.tr`` asks the translator for. Write whole sentences with Qt placeholders
(%1, %2; %n for the count that decides a plural), never glued fragments.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from hypnic.domain.analysis import Summary as Spread
from hypnic.domain.kinds import BUILTIN_KINDS, Kind, KindGroup
from hypnic.domain.tags import DEFAULT_TAGS
from hypnic.report.model import DoseEntry, MedicationLine
from hypnic.report.text import SummaryLanguage

NONE = "–"


class Summary(SummaryLanguage):
    """The summary's words and number formats in one language (see ``SummaryLanguage``)."""

    # -- names the user did not choose: built-in kinds and tags, groups -------------------

    def kind_label(self, kind: Kind) -> str:
        """A built-in kind's label in the summary's language, unless the user renamed it."""
        builtin = {k.key: k.label for k in BUILTIN_KINDS}
        if builtin.get(kind.key) != kind.label:
            return kind.label
        names = {
            "jerk": self.tr("Jerk"),
            "kick": self.tr("Kick"),
            "deep_itch": self.tr("Deep itch"),
            "eyelid_twitch": self.tr("Eyelid twitch"),
            "hiccup": self.tr("Hiccup"),
            "burning": self.tr("Burning"),
            "creeping": self.tr("Creeping"),
            "tugging": self.tr("Tugging"),
            "crawling": self.tr("Crawling"),
            "arm_jerk": self.tr("Arm jerk"),
        }
        return names.get(kind.key, kind.label)

    def tag_label(self, label: str) -> str:
        """A built-in tag's label in the summary's language (the user's own as typed)."""
        names = {
            "Caffeine after 16:00": self.tr("Caffeine after 16:00"),
            "Alcohol": self.tr("Alcohol"),
            "Exercise": self.tr("Exercise"),
            "Stress": self.tr("Stress"),
            "Heat": self.tr("Heat"),
            "Late meal": self.tr("Late meal"),
        }
        assert {t.label for t in DEFAULT_TAGS} == set(names)
        return names.get(label, label)

    def kind_with_group(self, kind: Kind) -> str:
        """ "Kick (leg)"; a label that already names its group stays as it is ("Arm jerk")."""
        label, group = self.kind_label(kind), self.group(kind.group)
        if group.casefold() in label.casefold():
            return label
        return self.fill(self.tr("%1 (%2)", "a kind and its group"), label, group)

    def group(self, group: KindGroup) -> str:
        return {
            KindGroup.LEG: self.tr("leg"),
            KindGroup.JERK: self.tr("jerk"),
            KindGroup.SENSATION: self.tr("sensation"),
            KindGroup.OTHER: self.tr("other"),
        }[group]

    # -- numbers with units --------------------------------------------------------------

    def percent(self, share: float) -> str:
        return self.fill(self.tr("%1 %", "a percentage"), self.integer(round(share * 100)))

    def duration(self, minutes: float) -> str:
        whole = round(minutes)
        if whole < 60:
            return self.fill(self.tr("%1 min", "a duration"), self.integer(whole))
        return self.fill(
            self.tr("%1 h %2 min", "a duration"), self.integer(whole // 60), f"{whole % 60:02d}"
        )

    def spread(self, found: Spread, kind: str = "count") -> str:
        """Like "9 (6–12)": the median and its interquartile range; "–" without a median.

        ``kind``: "count" (a count or a half), "rate" (one decimal), "minutes" (whole),
        "share" (a percentage), "duration" (hours and minutes) or "clock".
        """
        if found.median is None or found.q1 is None or found.q3 is None:
            return NONE
        if kind == "share":  # "85 % (77–91 %)": the sign once is enough
            return self.fill(
                self.tr("%1 (%2–%3)", "a median and its interquartile range"),
                self.percent(found.median), self.integer(round(found.q1 * 100)),
                self.percent(found.q3),
            )  # fmt: skip
        show = {
            "count": self.count,
            "rate": lambda v: self.number(v, 1),
            "minutes": lambda v: self.integer(round(v)),
            "share": self.percent,
            "duration": self.duration,
            "clock": self.clock,
        }[kind]
        return self.fill(
            self.tr("%1 (%2–%3)", "a median and its interquartile range"),
            show(found.median), show(found.q1), show(found.q3),
        )  # fmt: skip

    def of(self, part: int, whole: int) -> str:
        return self.fill(self.tr("%1 of %2", "a part of a whole, like 20 of 27 nights"),
                         self.integer(part), self.integer(whole))  # fmt: skip

    def nights(self, n: int) -> str:
        return self.tr("%n night(s)", "", n)

    def listing(self, items: Sequence[str]) -> str:
        """Items joined as the language lists them ("a, b and c")."""
        return self.locale.createSeparatedList(list(items))

    # -- dates -------------------------------------------------------------------------------

    def day(self, night: date) -> str:
        """A night in a table or on an axis, like "Tue 24 Nov"."""
        return self.date(night, self.tr("ddd d MMM", "date format of a night in a table"))

    def day_with_year(self, night: date) -> str:
        return self.date(night, self.tr("ddd d MMM yyyy", "date format of a night with its year"))

    def short_day(self, night: date) -> str:
        return self.date(night, self.tr("d MMM", "date format on a chart's axis"))

    def month(self, night: date) -> str:
        return self.date(night, self.tr("MMM yyyy", "date format of a month"))

    def month_span(self, first: date, last: date) -> str:
        if (first.year, first.month) == (last.year, last.month):
            return self.month(first)
        return self.fill(self.tr("%1 – %2", "a range of dates"), self.month(first),
                         self.month(last))  # fmt: skip

    def full_date(self, day: date) -> str:
        return self.date(day, self.tr("d MMMM yyyy", "date format of a birth date"))

    def span(self, first: date, last: date, *, year: bool = False) -> str:
        show = self.day_with_year if year else self.day
        if first == last:
            return show(first)
        return self.fill(self.tr("%1 – %2", "a range of dates"), show(first), show(last))

    # -- header ------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Hypnic summary")

    def patient(self) -> str:
        return self.tr("Patient")

    def born(self) -> str:
        return self.tr("Date of birth")

    def period_line(self, first: date, last: date) -> str:
        return self.fill(self.tr("Nights %1 to %2"), self.day_with_year(first),
                         self.day_with_year(last))  # fmt: skip

    def logged_line(self, logged: int, nights: int, quiet: int) -> str:
        text = self.fill(self.tr("%1 of %n night(s) logged", "", nights), self.integer(logged))
        if quiet:
            text = self.fill(
                self.tr("%1, including %n quiet night(s) (“nothing tonight”)", "", quiet), text
            )
        return text

    def medications_line(self, medications: Sequence[MedicationLine]) -> str:
        items = []
        for med in medications:
            dose = self.fill(self.tr("%1 at bedtime"), med.usual_dose).strip() if med.bedtime \
                else med.usual_dose  # fmt: skip
            name = f"{med.name} {dose}".strip()
            if med.since is not None:
                items.append(self.fill(self.tr("%1, since %2"), name,
                                       self.date(med.since, self.tr("d MMM yyyy"))))  # fmt: skip
            else:
                items.append(self.fill(self.tr("%1, no dose logged yet"), name))
        return self.fill(self.tr("Current medications: %1."), "; ".join(items))

    def no_medications(self) -> str:
        return self.tr("Current medications: none listed.")

    def partner_line(self, taps: int, nights: int) -> str:
        return self.fill(
            self.tr("Taps logged by a bed partner, kept out of the figures: %1 on %n night(s).",
                    "", nights), self.integer(taps),
        )  # fmt: skip

    def dose_text(self, dose: DoseEntry) -> str:
        amount = (
            "" if dose.amount is None or dose.usual else self.locale.toString(dose.amount, "g", 6)
        )
        parts = [dose.medication, amount, (dose.unit or "") if amount else "", dose.clock or ""]
        return " ".join(p for p in parts if p)

    # -- empty period --------------------------------------------------------------------------

    def nothing_logged(self) -> str:
        return self.tr("No nights logged in this period")

    def nothing_logged_text(self, first: date, last: date) -> str:
        return self.fill(
            self.tr("Nothing was recorded for the nights %1 to %2. Choose another period to see "
                    "figures."), self.day_with_year(first), self.day_with_year(last),
        )  # fmt: skip

    # -- footer ----------------------------------------------------------------------------------

    def not_a_diagnosis(self) -> str:
        return self.tr("Patient-reported taps, not a PLM index and not a diagnosis.")

    def footer(self, patient: str | None, first: date, last: date, generated: date) -> str:
        dates = self.fill(self.tr("%1 to %2 · generated %3"), first.isoformat(), last.isoformat(),
                          generated.isoformat())  # fmt: skip
        who = f" · {patient}" if patient else ""
        return f"{self.title()}{who} · {dates}"

    def page(self, number: int, pages: int) -> str:
        return self.fill(self.tr("Page %1 of %2"), self.integer(number), self.integer(pages))
