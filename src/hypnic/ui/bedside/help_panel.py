"""F1 at the bedside: every key and what Hypnic is for, shown inside the window (never a
dialog), in the window's theme; F1 or Escape closes it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from hypnic.domain.bedside_keys import HELP_ROWS
from hypnic.services.kinds import KindCatalog
from hypnic.ui.bedside.dimmer import DimmerOverlay
from hypnic.words import HELP_ABOUT, help_text

_CLOSING_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_F1)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BedsideKeys", text)


def _keys_text(keys: str) -> str:
    """A row's keys as Qt names them ("J or 1"), with only the "or" said in the language."""
    first, joined, second = keys.partition(" or ")
    if not joined:
        return keys
    return _tr("%1 or %2").replace("%1", first).replace("%2", second)


class HelpPanel(QWidget):
    """Covers its host (the bedside window's central area) while shown; keys still log taps."""

    def __init__(self, host: QWidget, kinds: KindCatalog) -> None:
        super().__init__(host)
        self._host = host
        self._kinds = kinds
        self.setObjectName("helpPanel")
        self.setAccessibleName(self.tr("Help: bedside keys"))
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setAccessibleName(self.tr("Bedside keys and what Hypnic is for"))
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.addWidget(scroll)
        host.installEventFilter(self)
        self.hide()

    def toggle(self) -> None:
        if self.isVisible():
            self.close_help()
        else:
            self.show_help()

    def show_help(self) -> None:
        self.text.setText(self._html())
        self.setGeometry(self._host.rect())
        self.show()
        self.raise_()
        for veil in self._host.findChildren(DimmerOverlay):
            veil.raise_()  # the dimmer stays over everything
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_help(self) -> None:
        self.hide()
        parent = self._host.window()
        panel = getattr(parent, "panel", None)
        if isinstance(panel, QWidget):
            panel.setFocus(Qt.FocusReason.OtherFocusReason)

    def _html(self) -> str:
        rows = "".join(
            f"<tr><td style='padding:2px 18px 2px 0'><b>{escape(_keys_text(keys))}</b></td>"
            f"<td style='padding:2px 0'>{escape(help_text(does))}</td></tr>"
            for keys, does in HELP_ROWS
        )
        keys_of: dict[str, list[str]] = {}
        for key, kind_key in self._kinds.shortcuts().items():
            keys_of.setdefault(kind_key, []).append(key)
        yours = " · ".join(
            f"{escape(kind.label)} <b>{escape(' / '.join(keys_of[kind.key]))}</b>"
            for kind in self._kinds.active()
            if kind.key in keys_of
        )
        return (
            f"<h2>{escape(self.tr('Hypnic at the bedside'))}</h2>"
            f"<p>{escape(help_text(HELP_ABOUT))}</p>"
            f"<p>{escape(self.tr('Your kinds now:'))} {yours}</p>"
            f"<table>{rows}</table>"
            f"<p>{escape(self.tr('F1 or Escape closes this help.'))}</p>"
        )

    def event(self, event: QEvent) -> bool:
        # Escape and F1 close the help even where a window shortcut wants the same key.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _CLOSING_KEYS
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _CLOSING_KEYS:
            self.close_help()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False
