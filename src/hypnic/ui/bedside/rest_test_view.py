"""The rest test at the bedside (DESIGN section 11): a dim full-window timer, taps counted as
at the bedside, stopped early with Escape pressed twice, the result shown and saved."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.errors import InputError, StoreError
from hypnic.domain.rest_tests import DEFAULT_REST_TEST_MIN, RestTestFigures
from hypnic.services.kinds import KindCatalog
from hypnic.services.rest_test import RestTestSession
from hypnic.ui.bedside.dimmer import DimmerOverlay
from hypnic.ui.common.theme import NIGHT

MIN_MINUTES = 1
MAX_MINUTES = 120
# A second Escape within this long stops the test: one stray press cannot end it.
STOP_CONFIRM_MS = 4000
# The Suggested Immobilization Test's cut-off (leg movements an hour, from EMG).
SIT_CUTOFF_PER_HOUR = 40

# Always the night theme's dim colours: the test is done sitting in bed, lights low.
_STYLE = f"""
#restTest {{ background: {NIGHT.window}; }}
#restTest QLabel {{ color: {NIGHT.text}; }}
#restTest QLabel#restClock {{ color: {NIGHT.muted}; }}
#restTest QPushButton, #restTest QSpinBox {{
    background: {NIGHT.surface}; color: {NIGHT.text}; border: 1px solid {NIGHT.muted};
    border-radius: 6px; padding: 8px 14px; }}
#restTest QPushButton:focus, #restTest QSpinBox:focus {{ border: 2px solid {NIGHT.accent}; }}
"""


class RestTestView(QWidget):
    """Covers the bedside window while a rest test is set up, runs or shows its result.

    Signals:
        tap_requested(str): a kind's button was pressed (logged like a bedside tap).
        closed(): the view was closed; the bedside is back.
    """

    tap_requested = Signal(str)
    closed = Signal()

    def __init__(self, host: QWidget, *, session: RestTestSession, kinds: KindCatalog) -> None:
        super().__init__(host)
        self._host = host
        self._session = session
        self._kinds = kinds
        self.setObjectName("restTest")
        self.setAccessibleName(self.tr("Rest test"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._on_tick)
        self._stop_window = QTimer(self, singleShot=True, interval=STOP_CONFIRM_MS)
        self._stop_window.timeout.connect(self._on_stop_window_timeout)
        self._pages = QStackedLayout(self)
        self._pages.addWidget(self._build_setup())
        self._pages.addWidget(self._build_running())
        self._pages.addWidget(self._build_result())
        host.installEventFilter(self)
        self.hide()

    # -- pages ----------------------------------------------------------------------------------

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 30, 40, 30)
        return page, layout

    def _build_setup(self) -> QWidget:
        page, layout = self._page()
        title = QLabel(self.tr("Rest test"), page)
        _scale_font(title, 1.5, bold=True)
        explain = QLabel(
            self.tr(
                "Sit in bed with your legs stretched out and keep still. Tap (or press the "
                "kind's key) for every movement and every sensation. At the end you see taps "
                "per hour by kind; the test is saved to tonight."
            ),
            page,
        )
        explain.setWordWrap(True)
        self.minutes = QSpinBox(page)
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setValue(DEFAULT_REST_TEST_MIN)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length of the rest test in minutes"))
        length = QLabel(self.tr("&Length"), page)
        length.setBuddy(self.minutes)
        self.start_button = QPushButton(self.tr("Start (Enter)"), page)
        self.start_button.setAccessibleName(self.tr("Start the rest test"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Back (Escape)"), page)
        self.cancel_button.setAccessibleName(self.tr("Back to the bedside without a test"))
        self.cancel_button.clicked.connect(self.close_view)
        row = QHBoxLayout()
        for widget in (length, self.minutes, self.start_button, self.cancel_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _build_running(self) -> QWidget:
        page, layout = self._page()
        self.clock_label = QLabel(page)
        self.clock_label.setObjectName("restClock")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _scale_font(self.clock_label, 5.0)
        self.clock_label.setAccessibleName(self.tr("Time left in the rest test"))
        self.counts_label = QLabel(page)
        self.counts_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _scale_font(self.counts_label, 1.3)
        self.counts_label.setAccessibleName(self.tr("Taps in the rest test so far"))
        self.hint = QLabel(page)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("How to stop"))
        self._tap_row = QHBoxLayout()
        self.stop_button = QPushButton(self.tr("Stop early"), page)
        self.stop_button.setAccessibleName(self.tr("Stop the rest test early"))
        self.stop_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.stop_button.clicked.connect(self.ask_stop)
        layout.addStretch(1)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.counts_label)
        layout.addStretch(1)
        layout.addLayout(self._tap_row)
        layout.addWidget(self.hint)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.stop_button)
        layout.addLayout(bottom)
        return page

    def _build_result(self) -> QWidget:
        page, layout = self._page()
        self.result_label = QLabel(page)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Rest test result"))
        _scale_font(self.result_label, 1.25)
        self.close_button = QPushButton(self.tr("Back to the bedside (Escape)"), page)
        self.close_button.setAccessibleName(self.tr("Close the rest test result"))
        self.close_button.clicked.connect(self.close_view)
        layout.addWidget(self.result_label)
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # -- flow -----------------------------------------------------------------------------------

    def open_setup(self) -> None:
        """Show the length choice (or the running test, if one runs)."""
        self._pages.setCurrentIndex(1 if self._session.running else 0)
        self._cover()
        (self if self._session.running else self.start_button).setFocus(
            Qt.FocusReason.ShortcutFocusReason
        )

    def start(self) -> None:
        self._session.start(self.minutes.value())
        self._build_tap_buttons()
        self._pages.setCurrentIndex(1)
        self.hint.setText(self._stop_hint())
        self._on_tick()
        self._tick.start()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def ask_stop(self) -> None:
        """First press: say how to confirm. Second within STOP_CONFIRM_MS: stop and save."""
        if self._stop_window.isActive():
            self._stop_window.stop()
            self.finish()
            return
        self._stop_window.start()
        self.hint.setText(self.tr("Press Escape (or Stop early) again to stop the test now."))

    def finish(self) -> None:
        self._tick.stop()
        try:
            result = self._session.finish()
        except InputError as exc:
            self.result_label.setText(escape(self.tr("Rest test not saved: %s.") % exc.message))
        except (StoreError, OSError) as exc:
            self.result_label.setText(
                escape(self.tr("The rest test could not be saved: %s.") % str(exc).rstrip("."))
            )
        else:
            self.result_label.setText(self.result_html(result))
        self._pages.setCurrentIndex(2)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_if_running(self) -> None:
        """Hypnic is quitting: a running test is saved with the length it ran."""
        if self._session.running:
            self.finish()

    def close_view(self) -> None:
        if self._session.running:
            return  # a running test is stopped with Escape twice, never closed by accident
        self.hide()
        self.closed.emit()

    def refresh(self) -> None:
        """Re-count (a tap was saved or undone)."""
        if self._session.running:
            self._on_tick()

    # -- showing --------------------------------------------------------------------------------

    def _on_tick(self) -> None:
        if not self._session.running:
            return
        left_s = -(-self._session.remaining_ms() // 1000)
        self.clock_label.setText(f"{left_s // 60:02d}:{left_s % 60:02d}")
        so_far = self._session.so_far()
        counts = so_far.counts if so_far is not None else {}
        total = sum(counts.values())
        parts = [f"{self._label(k)} {n}" for k, n in counts.items()]
        self.counts_label.setText(
            self.tr("%n tap(s) so far", "", total) + (": " + " · ".join(parts) if parts else "")
        )
        if left_s <= 0:
            self.finish()

    def result_html(self, result: RestTestFigures) -> str:
        total = sum(result.counts.values())
        rows = "".join(
            f"<tr><td style='padding-right:16px'>{escape(self._label(kind))}</td>"
            f"<td style='padding-right:16px'>{n}</td>"
            f"<td>{escape(self.tr('%s per hour') % _rate(result.per_hour_by_kind[kind]))}</td></tr>"
            for kind, n in result.counts.items()
        )
        minutes = _minutes(result.minutes)
        return (
            f"<h2>{escape(self.tr('Rest test: %s min') % minutes)}</h2>"
            f"<p>{escape(self.tr('%n tap(s)', '', total))} · "
            f"{escape(self.tr('%s per hour') % _rate(result.per_hour))}</p>"
            f"<table>{rows}</table>"
            f"<p><b>{escape(self.tr('Leg movements: %s per hour') % _rate(result.leg_per_hour))}"
            "</b><br>"
            + escape(
                self.tr(
                    "Beside it, the clinic's sit-still test counts more than %d an hour as high "
                    "(from EMG sensors on the legs): taps are not equivalent."
                )
                % SIT_CUTOFF_PER_HOUR
            )
            + f"</p><p>{escape(self.tr('Saved to the night; it is in the night review.'))}</p>"
        )

    def _build_tap_buttons(self) -> None:
        while self._tap_row.count():
            item = self._tap_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        hints: dict[str, list[str]] = {}
        for key, kind_key in self._kinds.shortcuts().items():
            hints.setdefault(kind_key, []).append(key)
        for kind in self._kinds.active():
            keys = " / ".join(hints.get(kind.key, []))
            button = QPushButton(f"{kind.label} ({keys})" if keys else kind.label, self)
            button.setAccessibleName(self.tr("Log %s") % kind.label)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(64)
            button.clicked.connect(lambda _=False, k=kind.key: self.tap_requested.emit(k))
            self._tap_row.addWidget(button, 1)

    def _stop_hint(self) -> str:
        return self.tr("Keys and buttons log taps as at the bedside. Escape twice stops early.")

    def _on_stop_window_timeout(self) -> None:
        self.hint.setText(self._stop_hint())

    def _label(self, kind_key: str) -> str:
        kind = self._kinds.get(kind_key)
        return kind.label if kind is not None else kind_key

    def _cover(self) -> None:
        self.setGeometry(self._host.rect())
        self.show()
        self.raise_()
        for veil in self._host.findChildren(DimmerOverlay):
            veil.raise_()

    # -- keys -----------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Escape and Enter are the view's own keys, even where the window binds them too.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and not event.isAutoRepeat():
            if self._session.running:
                self.ask_stop()
            else:
                self.close_view()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._pages.currentIndex() != 1:
            (self.start if self._pages.currentIndex() == 0 else self.close_view)()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False


def _scale_font(label: QWidget, factor: float, *, bold: bool = False) -> None:
    # Relative to the desktop's font, so the text-size setting still scales it.
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)


def _rate(value: float) -> str:
    return f"{value:.1f}"


def _minutes(value: float) -> str:
    """'30' for a whole number of minutes, '12.5' otherwise."""
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"
