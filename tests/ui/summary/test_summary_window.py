"""The Summary window: the print preview opens without a printer, on the same render path."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hypnic.store import Store
from report_helpers import END_NIGHT, fill_demo


def source_for(store: Store):  # type: ignore[no-untyped-def]
    from hypnic.domain.clock import SystemClock
    from hypnic.services.summary import SummarySource

    return SummarySource(store=store, clock=SystemClock())


@pytest.fixture
def demo_store(tmp_path: Path):  # type: ignore[no-untyped-def]
    fill_demo(tmp_path / "data", nights=20)
    store = Store.open(tmp_path / "data")
    yield store
    store.close()


def test_preview_opens_and_closes_without_a_printer(qtbot, demo_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from hypnic.report import render
    from hypnic.ui.summary.summary_window import SummaryWindow

    painted: list[int] = []
    real = render.render_report

    def spy(model, device, words=None):  # type: ignore[no-untyped-def]
        painted.append(real(model, device, words))
        return painted[-1]

    monkeypatch.setattr(render, "render_report", spy)
    window = SummaryWindow(source=source_for(demo_store))
    qtbot.addWidget(window)
    window.show()
    assert window.last_edit.date().toPython() == END_NIGHT
    # 30 nights to the last, trimmed to the first of the 20 demo nights (DESIGN section 5).
    assert window.first_edit.date().toPython() == date(2026, 11, 5)
    window.patient_edit.setText("Anna Example")
    window.show_preview()
    dialog = window.preview_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and bool(painted))
    assert not dialog.isModal()
    assert painted[-1] >= 2  # the same pages as the PDF
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert window.preview_dialog() is None


def test_save_as_pdf_writes_the_same_document(qtbot, demo_store, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from hypnic.ui.summary.summary_window import SummaryWindow

    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    window = SummaryWindow(source=source_for(demo_store))
    qtbot.addWidget(window)
    window.save_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in window.status.text()


def test_first_after_last_is_refused(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate

    from hypnic.ui.summary.summary_window import SummaryWindow

    window = SummaryWindow(source=source_for(demo_store))
    qtbot.addWidget(window)
    window.first_edit.setDate(QDate(2026, 12, 1))
    window.show_preview()
    assert window.preview_dialog() is None
    assert "after" in window.status.text()


def test_preview_pages_are_black_ink_even_in_the_night_theme(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QApplication

    from hypnic.ui.common.theme import DAY, NIGHT, apply_theme
    from hypnic.ui.summary.summary_window import SummaryWindow

    app = QApplication.instance()
    apply_theme(app, NIGHT)
    try:
        window = SummaryWindow(source=source_for(demo_store))
        qtbot.addWidget(window)
        window.show_preview()
        dialog = window.preview_dialog()
        assert dialog is not None
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.resize(800, 1000)
        preview.fitToWidth()
        qtbot.waitUntil(lambda: preview.pageCount() > 0, timeout=10_000)
        image = preview.grab().toImage()
        # The title is the page's largest text: it must be near black, not the theme's brown.
        colours = {
            image.pixelColor(x, y).name()
            for x in range(0, image.width(), 2)
            for y in range(0, image.height() // 4, 2)
        }
        assert NIGHT.text.lower() not in colours
        assert any(image.pixelColor(x, y).lightness() < 40
                   for x in range(0, image.width(), 2)
                   for y in range(0, image.height() // 4, 2)
                   if image.pixelColor(x, y).saturation() < 30)  # fmt: skip
        dialog.close()
    finally:
        apply_theme(app, DAY)


def test_saving_onto_the_store_is_refused_in_one_sentence(qtbot, store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from hypnic.ui.summary.summary_window import SummaryWindow

    window = SummaryWindow(source=source_for(store))
    qtbot.addWidget(window)
    before = store.path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(store.path), ""))
    window.save_pdf()
    assert "inside Hypnic's folder" in window.status.text()
    assert store.path.read_bytes() == before
