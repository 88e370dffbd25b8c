"""Evening context tags for a night: the built-in ones and the user's own."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

from hypnic.domain.errors import InputError

_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_LABEL = 40


@dataclass(frozen=True, slots=True)
class Tag:
    """A context tag: a stable key (stored with nights and exported) and the label shown."""

    key: str
    label: str
    builtin: bool = False
    position: int = 0
    archived: bool = False

    def with_changes(self, **changes: object) -> Tag:
        return replace(self, **changes)  # type: ignore[arg-type]


# What neurologists ask about for sleep-onset jerks and restless legs: stimulants, alcohol,
# exertion, stress, a hot room, a late heavy meal. Migration 2 stores these; keep them in step.
DEFAULT_TAGS: tuple[Tag, ...] = (
    Tag("caffeine_late", "Caffeine after 16:00", builtin=True, position=0),
    Tag("alcohol", "Alcohol", builtin=True, position=1),
    Tag("exercise", "Exercise", builtin=True, position=2),
    Tag("stress", "Stress", builtin=True, position=3),
    Tag("heat", "Heat", builtin=True, position=4),
    Tag("late_meal", "Late meal", builtin=True, position=5),
)


def valid_tag_key(key: str) -> bool:
    return bool(_KEY.match(key))


def clean_label(label: str, *, field: str = "label") -> str:
    text = " ".join(label.split())
    if not text:
        raise InputError("is empty; give the tag a name, e.g. Late nap", field=field)
    if len(text) > MAX_LABEL:
        raise InputError(f"is longer than {MAX_LABEL} characters", field=field)
    return text


def key_for_label(label: str, taken: Iterable[str]) -> str:
    """A new key for a user's tag from its label ('Late nap' → 'late_nap'), unique in ``taken``."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:30] or "tag"
    if not base[0].isalpha():
        base = f"tag_{base}"[:30]
    used = set(taken)
    key, n = base, 2
    while key in used:
        key, n = f"{base}_{n}", n + 1
    return key


def new_user_tag(label: str, existing: Iterable[Tag]) -> Tag:
    """A user's tag placed after the others, its key made from the label."""
    tags = list(existing)
    text = clean_label(label)
    position = max((t.position for t in tags), default=-1) + 1
    return Tag(key_for_label(text, (t.key for t in tags)), text, position=position)
