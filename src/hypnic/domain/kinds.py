"""Kinds of event: the built-in ones, the presets, colours and marker shapes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from hypnic.domain.bedside_keys import why_taken

# Okabe & Ito (2008), "Color Universal Design": safe for the common colour-vision deficiencies.
OKABE_ITO: dict[str, str] = {
    "vermillion": "#D55E00",
    "blue": "#0072B2",
    "reddish_purple": "#CC79A7",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "grey": "#999999",
}

# Marker shapes, named as pyqtgraph names its symbols, so charts and buttons agree.
SHAPES: tuple[str, ...] = ("t", "s", "d", "o", "star", "p", "h", "t1", "+", "x")
SHAPE_NAMES: dict[str, str] = {
    "t": "triangle",
    "s": "square",
    "d": "diamond",
    "o": "circle",
    "star": "star",
    "p": "pentagon",
    "h": "hexagon",
    "t1": "triangle down",
    "+": "plus",
    "x": "cross",
}

_KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


class KindGroup(StrEnum):
    """What the analysis makes of a kind (DESIGN section 2): leg movements make the PLM-like
    periodic runs, jerks make jerk series, sensations count towards evening sensations."""

    LEG = "leg"
    JERK = "jerk"
    SENSATION = "sensation"
    OTHER = "other"


# The group of each built-in kind and preset, by key (DESIGN section 2). Store migration 3 and
# the version-1 JSON import set the same groups; keep them in step.
BUILTIN_GROUPS: dict[str, KindGroup] = {
    "jerk": KindGroup.JERK,
    "kick": KindGroup.LEG,
    "deep_itch": KindGroup.SENSATION,
    "eyelid_twitch": KindGroup.OTHER,
    "hiccup": KindGroup.OTHER,
    "burning": KindGroup.SENSATION,
    "creeping": KindGroup.SENSATION,
    "tugging": KindGroup.SENSATION,
    "crawling": KindGroup.SENSATION,
    "arm_jerk": KindGroup.JERK,
}


def builtin_group(key: str) -> KindGroup:
    """The group a kind gets by its key alone: a built-in's or preset's, else ``other``."""
    return BUILTIN_GROUPS.get(key, KindGroup.OTHER)


@dataclass(frozen=True, slots=True)
class Kind:
    """What happened: a jerk, a kick, a deep itch, or a kind the user made.

    ``group`` decides how the analysis treats its taps; a user's own kind is ``other`` until
    the user picks another group.
    """

    key: str
    label: str
    colour: str
    shape: str
    group: KindGroup = KindGroup.OTHER
    enabled: bool = True
    archived: bool = False
    position: int = 0
    keys: tuple[str, ...] = field(default_factory=tuple)
    builtin: bool = False

    def with_changes(self, **changes: object) -> Kind:
        return replace(self, **changes)  # type: ignore[arg-type]


def _k(key: str, label: str, colour: str, shape: str, position: int, *, on: bool) -> Kind:
    return Kind(
        key=key,
        label=label,
        colour=OKABE_ITO[colour],
        shape=shape,
        group=BUILTIN_GROUPS[key],
        enabled=on,
        position=position,
        builtin=True,
    )


BUILTIN_KINDS: tuple[Kind, ...] = (
    _k("jerk", "Jerk", "vermillion", "t", 0, on=True),
    _k("kick", "Kick", "blue", "s", 1, on=True),
    _k("deep_itch", "Deep itch", "reddish_purple", "d", 2, on=True),
    _k("eyelid_twitch", "Eyelid twitch", "orange", "o", 3, on=False),
    _k("hiccup", "Hiccup", "sky_blue", "star", 4, on=False),
    _k("burning", "Burning", "bluish_green", "p", 5, on=False),
    _k("creeping", "Creeping", "yellow", "h", 6, on=False),
    _k("tugging", "Tugging", "grey", "t1", 7, on=False),
    _k("crawling", "Crawling", "orange", "+", 8, on=False),
    _k("arm_jerk", "Arm jerk", "sky_blue", "x", 9, on=False),
)


def kind_groups(kinds: Iterable[Kind]) -> dict[str, KindGroup]:
    """Each kind's group by key, for the analysis."""
    return {k.key: k.group for k in kinds}


def keys_in_group(groups: Mapping[str, KindGroup], group: KindGroup) -> frozenset[str]:
    """The kind keys of one group (a key missing from ``groups`` is in none)."""
    return frozenset(key for key, g in groups.items() if g == group)


# Fixed keys for the three defaults; 4-9 go to further enabled kinds in order.
DEFAULT_KEYS: dict[str, tuple[str, ...]] = {
    "jerk": ("J", "1"),
    "kick": ("K", "2"),
    "deep_itch": ("I", "3"),
}


def valid_kind_key(key: str) -> bool:
    """A kind's key is lower-case ASCII, digits and underscores, starting with a letter."""
    return bool(_KEY_RE.match(key))


def key_from_label(label: str) -> str:
    """Derive a kind key from a label the user typed ("Toe curl" -> "toe_curl")."""
    slug = re.sub(r"[^a-z0-9]+", "_", label.strip().lower()).strip("_")
    if not slug or not slug[0].isalpha():
        slug = f"kind_{slug}".strip("_")
    return slug[:40]


def shortcut_keys(kinds: list[Kind]) -> dict[str, str]:
    """Map each key to the kind key it logs, for the enabled, unarchived kinds in order.

    J/K/I and 1/2/3 stay with jerk, kick and deep itch; 4-9 go to the next enabled kinds;
    a key the user bound (never a digit or a bedside action's key) wins over a default key.
    """
    active = sorted((k for k in kinds if k.enabled and not k.archived), key=lambda k: k.position)
    mapping: dict[str, str] = {}
    for kind in active:
        for key in DEFAULT_KEYS.get(kind.key, ()):
            mapping[key] = kind.key
    digits = iter("456789")
    for kind in active:
        if kind.key in DEFAULT_KEYS:
            continue
        digit = next(digits, None)
        if digit is None:
            break
        mapping[digit] = kind.key
    for kind in active:
        # A key bound before it became a bedside action's (T, N, a digit…) is not a kind's:
        # bound twice, Qt would run neither.
        for key in (k for k in kind.keys if why_taken(k) is None):
            mapping[key] = kind.key
    return mapping


def new_kind(key: str, label: str, existing: Sequence[Kind]) -> Kind:
    """A new kind of the user's own (from the settings or an import), after the others, with
    the first Okabe–Ito colour and marker shape no active kind uses (the least used when all
    are taken): one rule wherever a kind is made."""
    active = [k for k in existing if k.enabled and not k.archived]
    colours = Counter(k.colour.upper() for k in active)
    shapes = Counter(k.shape for k in active)
    colour = min(OKABE_ITO.values(), key=lambda c: colours[c.upper()])
    shape = min(SHAPES, key=lambda s: shapes[s])
    position = max((k.position for k in existing), default=-1) + 1
    return Kind(
        key=key, label=label, colour=colour, shape=shape, group=builtin_group(key),
        position=position,
    )  # fmt: skip


def unique_key(label: str, taken: Iterable[str]) -> str:
    """A kind key from a label ("Toe curl" -> "toe_curl"), made unique among ``taken``."""
    used = set(taken)
    key = base = key_from_label(label)
    n = 2
    while key in used:
        key, n = f"{base}_{n}", n + 1
    return key
