"""Evening context of a night: its tags (caffeine, alcohol, stress…) and its note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from hypnic.domain.clock import Clock
from hypnic.domain.errors import InputError
from hypnic.domain.tags import Tag, clean_label
from hypnic.domain.timerules import night_of
from hypnic.store import Store


class EveningContext(QObject):
    """Sets a night's tags one toggle at a time and its one-line note; each change is saved
    at once in its own transaction.

    Signals:
        changed(): the tags of some night, the tag list or a note changed.
    """

    changed = Signal()

    def __init__(self, *, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock

    def tonight(self) -> date:
        now = self._clock.now()
        return night_of(now.utc_ms, now.offset_min, self._store.settings.day_boundary)

    def tags(self) -> list[Tag]:
        """The tags offered, in the user's order (archived ones are not offered)."""
        return self._store.tags.all(include_archived=False)

    def label(self, key: str) -> str:
        tag = self._store.tags.get(key)
        return tag.label if tag else key

    def night_tags(self, night: date) -> list[str]:
        return self._store.tags.of_night(night)

    def set_tag(self, night: date, key: str, on: bool) -> list[str]:
        """Switch one tag on or off for ``night``; returns the night's tags now."""
        keys = [k for k in self._store.tags.of_night(night) if k != key]
        if on:
            keys.append(key)
        self._store.tags.set_night(night, keys)
        self.changed.emit()
        return self._store.tags.of_night(night)

    def add_tag(self, label: str, *, night: date | None = None) -> Tag:
        """A tag of the user's own; with ``night``, also switched on for that night."""
        tag = self._store.tags.add(label)
        if night is not None:
            self._store.tags.set_night(night, [*self._store.tags.of_night(night), tag.key])
        self.changed.emit()
        return tag

    def all_tags(self) -> list[Tag]:
        """Every tag, archived ones too (for the settings)."""
        return self._store.tags.all()

    def rename_tag(self, key: str, label: str) -> Tag:
        """Give a tag a new label (its key, kept with nights and exports, stays)."""
        tag = self._require(key)
        text = clean_label(label)
        if any(t.label.casefold() == text.casefold() and t.key != key for t in self.all_tags()):
            raise InputError(f"there is already a tag called {text}", field="label")
        renamed = tag.with_changes(label=text)
        self._store.tags.save(renamed)
        self.changed.emit()
        return renamed

    def archive_tag(self, key: str, archived: bool = True) -> None:
        """Stop (or start again) offering a tag; nights that have it keep it."""
        self._store.tags.save(self._require(key).with_changes(archived=archived))
        self.changed.emit()

    def delete_tag(self, key: str) -> bool:
        """Delete a tag of the user's own that no night has; False (kept) otherwise."""
        deleted = self._store.tags.delete_unused(self._require(key).key)
        if deleted:
            self.changed.emit()
        return deleted

    def _require(self, key: str) -> Tag:
        tag = self._store.tags.get(key)
        if tag is None:
            raise InputError(f"there is no tag '{key}'", field="tag")
        return tag

    def note(self, night: date) -> str:
        return self._store.nights.get(night).note

    def set_note(self, night: date, text: str) -> None:
        record = self._store.nights.get(night)
        cleaned = " ".join(text.split())
        if cleaned == record.note:
            return
        self._store.nights.save(record.with_changes(note=cleaned))
        self.changed.emit()
