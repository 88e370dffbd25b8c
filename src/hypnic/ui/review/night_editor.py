"""The review window: move between nights, see a night's charts, fix its record and events."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hypnic.domain.changes import Changes
from hypnic.domain.events import Event, Instant, Observer
from hypnic.services.kinds import KindCatalog
from hypnic.services.night_review import NightReview
from hypnic.ui.charts.night_timeline import NightTimelineData
from hypnic.ui.common.close_keys import add_close_keys
from hypnic.ui.common.locale_text import clock, long_date, medium_date_format
from hypnic.ui.common.theme import DAY, Theme
from hypnic.ui.common.time_entry import FoldChooser, ask_fold, attempt
from hypnic.ui.common.window_fit import size_to_screen
from hypnic.ui.review.night_charts import NightCharts
from hypnic.ui.review.night_events_panel import NightEventsPanel
from hypnic.ui.review.night_record_row import NightRecordRow

DoseMarks = Callable[[date], Sequence[tuple[Instant, str]]]


class NightEditor(QWidget):
    """A non-modal window: navigate nights, fix their events, record lights-out and a note.

    Signals:
        night_shown(date): another night is shown (a side panel follows it).
    """

    night_shown = Signal(object)

    def __init__(
        self,
        *,
        review: NightReview,
        kinds: KindCatalog,
        parent: QWidget | None = None,
        choose_fold: FoldChooser = ask_fold,
        theme: Theme = DAY,
        dose_marks: DoseMarks | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._review = review
        self._dose_marks: DoseMarks = dose_marks or (lambda _night: ())
        self._kinds = kinds
        self._choose_fold = choose_fold
        self._theme = theme
        self._night = review.tonight()
        self.setAccessibleName(self.tr("Review a night"))
        self._build()
        self._build_actions()
        review.changed.connect(self.on_changes)
        kinds.changed.connect(self.on_changes)
        self.show_night(self._night)
        size_to_screen(self, 1100, 760)

    @property
    def night(self) -> date:
        return self._night

    def on_changes(self, changes: Changes) -> None:
        """Reload when the night shown (or the kinds) changed, once per change."""
        if changes.touches(self._night) or changes.kinds:
            self.reload()

    # -- building -----------------------------------------------------------------------------

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        tr = self.tr
        self.previous_button = self._button(
            tr("◀ Previous"), tr("Previous night"), self.previous_night
        )
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(medium_date_format(weekday=True))
        self.date_edit.setAccessibleName(tr("Night date"))
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.next_button = self._button(tr("Next ▶"), tr("Next night"), self.next_night)
        self.tonight_button = self._button(tr("Tonight"), tr("Go to tonight"), self.go_tonight)
        self.title = QLabel(self)
        self.title.setAccessibleDescription(tr("Night shown"))
        self.title.setObjectName("windowTitle")

        self.record_row = NightRecordRow(
            review=self._review,
            night=self._night,
            attempt=self._attempt,
            reload=self.reload,
            parent=self,
        )
        self.winddown_field = self.record_row.winddown_field
        self.lights_out_field = self.record_row.lights_out_field
        self.note_edit = self.record_row.note_edit

        self.charts = NightCharts(self._theme, self)
        self.events = events = NightEventsPanel(kinds=self._kinds, parent=self)
        # The events page's parts, by the names the window and its tests know them by.
        self.model, self.table, self.message = events.model, events.table, events.message
        self.add_button, self.delete_button = events.add_button, events.delete_button
        self.trash_button = events.trash_button
        self.add_panel, self.trash_panel = events.add_panel, events.trash_panel
        for field in (self.winddown_field, self.lights_out_field, self.record_row.symptoms_field):
            field.refused.connect(events.show_error)
        # Queued: saving re-renders the table, which must not happen inside the delegate's commit.
        self.model.edit_requested.connect(
            self._on_model_edit_requested, Qt.ConnectionType.QueuedConnection
        )
        self.add_button.clicked.connect(self.open_add_form)
        self.delete_button.clicked.connect(self.delete_selected)
        self.add_panel.add_requested.connect(self._on_add_panel_add_requested)
        self.trash_panel.restore_requested.connect(self._on_trash_panel_restore_requested)
        # Tab keeps the window's order: the night's note, the table and its add form, the
        # charts, then the buttons under the table.
        QWidget.setTabOrder(self.note_edit, self.table)
        self.add_panel.chain_after(self.table)
        # A point clicked on the timeline selects its row, and a selected row rings its point.
        self.charts.event_clicked.connect(lambda event_id: events.select([event_id], only=True))
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self._lay_out()

    def _lay_out(self) -> None:
        nav = QHBoxLayout()
        for widget in (self.previous_button, self.date_edit, self.next_button, self.tonight_button):
            nav.addWidget(widget)
        nav.addStretch(1)

        # The events and (once added) the doses, tags and diary share one tabbed area below the
        # timeline, so each gets the full width even on a 1024 x 600 screen.
        self.lower_tabs = QTabWidget(self)
        self.lower_tabs.setAccessibleName(self.tr("Events, doses and diary of the night"))
        self.lower_tabs.tabBar().setAccessibleName(self.tr("Events, doses and diary of the night"))
        self.lower_tabs.addTab(self.events, self.tr("&Events"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(nav)
        layout.addWidget(self.record_row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.charts)
        splitter.addWidget(self.lower_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

    def _build_actions(self) -> None:
        tr, seq = self.tr, QKeySequence

        def action(text: str, keys: list[QKeySequence], slot: Callable[[], object]) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.previous_action = action(tr("Previous night"), [seq("Alt+Left")], self.previous_night)
        self.next_action = action(tr("Next night"), [seq("Alt+Right")], self.next_night)
        self.add_action = action(tr("Add a missed event"), [seq("Ctrl+N")], self.open_add_form)
        self.escape_action, self.close_action = add_close_keys(
            self, inner_escape=self.events.put_away
        )
        # Delete only while the table has focus: in a text field Del deletes a character.
        self.delete_action = QAction(tr("Move to trash"), self.table)
        self.delete_action.setShortcut(seq(seq.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)

    # -- what is shown ------------------------------------------------------------------------

    def show_night(self, night: date) -> None:
        """Show ``night``, first keeping what was typed for the night shown; a typed time that
        cannot be read keeps this night shown, with the sentence, rather than be lost. A night
        after tonight does not exist yet: tonight is shown instead, and said so."""
        tonight = self._review.tonight()
        self.date_edit.setMaximumDate(QDate(tonight.year, tonight.month, tonight.day))
        later = night > tonight
        night = min(night, tonight)
        kept = self.keep_typed()
        if kept:
            self._night = night
            self.record_row.set_night(night)
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self._night.year, self._night.month, self._night.day))
        self.date_edit.blockSignals(False)
        if not kept:
            return
        self.message.clear()
        self.reload()
        if later:
            self.events.show_info(self.tr("There is no later night yet: this is tonight."))
        self.night_shown.emit(night)

    def keep_typed(self) -> bool:
        """Save what is typed but not yet saved (the note, lights-out, wind-down): before
        another night is shown and when the window closes. False when a time was refused."""
        return self.record_row.keep_typed()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.keep_typed()
        super().closeEvent(event)

    def add_side_panel(self, panel: QWidget) -> None:
        """Offer ``panel`` (the night's doses, tags and diary) as a tab beside the events."""
        scroll = QScrollArea(self)
        scroll.setWidget(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Doses, tags and diary"))
        self.lower_tabs.addTab(scroll, self.tr("&Doses, tags and diary"))

    def reload(self) -> None:
        """Re-render the night from the store, keeping the selected events selected."""
        night = self._night
        selected = self.events.selected_ids()
        kinds = {k.key: k for k in self._kinds.all()}
        events = self._review.events(night)
        trash = self._review.trash(night)
        self.events.show_events(events, trash, kinds)
        # A kind switched off or archived since keeps its name and marker for its old events.
        shown = {e.kind for e in events}
        lanes = [k for k in kinds.values() if (k.enabled and not k.archived) or k.key in shown]
        self.charts.set_night(
            NightTimelineData(
                night=night,
                kinds=lanes,
                events=events,
                record=self._review.record(night),
                figures=self._review.figures(night, events),
                doses=self._dose_marks(night),
            )
        )
        self.events.select(selected)
        self.record_row.show_record(self._review.record(night))
        self.title.setText(
            self.tr("Night of %1 — %n event(s)", "", len(events)).replace("%1", long_date(night))
        )
        # The window's own title names the night too (the task bar, a screen reader).
        self.setWindowTitle(self.tr("Night of %1 — Hypnic").replace("%1", long_date(night)))

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.charts.set_theme(theme)

    def _on_table_selection_changed(self, *_args: object) -> None:
        ids = self.events.selected_ids()
        self.charts.select_event(ids[0] if ids else None)

    def _attempt(self, call: Callable[[int | None], object]) -> bool:
        """Run one service call; show a refused time or input as one sentence, ask on a fold."""
        problem = attempt(self, call, zone=self._review.zone, choose_fold=self._choose_fold)
        if problem is None:
            self.message.clear()
        else:
            self.events.show_error(problem)
        return problem is None

    # -- navigation ---------------------------------------------------------------------------

    def previous_night(self) -> None:
        self.show_night(self._night - timedelta(days=1))

    def next_night(self) -> None:
        self.show_night(self._night + timedelta(days=1))

    def go_tonight(self) -> None:
        self.show_night(self._review.tonight())

    def _on_date_edit_date_changed(self, value: QDate) -> None:
        self.show_night(date(value.year(), value.month(), value.day()))

    # -- edits (each one service call) --------------------------------------------------------

    def _on_model_edit_requested(self, event_id: str, field: str, value: Any) -> None:
        self._attempt(lambda fold: self._review.edit_event(event_id, fold=fold, **{field: value}))

    def open_add_form(self) -> None:
        """Open the add form, or go back to it, with its whole time selected (Ctrl+N)."""
        self.lower_tabs.setCurrentIndex(0)
        self.add_panel.show()
        self.add_panel.focus_time()

    def _on_add_panel_add_requested(
        self, local_time: time, kind: str, by: Observer, note: str
    ) -> None:
        night = self._night
        added: list[Event] = []
        self._attempt(
            lambda fold: added.append(
                self._review.add_event(
                    night=night, kind=kind, local_time=local_time, by=by, note=note, fold=fold
                )
            )
        )
        if not added:
            self.add_panel.focus_time()
            return
        at = local_time.hour * 3600 + local_time.minute * 60 + local_time.second
        self.events.show_info(self.tr("Added at %1.").replace("%1", clock(at, seconds=True)))
        self.events.show_added(added[0].id)
        self.add_panel.ready_for_next()

    def delete_selected(self) -> None:
        ids = self.events.selected_ids()
        self._attempt(lambda _fold: self._review.delete_many(ids))

    def _on_trash_panel_restore_requested(self, event_ids: list[str]) -> None:
        self._attempt(lambda _fold: self._review.restore_many(event_ids))
