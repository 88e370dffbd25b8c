"""The catalogue of kinds: list, add, rename, recolour, reorder, bind keys, archive."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hypnic.domain.errors import InputError
from hypnic.domain.kinds import (
    DEFAULT_KEYS,
    OKABE_ITO,
    RESERVED_KEYS,
    SHAPES,
    Kind,
    KindGroup,
    key_from_label,
    shortcut_keys,
)
from hypnic.store import Store


class KindCatalog(QObject):
    """Kinds as the store holds them, validated on every change.

    Signals:
        changed(): any kind was added, edited, reordered, switched on or off, or archived.
    """

    changed = Signal()

    def __init__(self, *, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def all(self) -> list[Kind]:
        return self._store.kinds.all()

    def active(self) -> list[Kind]:
        """Kinds that get a button: enabled and not archived, in the user's order."""
        return [k for k in self.all() if k.enabled and not k.archived]

    def get(self, key: str) -> Kind | None:
        return self._store.kinds.get(key)

    def shortcuts(self) -> dict[str, str]:
        return shortcut_keys(self.all())

    def save(self, kind: Kind) -> None:
        """Store an edited kind after checking its label, colour, shape and keys."""
        if not kind.label.strip():
            raise InputError("A kind needs a name", field="name")
        if kind.shape not in SHAPES:
            raise InputError(f"Unknown marker shape '{kind.shape}'", field="shape")
        if not _is_colour(kind.colour):
            raise InputError(f"'{kind.colour}' is not a colour like #D55E00", field="colour")
        others = [k for k in self.all() if k.key != kind.key]
        twin = next(
            (k for k in others if k.label.casefold() == kind.label.strip().casefold()), None
        )
        if twin is not None:
            raise InputError(f"There is already a kind called {twin.label}", field="name")
        for key in kind.keys:
            _check_key(key, others)
        self._store.kinds.save(kind.with_changes(label=kind.label.strip()))
        self.changed.emit()

    def rename(self, key: str, label: str) -> None:
        self.save(self._require(key).with_changes(label=label))

    def set_colour(self, key: str, colour: str) -> None:
        self.save(self._require(key).with_changes(colour=colour.upper()))

    def set_shape(self, key: str, shape: str) -> None:
        self.save(self._require(key).with_changes(shape=shape))

    def bind_key(self, key: str, shortcut: str | None) -> None:
        """Bind one key (like "F" or "F5") to the kind, replacing its own; ``None`` unbinds."""
        text = (shortcut or "").strip()
        keys = (text.upper() if len(text) == 1 else text,) if text else ()
        self.save(self._require(key).with_changes(keys=keys))

    def can_delete(self, key: str) -> bool:
        """Only a kind of the user's own that never had an event may be deleted."""
        kind = self.get(key)
        return kind is not None and not kind.builtin and not self._store.kinds.has_events(key)

    def delete(self, key: str) -> None:
        """Delete an unused kind of the user's own; anything else is archived instead."""
        if not self.can_delete(key):
            raise InputError(
                f"{self._require(key).label} has events or is built in: archive it instead",
                field="kind",
            )
        self._store.kinds.delete_unused(key)
        self.changed.emit()

    def add(self, label: str, group: KindGroup = KindGroup.OTHER) -> Kind:
        """Add a kind of the user's own, with the next unused colour and shape, in ``group``
        (``other`` unless the user picks another)."""
        key = key_from_label(label)
        existing = self.all()
        taken = {k.key for k in existing}
        base, n = key, 2
        while key in taken:
            key, n = f"{base}_{n}", n + 1
        used_shapes = {k.shape for k in existing if k.enabled and not k.archived}
        shape = next((s for s in SHAPES if s not in used_shapes), SHAPES[0])
        colours = list(OKABE_ITO.values())
        used_colours = {k.colour for k in existing if k.enabled and not k.archived}
        colour = next((c for c in colours if c not in used_colours), colours[len(existing) % 8])
        kind = Kind(
            key=key,
            label=label.strip(),
            colour=colour,
            shape=shape,
            group=KindGroup(group),
            position=max((k.position for k in existing), default=-1) + 1,
        )
        self.save(kind)
        return kind

    def set_group(self, key: str, group: KindGroup) -> None:
        """Put a kind of the user's own in another group; a built-in's group is fixed."""
        kind = self._require(key)
        if kind.builtin:
            raise InputError(
                f"{kind.label} is built in: its group stays {kind.group}", field="group"
            )
        self.save(kind.with_changes(group=KindGroup(group)))

    def set_enabled(self, key: str, enabled: bool) -> None:
        kind = self._require(key)
        self._store.kinds.save(kind.with_changes(enabled=enabled))
        self.changed.emit()

    def archive(self, key: str, archived: bool = True) -> None:
        """Archive (hide) a kind; its events stay. A kind with events is never deleted."""
        kind = self._require(key)
        self._store.kinds.save(kind.with_changes(archived=archived))
        self.changed.emit()

    def move(self, key: str, step: int) -> None:
        """Move a kind up (step < 0) or down in the order."""
        self._require(key)
        kinds = self.all()
        index = next(i for i, k in enumerate(kinds) if k.key == key)
        target = max(0, min(len(kinds) - 1, index + step))
        kinds.insert(target, kinds.pop(index))
        self._store.kinds.save_all([k.with_changes(position=i) for i, k in enumerate(kinds)])
        self.changed.emit()

    def _require(self, key: str) -> Kind:
        kind = self.get(key)
        if kind is None:
            raise InputError(f"There is no kind '{key}'", field="kind")
        return kind


def _check_key(key: str, others: list[Kind]) -> None:
    """Refuse a key another action or kind already uses, naming who has it."""
    if "+" in key[1:]:
        raise InputError(f"Choose one key without Ctrl, Alt or Shift, not {key}", field="keys")
    if key in RESERVED_KEYS:
        raise InputError(f"The key {key} is taken by another action", field="keys")
    active = [k for k in others if k.enabled and not k.archived]
    # The fixed J/K/I and 1/2/3 of active kinds count as bound; 4-9 are only positional
    # and a key the user binds wins over them (see shortcut_keys).
    owner = next((k for k in others if key in k.keys), None) or next(
        (k for k in active if key in DEFAULT_KEYS.get(k.key, ())), None
    )
    if owner is not None:
        raise InputError(f"The key {key} already logs {owner.label}", field="keys")


def _is_colour(text: str) -> bool:
    return (
        len(text) == 7 and text[0] == "#" and all(c in "0123456789abcdefABCDEF" for c in text[1:])
    )
