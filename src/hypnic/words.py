"""Words the domain keeps in English that people read: the built-in kinds' and tags' names,
marker shapes, colours and sleep-quality words, in the window's language or a summary's.

The store keeps a built-in kind's English name until the person renames it; until then it is
shown in the language of whoever reads it (a German window, a French summary). A name the
person gave is theirs and is never translated. Each word is marked here for the translations
(``QT_TRANSLATE_NOOP``); a test holds these tables to the domain's.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from hypnic.domain.kinds import Kind
from hypnic.domain.tags import Tag


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the translations under ``context`` (lupdate and
    scripts/translations.py read this name); returns it unchanged, typed as text."""
    return text


KINDS = "Kinds"
TAGS = "Tags"
SHAPES = "Shapes"
COLOURS = "Colours"
QUALITY = "SleepQuality"

# Medical words as patients and neurologists say them in each language (see the .ts files).
KIND_NAMES: dict[str, str] = {
    "jerk": QT_TRANSLATE_NOOP("Kinds", "Jerk"),
    "kick": QT_TRANSLATE_NOOP("Kinds", "Kick"),
    "deep_itch": QT_TRANSLATE_NOOP("Kinds", "Deep itch"),
    "eyelid_twitch": QT_TRANSLATE_NOOP("Kinds", "Eyelid twitch"),
    "hiccup": QT_TRANSLATE_NOOP("Kinds", "Hiccup"),
    "burning": QT_TRANSLATE_NOOP("Kinds", "Burning"),
    "creeping": QT_TRANSLATE_NOOP("Kinds", "Creeping"),
    "tugging": QT_TRANSLATE_NOOP("Kinds", "Tugging"),
    "crawling": QT_TRANSLATE_NOOP("Kinds", "Crawling"),
    "arm_jerk": QT_TRANSLATE_NOOP("Kinds", "Arm jerk"),
}
TAG_NAMES: dict[str, str] = {
    "caffeine_late": QT_TRANSLATE_NOOP("Tags", "Caffeine after 16:00"),
    "alcohol": QT_TRANSLATE_NOOP("Tags", "Alcohol"),
    "exercise": QT_TRANSLATE_NOOP("Tags", "Exercise"),
    "stress": QT_TRANSLATE_NOOP("Tags", "Stress"),
    "heat": QT_TRANSLATE_NOOP("Tags", "Heat"),
    "late_meal": QT_TRANSLATE_NOOP("Tags", "Late meal"),
}
SHAPE_NAMES: dict[str, str] = {
    "t": QT_TRANSLATE_NOOP("Shapes", "triangle"),
    "s": QT_TRANSLATE_NOOP("Shapes", "square"),
    "d": QT_TRANSLATE_NOOP("Shapes", "diamond"),
    "o": QT_TRANSLATE_NOOP("Shapes", "circle"),
    "star": QT_TRANSLATE_NOOP("Shapes", "star"),
    "p": QT_TRANSLATE_NOOP("Shapes", "pentagon"),
    "h": QT_TRANSLATE_NOOP("Shapes", "hexagon"),
    "t1": QT_TRANSLATE_NOOP("Shapes", "triangle down"),
    "+": QT_TRANSLATE_NOOP("Shapes", "plus"),
    "x": QT_TRANSLATE_NOOP("Shapes", "cross"),
}
COLOUR_NAMES: dict[str, str] = {
    "vermillion": QT_TRANSLATE_NOOP("Colours", "Vermillion"),
    "blue": QT_TRANSLATE_NOOP("Colours", "Blue"),
    "reddish_purple": QT_TRANSLATE_NOOP("Colours", "Reddish purple"),
    "orange": QT_TRANSLATE_NOOP("Colours", "Orange"),
    "sky_blue": QT_TRANSLATE_NOOP("Colours", "Sky blue"),
    "bluish_green": QT_TRANSLATE_NOOP("Colours", "Bluish green"),
    "yellow": QT_TRANSLATE_NOOP("Colours", "Yellow"),
    "grey": QT_TRANSLATE_NOOP("Colours", "Grey"),
}
QUALITY_WORDS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("SleepQuality", "very poor"),
    2: QT_TRANSLATE_NOOP("SleepQuality", "poor"),
    3: QT_TRANSLATE_NOOP("SleepQuality", "fair"),
    4: QT_TRANSLATE_NOOP("SleepQuality", "good"),
    5: QT_TRANSLATE_NOOP("SleepQuality", "very good"),
}


class Words(Protocol):
    """Where words come from: the window's installed translators, or a summary's catalogue
    (``hypnic.languages.Catalogue``)."""

    def text(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str: ...


def _translate(context: str, text: str, words: Words | None) -> str:
    if words is not None:
        return words.text(context, text)
    return QCoreApplication.translate(context, text)


def kind_label(kind: Kind, words: Words | None = None) -> str:
    """A kind's name: a built-in still under its English name is said in the language."""
    default = KIND_NAMES.get(kind.key)
    if kind.builtin and default is not None and kind.label == default:
        return _translate(KINDS, default, words)
    return kind.label


def stored_kind_label(kind: Kind) -> str:
    """The name to store for a kind shown by ``kind_label``: a built-in's own name in the
    language shown is stored as its English name, so it follows the language later."""
    default = KIND_NAMES.get(kind.key)
    if (
        kind.builtin
        and default is not None
        and kind.label == kind_label(kind.with_changes(label=default))
    ):
        return default
    return kind.label


def shown_kind(kind: Kind, words: Words | None = None) -> Kind:
    label = kind_label(kind, words)
    return kind if label == kind.label else kind.with_changes(label=label)


def tag_label(tag: Tag, words: Words | None = None) -> str:
    default = TAG_NAMES.get(tag.key)
    if tag.builtin and default is not None and tag.label == default:
        return _translate(TAGS, default, words)
    return tag.label


def shown_tag(tag: Tag, words: Words | None = None) -> Tag:
    label = tag_label(tag, words)
    return tag if label == tag.label else tag.with_changes(label=label)


def stored_tag_label(tag: Tag, label: str) -> str:
    """A built-in tag renamed to its own name in the language shown keeps its English name."""
    default = TAG_NAMES.get(tag.key)
    if tag.builtin and default is not None and label == _translate(TAGS, default, None):
        return default
    return label


def shape_name(shape: str, words: Words | None = None) -> str:
    name = SHAPE_NAMES.get(shape)
    return _translate(SHAPES, name, words) if name else shape


def colour_name(name: str, words: Words | None = None) -> str:
    text = COLOUR_NAMES.get(name)
    return _translate(COLOURS, text, words) if text else name


def quality_word(quality: int, words: Words | None = None) -> str:
    text = QUALITY_WORDS.get(quality)
    return _translate(QUALITY, text, words) if text else str(quality)


# The bedside help (F1): what Hypnic is for, and what each row's keys do, in the order of
# ``domain.bedside_keys.HELP_ROWS`` (a test holds them to the domain's words).
HELP = "BedsideKeys"
HELP_ABOUT = QT_TRANSLATE_NOOP(
    "BedsideKeys",
    "Hypnic logs the jerks, kicks and odd sensations that come while you fall asleep: one key or "
    "one tap each time. Next day you review the night; the summary is for your neurologist. "
    "Everything stays on this computer.",
)
HELP_DOES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("BedsideKeys", "jerk"),
    QT_TRANSLATE_NOOP("BedsideKeys", "leg kick"),
    QT_TRANSLATE_NOOP("BedsideKeys", "deep itch"),
    QT_TRANSLATE_NOOP(
        "BedsideKeys",
        "further kinds you switched on (eyelid twitch, hiccup, burning, your own …)",
    ),
    QT_TRANSLATE_NOOP("BedsideKeys", "lights out (now)"),
    QT_TRANSLATE_NOOP(
        "BedsideKeys",
        "nothing tonight: mark the night quiet (a tap later makes it not quiet again)",
    ),
    QT_TRANSLATE_NOOP("BedsideKeys", "undo the last tap (or dose, lights-out, quiet mark)"),
    QT_TRANSLATE_NOOP("BedsideKeys", "redo"),
    QT_TRANSLATE_NOOP(
        "BedsideKeys",
        "partner switch: taps count as the bed partner's until switched back",
    ),
    QT_TRANSLATE_NOOP("BedsideKeys", "log the usual bedtime doses (undo with Ctrl+Z like a tap)"),
    QT_TRANSLATE_NOOP("BedsideKeys", "tonight's tags, note and when the symptoms began"),
    QT_TRANSLATE_NOOP(
        "BedsideKeys",
        "this list of keys and what Hypnic is for (F1 or Escape closes it)",
    ),
    QT_TRANSLATE_NOOP("BedsideKeys", "full screen"),
    QT_TRANSLATE_NOOP(
        "BedsideKeys",
        "the other theme until the next automatic switch (again to go back)",
    ),
    QT_TRANSLATE_NOOP("BedsideKeys", "brighter, dimmer"),
    QT_TRANSLATE_NOOP(
        "BedsideKeys",
        "rest test: a dim timer for sitting still (Escape twice stops it early)",
    ),
    QT_TRANSLATE_NOOP(
        "BedsideKeys",
        "review a night, history, summary for the doctor, kinds & settings",
    ),
    QT_TRANSLATE_NOOP("BedsideKeys", "backups of the store"),
    QT_TRANSLATE_NOOP("BedsideKeys", "export, import, prepare for the clinic"),
    QT_TRANSLATE_NOOP(
        "BedsideKeys",
        "quit (if a tap could not be saved, you are offered a file to keep it in)",
    ),
)


def help_text(text: str) -> str:
    """A line of the bedside help (``HELP_ABOUT`` or one of ``HELP_DOES``) in the window's
    language."""
    return _translate(HELP, text, None)
