"""The catalogue of kinds: list, add, rename, recolour, reorder, bind keys, archive."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hypnic.domain.changes import Changes
from hypnic.domain.kinds import Kind, KindGroup, shortcut_keys
from hypnic.operations import kinds as kind_ops
from hypnic.store import Store
from hypnic.words import shown_kind, stored_kind_label


class KindCatalog(QObject):
    """Kinds as the store holds them, validated on every change (``operations.kinds``).

    Signals:
        changed(Changes): any kind was added, edited, reordered, switched on or off, or
            archived.
    """

    changed = Signal(object)

    def __init__(self, *, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def all(self) -> list[Kind]:
        """Every kind, a built-in one named in the window's language until it is renamed."""
        return [shown_kind(k) for k in self._store.kinds.all()]

    def active(self) -> list[Kind]:
        """Kinds that get a button: enabled and not archived, in the user's order."""
        return [k for k in self.all() if k.enabled and not k.archived]

    def get(self, key: str) -> Kind | None:
        kind = self._store.kinds.get(key)
        return shown_kind(kind) if kind is not None else None

    def shortcuts(self) -> dict[str, str]:
        return shortcut_keys(self.all())

    def save(self, kind: Kind) -> None:
        """Store an edited kind after checking its label, colour, shape and keys."""
        stored = kind.with_changes(label=stored_kind_label(kind))
        self._emit(kind_ops.save_kind(self._store, stored))

    def rename(self, key: str, label: str) -> None:
        self.save(kind_ops.require_kind(self._store, key).with_changes(label=label))

    def set_colour(self, key: str, colour: str) -> None:
        self.save(kind_ops.require_kind(self._store, key).with_changes(colour=colour.upper()))

    def set_shape(self, key: str, shape: str) -> None:
        self.save(kind_ops.require_kind(self._store, key).with_changes(shape=shape))

    def bind_key(self, key: str, shortcut: str | None) -> None:
        """Bind one key (like "F" or "F5") to the kind, replacing its own; ``None`` unbinds."""
        self._emit(kind_ops.bind_key(self._store, key, shortcut))

    def can_delete(self, key: str) -> bool:
        """Only a kind of the user's own that never had an event may be deleted."""
        return kind_ops.can_delete(self._store, key)

    def delete(self, key: str) -> None:
        """Delete an unused kind of the user's own; anything else is archived instead."""
        self._emit(kind_ops.delete_kind(self._store, key))

    def add(self, label: str, group: KindGroup = KindGroup.OTHER) -> Kind:
        """Add a kind of the user's own, with the next unused colour and shape, in ``group``
        (``other`` unless the user picks another)."""
        kind, changes = kind_ops.add_kind(self._store, label, group)
        self._emit(changes)
        return kind

    def set_group(self, key: str, group: KindGroup) -> None:
        """Put a kind of the user's own in another group; a built-in's group is fixed."""
        self._emit(kind_ops.set_group(self._store, key, group))

    def set_enabled(self, key: str, enabled: bool) -> None:
        self._emit(kind_ops.set_enabled(self._store, key, enabled))

    def archive(self, key: str, archived: bool = True) -> None:
        """Archive (hide) a kind; its events stay. A kind with events is never deleted."""
        self._emit(kind_ops.archive_kind(self._store, key, archived))

    def move(self, key: str, step: int) -> None:
        """Move a kind up (step < 0) or down in the order."""
        self._emit(kind_ops.move_kind(self._store, key, step))

    def _emit(self, changes: Changes) -> None:
        self.changed.emit(changes)
