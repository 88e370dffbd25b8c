"""The kinds: add, rename, recolour, reshape, bind a key, reorder, switch on, archive, delete."""

from __future__ import annotations

from hypnic.domain.bedside_keys import normalise_key, why_taken
from hypnic.domain.changes import Changes
from hypnic.domain.errors import InputError
from hypnic.domain.kinds import (
    DEFAULT_KEYS,
    SHAPES,
    Kind,
    KindGroup,
    new_kind,
    unique_key,
)
from hypnic.store import Store

_KINDS = Changes(kinds=True)


def require_kind(store: Store, key: str) -> Kind:
    kind = store.kinds.get(key)
    if kind is None:
        raise InputError(f"There is no kind '{key}'", field="kind")
    return kind


def save_kind(store: Store, kind: Kind) -> Changes:
    """Store an edited kind after checking its label, colour, shape and keys."""
    if not kind.label.strip():
        raise InputError("A kind needs a name", field="name")
    if kind.shape not in SHAPES:
        raise InputError(f"Unknown marker shape '{kind.shape}'", field="shape")
    if not _is_colour(kind.colour):
        raise InputError(f"'{kind.colour}' is not a colour like #D55E00", field="colour")
    others = [k for k in store.kinds.all() if k.key != kind.key]
    twin = next((k for k in others if k.label.casefold() == kind.label.strip().casefold()), None)
    if twin is not None:
        raise InputError(f"There is already a kind called {twin.label}", field="name")
    for key in kind.keys:
        check_key(key, others)
    store.kinds.save(kind.with_changes(label=kind.label.strip()))
    return _KINDS


def add_kind(store: Store, label: str, group: KindGroup = KindGroup.OTHER) -> tuple[Kind, Changes]:
    """A kind of the user's own in ``group``, with the look every new kind gets
    (``domain.kinds.new_kind``)."""
    existing = store.kinds.all()
    kind = new_kind(unique_key(label, (k.key for k in existing)), label.strip(), existing)
    kind = kind.with_changes(group=KindGroup(group))
    return kind, save_kind(store, kind)


def set_group(store: Store, key: str, group: KindGroup) -> Changes:
    """Put a kind of the user's own in another group; a built-in's group is fixed (the
    analysis of DESIGN section 6 counts on it)."""
    kind = require_kind(store, key)
    if kind.builtin:
        raise InputError(f"{kind.label} is built in: its group stays {kind.group}", field="group")
    return save_kind(store, kind.with_changes(group=KindGroup(group)))


def bind_key(store: Store, key: str, shortcut: str | None) -> Changes:
    """Bind one key (like "F" or "F5") to the kind, replacing its own; ``None`` unbinds."""
    text = (shortcut or "").strip()
    keys = (normalise_key(text),) if text else ()
    return save_kind(store, require_kind(store, key).with_changes(keys=keys))


def can_delete(store: Store, key: str) -> bool:
    """Only a kind of the user's own that never had an event may be deleted."""
    kind = store.kinds.get(key)
    return kind is not None and not kind.builtin and not store.kinds.has_events(key)


def delete_kind(store: Store, key: str) -> Changes:
    """Delete an unused kind of the user's own; anything else is archived instead."""
    if not can_delete(store, key):
        raise InputError(
            f"{require_kind(store, key).label} has events or is built in: archive it instead",
            field="kind",
        )
    store.kinds.delete_unused(key)
    return _KINDS


def set_enabled(store: Store, key: str, enabled: bool) -> Changes:
    store.kinds.save(require_kind(store, key).with_changes(enabled=enabled))
    return _KINDS


def archive_kind(store: Store, key: str, archived: bool = True) -> Changes:
    """Archive (hide) a kind; its events stay. A kind with events is never deleted."""
    store.kinds.save(require_kind(store, key).with_changes(archived=archived))
    return _KINDS


def move_kind(store: Store, key: str, step: int) -> Changes:
    """Move a kind up (step < 0) or down in the order."""
    require_kind(store, key)
    kinds = store.kinds.all()
    index = next(i for i, k in enumerate(kinds) if k.key == key)
    target = max(0, min(len(kinds) - 1, index + step))
    kinds.insert(target, kinds.pop(index))
    store.kinds.save_all([k.with_changes(position=i) for i, k in enumerate(kinds)])
    return _KINDS


def check_key(key: str, others: list[Kind]) -> None:
    """Refuse a key another action or kind already uses, naming who has it (the bedside's
    own keys are listed once, in ``domain.bedside_keys``)."""
    if "+" in key[1:]:
        raise InputError(f"Choose one key without Ctrl, Alt or Shift, not {key}", field="keys")
    active = [k for k in others if k.enabled and not k.archived]
    # The fixed J/K/I and 1/2/3 of active kinds count as bound (named, as the more useful
    # answer); every digit is kept for the kinds by their place (see shortcut_keys).
    owner = next((k for k in others if key in k.keys), None) or next(
        (k for k in active if key in DEFAULT_KEYS.get(k.key, ())), None
    )
    if owner is not None:
        raise InputError(f"The key {key} already logs {owner.label}", field="keys")
    action = why_taken(key)
    if action is not None:
        raise InputError(f"The key {key} is taken by another action: {action}", field="keys")


def _is_colour(text: str) -> bool:
    return (
        len(text) == 7 and text[0] == "#" and all(c in "0123456789abcdefABCDEF" for c in text[1:])
    )
