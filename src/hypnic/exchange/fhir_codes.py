"""The codes the FHIR export uses, each with where it comes from (README, "FHIR export").

A standard code is used only where it says what the patient recorded; otherwise Hypnic's own
code system carries the kind's key or the diary item, with its label as display and text, so
nothing is claimed that the patient did not report.
"""

from __future__ import annotations

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
# The HL7 Symptoms implementation guide (hl7.org/fhir/uv/symptoms) puts a symptom observation
# in the category "symptom" of this code system.
SYMPTOM_CATEGORY = "http://hl7.org/fhir/uv/symptoms/CodeSystem/SymptomTemporary"
HYPNIC_KIND = "https://hypnic.org/fhir/CodeSystem/kind"
HYPNIC_DIARY = "https://hypnic.org/fhir/CodeSystem/diary"

# LOINC 75325-1 "Symptom": the code of the Symptoms guide's symptom observation.
SYMPTOM = (LOINC, "75325-1", "Symptom")

# Built-in kinds with a SNOMED CT finding that says the same thing (preferred terms). A hypnic
# jerk is a myoclonic jerk at sleep onset, so "jerk" and "arm_jerk" are Myoclonus. Deliberately
# not coded: "kick" (one leg kick is not periodic limb movements, a polysomnographic finding),
# "deep_itch" (an itch deep in the bone is not the skin's itching, 418290006), and
# "eyelid_twitch", "creeping", "tugging", "crawling" (no concept found in a public FHIR source to
# confirm its identifier): they carry Hypnic's code and the kind's label.
KIND_SNOMED: dict[str, tuple[str, str]] = {
    "jerk": ("17450006", "Myoclonus"),
    "arm_jerk": ("17450006", "Myoclonus"),
    "hiccup": ("65958008", "Hiccoughs"),
    "burning": ("90673000", "Burning sensation"),
}

# A bed partner who logs what they saw: v3 RoleCode SIGOTHR "significant other" (a spouse or
# one in a similar relationship), the code FHIR's own RelatedPerson example uses.
BED_PARTNER = (ROLE_CODE, "SIGOTHR", "significant other")

# LOINC 93832-4 "Sleep duration" for total sleep time (from the morning answers, DESIGN 6).
SLEEP_DURATION = (LOINC, "93832-4", "Sleep duration")

# The morning answers (Consensus Sleep Diary core items). LOINC has no code for one night's
# answers to these questions (its sleep-quality item, 61987-4, is PROMIS's "past 7 days"), so
# they carry Hypnic's code: (field, code, display).
DIARY_ITEMS: tuple[tuple[str, str, str], ...] = (
    ("bed_time", "bed-time", "Time got into bed"),
    ("tried_sleep_time", "tried-to-sleep-time", "Time tried to fall asleep"),
    ("sleep_latency_min", "sleep-onset-latency", "Minutes to fall asleep"),
    ("awakenings", "awakenings", "Times woken during the night"),
    ("wake_after_sleep_onset_min", "wake-after-sleep-onset", "Minutes awake after falling asleep"),
    ("final_wake_time", "final-wake-time", "Time of final awakening"),
    ("out_of_bed_time", "out-of-bed-time", "Time got out of bed"),
    ("quality", "sleep-quality", "Sleep quality, 1 (very poor) to 5 (very good)"),
    ("comments", "comments", "Comments on the night"),
)

# The units a dose is given in (domain.medications suggests mg, g, mL and drops; any text is
# accepted): their UCUM codes. A unit not listed (a tablet, a puff) is kept as text only.
UCUM_UNITS: dict[str, str] = {
    "mg": "mg",
    "g": "g",
    "mcg": "ug",
    "µg": "ug",  # micro sign
    "μg": "ug",  # Greek mu
    "ug": "ug",
    "ml": "mL",
    "l": "L",
    "drop": "[drp]",
    "drops": "[drp]",
    "gtt": "[drp]",
    "iu": "[iU]",
}
