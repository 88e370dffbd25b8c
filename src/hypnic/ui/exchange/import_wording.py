"""An import's preview (and its result) in plain words: what would be added, what is already
there and skipped, one sentence or list item each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hypnic.services.exchange import FileFormat, HypnicCounts, ImportPreview, SleepCounts

_CONTEXT = "ImportWording"
# The settings a Hypnic backup can carry, as a person knows them.
_SETTING_WORDS = {
    "day_boundary": "the day boundary",
    "patient_name": "your name",
    "patient_birth": "your date of birth",
}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


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
    added: list[str] = []
    items: tuple[tuple[int, str], ...] = (
        (c.events, "%n event(s)"),
        (c.doses, "%n dose(s)"),
        (c.night_records, "the lights-out, times and notes of %n night(s)"),
        (c.tagged_nights, "the tags of %n night(s)"),
        (c.diary, "the morning diary of %n night(s)"),
        (c.rest_tests, "%n rest test(s)"),
    )
    added += [_tr(text, n) for n, text in items if n]
    lists: tuple[tuple[tuple[str, ...], str], ...] = (
        (c.new_kinds, "%n new kind(s): %1"),
        (c.updated_kinds, "%n kind(s) as the file names and colours them: %1"),
        (c.new_medications, "%n new medication(s): %1"),
        (c.new_tags, "%n new tag(s): %1"),
    )
    added += [_tr(text, len(names)).replace("%1", _names(names)) for names, text in lists if names]
    if c.settings:
        words = tuple(_tr(_SETTING_WORDS.get(key, key)) for key in c.settings)
        added.append(_tr("the file's settings: %1").replace("%1", _names(words)))
    kept_items: tuple[tuple[int, str], ...] = (
        (c.events_present, "%n event(s) (skipped)"),
        (c.doses_present, "%n dose(s) (skipped)"),
        (c.night_records_present, "the records of %n night(s) (kept as they are)"),
        (c.context_present, "the tags or diary of %n night(s) (kept as they are)"),
        (c.rest_tests_present, "%n rest test(s) (skipped)"),
    )
    kept = [_tr(text, n) for n, text in kept_items if n]
    return added, kept


def _sleep_lines(c: SleepCounts) -> tuple[list[str], list[str]]:
    items: tuple[tuple[int, str], ...] = (
        (c.lights_out_set, "lights-out on %n night(s)"),
        (c.notes_set, "the comment as the note of %n night(s)"),
        (c.notes_added_below, "the comment below the note already on %n night(s)"),
        (c.tagged_nights, "tags on %n night(s)"),
    )
    added = [_tr(text, n) for n, text in items if n]
    if c.new_tags:
        added.append(_tr("%n new tag(s): %1", len(c.new_tags)).replace("%1", _names(c.new_tags)))
    kept_items: tuple[tuple[int, str], ...] = (
        (c.lights_out_kept, "the lights-out already recorded on %n night(s)"),
        (c.unchanged, "%n night(s) already up to date"),
    )
    kept = [_tr(text, n) for n, text in kept_items if n]
    return added, kept


def unknown_kinds_text(keys: tuple[str, ...]) -> str:
    """The offer to add kinds the store lacks (the command line's --add-kinds)."""
    return _tr("&Add the kind(s) this file uses that are not in your list: %1", len(keys)).replace(
        "%1", _names(keys)
    )
