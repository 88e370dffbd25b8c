"""The Tags tab: add, rename, archive and delete evening tags; refusals are one sentence."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from hypnic.domain.clock import FixedClock
from hypnic.services.evening import EveningContext
from hypnic.store import Store
from hypnic.ui.settings.tags_editor import KEY_ROLE, TagsEditor

NIGHT = date(2026, 11, 24)


def editor_on(qtbot, store: Store) -> tuple[TagsEditor, EveningContext]:
    clock = FixedClock(int(datetime(2026, 11, 24, 22, 0, tzinfo=UTC).timestamp() * 1000),
                       ZoneInfo("Europe/London"))  # fmt: skip
    evening = EveningContext(store=store, clock=clock)
    editor = TagsEditor(evening=evening)
    qtbot.addWidget(editor)
    return editor, evening


def select(editor: TagsEditor, key: str) -> None:
    for row in range(editor.list.count()):
        if editor.list.item(row).data(KEY_ROLE) == key:
            editor.list.setCurrentRow(row)
            return
    raise AssertionError(f"no tag {key}")


def test_add_rename_archive_delete(qtbot, store: Store) -> None:
    editor, evening = editor_on(qtbot, store)
    editor.name_edit.setText("Late nap")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert [t.label for t in evening.tags()][-1] == "Late nap"

    select(editor, "late_nap")
    editor.name_edit.setText("Afternoon nap")
    qtbot.mouseClick(editor.rename_button, Qt.MouseButton.LeftButton)
    assert store.tags.get("late_nap").label == "Afternoon nap"  # the key stays

    # A tag some night has is archived, not deleted; it stays on that night.
    evening.set_tag(NIGHT, "late_nap", True)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert store.tags.get("late_nap") is not None
    assert "archive it instead" in editor.message.text()
    qtbot.mouseClick(editor.archive_button, Qt.MouseButton.LeftButton)
    assert "late_nap" not in [t.key for t in evening.tags()]
    assert store.tags.of_night(NIGHT) == ["late_nap"]

    evening.set_tag(NIGHT, "late_nap", False)
    select(editor, "late_nap")
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert store.tags.get("late_nap") is None


def test_a_name_already_used_is_refused(qtbot, store: Store) -> None:
    editor, _ = editor_on(qtbot, store)
    select(editor, "heat")
    editor.name_edit.setText("alcohol")
    qtbot.mouseClick(editor.rename_button, Qt.MouseButton.LeftButton)
    assert "already a tag called alcohol" in editor.message.text()
    assert store.tags.get("heat").label == "Heat"
    select(editor, "stress")
    assert not editor.delete_button.isEnabled()  # built-in tags are archived, never deleted
