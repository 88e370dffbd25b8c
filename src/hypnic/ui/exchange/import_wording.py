"""An import's preview (and its result) in plain words: what would be added, what is already
there and skipped, one sentence or list item each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hypnic.services.exchange import FileFormat, HypnicCounts, ImportPreview, SleepCounts


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


# The settings a Hypnic backup can carry, as a person knows them.
_SETTING_WORDS = {
    "day_boundary": QT_TRANSLATE_NOOP("ImportWording", "the day boundary"),
    "patient_name": QT_TRANSLATE_NOOP("ImportWording", "your name"),
    "patient_birth": QT_TRANSLATE_NOOP("ImportWording", "your date of birth"),
}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ImportWording", text, None, n)


def _counted(*lines: str | int) -> list[str]:
    """The lines whose count is not zero (each written ``count and _tr("%n …", count)``, so
    every text stays a literal the translation tools can find)."""
    return [line for line in lines if isinstance(line, str)]


def _names(items: tuple[str, ...], shown: int = 6) -> str:
    if len(items) <= shown:
        return ", ".join(items)
    return _tr("%1 and %n more", len(items) - shown).replace("%1", ", ".join(items[:shown]))


def what_file(preview: ImportPreview) -> str:
    """'/path/backup.json is a Hypnic backup (JSON), found from what the file holds.' (the
    file named, as a refusal names it: the person sees which file they chose)."""
    found = {
        FileFormat.HYPNIC_JSON: _tr("%1 is a Hypnic backup (JSON)."),
        FileFormat.HYPNIC_CSV: _tr("%1 is a Hypnic table of events (CSV)."),
        FileFormat.SLEEP_AS_ANDROID: _tr("%1 is a Sleep as Android export (CSV)."),
    }[preview.format]
    if preview.detected:
        found = {
            FileFormat.HYPNIC_JSON: _tr(
                "%1 is a Hypnic backup (JSON), found from what the file holds."
            ),
            FileFormat.HYPNIC_CSV: _tr(
                "%1 is a Hypnic table of events (CSV), found from what the file holds."
            ),
            FileFormat.SLEEP_AS_ANDROID: _tr(
                "%1 is a Sleep as Android export (CSV), found from what the file holds."
            ),
        }[preview.format]
    return found.replace("%1", str(preview.file))


def preview_text(preview: ImportPreview, *, done: bool = False) -> str:
    """The whole preview (or, once imported, what was added) as lines of plain text."""
    if preview.sleep is not None:
        added, kept = _sleep_lines(preview.sleep)
    else:
        added, kept = _hypnic_lines(preview.hypnic or HypnicCounts())
    lines = [what_file(preview)]
    if preview.sleep is not None:
        lines.append(_tr("It holds %n sleep record(s).", preview.sleep.records))
    lines.append("")
    if not preview.changes_anything:
        lines.append(
            _tr("Everything in it is already in Hypnic: nothing was added.")
            if done
            else _tr("Everything in it is already in Hypnic: importing it would change nothing.")
        )
    elif added:
        lines.append(_tr("Added:") if done else _tr("Importing it would add:"))
        lines += [f"  • {line}" for line in added]
    if kept:
        lines += ["", _tr("Already in Hypnic, so left as it is:")]
        lines += [f"  • {line}" for line in kept]
    return "\n".join(lines)


def _hypnic_lines(c: HypnicCounts) -> tuple[list[str], list[str]]:
    added = _counted(
        c.events and _tr("%n event(s)", c.events),
        c.doses and _tr("%n dose(s)", c.doses),
        c.night_records and _tr("the lights-out, times and notes of %n night(s)", c.night_records),
        c.tagged_nights and _tr("the tags of %n night(s)", c.tagged_nights),
        c.diary and _tr("the morning diary of %n night(s)", c.diary),
        c.rest_tests and _tr("%n rest test(s)", c.rest_tests),
    )
    lists = (
        (c.new_kinds, _tr("%n new kind(s): %1", len(c.new_kinds))),
        (
            c.updated_kinds,
            _tr("%n kind(s) as the file names and colours them: %1", len(c.updated_kinds)),
        ),
        (c.new_medications, _tr("%n new medication(s): %1", len(c.new_medications))),
        (c.new_tags, _tr("%n new tag(s): %1", len(c.new_tags))),
    )
    added += [text.replace("%1", _names(names)) for names, text in lists if names]
    if c.settings:
        words = tuple(
            QCoreApplication.translate("ImportWording", _SETTING_WORDS.get(key, key))
            for key in c.settings
        )
        added.append(_tr("the file's settings: %1").replace("%1", _names(words)))
    kept = _counted(
        c.events_present and _tr("%n event(s) (skipped)", c.events_present),
        c.doses_present and _tr("%n dose(s) (skipped)", c.doses_present),
        c.night_records_present
        and _tr("the records of %n night(s) (kept as they are)", c.night_records_present),
        c.context_present
        and _tr("the tags or diary of %n night(s) (kept as they are)", c.context_present),
        c.rest_tests_present and _tr("%n rest test(s) (skipped)", c.rest_tests_present),
    )
    return added, kept


def _sleep_lines(c: SleepCounts) -> tuple[list[str], list[str]]:
    added = _counted(
        c.lights_out_set and _tr("lights-out on %n night(s)", c.lights_out_set),
        c.notes_set and _tr("the comment as the note of %n night(s)", c.notes_set),
        c.notes_added_below
        and _tr("the comment below the note already on %n night(s)", c.notes_added_below),
        c.tagged_nights and _tr("tags on %n night(s)", c.tagged_nights),
    )
    if c.new_tags:
        added.append(_tr("%n new tag(s): %1", len(c.new_tags)).replace("%1", _names(c.new_tags)))
    kept = _counted(
        c.lights_out_kept
        and _tr("the lights-out already recorded on %n night(s)", c.lights_out_kept),
        c.unchanged and _tr("%n night(s) already up to date", c.unchanged),
    )
    return added, kept


def unknown_kinds_text(keys: tuple[str, ...]) -> str:
    """The offer to add kinds the store lacks (the command line's --add-kinds)."""
    return _tr("&Add the kind(s) this file uses that are not in your list: %1", len(keys)).replace(
        "%1", _names(keys)
    )
