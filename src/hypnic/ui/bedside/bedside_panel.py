"""The bedside panel: one huge button per kind, tonight's counts, a quiet confirmation line."""

from __future__ import annotations

import time as _time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hypnic.domain.changes import Changes
from hypnic.domain.events import Event, Observer
from hypnic.domain.kinds import Kind
from hypnic.services.event_log import EventLog
from hypnic.services.kinds import KindCatalog
from hypnic.ui.bedside.kind_button import KindButton
from hypnic.ui.common.announce import announce, plain
from hypnic.ui.common.focus_ring import NO_RING
from hypnic.ui.common.locale_text import clock, long_date
from hypnic.ui.common.theme import Theme

# Two mouse taps of one kind closer than this are one tap (a tremor, a double click).
SLOW_WRITE_MS = 400
DEBOUNCE_S = 0.25
# A second click on the Undo button sooner than this after the first is the same press (a
# tremor's double tap), not a wish to restore what the first one undid.
SECOND_TAP_S = 1.0
CONFIRMATION_MS = 8000
# Apple's and WCAG's 44 px for a target a shaking hand must hit.
UNDO_MIN_HEIGHT = 48


class BedsidePanel(QWidget):
    """Big kind buttons over a confirmation line and an unmissable "not saved yet" banner.

    Signals:
        link_activated(str): the button (or a link) of the confirmation line was used
            ("undo" or "redo").
        refreshed(): tonight's counts were read again (something of tonight changed).
    """

    link_activated = Signal(str)
    refreshed = Signal()

    def __init__(
        self,
        *,
        event_log: EventLog,
        kinds: KindCatalog,
        theme: Theme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._log = event_log
        self._kinds = kinds
        self._theme = theme
        self._partner = False
        self._last_click: dict[str, float] = {}
        self._last_key: dict[str, float] = {}
        self._buttons: dict[str, KindButton] = {}
        # Words before a saved tap's line ("Not quiet any more: "), set by the composition.
        self._tap_prefix: Callable[[Event], str] | None = None

        self._night_title = QLabel()
        self._night_title.setObjectName("nightTitle")
        self._night_title.setAccessibleDescription(self.tr("Night"))
        self._partner_badge = QLabel(self.tr("PARTNER LOGGING: taps are recorded as the partner's"))
        self._partner_badge.setObjectName("partnerBadge")
        self._partner_badge.setAccessibleName(self.tr("Partner logging is on"))
        self._partner_badge.hide()
        self._banner = QLabel()
        self._banner.setObjectName("banner")
        self._banner.setWordWrap(True)
        self._banner.setAccessibleDescription(self.tr("Not saved warning"))
        self._banner.hide()
        self._confirmation = QLabel()
        self._confirmation.setObjectName("confirmation")
        self._confirmation.setAccessibleDescription(self.tr("Last tap"))
        self._confirmation.setTextFormat(Qt.TextFormat.RichText)
        self._confirmation.linkActivated.connect(self._on_confirmation_link)
        self._confirmation.setMinimumHeight(32)
        self._confirmation_timer = QTimer(self, singleShot=True, interval=CONFIRMATION_MS)
        self._confirmation_timer.timeout.connect(self._on_confirmation_timer_timeout)
        # A real button, tall enough for a hand with a tremor; it names what it takes back.
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setMinimumHeight(UNDO_MIN_HEIGHT)
        self.undo_button.setMinimumWidth(UNDO_MIN_HEIGHT * 3)
        self.undo_button.setAccessibleName(self.tr("Undo"))
        # Reachable with Tab; a click never leaves it focused (a stray Space must log nothing).
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.undo_button.hide()
        self._offer = ""
        self._last_undo_click: float | None = None
        self._confirmation_timer.timeout.connect(lambda: self._confirmation.setAccessibleName(""))

        # The panel, not a button, holds focus at first: a stray Space must log nothing.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setProperty(NO_RING, True)  # it takes the keys for the whole window
        self.setAccessibleName(self.tr("Tonight's taps"))
        self.setAccessibleDescription(
            self.tr("Each kind's key logs it; Tab reaches the buttons; Backspace undoes.")
        )
        self._row = QHBoxLayout()
        self._row.setSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self._night_title)
        layout.addWidget(self._partner_badge)
        layout.addWidget(self._banner)
        layout.addLayout(self._row, 1)
        line = QHBoxLayout()
        line.addWidget(self._confirmation, 1)
        line.addWidget(self.undo_button)
        layout.addLayout(line)

        # A write slower than this shows the taps as waiting ("Saving…", with a count).
        self._slow = QTimer(self, singleShot=True, interval=SLOW_WRITE_MS)
        self._saving_reason = ""
        self._slow.timeout.connect(self._show_saving)
        event_log.tap_saved.connect(self._on_log_tap_saved)
        event_log.save_failed.connect(self._on_log_save_failed)
        event_log.save_delayed.connect(self._show_saving)
        event_log.pending_changed.connect(self._on_log_pending_changed)
        event_log.changed.connect(self.on_changes)
        kinds.changed.connect(self.rebuild)
        self.rebuild()

    def on_changes(self, changes: Changes) -> None:
        """Re-count when tonight's taps may have changed (a tap, an undo, a review edit)."""
        if changes.touches(self._log.tonight()):
            self.refresh_counts()

    @property
    def partner(self) -> bool:
        return self._partner

    def set_partner(self, on: bool) -> None:
        self._partner = on
        self._partner_badge.setVisible(on)
        self.refresh_counts()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        for button in self._buttons.values():
            button.set_theme(theme)

    def buttons(self) -> dict[str, KindButton]:
        return dict(self._buttons)

    def rebuild(self) -> None:
        """Make one button per active kind, in order, with its key hint."""
        for button in self._buttons.values():
            self._row.removeWidget(button)
            button.deleteLater()
        self._buttons.clear()
        hints: dict[str, list[str]] = {}
        for key, kind_key in self._kinds.shortcuts().items():
            hints.setdefault(kind_key, []).append(key)
        for kind in self._kinds.active():
            hint = " / ".join(hints.get(kind.key, [])) or "–"
            button = KindButton(kind, hint, self._theme, self)
            button.clicked.connect(lambda _=False, k=kind: self._on_button_clicked(k))
            self._row.addWidget(button, 1)
            self._buttons[kind.key] = button
        self.refresh_counts()

    def refresh_counts(self) -> None:
        night = self._log.tonight()
        # The patient's own taps and the partner's, never summed (DESIGN section 6).
        mine = self._log.counts(night, Observer.SELF)
        theirs = self._log.counts(night, Observer.PARTNER)
        for key, button in self._buttons.items():
            button.set_count(mine.get(key, 0), theirs.get(key, 0), partner_mode=self._partner)
        self._night_title.setText(self.tr("Night of %s") % long_date(night))
        self.refreshed.emit()

    def tap(self, kind_key: str) -> None:
        """Log ``kind_key`` now, as self or partner depending on the switch."""
        self._log.log_tap(kind_key, Observer.PARTNER if self._partner else Observer.SELF)

    def tap_from_key(self, kind_key: str, key: str, stamp_ms: int = 0) -> None:
        """A key press: held keys repeat, so a press of ``key`` closer than DEBOUNCE_S to its
        previous press (held or not) extends the hold instead of logging again.

        Measured between the presses' own timestamps (``stamp_ms``, the window system's), not
        when they are handled: presses that queued up while the window was busy are still as
        far apart as the person made them. Without a timestamp (synthetic events) the time of
        handling is used.
        """
        if _close_to_previous(self._last_key, key, stamp_ms):
            return
        self.tap(kind_key)

    def _on_button_clicked(self, kind: Kind) -> None:
        button = self._buttons.get(kind.key)
        stamp = button.last_release_ms if button is not None else 0
        if _close_to_previous(self._last_click, kind.key, stamp):
            return
        self.tap(kind.key)

    def _on_log_tap_saved(self, event: Event) -> None:
        # The counts follow on the log's `changed`, which comes right after every saved tap.
        button = self._buttons.get(event.kind)
        if button is not None:
            button.flash()
            label = button.kind.label
        else:
            kind = self._kinds.get(event.kind)
            label = kind.label if kind else event.kind
        clock = _clock_text(event)
        who = self.tr(" · partner") if event.by is Observer.PARTNER else ""
        prefix = self._tap_prefix(event) if self._tap_prefix is not None else ""
        self.show_confirmation(f"{prefix}{label} · {clock}{who}")
        # A screen reader says each saved tap (the focus stays where it is).
        saved = self.tr("%1 saved at %2.") if event.by is Observer.SELF else (
            self.tr("%1 saved at %2, as the partner's."))  # fmt: skip
        announce(self._confirmation, saved.replace("%1", label).replace("%2", clock))

    def set_tap_prefix(self, prefix: Callable[[Event], str]) -> None:
        """``prefix(event)`` is put before a saved tap's confirmation line."""
        self._tap_prefix = prefix

    def show_confirmation(self, html: str) -> None:
        colour = self._theme.accent
        self._confirmation.setText(html.replace("<a ", f"<a style='color:{colour}' "))
        # Rich text gives the label no name of its own: the screen reader reads the words.
        self._confirmation.setAccessibleName(plain(html))
        self._confirmation_timer.start()
        self.undo_button.setVisible(bool(self._offer))

    def offer(self, link: str, text: str) -> None:
        """Offer ``link`` ("undo" or "redo") on the button beside the confirmation, labelled
        ``text`` ("Undo Kick 23:41:07"); an empty ``link`` takes the button away."""
        self._offer = link
        self.undo_button.setText(text)
        self.undo_button.setAccessibleName(text)
        self.undo_button.setVisible(bool(link))
        if link:
            self._confirmation_timer.start()

    def offered(self) -> str:
        """What the button beside the confirmation does now ("undo", "redo" or "")."""
        return self._offer if self.undo_button.isVisible() else ""

    def _on_undo_button_clicked(self) -> None:
        # After an undo the same button offers to restore: a tremor's second tap on it, too
        # soon to have read the new words, would take the undo straight back.
        now = _time.monotonic()
        previous, self._last_undo_click = self._last_undo_click, now
        if previous is not None and 0 <= now - previous < SECOND_TAP_S:
            return
        if self._offer:
            self.link_activated.emit(self._offer)

    def _on_confirmation_timer_timeout(self) -> None:
        self._confirmation.clear()
        self.undo_button.hide()

    def _on_confirmation_link(self, link: str) -> None:
        self.link_activated.emit(link)

    def _on_log_save_failed(self, message: str) -> None:
        count = len(self._log.pending)
        self._banner.setProperty("saving", False)
        self._banner.setText(
            self.tr("NOT SAVED YET: %n tap(s) are held and retried every few seconds. ", "", count)
            + message
            + "."
        )
        self._banner.show()
        announce(self._banner, self._banner.text(), assertive=True)

    def show_problem(self, text: str) -> None:
        """Show a problem in the banner (never a dialog at the bedside)."""
        self._banner.setProperty("saving", False)
        self._banner.setText(text)
        self._banner.show()
        announce(self._banner, text, assertive=True)

    def _on_log_pending_changed(self, count: int) -> None:
        if count == 0:
            self._slow.stop()
            self._saving_reason = ""
            if self._banner.isVisible():
                self._banner.hide()
                self.show_confirmation(self.tr("All held taps are saved now."))
        elif not self._slow.isActive() and not self._banner.isVisible():
            self._slow.start()
        elif self._banner.isVisible() and self._banner.property("saving"):
            self._show_saving()
        self.refresh_counts()

    def _show_saving(self, reason: str = "") -> None:
        """Taps take longer than a moment to write (the store is busy): say they are waiting,
        and why when the writer said so; a failure already shown is not covered up."""
        count = len(self._log.pending)
        if count == 0 or (self._banner.isVisible() and not self._banner.property("saving")):
            return
        reason = reason or self._saving_reason
        self._saving_reason = reason
        text = self.tr("Saving… %n tap(s) waiting to be written.", "", count)
        if reason:
            text += " " + self.tr("%s; they are written as soon as it is free.") % reason
        self._banner.setText(text)
        self._banner.setProperty("saving", True)
        self._banner.show()


def _close_to_previous(last: dict[str, float], key: str, stamp_ms: int) -> bool:
    """Record this press of ``key`` and say whether it came within DEBOUNCE_S of the one
    before (by the presses' timestamps when they have them)."""
    now = stamp_ms / 1000 if stamp_ms else _time.monotonic()
    previous = last.get(key)
    last[key] = now
    return previous is not None and 0 <= now - previous < DEBOUNCE_S


def _clock_text(event: Event) -> str:
    return clock((event.utc_ms + event.offset_min * 60_000) // 1000, seconds=True)
