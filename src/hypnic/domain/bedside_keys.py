"""Every bedside key and what it does: the one list that the window's help (F1) shows and the
README's table is written from (``scripts/readme_keys.py``; a test compares the two)."""

from __future__ import annotations

# (keys as a person presses them, what they do). Markdown backticks are added by the README
# writer; the help shows the keys as they are. Kinds' keys are the defaults: the help also
# shows the keys bound to the kinds switched on, and each button shows its own.
BEDSIDE_KEYS: tuple[tuple[str, str], ...] = (
    ("J or 1", "jerk"),
    ("K or 2", "leg kick"),
    ("I or 3", "deep itch"),
    ("4 … 9", "further kinds you switched on (eyelid twitch, hiccup, burning, your own …)"),
    ("L", "lights out (now)"),
    ("N", "nothing tonight: mark the night quiet (a tap later makes it not quiet again)"),
    ("Ctrl+Z or Backspace", "undo the last tap (or dose, lights-out, quiet mark)"),
    ("Ctrl+Shift+Z or Ctrl+Y", "redo"),
    ("P", "partner switch: taps count as the bed partner's until switched back"),
    ("D", "log the usual bedtime doses (undo with Ctrl+Z like a tap)"),
    ("T", "tonight's tags, note and when the symptoms began"),
    ("F1", "this list of keys and what Hypnic is for (F1 or Escape closes it)"),
    ("F11", "full screen"),
    ("Ctrl+T", "rest test: a dim timer for sitting still (Escape twice stops it early)"),
    (
        "Ctrl+R, Ctrl+H, Ctrl+P, Ctrl+,",
        "review a night, history, summary for the doctor, kinds & settings",
    ),
    ("Ctrl+Shift+B", "backups of the store"),
    ("Ctrl+Q", "quit (if a tap could not be saved, you are offered a file to keep it in)"),
)

# What the app is for, in the help's first lines.
ABOUT = (
    "Hypnic logs the jerks, kicks and odd sensations that come while you fall asleep: one key or "
    "one tap each time. Next day you review the night; the summary is for your neurologist. "
    "Everything stays on this computer."
)


def markdown_table() -> str:
    """The README's table of bedside keys."""
    rows = ["| key | does |", "| --- | --- |"]
    for keys, does in BEDSIDE_KEYS:
        shown = " or ".join(
            ", ".join(f"`{k.strip()}`" for k in part.split(", ")) for part in keys.split(" or ")
        )
        rows.append(f"| {shown} | {does} |")
    return "\n".join(rows)
