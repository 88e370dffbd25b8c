"""The bedside's keys: each belongs to one action, and a kind may take only a key none uses.

DESIGN section 2: a key bound to a kind can never be one that another kind or a bedside action
already uses. This is the one list: the window binds its actions from it and the key check of
``operations.kinds`` refuses every key in it. Keys are spelt as Qt's ``QKeySequence`` writes
them (``"Esc"``, not ``"Escape"``), which is what the key-capture field hands over.
"""

from __future__ import annotations

from enum import StrEnum


class BedsideAction(StrEnum):
    """Everything the bedside window does from a key, apart from logging a kind."""

    UNDO = "undo"
    REDO = "redo"
    LIGHTS_OUT = "lights_out"
    BEDTIME_DOSE = "bedtime_dose"
    TONIGHT = "tonight"
    PARTNER = "partner"
    QUIET = "quiet"
    HELP = "help"
    FULL_SCREEN = "full_screen"
    THEME = "theme"
    BRIGHTER = "brighter"
    DIMMER = "dimmer"
    REVIEW = "review"
    HISTORY = "history"
    SUMMARY = "summary"
    SETTINGS = "settings"
    BACKUPS = "backups"
    QUIT = "quit"


# The first key of each action is the one its label names.
BEDSIDE_KEYS: dict[BedsideAction, tuple[str, ...]] = {
    BedsideAction.UNDO: ("Backspace", "Ctrl+Z"),
    BedsideAction.REDO: ("Ctrl+Shift+Z", "Ctrl+Y"),
    BedsideAction.LIGHTS_OUT: ("L",),
    BedsideAction.BEDTIME_DOSE: ("D",),
    BedsideAction.TONIGHT: ("T",),
    BedsideAction.PARTNER: ("P",),
    # "Nothing tonight" and the keys' help (DESIGN section 11), kept for them before they come.
    BedsideAction.QUIET: ("N",),
    BedsideAction.HELP: ("F1",),
    BedsideAction.FULL_SCREEN: ("F11",),
    BedsideAction.THEME: ("Ctrl+T",),
    BedsideAction.BRIGHTER: ("Ctrl+Up",),
    BedsideAction.DIMMER: ("Ctrl+Down",),
    BedsideAction.REVIEW: ("Ctrl+R",),
    BedsideAction.HISTORY: ("Ctrl+H",),
    BedsideAction.SUMMARY: ("Ctrl+P",),
    BedsideAction.SETTINGS: ("Ctrl+,",),
    BedsideAction.BACKUPS: ("Ctrl+Shift+B",),
    BedsideAction.QUIT: ("Ctrl+Q",),
}

# What each action is called when a key is refused ("The key T is taken: tonight's tags…").
ACTION_NAMES: dict[BedsideAction, str] = {
    BedsideAction.UNDO: "undo",
    BedsideAction.REDO: "redo",
    BedsideAction.LIGHTS_OUT: "lights-out",
    BedsideAction.BEDTIME_DOSE: "the bedtime dose",
    BedsideAction.TONIGHT: "tonight's tags and note",
    BedsideAction.PARTNER: "partner logging",
    BedsideAction.QUIET: "nothing tonight",
    BedsideAction.HELP: "the keys' help",
    BedsideAction.FULL_SCREEN: "full screen",
    BedsideAction.THEME: "the theme",
    BedsideAction.BRIGHTER: "brighter",
    BedsideAction.DIMMER: "dimmer",
    BedsideAction.REVIEW: "review a night",
    BedsideAction.HISTORY: "the history",
    BedsideAction.SUMMARY: "the summary",
    BedsideAction.SETTINGS: "the settings",
    BedsideAction.BACKUPS: "the backups",
    BedsideAction.QUIT: "quit",
}

# No action is bound to these, yet no kind may take them: they move the focus, press the
# focused control, close or cancel; the digits are the kinds' own keys, by position (1-9).
KEPT_FREE: dict[str, str] = {
    "Esc": "closing and cancelling",
    "Space": "pressing the focused control",
    "Return": "pressing the focused control",
    "Enter": "pressing the focused control",
    "Tab": "moving the focus",
    "Backtab": "moving the focus",
    **{digit: "the kinds, by their place" for digit in "0123456789"},
}

# Other spellings of the same keys (a typed value, an old settings file).
_ALIASES = {"ESCAPE": "Esc", "BACKSPACE": "Backspace", "SPACE": "Space", "RETURN": "Return",
            "ENTER": "Enter", "TAB": "Tab", "BACKTAB": "Backtab", "ESC": "Esc"}  # fmt: skip


def normalise_key(text: str) -> str:
    """One key as Qt writes it: a letter upper-case, "escape" as "Esc", "f5" as "F5"."""
    text = text.strip()
    if len(text) == 1:
        return text.upper()
    upper = text.upper()
    if upper in _ALIASES:
        return _ALIASES[upper]
    if upper[:1] == "F" and upper[1:].isdigit():
        return upper
    return text


def action_of(key: str) -> BedsideAction | None:
    """The bedside action bound to ``key``, if any."""
    wanted = normalise_key(key)
    for action, keys in BEDSIDE_KEYS.items():
        if wanted in keys:
            return action
    return None


def why_taken(key: str) -> str | None:
    """What ``key`` already does at the bedside (for the refusal), or None when it is free."""
    wanted = normalise_key(key)
    action = action_of(wanted)
    if action is not None:
        return ACTION_NAMES[action]
    return KEPT_FREE.get(wanted)


def keys_of(action: BedsideAction) -> tuple[str, ...]:
    return BEDSIDE_KEYS[action]
