"""The composition root: paths → store → services → windows, built and wired once.

Every service is made here, once. The bedside window is built at start; each daytime window
the first time it is opened (its charts and printing load only then). Views receive services;
this module alone decides which service's changes reach which view.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from hypnic.domain.clock import Clock
from hypnic.domain.events import Instant
from hypnic.paths import Paths
from hypnic.services.backups import Backups
from hypnic.services.bedside_undo import BedsideUndo
from hypnic.services.diary import MorningDiary
from hypnic.services.evening import EveningContext
from hypnic.services.event_log import EventLog
from hypnic.services.kinds import KindCatalog
from hypnic.services.medications import DoseLog, MedicationList
from hypnic.services.night_marks import NightMarks
from hypnic.services.preferences import Preferences
from hypnic.services.reminders import Reminders
from hypnic.services.rest_test import RestTestSession
from hypnic.services.store_watch import StoreWatch
from hypnic.store import Store
from hypnic.ui.bedside.around_taps import AroundTaps
from hypnic.ui.bedside.bedside_context import install_bedside_context
from hypnic.ui.bedside.day_menu import add_day_menu, offer_reminder_tray
from hypnic.ui.bedside.main_window import MainWindow
from hypnic.ui.common.locale_text import dose_text
from hypnic.ui.common.theme import Theme
from hypnic.ui.common.window_fit import present

if TYPE_CHECKING:
    from hypnic.domain.changes import Changes
    from hypnic.services.exchange import DataExchange
    from hypnic.ui.exchange.clinic_window import ClinicWindow
    from hypnic.ui.exchange.export_window import ExportWindow
    from hypnic.ui.exchange.import_window import ImportWindow
    from hypnic.ui.history.history_window import HistoryWindow
    from hypnic.ui.review.diary_form import DiaryForm
    from hypnic.ui.review.night_editor import NightEditor
    from hypnic.ui.settings.backups_window import BackupsWindow
    from hypnic.ui.settings.settings_window import SettingsWindow
    from hypnic.ui.summary.summary_window import SummaryWindow


@dataclass(frozen=True, slots=True)
class Services:
    """Every service of the window, made once."""

    event_log: EventLog
    store_watch: StoreWatch
    kinds: KindCatalog
    preferences: Preferences
    doses: DoseLog
    medications: MedicationList
    evening: EveningContext
    diary: MorningDiary
    undo: BedsideUndo
    backups: Backups
    marks: NightMarks
    rest_test: RestTestSession
    reminders: Reminders


def build_services(store: Store, paths: Paths, clock: Clock) -> Services:
    """The services the bedside needs from its first paint (the daytime windows' own services
    are made with their windows, in ``Windows``)."""
    event_log = EventLog(store=store, clock=clock)
    doses = DoseLog(store=store, clock=clock)
    preferences = Preferences(path=paths.settings_file)
    marks = NightMarks(store=store, clock=clock, event_log=event_log)
    diary = MorningDiary(store=store, clock=clock, preferences=preferences)
    return Services(
        event_log=event_log,
        store_watch=StoreWatch(store=store),
        kinds=KindCatalog(store=store),
        preferences=preferences,
        doses=doses,
        medications=MedicationList(store=store),
        evening=EveningContext(store=store, clock=clock),
        diary=diary,
        undo=BedsideUndo(event_log=event_log, doses=doses, marks=marks),
        backups=Backups(store=store, data_dir=paths.data_dir),
        marks=marks,
        rest_test=RestTestSession(store=store, clock=clock),
        reminders=Reminders(
            store=store, clock=clock, preferences=preferences, diary=diary, paths=paths
        ),
    )


class Windows:
    """Builds each daytime window the first time it is asked for, one of each, never modal,
    and routes every service's changes to the windows they concern."""

    def __init__(
        self, *, store: Store, clock: Clock, services: Services, owner: MainWindow,
        paths: Paths | None = None,
    ):  # fmt: skip
        self._store = store
        self._paths = paths
        self._clock = clock
        self._s = services
        self._owner = owner
        self._theme: Theme = owner.theme
        self._review: NightEditor | None = None
        self._history: HistoryWindow | None = None
        self._settings: SettingsWindow | None = None
        self._summary: SummaryWindow | None = None
        self._diary: DiaryForm | None = None
        self._backups: BackupsWindow | None = None
        self._export: ExportWindow | None = None
        self._import: ImportWindow | None = None
        self._clinic: ClinicWindow | None = None
        # Made with the first window that needs them.
        self._night_review: object | None = None
        self._day_settings: object | None = None
        self._patient: object | None = None
        self._exchange: DataExchange | None = None

    def keep_typed(self) -> None:
        """Save what is typed in the open forms (the app is quitting; the store is still open)."""
        for window in (self._review, self._diary):
            if window is not None:
                window.keep_typed()

    def set_theme(self, theme: Theme) -> None:
        """Follow the bedside window's theme."""
        self._theme = theme
        for window in (self._review, self._history):
            if window is not None:
                window.set_theme(theme)

    def night_sources(self) -> list[QObject]:
        """Every service whose ``changed`` can change some night's events, doses or records."""
        s = self._s
        sources: list[QObject] = [
            s.event_log, s.store_watch, s.doses, s.evening, s.diary, s.medications, s.kinds,
            s.marks, s.rest_test,
        ]  # fmt: skip
        sources += [x for x in (self._night_review, self._day_settings) if isinstance(x, QObject)]
        return sources

    def _connect_changes(self, slot: object, *, exclude: tuple[QObject, ...] = ()) -> None:
        for source in self.night_sources():
            if source not in exclude:
                source.changed.connect(slot)  # type: ignore[attr-defined]

    def _new_source(self, source: QObject) -> None:
        """A service made after some windows exist: the bedside and those windows hear it."""
        source.changed.connect(self._owner.panel.on_changes)  # type: ignore[attr-defined]
        for window in (self._review, self._history):
            if window is not None:
                source.changed.connect(window.on_changes)  # type: ignore[attr-defined]

    def show_review(self, night: date | None = None) -> NightEditor:
        if self._review is None:
            from hypnic.services.night_review import NightReview
            from hypnic.ui.review.night_editor import NightEditor
            from hypnic.ui.review.night_side_panel import NightSidePanel

            review = NightReview(store=self._store, clock=self._clock, parent=self._owner)
            self._new_source(review)  # before the editor exists: it hears its review itself
            self._night_review = review
            self._review = NightEditor(
                review=review,
                kinds=self._s.kinds,
                parent=self._owner,
                theme=self._theme,
                dose_marks=self._dose_marks,
            )
            # The editor hears its own review and the kinds itself; everything else here.
            self._connect_changes(self._review.on_changes, exclude=(review, self._s.kinds))
            panel = NightSidePanel(
                doses=self._s.doses,
                medications=self._s.medications,
                evening=self._s.evening,
                diary=self._s.diary,
            )
            panel.diary_requested.connect(self.show_diary)
            self._review.night_shown.connect(panel.set_night)
            panel.set_night(self._review.night)
            self._review.add_side_panel(panel)
        if night is not None:
            self._review.show_night(night)
        present(self._review)
        return self._review

    def show_history(self) -> HistoryWindow:
        if self._history is None:
            from hypnic.services.history import HistoryLoader
            from hypnic.ui.history.history_window import HistoryWindow

            self._history = HistoryWindow(
                loader=HistoryLoader(store=self._store, parent=self._owner),
                theme=self._theme,
                parent=self._owner,
            )
            self._connect_changes(self._history.on_changes)
            self._history.night_activated.connect(self.show_review)
        present(self._history)
        return self._history

    def show_summary(self) -> SummaryWindow:
        if self._summary is None:
            from hypnic.services.summary import SummarySource
            from hypnic.ui.summary.summary_window import SummaryWindow

            source = SummarySource(
                store=self._store, clock=self._clock, paths=self._paths, parent=self._owner
            )
            self._summary = SummaryWindow(source=source, parent=self._owner)
        present(self._summary)
        return self._summary

    def show_settings(self) -> SettingsWindow:
        if self._settings is None:
            from hypnic.services.day_settings import DaySettings
            from hypnic.services.patient import PatientDetails
            from hypnic.ui.settings.settings_window import SettingsWindow

            day_settings = DaySettings(store=self._store, parent=self._owner)
            self._day_settings = day_settings
            patient = PatientDetails(store=self._store, parent=self._owner)
            self._patient = patient
            # A new boundary can move tonight's events to another night.
            self._new_source(day_settings)
            self._settings = SettingsWindow(
                kinds=self._s.kinds,
                preferences=self._s.preferences,
                day_settings=day_settings,
                medications=self._s.medications,
                patient=patient,
                evening=self._s.evening,
                reminders=self._s.reminders,
                parent=self._owner,
            )
        present(self._settings)
        return self._settings

    def show_diary(self, night: date) -> DiaryForm:
        """The morning diary form for ``night`` (non-modal, one window reused)."""
        if self._diary is None:
            from hypnic.ui.review.diary_form import DiaryForm

            self._diary = DiaryForm(diary=self._s.diary, parent=self._owner)
        self._diary.set_night(night)
        present(self._diary)
        return self._diary

    def show_backups(self) -> BackupsWindow:
        if self._backups is None:
            from hypnic.ui.settings.backups_window import BackupsWindow

            self._backups = BackupsWindow(backups=self._s.backups, parent=self._owner)
        self._backups.present()
        return self._backups

    def data_exchange(self) -> DataExchange:
        """The export and import service, made with the first window that needs it."""
        if self._exchange is None:
            from hypnic.services.exchange import DataExchange

            exchange = DataExchange(
                store=self._store, clock=self._clock, paths=self._paths, parent=self._owner
            )
            exchange.changed.connect(self._owner.panel.on_changes)
            exchange.changed.connect(self._after_import)
            self._exchange = exchange
        return self._exchange

    def _after_import(self, changes: Changes) -> None:
        """An import wrote what other services own: each tells its own views (the bedside's
        buttons, keys and evening row, the review and its side panel, the history, the
        settings pages), as if it had made the change itself."""
        s = self._s
        owners: list[QObject] = [s.doses, s.diary, s.evening]
        if changes.kinds:
            owners.append(s.kinds)
        if changes.medications:
            owners.append(s.medications)
        if changes.settings or changes.patient:
            owners += [x for x in (self._day_settings, self._patient) if isinstance(x, QObject)]
        for owner in owners:
            owner.changed.emit(changes)  # type: ignore[attr-defined]
        if self._export is not None:
            self._export.refresh()

    def show_export(self) -> ExportWindow:
        if self._export is None:
            from hypnic.ui.exchange.export_window import ExportWindow

            self._export = ExportWindow(exchange=self.data_exchange(), parent=self._owner)
        self._export.present()
        return self._export

    def show_import(self) -> ImportWindow:
        if self._import is None:
            from hypnic.ui.exchange.import_window import ImportWindow

            self._import = ImportWindow(exchange=self.data_exchange(), parent=self._owner)
        self._import.present()
        return self._import

    def show_clinic(self) -> ClinicWindow:
        if self._clinic is None:
            from hypnic.ui.exchange.clinic_window import ClinicWindow

            self._clinic = ClinicWindow(exchange=self.data_exchange(), parent=self._owner)
        self._clinic.present()
        return self._clinic

    def _dose_marks(self, night: date) -> list[tuple[Instant, str]]:
        return [(d.at, dose_text(d)) for d in self._s.doses.of_night(night)]


@dataclass(frozen=True, slots=True)
class Composition:
    """The wired application: what ``run_gui`` shows, and what the screenshot script draws."""

    window: MainWindow
    windows: Windows
    services: Services
    around: AroundTaps

    @property
    def event_log(self) -> EventLog:
        return self.services.event_log


def compose(
    store: Store, paths: Paths, clock: Clock, *, demo: bool = False,
    theme_clock: Clock | None = None,
) -> Composition:  # fmt: skip
    """Build the services and windows on ``store`` and wire them together (nothing shown);
    ``theme_clock`` is what the theme alone reads (``hypnic.theme_clock``)."""
    s = build_services(store, paths, clock)
    window = MainWindow(
        event_log=s.event_log,
        kinds=s.kinds,
        preferences=s.preferences,
        undo=s.undo,
        demo=demo,
        theme_clock=theme_clock,
    )
    # The services live as long as the window (their timers stop with it).
    for service in (
        s.event_log, s.store_watch, s.kinds, s.preferences, s.doses, s.medications, s.evening,
        s.diary, s.undo, s.backups, s.marks, s.rest_test, s.reminders,
    ):  # fmt: skip
        service.setParent(window)
    windows = Windows(store=store, clock=clock, services=s, owner=window, paths=paths)
    # The bedside counts follow tonight's taps however they change (the panel hears the log
    # itself; the review and the day boundary join when their windows are first made).
    s.store_watch.changed.connect(window.panel.on_changes)
    strip, _prompt = install_bedside_context(
        window, doses=s.doses, evening=s.evening, diary=s.diary, show_diary=windows.show_diary,
        marks=s.marks,
    )  # fmt: skip
    around = AroundTaps(window, marks=s.marks, kinds=s.kinds, rest_session=s.rest_test)
    # A tap can end a quiet night; a tap during a rest test joins its counts.
    s.event_log.changed.connect(lambda _c: strip.refresh())
    s.event_log.changed.connect(lambda _c: around.refresh_rest_test())
    window.theme_changed.connect(windows.set_theme)
    window.review_requested.connect(lambda: windows.show_review())
    window.history_requested.connect(windows.show_history)
    window.settings_requested.connect(windows.show_settings)
    window.summary_requested.connect(windows.show_summary)
    add_day_menu(
        window,
        show_backups=windows.show_backups,
        show_export=windows.show_export,
        show_import=windows.show_import,
        show_clinic=windows.show_clinic,
    )
    offer_reminder_tray(
        window,
        reminders=s.reminders,
        preferences=s.preferences,
        show_tonight=lambda: present(window),
        show_review=lambda: windows.show_review(),
        show_diary=lambda: windows.show_diary(s.diary.night_to_offer() or s.diary.last_night()),
    )
    return Composition(window, windows, s, around)
