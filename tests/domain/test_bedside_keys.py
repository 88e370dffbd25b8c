"""The README's key table and the window's help come from one list."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from hypnic.domain.bedside_keys import HELP_ROWS, BedsideAction, helped_actions, markdown_table

ROOT = Path(__file__).resolve().parents[2]


def test_readme_table_is_the_list() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert markdown_table() in readme, "run: python scripts/readme_keys.py"


def test_the_writer_leaves_a_current_readme_unchanged() -> None:
    spec = importlib.util.spec_from_file_location("readme_keys", ROOT / "scripts/readme_keys.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert module.with_table(readme) == readme


def test_every_bedside_action_key_is_listed() -> None:
    listed = " ".join(keys for keys, _does in HELP_ROWS)
    for key in (
        "L",
        "N",
        "D",
        "T",
        "P",
        "F1",
        "F11",
        "Backspace",
        "Ctrl+Z",
        "Ctrl+T",
        "Ctrl+Shift+T",
    ):
        assert key in listed.replace(",", " ").split(), key


def test_the_help_names_every_bedside_action() -> None:
    assert helped_actions() == set(BedsideAction)
