"""The summary's words, last part: the plain-language paragraph and the methods.

``Summary`` here is the whole vocabulary the pages use (it extends ``words_pages`` and
``words_base``); it is named ``Summary`` so ``pyside6-lupdate`` files its sentences in the
context "Summary".
"""

from __future__ import annotations

from hypnic.report.model import ReportModel, Subject
from hypnic.report.words_pages import Summary as PageWords


class Summary(PageWords):
    """Every word of the summary in one language; ``Summary("de")`` for German."""

    def paragraph(self, model: ReportModel) -> str:
        """A few sentences a busy reader takes in first: how often, when, which patterns,
        and what changed with a medication or since the period before."""
        if model.empty:
            return ""
        logged = model.logged_nights
        said: list[str] = []
        medians = [(self.kind_label(f.kind), f.per_night.median) for f in model.figures
                   if f.kind is not None]  # fmt: skip
        if any(m is None for _, m in medians) or not medians:
            said.append(self.tr("Too few logged nights for medians (3 or more are needed)."))
        else:
            items = [self.fill(self.tr("%1 %2", "a kind and its count"), label, self.count(m))
                     for label, m in medians if m is not None]  # fmt: skip
            said.append(self.fill(self.tr("On a typical logged night (median) the patient "
                                          "tapped: %1."), self.listing(items)))  # fmt: skip
        total = model.all_kinds.total if model.all_kinds else 0
        later = model.patterns.after_winddown_taps
        if total and later:
            said.append(self.fill(self.tr("%1 of the taps came after the wind-down (night "
                                          "wakings or the morning)."),
                                  self.percent(later / total)))  # fmt: skip
        elif total:
            said.append(self.tr("No tap came after the wind-down."))
        latency = model.all_kinds.latency_min.median if model.all_kinds else None
        if latency is not None:
            said.append(self.tr("The first tap came a median of %n minute(s) after lights-out.",
                                "", round(latency)))  # fmt: skip
        patterns = model.patterns
        if patterns.has_leg_kind:
            said.append(self.fill(
                self.tr("Periodic leg movements (runs of leg taps 5–90 s apart) on %1 of %n "
                        "logged night(s).", "", logged),
                self.integer(patterns.nights.get("periodic_leg_movements", 0))))  # fmt: skip
        if patterns.has_jerk_kind:
            said.append(self.fill(
                self.tr("Jerk series at sleep onset on %1 of %n logged night(s).", "", logged),
                self.integer(patterns.nights.get("jerk_series", 0))))  # fmt: skip
        for comp in model.comparisons:
            mine, other = comp.with_side.all_kinds, comp.without_side.all_kinds
            if not comp.comparable or mine is None or other is None:
                continue
            nights = (self.integer(comp.with_side.nights), self.integer(comp.without_side.nights))
            if comp.subject == Subject.MEDICATION:
                said.append(self.fill(
                    self.tr("Median taps a night with a dose of %1: %2, against %3 without "
                            "(nights: %4 and %5)."),
                    comp.name, self.count(mine), self.count(other), *nights))  # fmt: skip
            elif comp.subject == Subject.PERIOD:
                said.append(self.fill(
                    self.tr("Median taps a night in this period: %1, against %2 in the same "
                            "number of nights before it (logged nights: %3 and %4)."),
                    self.count(mine), self.count(other), *nights))  # fmt: skip
        onset = model.onset
        if onset is not None and onset.this.median is not None:
            said.append(self.fill(self.tr("Evening symptoms began at a median of %1."),
                                  self.clock(onset.this.median)))  # fmt: skip
        return " ".join(said)

    def methods_text(self) -> list[str]:
        """The methods: every figure's definition and the references, one paragraph each."""
        return [
            self.tr(
                "Patient-reported taps, not a PLM index and not a diagnosis; a bed partner's taps "
                "are counted apart. A night is the evening's date. A logged night has any tap or "
                "record; a quiet night (“nothing tonight”) counts as logged with zero taps."
            ),
            self.tr(
                "Wind-down: from lights-out (or the first tap) to the last tap before a gap of "
                "more than 60 minutes; per hour of it: its taps / its length (none under 10 "
                "minutes). Latency: minutes from lights-out to the first tap."
            ),
            self.tr(
                "Periodic leg movements (PLM-like), leg kinds only, after AASM: taps under 5 s "
                "apart are one movement; a run is 4 or more movements with every onset-to-onset "
                "interval within 5–90 s (WASM: every tap, 10–90 s). Jerk series: the 5–90 s rule "
                "over jerk kinds; not a PLM figure."
            ),
            self.tr(
                "Patterns describe; they do not diagnose. Isolated jerks, outside any series, as "
                "in hypnic jerks (ICSD-3, AASM 2014); jerk series starting in the wind-down, as "
                "described in propriospinal myoclonus at sleep onset (Montagna et al., Mov Disord "
                "1997); periodic leg movements, a 5–90 s leg run, as in PLM (AASM manual; WASM, "
                "Ferri et al., Sleep Med 2016); evening sensations, a sensation tap from 2 h "
                "before the wind-down to its end, as in restless legs (IRLSSG, Allen et al., "
                "Sleep Med 2014)."
            ),
            self.tr(
                "Medians (IQR: 25th–75th percentile) over logged nights need 3 or more; trend "
                "lines are rolling 7-night medians; comparisons need 3 or more nights a side."
            ),
            self.tr(
                "Morning diary (Consensus Sleep Diary, Carney et al., Sleep 2012): total sleep = "
                "final wake − tried to sleep − time to fall asleep − time awake; efficiency = "
                "total sleep / time in bed; quality 1 (very poor) to 5 (very good); answers that "
                "do not add up are left out."
            ),
            self.tr(
                "Rest test: sitting still in bed up to 60 minutes, tapping every movement and "
                "sensation (after the Suggested Immobilization Test), per hour of its real "
                "length. The SIT cut-off (>40 leg movements/h; Montplaisir et al., Mov Disord "
                "1998) is from EMG: not equivalent."
            ),
            self.tr(
                "Evening symptoms: when the patient noted they began. A question, not a finding: "
                "the IRLSSG criteria for augmentation (García-Borreguero et al., Sleep Med 2007) "
                "include onset 4 h or more earlier than before treatment, or 2–4 h earlier with "
                "other signs (less time at rest before symptoms, spread to other body parts, "
                "greater intensity, shorter relief). Is the onset here earlier than before "
                "treatment?"
            ),
        ]
