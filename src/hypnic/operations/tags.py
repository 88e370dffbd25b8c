"""The list of evening tags: add, rename, archive, delete an unused one."""

from __future__ import annotations

from datetime import date

from hypnic.domain.changes import Changes
from hypnic.domain.clock import Clock
from hypnic.domain.errors import InputError
from hypnic.domain.tags import Tag, clean_label
from hypnic.operations.tonight import check_night_exists
from hypnic.store import Store

_TAGS = Changes(tags=True)


def require_tag(store: Store, key: str) -> Tag:
    tag = store.tags.get(key)
    if tag is None:
        raise InputError(f"there is no tag '{key}'", field="tag")
    return tag


def add_tag(
    store: Store, label: str, *, night: date | None = None, clock: Clock | None = None
) -> tuple[Tag, Changes]:
    """A tag of the user's own; with ``night`` (and the ``clock`` that says which nights
    exist), also switched on for that night."""
    if night is not None:
        if clock is None:
            raise TypeError("a tag switched on for a night needs the clock")
        check_night_exists(store, clock, night)
    tag = store.tags.add(label)
    changes = _TAGS
    if night is not None:
        store.tags.set_night(night, [*store.tags.of_night(night), tag.key])
        changes = changes | Changes.of_nights([night])
    return tag, changes


def find_or_add_tag(store: Store, label: str) -> tuple[Tag, bool]:
    """The tag whose label or key matches ``label`` ignoring case, or a new one (True)."""
    text = clean_label(label)
    for tag in store.tags.all():
        if text.casefold() in (tag.label.casefold(), tag.key.casefold()):
            return tag, False
    return store.tags.add(text), True


def rename_tag(store: Store, key: str, label: str) -> tuple[Tag, Changes]:
    """Give a tag a new label (its key, kept with nights and exports, stays)."""
    tag = require_tag(store, key)
    text = clean_label(label)
    if any(t.label.casefold() == text.casefold() and t.key != key for t in store.tags.all()):
        raise InputError(f"there is already a tag called {text}", field="label")
    renamed = tag.with_changes(label=text)
    store.tags.save(renamed)
    return renamed, _TAGS


def archive_tag(store: Store, key: str, archived: bool = True) -> Changes:
    """Stop (or start again) offering a tag; nights that have it keep it."""
    store.tags.save(require_tag(store, key).with_changes(archived=archived))
    return _TAGS


def delete_tag(store: Store, key: str) -> tuple[bool, Changes]:
    """Delete a tag of the user's own that no night has; False (kept) otherwise."""
    deleted = store.tags.delete_unused(require_tag(store, key).key)
    return deleted, _TAGS if deleted else Changes()
