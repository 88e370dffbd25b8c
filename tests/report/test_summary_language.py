"""The summary in its own language (DESIGN sections 8 and 10): one translator of its own, every
word marked so Qt's lupdate finds it, English where no translation exists."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from hypnic.report import text as summary_text
from hypnic.report.words import Summary

REPORT = Path(summary_text.__file__).parent
BIN = Path(sys.executable).parent

GERMAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Summary</name>
    <message>
        <source>Hypnic summary</source>
        <translation>Hypnic-Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n Nacht</numerusform>
            <numerusform>%n Nächte</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format of a night in a table</comment>
        <translation>ddd d. MMM</translation>
    </message>
</context>
</TS>
"""


def tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"needs {name}")
    return path


@pytest.fixture
def german(tmp_path: Path) -> Path:
    """A folder holding a tiny hypnic_de.qm built with lrelease, as the build will build them."""
    ts = tmp_path / "hypnic_de.ts"
    ts.write_text(GERMAN_TS, encoding="utf-8")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(tmp_path / "hypnic_de.qm")],
                   check=True, capture_output=True)  # fmt: skip
    return tmp_path


def tr_calls() -> list[tuple[Path, ast.Call, str | None]]:
    """Every ``….tr(…)`` call in the report package, with the class it is written in."""
    found: list[tuple[Path, ast.Call, str | None]] = []

    class Visitor(ast.NodeVisitor):
        def __init__(self, path: Path) -> None:
            self.path, self.classes = path, [None]

        def visit_ClassDef(self, node: ast.ClassDef) -> None:
            self.classes.append(node.name)  # type: ignore[arg-type]
            self.generic_visit(node)
            self.classes.pop()

        def visit_Call(self, node: ast.Call) -> None:
            if isinstance(node.func, ast.Attribute) and node.func.attr == "tr":
                found.append((self.path, node, self.classes[-1]))
            self.generic_visit(node)

    for path in sorted(REPORT.glob("*.py")):
        Visitor(path).visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def test_every_tr_call_is_self_tr_in_a_class_named_summary() -> None:
    calls = tr_calls()
    assert len(calls) > 150
    for path, call, cls in calls:
        receiver = call.func.value  # type: ignore[attr-defined]
        where = f"{path.name}:{call.lineno}"
        assert isinstance(receiver, ast.Name) and receiver.id == "self", where
        assert cls == "Summary", where
        assert isinstance(call.args[0], ast.Constant), where


def test_lupdate_finds_every_sentence_in_the_summary_context(tmp_path: Path) -> None:
    ts = tmp_path / "scratch.ts"
    subprocess.run([tool("pyside6-lupdate"), *map(str, sorted(REPORT.glob("*.py"))), "-ts",
                    str(ts)], check=True, capture_output=True)  # fmt: skip
    root = ET.parse(ts).getroot()
    assert [c.findtext("name") for c in root.iter("context")] == ["Summary"]
    found = {
        (m.findtext("source"), m.findtext("comment") or None): m.get("numerus") == "yes"
        for m in root.iter("message")
    }
    for path, call, _ in tr_calls():
        source = call.args[0].value  # type: ignore[attr-defined]
        comment = call.args[1].value if len(call.args) > 1 else None  # type: ignore[attr-defined]
        key = (source, comment or None)
        assert key in found, f"{path.name}:{call.lineno} {source!r}"
        plural = len(call.args) > 2
        assert found[key] == plural, f"{path.name}:{call.lineno} {source!r} numerus"


def test_a_language_without_its_file_reads_in_english(tmp_path: Path) -> None:
    words = Summary("fr", folder=tmp_path)
    assert not words.translated and words.language == "en"
    assert words.title() == "Hypnic summary"
    assert words.nights(1) == "1 night" and words.nights(3) == "3 nights"
    assert words.number(8.5) == "8.5" and words.day(date(2026, 11, 24)) == "Tue 24 Nov"
    with pytest.raises(ValueError):
        Summary("xx")


def test_a_translation_file_changes_words_plurals_dates_and_numbers(german: Path) -> None:
    words = Summary("de", folder=german)
    assert words.translated and words.language == "de"
    assert words.title() == "Hypnic-Zusammenfassung"
    assert words.nights(1) == "1 Nacht" and words.nights(2) == "2 Nächte"
    assert words.day(date(2026, 11, 24)) == "Di. 24. Nov."
    assert words.number(8.5) == "8,5" and words.integer(1234) == "1.234"
    # A sentence the file lacks stays English rather than empty.
    assert words.patterns() == "Patterns seen"
    # The application's own translators are untouched: the summary's is its own.
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("Summary", "Hypnic summary") == "Hypnic summary"


def test_hypnic_report_language_reaches_the_pdf(demo_dir: Path, german: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                hypnic, monkeypatch) -> None:  # fmt: skip
    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils")
    monkeypatch.setattr(summary_text, "translations_dir", lambda: german)
    pdfs, errs = {}, {}
    for language in ("de", "en", "es"):
        pdf = tmp_path / f"{language}.pdf"
        result = hypnic(demo_dir, "report", "--language", language, "-o", str(pdf))
        assert result.code == 0, result.err
        errs[language] = result.err
        pdfs[language] = subprocess.run(["pdftotext", str(pdf), "-"], check=True,
                                        capture_output=True, text=True).stdout  # fmt: skip
    assert "Hypnic-Zusammenfassung" in pdfs["de"] and "Di. 24. Nov." in pdfs["de"]
    assert "Hypnic summary" in pdfs["en"] and "Tue 24 Nov" in pdfs["en"]
    assert "Hypnic summary" in pdfs["es"]  # no Spanish file here: English throughout
    # ... and the command says so, rather than handing over English unawares.
    assert "no translation of the summary into 'es'" in errs["es"]
    assert "translation" not in errs["de"] + errs["en"]
    bad = hypnic(demo_dir, "report", "--language", "xx", "-o", str(tmp_path / "x.pdf"))
    assert bad.code == 2 and "language" in bad.err


def test_the_summary_window_prints_in_the_language_chosen(qtbot, german: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:  # fmt: skip
    from hypnic.domain.clock import SystemClock
    from hypnic.services.summary import SummarySource
    from hypnic.store import Store
    from hypnic.ui.summary.summary_window import SummaryWindow

    monkeypatch.setattr(summary_text, "translations_dir", lambda: german)
    store = Store.open(tmp_path / "data")
    try:
        window = SummaryWindow(source=SummarySource(store=store, clock=SystemClock()))
        qtbot.addWidget(window)
        assert window.language() == "en" and window.words().title() == "Hypnic summary"
        window.set_language("de")
        assert window.language_combo.currentText() == "Deutsch"
        assert window.words().title() == "Hypnic-Zusammenfassung"
    finally:
        store.close()
