"""The bedside's acts around the taps (DESIGN section 11): N marks the night quiet, F1 shows
the keys, and the menu's rest test covers the window with its dim timer.

The help and the rest test's view are built the first time they are asked for: neither is
needed to draw the bedside, and start-up is what a patient waits for at night."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from hypnic.domain.bedside_keys import BedsideAction
from hypnic.services.kinds import KindCatalog
from hypnic.services.night_marks import NightMarks
from hypnic.services.rest_test import RestTestSession
from hypnic.ui.bedside.main_window import MainWindow
from hypnic.ui.bedside.quiet_key import QuietKey
from hypnic.ui.bedside.shortcut_keys import bedside_keys

if TYPE_CHECKING:
    from hypnic.ui.bedside.help_panel import HelpPanel
    from hypnic.ui.bedside.rest_test_view import RestTestView


class AroundTaps:
    """N, F1 and the rest test, wired to the bedside window."""

    def __init__(
        self, window: MainWindow, *, marks: NightMarks, kinds: KindCatalog,
        rest_session: RestTestSession,
    ) -> None:  # fmt: skip
        self._window = window
        self._kinds = kinds
        self._session = rest_session
        self._help: HelpPanel | None = None
        self._rest_test: RestTestView | None = None
        self.quiet = QuietKey(window, marks)
        self.help_action = QAction(QCoreApplication.translate("HelpPanel", "Keys and help"), window)
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.help_action.setAutoRepeat(False)
        self.help_action.triggered.connect(lambda: self.help.toggle())
        window.addAction(self.help_action)
        self.rest_test_action = QAction(
            QCoreApplication.translate("MainWindow", "Rest &test…"), window
        )
        self.rest_test_action.setShortcuts(bedside_keys(BedsideAction.REST_TEST))
        self.rest_test_action.triggered.connect(lambda: self.rest_test.open_setup())
        window.add_menu_action(self.rest_test_action)

    @property
    def help(self) -> HelpPanel:
        """The F1 help over the bedside's central area."""
        if self._help is None:
            from hypnic.ui.bedside.help_panel import HelpPanel

            self._help = HelpPanel(self._host(), self._kinds)
        return self._help

    @property
    def rest_test(self) -> RestTestView:
        """The rest test's dim timer over the bedside's central area."""
        if self._rest_test is None:
            from hypnic.ui.bedside.rest_test_view import RestTestView

            view = RestTestView(self._host(), session=self._session, kinds=self._kinds)
            view.tap_requested.connect(self._window.panel.tap)
            panel = self._window.panel
            view.closed.connect(lambda: panel.setFocus(Qt.FocusReason.OtherFocusReason))
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(view.save_if_running)
            self._rest_test = view
        return self._rest_test

    def refresh_rest_test(self) -> None:
        """A tap landed: a running rest test counts it (nothing to do before one was opened)."""
        if self._rest_test is not None:
            self._rest_test.refresh()

    def _host(self) -> QWidget:
        host = self._window.centralWidget()
        assert host is not None
        return host
