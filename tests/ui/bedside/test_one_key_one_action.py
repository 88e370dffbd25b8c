"""One key, one action (DESIGN section 2): every key of the bedside window belongs to one action,
and a kind can take only a key no action uses. Walked key by key in the wired window.

Before the one list of bedside keys, T (tonight's tags) could be bound to a kind: T then logged
nothing, opened nothing, and Qt warned "Ambiguous shortcut overload".
"""

from __future__ import annotations

import string
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from appkit import compose_app, settle
from hypnic.app import Composition
from hypnic.domain.bedside_keys import BEDSIDE_KEYS, KEPT_FREE, why_taken
from hypnic.domain.clock import FixedClock
from hypnic.domain.errors import InputError
from hypnic.store import Store
from timehelp import utc_ms

LONDON = ZoneInfo("Europe/London")

# Every key a person could hand to the key-capture field without a modifier.
NAMED = ["Esc", "Space", "Return", "Enter", "Tab", "Backspace", "Del", "Ins", "Home", "End",
         "PgUp", "PgDown", "Left", "Right", "Up", "Down", "Pause", "Print", "Menu"]  # fmt: skip
CANDIDATES = [
    *string.ascii_uppercase,
    *string.digits,
    *(f"F{n}" for n in range(1, 13)),
    *(c for c in string.punctuation if c not in "+"),
    "+",
    *NAMED,
]


@pytest.fixture
def app(qtbot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Composition:
    ticks = iter(range(1_000_000))
    monkeypatch.setattr(
        "hypnic.ui.bedside.bedside_panel._time.monotonic", lambda: float(next(ticks))
    )
    clock = FixedClock(utc_ms(2026, 11, 24, 22, 0), LONDON)
    composition = compose_app(qtbot, store, tmp_path, clock)
    composition.window.show()
    qtbot.waitExposed(composition.window)
    composition.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is composition.window)
    return composition


def window_shortcuts(app: Composition) -> dict[str, list[str]]:
    """Every key sequence the bedside window reacts to, with the actions that use it."""
    window = app.window
    found: dict[str, list[str]] = {}
    actions = {id(a): a for a in [*window.actions(), *window.findChildren(QAction)]}
    for action in actions.values():
        for sequence in action.shortcuts():
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            found.setdefault(text, []).append(action.objectName() or action.text())
    return found


def test_no_key_of_the_window_does_two_things(app: Composition) -> None:
    shared = {key: users for key, users in window_shortcuts(app).items() if len(users) > 1}
    assert shared == {}


def test_every_key_of_a_bedside_action_is_refused_for_a_kind(app: Composition) -> None:
    for key, users in window_shortcuts(app).items():
        if all(name.startswith("log_") for name in users):
            continue  # a kind's own key
        with pytest.raises(InputError):
            app.services.kinds.bind_key("kick", key)
        if "+" not in key[1:]:
            assert why_taken(key) is not None, f"{key} ({users}) is not in the bedside list"
    for key in [k for keys in BEDSIDE_KEYS.values() for k in keys] + list(KEPT_FREE):
        with pytest.raises(InputError):
            app.services.kinds.bind_key("kick", key)
    assert app.services.kinds.get("kick").keys == ()  # type: ignore[union-attr]


def test_every_key_a_kind_can_take_logs_that_kind_and_nothing_else(
    qtbot, app: Composition, store: Store
) -> None:
    kinds = app.services.kinds
    kinds.set_enabled("hiccup", True)  # a fourth kind: its own key is 4
    window = app.window
    taken: list[str] = []
    for key in CANDIDATES:
        try:
            kinds.bind_key("hiccup", key)
        except InputError:
            assert why_taken(key) is not None or key in "JKI", key
            continue
        taken.append(key)
        before = len(store.events.between_nights(None, None))
        qtbot.keyClick(window, QKeySequence(key)[0].key())
        settle(qtbot, app.event_log)
        logged = store.events.between_nights(None, None)[before:]
        assert [e.kind for e in logged] == ["hiccup"], f"key {key}"
        assert window.isVisible() and not window.panel.partner, f"key {key} did something else"
    assert "T" not in taken and "N" not in taken and "4" not in taken
    assert len(taken) > 40


# Offscreen Qt cannot raise a window; the real-window journey covers that.
@pytest.mark.qt_log_ignore("does not support raise")
def test_the_key_field_lets_go_once_a_key_is_set(qtbot, app: Composition) -> None:
    settings = app.windows.show_settings()
    editor = settings.kinds_page
    editor.select("kick")
    settings.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings)
    field = editor.details.key_edit
    field.setFocus()
    with qtbot.waitSignal(app.services.kinds.changed):
        qtbot.keyClick(field, Qt.Key.Key_F)
    assert app.services.kinds.get("kick").keys == ("F",)  # type: ignore[union-attr]
    assert not field.hasFocus()
    # The next key goes wherever the focus is now, never into the key field.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G)
    assert app.services.kinds.get("kick").keys == ("F",)  # type: ignore[union-attr]


@pytest.mark.qt_log_ignore("does not support raise")
def test_a_taken_key_typed_in_the_key_field_is_refused_naming_its_action(
    qtbot, app: Composition
) -> None:
    settings = app.windows.show_settings()
    editor = settings.kinds_page
    editor.select("kick")
    field = editor.details.key_edit
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_T)
    assert editor.message.text() == "The key T is taken by another action: tonight's tags and note."
    assert app.services.kinds.get("kick").keys == ()  # type: ignore[union-attr]
    field.clearFocus()  # before the store closes at the end of the test
