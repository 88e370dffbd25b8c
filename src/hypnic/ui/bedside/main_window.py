"""The main window: assembles the bedside panel, its top bar, actions and key bindings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.bedside_keys import BedsideAction
from hypnic.domain.clock import Clock
from hypnic.domain.errors import InputError, StoreError
from hypnic.domain.events import Instant, Observer
from hypnic.services.bedside_undo import BedsideUndo, Undone
from hypnic.services.event_log import EventLog
from hypnic.services.kinds import KindCatalog
from hypnic.services.preferences import Preferences
from hypnic.ui.bedside.bedside_panel import BedsidePanel
from hypnic.ui.bedside.dimmer import DimmerOverlay
from hypnic.ui.bedside.key_repeat import repeat_guard
from hypnic.ui.bedside.shortcut_keys import bedside_keys
from hypnic.ui.bedside.theme_control import ThemeControl
from hypnic.ui.bedside.top_bar import TopBar
from hypnic.ui.common.locale_text import clock, dose_text
from hypnic.ui.common.theme import Theme, apply_theme


class MainWindow(QMainWindow):
    """Hypnic's window. Holds no SQL and no statistics: it wires panels to services.

    Signals:
        review_requested(): the person asked to review a night.
        history_requested(): the person asked for the history of nights.
        summary_requested(): the person asked for the doctor's summary.
        settings_requested(): the person asked for kinds and preferences.
        theme_changed(Theme): the night or day theme was switched.
    """

    review_requested = Signal()
    history_requested = Signal()
    summary_requested = Signal()
    settings_requested = Signal()
    theme_changed = Signal(object)

    def __init__(
        self,
        *,
        event_log: EventLog,
        kinds: KindCatalog,
        preferences: Preferences,
        undo: BedsideUndo,
        demo: bool = False,
        theme_clock: Clock | None = None,
    ) -> None:
        super().__init__()
        self._log = event_log
        # Undo takes back the latest of this session's taps, doses and lights-out, by id.
        self._history = undo
        self._kinds = kinds
        self._prefs = preferences
        # Style the application before any child exists: a style sheet set afterwards
        # re-polishes every widget, which costs the first paint several milliseconds.
        self._themes = ThemeControl(
            preferences=preferences, clock=theme_clock or event_log.clock, parent=self
        )
        self._theme: Theme = self._themes.theme
        self._text_scale = preferences.text_scale
        _apply_app_theme(self._theme, self._text_scale)
        self._kind_actions: list[QAction] = []
        self.setWindowTitle(
            self.tr("Bedside (DEMO, nothing here is real) — Hypnic")
            if demo
            else self.tr("Bedside — Hypnic")
        )
        self.setAccessibleName(self.tr("Hypnic bedside logger"))

        central = QWidget(self)
        self.panel = BedsidePanel(event_log=event_log, kinds=kinds, theme=self._theme)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_top_bar())
        layout.addWidget(self.panel, 1)
        self._column = layout
        self.setCentralWidget(central)
        self.dimmer = DimmerOverlay(central)

        self._repeats = repeat_guard(self)
        self._build_actions()
        self.panel.link_activated.connect(self._on_panel_link_activated)
        self.panel.refreshed.connect(self._show_lights_out)
        self._show_lights_out()
        undo.remembered.connect(self._offer_undo)
        kinds.changed.connect(self._bind_kind_keys)
        preferences.changed.connect(self.apply_preferences)
        self._themes.theme_changed.connect(self._on_themes_theme_changed)
        self._theme_timer = QTimer(self, interval=60_000)
        self._theme_timer.timeout.connect(self.apply_preferences)
        self._theme_timer.start()
        self.apply_preferences()
        self._restore_geometry()
        self.demo_badge.setVisible(demo)

    # -- building -----------------------------------------------------------------------------

    def _build_top_bar(self) -> QWidget:
        bar = TopBar(self)
        self.lights_out_button, self.partner_button = bar.lights_out_button, bar.partner_button
        self.theme_button, self.dimmer_slider = bar.theme_button, bar.dimmer_slider
        self.menu_button, self.menu = bar.menu_button, bar.menu
        self.demo_badge = bar.demo_badge
        self.lights_out_button.clicked.connect(self.record_lights_out)
        self.partner_button.toggled.connect(self._on_partner_toggled)
        self.theme_button.clicked.connect(self._themes.toggle)
        self.dimmer_slider.valueChanged.connect(self._prefs.set_dimmer)
        return bar

    def _action(
        self,
        text: str,
        keys: list[QKeySequence],
        slot: Callable[..., object],
        *,
        once_per_press: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # Holding a key must log one event, not one per auto-repeat.
        action.setAutoRepeat(False)
        if once_per_press:
            # setAutoRepeat misses X11's later repeats (see key_repeat): a held Backspace would
            # undo one tap after another, a held P flip the partner switch back and forth.
            action.triggered.connect(lambda: self._unless_repeat(slot))
        else:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        act = BedsideAction
        self.undo_action = self._action(
            self.tr("Undo last tap"), bedside_keys(act.UNDO), self.undo, once_per_press=True
        )
        self.redo_action = self._action(
            self.tr("Redo"), bedside_keys(act.REDO), self.redo, once_per_press=True
        )
        self._action(
            self.tr("Lights out"), bedside_keys(act.LIGHTS_OUT), self.record_lights_out,
            once_per_press=True,
        )  # fmt: skip
        self._action(
            self.tr("Partner logging"),
            bedside_keys(act.PARTNER),
            self.partner_button.toggle,
            once_per_press=True,
        )
        for text, action, slot in (
            (self.tr("&Review a night…"), act.REVIEW, self.review_requested.emit),
            (self.tr("&History of nights…"), act.HISTORY, self.history_requested.emit),
            (self.tr("&Summary for the doctor…"), act.SUMMARY, self.summary_requested.emit),
            (self.tr("&Kinds and settings…"), act.SETTINGS, self.settings_requested.emit),
            (self.tr("Day or &night theme for now"), act.THEME, self._themes.toggle),
            (self.tr("&Brighter"), act.BRIGHTER, self._themes.brighter),
            (self.tr("&Dimmer"), act.DIMMER, self._themes.darker),
            (self.tr("&Full screen"), act.FULL_SCREEN, self.toggle_full_screen),
            (self.tr("&Quit"), act.QUIT, self.close),
        ):
            self.menu.addAction(self._action(text, bedside_keys(action), slot))
        self._bind_kind_keys()

    def _unless_repeat(self, slot: Callable[..., object]) -> None:
        if not self._repeats.last_press_was_repeat():
            slot()

    def _on_kind_key(self, kind_key: str, key: str) -> None:
        if not self._repeats.is_repeat(key):
            self.panel.tap_from_key(kind_key, key, self._repeats.press_stamp(key))

    def add_menu_action(self, action: QAction) -> None:
        """Offer a daytime window in the menu (before Full screen and Quit); keys work too."""
        self.addAction(action)
        self.menu.insertAction(self.menu.actions()[-2], action)

    def _bind_kind_keys(self) -> None:
        for action in self._kind_actions:
            self.removeAction(action)
            action.deleteLater()
        self._kind_actions.clear()
        # One action per key (not per kind): auto-repeat is per key, and so is its debounce.
        for key, kind_key in self._kinds.shortcuts().items():
            kind = self._kinds.get(kind_key)
            label = kind.label if kind else kind_key
            action = self._action(
                self.tr("Log %s") % label,
                [QKeySequence(key)],
                lambda _=False, k=kind_key, pressed=key: self._on_kind_key(k, pressed),
            )
            action.setObjectName(f"log_{kind_key}_{key}")
            self._kind_actions.append(action)

    # -- slots ----------------------------------------------------------------------------------

    def add_bedside_widget(self, widget: QWidget, *, above: bool = False) -> None:
        """Add a bedside piece (diary offer above the tap buttons, evening row below)."""
        self._column.insertWidget(1 if above else self._column.count(), widget)

    def undo(self) -> None:
        try:
            undone = self._history.undo()
        except (StoreError, OSError) as exc:
            self.panel.show_problem(
                self.tr("Undo not done, nothing was changed: %s.") % str(exc).rstrip(".")
            )
            return
        if undone is None:
            self.panel.offer("", "")
            self.panel.show_confirmation(self.tr("Nothing to undo tonight."))
            return
        if undone.record is not None:
            self.panel.show_confirmation(self.tr("Undone: %s") % self._describe(undone))
            self._offer_redo()
            return
        if undone.held:
            self._offer_undo()
            self.panel.show_confirmation(
                self.tr("Removed: %s (it had not been saved yet)") % self._describe(undone)
            )
            return
        what = self.tr("Undone: %s · moved to the trash") if undone.lights_out is None else (
            self.tr("Undone: %s"))  # fmt: skip
        self.panel.show_confirmation(what % self._describe(undone))
        self._offer_redo()

    def redo(self) -> None:
        try:
            undone = self._history.redo()
        except (InputError, StoreError, OSError) as exc:
            self.panel.show_problem(
                self.tr("Redo not done, nothing was changed: %s.") % str(exc).rstrip(".")
            )
            return
        if undone is not None:
            self._offer_undo()
            self.panel.show_confirmation(self.tr("Restored: %s") % self._describe(undone))

    def _offer_undo(self) -> None:
        """The button beside the confirmation names what an undo takes back now."""
        latest = self._history.peek_undo()
        if latest is None:
            self.panel.offer("", "")
        else:
            self.panel.offer("undo", self.tr("Undo %s") % self._describe(latest))

    def _offer_redo(self) -> None:
        latest = self._history.peek_redo()
        if latest is None:
            self.panel.offer("", "")
        else:
            self.panel.offer("redo", self.tr("Redo %s") % self._describe(latest))

    def _describe(self, undone: Undone) -> str:
        """ "lights-out 21:47", "clonazepam 0.5 mg", "Kick 23:41:07" (partner's said so)."""
        if undone.record is not None:
            if undone.record.field == "quiet":
                return self.tr("quiet night")
            at = undone.record.value
            return self.tr("symptoms started at %s") % (
                _clock(at) if isinstance(at, Instant) else "–"
            )
        if undone.lights_out is not None:
            return self.tr("lights-out %s") % _clock(undone.lights_out)
        if undone.event is None:
            return ", ".join(dose_text(d) for d in undone.doses)
        event = undone.event
        kind = self._kinds.get(event.kind)
        label = kind.label if kind else event.kind
        at = _clock(Instant(event.utc_ms, event.offset_min), seconds=True)
        if event.by is Observer.PARTNER:
            return self.tr("partner's %1 %2").replace("%1", label).replace("%2", at)
        return f"{label} {at}"

    def record_lights_out(self) -> None:
        try:
            moment = self._log.record_lights_out()
        except (StoreError, OSError) as exc:
            self.panel.show_problem(self.tr("Lights-out not saved: %s.") % str(exc).rstrip("."))
            return
        self.panel.show_confirmation(self.tr("Lights out · %s") % _clock(moment))

    def _show_lights_out(self) -> None:
        """Tonight's lights-out stays in sight while it is set (the top bar's L button)."""
        try:
            at = self._log.lights_out()
        except (StoreError, OSError):
            return  # the banner already says the store cannot be read; keep what is shown
        if at is None:
            self.lights_out_button.setText(self.tr("Lights out (L)"))
            self.lights_out_button.setAccessibleName(self.tr("Record lights-out now"))
        else:
            text = self.tr("Lights out %s (L)") % _clock(at)
            self.lights_out_button.setText(text)
            self.lights_out_button.setAccessibleName(
                self.tr("Lights-out is %s; press to record it again now") % _clock(at)
            )

    def _on_panel_link_activated(self, link: str) -> None:
        if link == "undo":
            self.undo()
        elif link == "redo":
            self.redo()

    def show_error(self, text: str) -> None:
        self.panel.show_problem(text)

    def show_as_preferred(self) -> None:
        """Open as the settings say: as last closed, maximised, or full screen."""
        start = self._prefs.window_start
        if start == "full_screen":
            self.showFullScreen()
        elif start == "maximised":
            self.showMaximized()
        else:
            self.show()

    def toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def _on_partner_toggled(self, on: bool) -> None:
        self.panel.set_partner(on)
        self.partner_button.setText(self.tr("Partner: ON (P)") if on else self.tr("Partner (P)"))

    def _on_themes_theme_changed(self, theme: Theme) -> None:
        self._theme = theme
        _apply_app_theme(theme, self._text_scale)
        self.panel.set_theme(theme)
        self.theme_changed.emit(theme)

    def apply_preferences(self) -> None:
        """Follow the preferences and the clock: the theme, the text size, the button's words."""
        if self._prefs.text_scale != self._text_scale:
            self._text_scale = self._prefs.text_scale
            _apply_app_theme(self._theme, self._text_scale)
        self._themes.refresh()
        text, name = self._themes.button_words()
        self.theme_button.setText(text)
        self.theme_button.setAccessibleName(name)
        self.dimmer.set_percent(self._prefs.dimmer)
        if self.dimmer_slider.value() != self._prefs.dimmer:
            self.dimmer_slider.setValue(self._prefs.dimmer)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if QApplication.focusWidget() is None or not self.property("shown"):
            self.setProperty("shown", True)
            self.panel.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def theme(self) -> Theme:
        return self._theme

    def _restore_geometry(self) -> None:
        saved = self._prefs.window_geometry
        if saved is not None and self.restoreGeometry(saved):
            return
        screen = self.screen().availableGeometry()
        self.resize(min(1280, screen.width()), min(800, screen.height()))

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self._log.finish()
        if unsaved and not _offer_rescue(self, self._log):
            event.ignore()
            return
        self._prefs.set_window_geometry(self.saveGeometry())
        event.accept()


def _clock(at: Instant, *, seconds: bool = False) -> str:
    return clock(at.local_ms // 1000, seconds=seconds)


def _apply_app_theme(theme: Theme, text_scale: int) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, theme, text_scale)


def _offer_rescue(window: QWidget, log: EventLog) -> bool:
    # Loaded only when a tap is still unsaved at quit: nothing of it is needed to start.
    from hypnic.ui.bedside.rescue import offer_rescue

    return offer_rescue(window, log)
