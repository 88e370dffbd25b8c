"""The bedside's keys: each belongs to one action, and a kind may take only a key none uses.
The window's help (F1) and the README's table (``scripts/readme_keys.py``) are written from
this list too.

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
    REST_TEST = "rest_test"
    BRIGHTER = "brighter"
    DIMMER = "dimmer"
    REVIEW = "review"
    HISTORY = "history"
    SUMMARY = "summary"
    SETTINGS = "settings"
    BACKUPS = "backups"
    EXPORT = "export"
    IMPORT = "import"
    CLINIC = "clinic"
    QUIT = "quit"


# The first key of each action is the one its label names.
BEDSIDE_KEYS: dict[BedsideAction, tuple[str, ...]] = {
    BedsideAction.UNDO: ("Backspace", "Ctrl+Z"),
    BedsideAction.REDO: ("Ctrl+Shift+Z", "Ctrl+Y"),
    BedsideAction.LIGHTS_OUT: ("L",),
    BedsideAction.BEDTIME_DOSE: ("D",),
    BedsideAction.TONIGHT: ("T",),
    BedsideAction.PARTNER: ("P",),
    BedsideAction.QUIET: ("N",),
    BedsideAction.HELP: ("F1",),
    BedsideAction.FULL_SCREEN: ("F11",),
    BedsideAction.THEME: ("Ctrl+T",),
    BedsideAction.REST_TEST: ("Ctrl+Shift+T",),
    BedsideAction.BRIGHTER: ("Ctrl+Up",),
    BedsideAction.DIMMER: ("Ctrl+Down",),
    BedsideAction.REVIEW: ("Ctrl+R",),
    BedsideAction.HISTORY: ("Ctrl+H",),
    BedsideAction.SUMMARY: ("Ctrl+P",),
    BedsideAction.SETTINGS: ("Ctrl+,",),
    BedsideAction.BACKUPS: ("Ctrl+Shift+B",),
    BedsideAction.EXPORT: ("Ctrl+E",),
    BedsideAction.IMPORT: ("Ctrl+I",),
    BedsideAction.CLINIC: ("Ctrl+Shift+P",),
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
    BedsideAction.REST_TEST: "the rest test",
    BedsideAction.BRIGHTER: "brighter",
    BedsideAction.DIMMER: "dimmer",
    BedsideAction.REVIEW: "review a night",
    BedsideAction.HISTORY: "the history",
    BedsideAction.SUMMARY: "the summary",
    BedsideAction.SETTINGS: "the settings",
    BedsideAction.BACKUPS: "the backups",
    BedsideAction.EXPORT: "export",
    BedsideAction.IMPORT: "import",
    BedsideAction.CLINIC: "preparing for the clinic",
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


# What the app is for, in the help's first lines.
ABOUT = (
    "Hypnic logs the jerks, kicks and odd sensations that come while you fall asleep: one key or "
    "one tap each time. Next day you review the night; the summary is for your neurologist. "
    "Everything stays on this computer."
)

_A = BedsideAction
# The help's rows after the kinds': the actions each row names, and what they do.
_HELP: tuple[tuple[tuple[BedsideAction, ...], str], ...] = (
    ((_A.LIGHTS_OUT,), "lights out (now)"),
    ((_A.QUIET,), "nothing tonight: mark the night quiet (a tap later makes it not quiet again)"),
    ((_A.UNDO,), "undo the last tap (or dose, lights-out, quiet mark)"),
    ((_A.REDO,), "redo"),
    ((_A.PARTNER,), "partner switch: taps count as the bed partner's until switched back"),
    ((_A.BEDTIME_DOSE,), "log the usual bedtime doses (undo with Ctrl+Z like a tap)"),
    ((_A.TONIGHT,), "tonight's tags, note and when the symptoms began"),
    ((_A.HELP,), "this list of keys and what Hypnic is for (F1 or Escape closes it)"),
    ((_A.FULL_SCREEN,), "full screen"),
    ((_A.THEME,), "the other theme until the next automatic switch (again to go back)"),
    ((_A.BRIGHTER, _A.DIMMER), "brighter, dimmer"),
    ((_A.REST_TEST,), "rest test: a dim timer for sitting still (Escape twice stops it early)"),
    (
        (_A.REVIEW, _A.HISTORY, _A.SUMMARY, _A.SETTINGS),
        "review a night, history, summary for the doctor, kinds & settings",
    ),
    ((_A.BACKUPS,), "backups of the store"),
    ((_A.EXPORT, _A.IMPORT, _A.CLINIC), "export, import, prepare for the clinic"),
    ((_A.QUIT,), "quit (if a tap could not be saved, you are offered a file to keep it in)"),
)

# The built-in kinds' default keys (the help also lists the keys of the kinds switched on).
_KIND_ROWS: tuple[tuple[str, str], ...] = (
    ("J or 1", "jerk"),
    ("K or 2", "leg kick"),
    ("I or 3", "deep itch"),
    ("4 … 9", "further kinds you switched on (eyelid twitch, hiccup, burning, your own …)"),
)


def _keys_text(actions: tuple[BedsideAction, ...]) -> str:
    if len(actions) == 1:
        return " or ".join(BEDSIDE_KEYS[actions[0]])
    return ", ".join(BEDSIDE_KEYS[a][0] for a in actions)


# (keys as a person presses them, what they do): the help's table and the README's.
HELP_ROWS: tuple[tuple[str, str], ...] = _KIND_ROWS + tuple(
    (_keys_text(actions), does) for actions, does in _HELP
)


def helped_actions() -> set[BedsideAction]:
    """The actions the help names (a test checks that it names every one)."""
    return {a for actions, _ in _HELP for a in actions}


def markdown_table() -> str:
    """The README's table of bedside keys."""
    rows = ["| key | does |", "| --- | --- |"]
    for keys, does in HELP_ROWS:
        shown = " or ".join(
            ", ".join(f"`{k.strip()}`" for k in part.split(", ")) for part in keys.split(" or ")
        )
        rows.append(f"| {shown} | {does} |")
    return "\n".join(rows)
