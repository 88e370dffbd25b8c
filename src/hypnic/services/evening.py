"""Evening context of a night: its tags (caffeine, alcohol, stress…) and its note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from hypnic.domain.clock import Clock
from hypnic.domain.tags import Tag
from hypnic.operations import night_records
from hypnic.operations import tags as tag_ops
from hypnic.operations.tonight import tonight
from hypnic.store import Store
from hypnic.words import shown_tag, stored_tag_label


class EveningContext(QObject):
    """Sets a night's tags one toggle at a time and its one-line note, and keeps the tag list;
    each change is saved at once in its own transaction.

    Signals:
        changed(Changes): the tags of some night, the tag list or a note changed.
    """

    changed = Signal(object)

    def __init__(self, *, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock

    def tonight(self) -> date:
        return tonight(self._store, self._clock)

    def tags(self) -> list[Tag]:
        """The tags offered, in the user's order (archived ones are not offered)."""
        return [shown_tag(t) for t in self._store.tags.all(include_archived=False)]

    def label(self, key: str) -> str:
        tag = self._store.tags.get(key)
        return shown_tag(tag).label if tag else key

    def night_tags(self, night: date) -> list[str]:
        return night_records.night_tags(self._store, night)

    def set_tag(self, night: date, key: str, on: bool) -> list[str]:
        """Switch one tag on or off for ``night``; returns the night's tags now."""
        keys, changes = night_records.set_night_tag(self._store, night, key, on, clock=self._clock)
        self.changed.emit(changes)
        return keys

    def add_tag(self, label: str, *, night: date | None = None) -> Tag:
        """A tag of the user's own; with ``night``, also switched on for that night."""
        tag, changes = tag_ops.add_tag(self._store, label, night=night, clock=self._clock)
        self.changed.emit(changes)
        return tag

    def all_tags(self) -> list[Tag]:
        """Every tag, archived ones too (for the settings)."""
        return [shown_tag(t) for t in self._store.tags.all()]

    def rename_tag(self, key: str, label: str) -> Tag:
        """Give a tag a new label (its key, kept with nights and exports, stays)."""
        tag = self._store.tags.get(key)
        if tag is not None:
            label = stored_tag_label(tag, " ".join(label.split()))
        renamed, changes = tag_ops.rename_tag(self._store, key, label)
        self.changed.emit(changes)
        return renamed

    def archive_tag(self, key: str, archived: bool = True) -> None:
        """Stop (or start again) offering a tag; nights that have it keep it."""
        self.changed.emit(tag_ops.archive_tag(self._store, key, archived))

    def delete_tag(self, key: str) -> bool:
        """Delete a tag of the user's own that no night has; False (kept) otherwise."""
        deleted, changes = tag_ops.delete_tag(self._store, key)
        if changes:
            self.changed.emit(changes)
        return deleted

    def note(self, night: date) -> str:
        return night_records.record(self._store, night).note

    def set_note(self, night: date, text: str) -> None:
        changes = night_records.set_note(self._store, night, text, clock=self._clock, one_line=True)
        if changes:
            self.changed.emit(changes)
