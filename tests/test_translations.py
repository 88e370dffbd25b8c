"""The translations: every string of the code is in each .ts file, translated, its .qm current,
and each is found at run time under the context PySide6 looks it up in (DESIGN section 10).

When a test here fails after new strings were added: ``make translations`` (see README,
"Translations"), translate what it lists, and release.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from hypnic.languages import Catalogue, resolve, system_language

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
assert _spec is not None and _spec.loader is not None
tools = importlib.util.module_from_spec(_spec)
sys.modules["translations"] = tools
_spec.loader.exec_module(tools)


def test_every_string_of_the_code_is_translated_and_released() -> None:
    problems = tools.check()
    assert not problems, (
        "the translations are behind the code; run `make translations`, translate what it "
        "lists (scripts/translations.py missing --json FILE, fill FILE) and release:\n"
        + "\n".join(problems[:40])
    )


def _read(source: str, tmp_path: Path) -> tuple[list[tools.Message], list[str]]:
    path = tmp_path / "module.py"
    path.write_text(source, encoding="utf-8")
    problems: list[str] = []
    return tools._tree_messages({path: ast.parse(source)}, problems), problems


def test_each_idiom_is_read_under_the_context_it_is_looked_up_in(tmp_path: Path) -> None:
    messages, problems = _read(
        """
from PySide6.QtCore import QCoreApplication
from hypnic.words import QT_TRANSLATE_NOOP

def _tr(text):
    return QCoreApplication.translate("Helper", text)

class Panel:
    def build(self, taps):
        tr = self.tr
        tr("Alias")
        self.tr("Plain")
        self.tr("%n tap(s)", "", len(taps))
        QCoreApplication.translate("Explicit", "%n night(s)", "", len(taps))
        _tr("Through the helper")
        QT_TRANSLATE_NOOP("Marked", "Kick")
""",
        tmp_path,
    )
    assert not problems
    found = {(m.context, m.source, m.numerus) for m in messages}
    assert found == {
        ("Panel", "Alias", False),
        ("Panel", "Plain", False),
        ("Panel", "%n tap(s)", True),  # lupdate alone drops a count written as len(...)
        ("Explicit", "%n night(s)", True),  # and never marks translate(..., n) as a plural
        ("Helper", "Through the helper", False),
        ("Marked", "Kick", False),
    }


@pytest.mark.parametrize(
    "code",
    [
        "def f(window):\n    window.tr('No class known')\n",
        "class A:\n    def f(self, word):\n        self.tr(word)\n",
        "def f():\n    tr('Outside any class')\n",
    ],
)
def test_a_string_no_extractor_can_place_is_refused_with_where_it_is(
    tmp_path: Path, code: str
) -> None:
    _messages, problems = _read(code, tmp_path)
    assert problems and "module.py:" in problems[0]


def test_a_translation_that_loses_a_placeholder_is_caught() -> None:
    kept = tools.Message("C", "Night of %1 — %2", translation="Nacht vom %1 – %2", finished=True)
    lost = tools.Message("C", "Undone: %s", translation="Rückgängig", finished=True)
    assert tools.placeholder_problems(kept) == []
    assert tools.placeholder_problems(lost)


def test_the_window_finds_its_words_in_each_language(qapp) -> None:
    assert [Catalogue(code).text("MainWindow", "&Quit") for code in ("de", "fr", "es")] == [
        "&Beenden",
        "&Quitter",
        "&Salir",
    ]
    assert Catalogue("en").text("MainWindow", "&Quit") == "&Quit"


def test_plural_forms_follow_each_language(qapp) -> None:
    def nights(code: str, n: int) -> str:
        return Catalogue(code).text("HistoryView", "%n nights", None, n)

    assert [nights("de", n) for n in (1, 30)] == ["1 Nacht", "30 Nächte"]
    assert [nights("fr", n) for n in (0, 1, 2)] == ["0 nuit", "1 nuit", "2 nuits"]
    assert [nights("es", n) for n in (1, 2)] == ["1 noche", "2 noches"]


def test_a_tr_alias_is_found_at_run_time(qtbot) -> None:
    """``tr = self.tr`` in TopBar: lupdate files it under no context; the extractor under
    TopBar, which is where PySide6 looks it up."""
    from hypnic.ui.bedside.top_bar import TopBar
    from speaking import speaking

    with speaking("de"):
        bar = TopBar()
        qtbot.addWidget(bar)
        assert bar.lights_out_button.text() == "Licht aus (L)"
        rescue = QCoreApplication.translate("Rescue", "Taps not saved — Hypnic")
        assert rescue == "Einträge nicht gespeichert – Hypnic"
        assert QCoreApplication.translate("HistoryView", "%n nights", "", 2) == "2 Nächte"


def test_the_desktop_language_is_used_when_hypnic_speaks_it(monkeypatch) -> None:
    from PySide6.QtCore import QLocale

    class Desktop:
        def __init__(self, *names: str) -> None:
            self.names = list(names)

        def uiLanguages(self) -> list[str]:
            return self.names

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: Desktop("it-IT", "fr-CA", "en")))
    assert system_language() == "fr"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: Desktop("pt-BR")))
    assert system_language() == "en"
    assert resolve("system") == "en"
    assert resolve("es") == "es"
