"""The bedside's acts around the taps (DESIGN section 11): N marks the night quiet, F1 shows
the keys, and the menu's rest test covers the window with its dim timer."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from hypnic.domain.bedside_keys import BedsideAction, keys_of
from hypnic.services.kinds import KindCatalog
from hypnic.services.night_marks import NightMarks
from hypnic.services.rest_test import RestTestSession
from hypnic.ui.bedside.help_panel import HelpPanel, install_help
from hypnic.ui.bedside.main_window import MainWindow
from hypnic.ui.bedside.quiet_key import QuietKey
from hypnic.ui.bedside.rest_test_view import RestTestView


@dataclass(frozen=True, slots=True)
class AroundTaps:
    quiet: QuietKey
    help: HelpPanel
    help_action: QAction
    rest_test: RestTestView
    rest_test_action: QAction


def install_around_taps(
    window: MainWindow, *, marks: NightMarks, kinds: KindCatalog, rest_session: RestTestSession
) -> AroundTaps:
    quiet = QuietKey(window, marks)
    help_panel, help_action = install_help(window, kinds)
    host = window.centralWidget()
    assert host is not None
    view = RestTestView(host, session=rest_session, kinds=kinds)
    view.tap_requested.connect(window.panel.tap)
    view.closed.connect(lambda: window.panel.setFocus(Qt.FocusReason.OtherFocusReason))
    action = QAction(QCoreApplication.translate("MainWindow", "Rest test…"), window)
    action.setShortcuts([QKeySequence(k) for k in keys_of(BedsideAction.REST_TEST)])
    action.triggered.connect(view.open_setup)
    window.add_menu_action(action)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(view.save_if_running)
    return AroundTaps(quiet, help_panel, help_action, view, action)
