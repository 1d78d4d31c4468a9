"""Staff mode: the PIN, the staff screen and its sections, scanning, and the idle end."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import KioskConfig
from kiosk.core import KioskCore
from kiosk.figures import DemandFigures, FiguresSummary, catalog_item_names
from kiosk.health import HealthMonitor, KioskHealth, collect_health
from kiosk.logs import LogEntry, recent_errors
from kiosk.printing import PrinterError, PrinterState, PrintJob
from kiosk.requests.records import RequestRecord
from kiosk.requests.service import RequestService
from kiosk.staff import StaffAuth, StaffSession
from ui.i18n import LANGUAGE_NAMES, translate
from ui.idle import ACTIVITY_EVENTS
from ui.main_window import MainWindow
from ui.screens.request_form import RequestForm
from ui.staff.catalog_update import CatalogUpdatePanel
from ui.staff.desk import RequestDesk, ScanCollector, printer_problem_text, set_tone
from ui.staff.figures import FiguresScreen, HealthScreen
from ui.staff.pin import PinPad
from ui.staff.settings import SettingsScreen
from ui.tasks import TaskRunner
from ui.watchdog import KioskService
from ui.widgets import PlainLabel

log = logging.getLogger(__name__)

SECTIONS = ("desk", "update", "printer", "settings", "figures", "health")
EXIT_CONFIRM_MS = 5000
RECENT_ERRORS = 20


class PrinterSection(QWidget):
    """The slip printer's state as CUPS reports it, and a test slip."""

    state_shown = Signal()
    test_finished = Signal(str)  # "printed" or "failed"

    def __init__(self, service: RequestService, printing: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printerSection")
        self.service = service
        self.printing = printing
        self.state: PrinterState | None = None
        self.title = PlainLabel(object_name="screenTitle")
        self.state_label = PlainLabel(object_name="printerState")
        self.state_label.setWordWrap(True)
        self.message = PlainLabel(object_name="deskMessage")
        self.message.setWordWrap(True)
        self.check_button = QPushButton(objectName="checkPrinter")
        self.check_button.clicked.connect(self.refresh)
        self.test_button = QPushButton(objectName="testSlip")
        self.test_button.clicked.connect(self.print_test)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self.title)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()

    @property
    def queue(self) -> str:
        return self.service.config.printer.queue

    def refresh(self) -> None:
        """Ask CUPS for the printer's state (on the printing thread)."""
        self.check_button.setEnabled(False)
        self.state_label.setText(self.tr("Asking the print service…"))
        service = self.service
        self.printing.submit(service.printer_state, self._on_state, self._on_state_error)

    def _on_state(self, state: PrinterState) -> None:
        self.check_button.setEnabled(True)
        self.state = state
        problem = state.problem()
        lines = [self.tr("Printer: %1").replace("%1", state.queue),
                 printer_problem_text(problem, state.queue).split("\n")[0] if problem
                 else self.tr("Ready to print.")]
        if state.message:
            lines.append(self.tr("The print service says: %1").replace("%1", state.message))
        lines.append(self.tr("Jobs waiting: %1").replace("%1", str(state.pending_jobs)))
        self.state_label.setText("\n".join(lines))
        set_tone(self.state_label, "error" if problem else "ok")
        self.state_shown.emit()

    def _on_state_error(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.state = None
        if isinstance(error, PrinterError):
            self.state_label.setText(printer_problem_text(error, self.queue))
        else:
            log.error("printer state not read", exc_info=error)
            self.state_label.setText(self.tr("The printer's state could not be read."))
        set_tone(self.state_label, "error")
        self.state_shown.emit()

    def print_test(self) -> None:
        self.test_button.setEnabled(False)
        self.message.setText(self.tr("Printing a test slip…"))
        set_tone(self.message, "")
        service = self.service
        self.printing.submit(service.print_test_slip, self._on_test_printed, self._on_test_error)

    def _on_test_printed(self, job: PrintJob) -> None:
        self.test_button.setEnabled(True)
        self.message.setText(self.tr("The test slip was printed (job %1).").replace(
            "%1", job.job_id))
        set_tone(self.message, "ok")
        self.test_finished.emit("printed")
        self.refresh()

    def _on_test_error(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(error, PrinterError):
            self.message.setText(printer_problem_text(error, self.queue))
        else:
            log.error("test slip not printed", exc_info=error)
            self.message.setText(self.tr("The test slip could not be printed."))
        set_tone(self.message, "error")
        self.test_finished.emit("failed")
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Slip printer"))
        self.check_button.setText(self.tr("Check the printer"))
        self.test_button.setText(self.tr("Print a test slip"))


class StaffScreen(QWidget):
    """The staff screen: a header, the sections as large tabs, and the section shown."""

    back_requested = Signal()
    exit_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, kiosk_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.kiosk_id = kiosk_id
        self.title = PlainLabel(object_name="staffModeTitle")
        self.hint = PlainLabel(object_name="fieldHint")
        self.back = QPushButton(objectName="staffBack")
        self.back.clicked.connect(self.back_requested)
        self.exit = QPushButton(objectName="exitKiosk")
        self.exit.setCheckable(True)
        self.exit.clicked.connect(self._on_exit_clicked)
        self._disarm = QTimer(self)
        self._disarm.setSingleShot(True)
        self._disarm.setInterval(EXIT_CONFIRM_MS)
        self._disarm.timeout.connect(lambda: self._arm_exit(False))
        self.languages: dict[str, QPushButton] = {}
        self.title.setWordWrap(True)
        self.hint.setWordWrap(True)
        header = QHBoxLayout()
        header.setSpacing(14)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.hint)
        header.addLayout(titles, 1)
        for code, name in LANGUAGE_NAMES.items():
            button = QPushButton(name, objectName="staffLanguage")
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            self.languages[code] = button
            header.addWidget(button)
        header.addSpacing(16)
        header.addWidget(self.back)
        header.addWidget(self.exit)
        self.tabs = QButtonGroup(self)
        self.tab_buttons: dict[str, QPushButton] = {}
        tab_row = QHBoxLayout()
        tab_row.setSpacing(12)
        for name in SECTIONS:
            button = QPushButton(objectName="staffTab")
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, n=name: self.show_section(n))
            self.tabs.addButton(button)
            self.tab_buttons[name] = button
            tab_row.addWidget(button)
        tab_row.addStretch(1)
        self.stack = QStackedWidget(objectName="staffSections")
        self.sections: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 20, 40, 24)
        layout.setSpacing(18)
        layout.addLayout(header)
        layout.addLayout(tab_row)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def add_section(self, name: str, widget: QWidget) -> None:
        self.sections[name] = widget
        self.stack.addWidget(widget)

    def show_section(self, name: str) -> None:
        widget = self.sections[name]
        self.stack.setCurrentWidget(widget)
        for tab, button in self.tab_buttons.items():
            button.setChecked(tab == name or (name == "form" and tab == "desk"))

    def current_section(self) -> str:
        current = self.stack.currentWidget()
        return next((name for name, widget in self.sections.items() if widget is current), "")

    def show_language(self, lang: str) -> None:
        for code, button in self.languages.items():
            button.setChecked(code == lang)

    def _on_exit_clicked(self) -> None:
        if self.exit.property("armed"):
            self._arm_exit(False)
            self.exit_requested.emit()
        else:
            self._arm_exit(True)

    def _arm_exit(self, armed: bool) -> None:
        self.exit.setProperty("armed", armed)
        self.exit.setChecked(armed)
        if armed:
            self._disarm.start()
        else:
            self._disarm.stop()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff mode · kiosk %1").replace("%1", self.kiosk_id))
        self.hint.setText(self.tr("Ends by itself after a few minutes without a touch."))
        self.back.setText(self.tr("Back to visitor screens"))
        self.exit.setText(self.tr("Tap again to leave kiosk mode") if self.exit.property("armed")
                          else self.tr("Leave kiosk mode"))
        names = {"desk": self.tr("Requests"), "update": self.tr("Catalog update"),
                 "printer": self.tr("Printer"), "settings": self.tr("Settings"),
                 "figures": self.tr("Figures"), "health": self.tr("Health")}
        for name, button in self.tab_buttons.items():
            button.setText(names[name])


class _Activity(QObject):
    """Any touch, click or key in staff mode keeps it open."""

    def __init__(self, touch: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._touch = touch

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self._touch()
        return False


class StaffMode(QObject):
    """Staff mode in the kiosk window: hidden gesture → PIN → staff screen → back or exit."""

    entered = Signal()
    ended = Signal()

    def __init__(self, window: MainWindow, core: KioskCore, service: RequestService,
                 printing: TaskRunner, *, config_path: Path | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.setObjectName("staffMode")
        self.window = window
        self.core = core
        self.service = service
        self.clock = clock
        self.active = False
        self.session = StaffSession(core.config.kiosk.staff_idle_timeout_s, clock)
        self.auth = StaffAuth(core)

        self.pin = PinPad(self.auth, window.database)
        self.screen = StaffScreen(core.kiosk_id)
        self.desk = RequestDesk(service, window.database, printing, window.thumbnails,
                                attach_keyboard=window.attach_keyboard)
        self.form = RequestForm(service, window.database, window.thumbnails,
                                attach_keyboard=window.attach_keyboard)
        self.catalog_update = CatalogUpdatePanel(core)
        self.printer = PrinterSection(service, printing)
        self.settings = SettingsScreen(core.config, config_path)
        self.figures = FiguresScreen(window.database, self._load_figures,
                                     language=window.languages.language)
        # Health asks CUPS too: on the printing thread, so a hung CUPS never holds the database.
        self.health = HealthScreen(printing, self._load_health,
                                   language=window.languages.language)
        self._monitor: HealthMonitor | None = None
        for name, widget in (("desk", self.desk), ("update", self.catalog_update),
                             ("printer", self.printer), ("settings", self.settings),
                             ("figures", self.figures), ("health", self.health),
                             ("form", self.form)):
            self.screen.add_section(name, widget)
        window.stack.addWidget(self.pin)
        window.stack.addWidget(self.screen)

        self.scanner = ScanCollector(self)
        self.activity = _Activity(self._touch, self)
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(1000)
        self._idle_timer.timeout.connect(self._check_idle)

        window.staff_requested.connect(self.ask_pin)
        window.visitor_reset.connect(self._on_visitor_reset)
        window.languages.changed.connect(self._on_language)
        self.pin.unlocked.connect(self.enter)
        self.pin.cancelled.connect(window.go_back)
        self.screen.back_requested.connect(self.leave)
        self.screen.exit_requested.connect(self.exit_kiosk)
        self.screen.language_chosen.connect(window.languages.set_language)
        self.screen.stack.currentChanged.connect(lambda _index: self._on_section())
        self.scanner.scanned.connect(self._on_scanned)
        self.desk.new_request_requested.connect(self._file_for_caller)
        self.form.back_requested.connect(lambda: self.screen.show_section("desk"))
        self.form.filed.connect(self._on_filed_for_caller)
        self.catalog_update.catalog_changed.connect(window.reload_catalog_when_idle)
        self.settings.settings_changed.connect(self.apply_config)
        self.settings.closed.connect(lambda: self.screen.show_section("desk"))
        self.figures.closed.connect(lambda: self.screen.show_section("desk"))
        self.health.closed.connect(lambda: self.screen.show_section("desk"))
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._on_language(window.languages.language)

    # ---- entering and leaving

    def ask_pin(self) -> None:
        """The hidden gesture: the PIN pad (its Cancel goes back where the visitor was)."""
        if self.active or self.window.current_screen() is self.pin:
            return
        self.pin.reset()
        self.window.show_screen(self.pin)

    def enter(self) -> None:
        """Open staff mode (after the PIN): the visitor's idle clock stops, staff's starts."""
        if self.active:
            return
        self.active = True
        window = self.window
        window.idle.stop_session()
        window.idle_warning.hide()
        self.session = StaffSession(self.core.config.kiosk.staff_idle_timeout_s, self.clock)
        app = QApplication.instance()
        if app is not None:
            # Filters run newest first: activity sees every key before the scanner eats it.
            app.installEventFilter(self.scanner)
            app.installEventFilter(self.activity)
        self.scanner.active = True
        self._idle_timer.start()
        self.desk.clear()
        self.desk.refresh()
        self.screen.show_section("desk")
        window.show_screen(self.screen, top_bar=False)
        self.screen.setFocus()  # no text field has it: a scanner's keys are collected
        log.info("staff mode opened")
        self.entered.emit()

    def end(self) -> None:
        """Close staff mode without moving (the caller shows the next screen)."""
        if not self.active:
            return
        self.active = False
        self.scanner.active = False
        self._idle_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
            app.removeEventFilter(self.activity)
        self.form.clear()
        self.desk.clear()
        log.info("staff mode closed")
        self.ended.emit()

    def leave(self) -> None:
        """Back to the visitor screens: everything typed in staff mode is wiped."""
        self.end()
        self.window.reset_visitor()

    def exit_kiosk(self) -> None:
        """Leave kiosk mode for maintenance: the window closes and the program ends."""
        self.end()
        log.warning("kiosk mode left from staff mode")
        self.window.lockdown.allow_exit()
        self.window.close()

    def _on_visitor_reset(self) -> None:
        self.end()
        self.form.clear()

    def _touch(self) -> None:
        self.session.touch()

    def _check_idle(self) -> None:
        if self.active and self.session.expired:
            log.info("staff mode ended after %s s without a touch", self.session.timeout_s)
            self.leave()

    def shutdown(self) -> None:
        """Stop the catalog panel's stick watching and wait for its work (before quitting)."""
        self.end()
        self.catalog_update.shutdown()

    # ---- sections

    def _on_section(self) -> None:
        section = self.screen.current_section()
        if section == "figures":
            self.figures.refresh()
        elif section == "health":
            app = QApplication.instance()
            service = app.findChild(KioskService) if app is not None else None
            self._monitor = service.monitor if isinstance(service, KioskService) else None
            self.health.refresh()

    def _file_for_caller(self) -> None:
        self.form.open_staff(self.window.languages.language)
        self.screen.show_section("form")

    def _on_filed_for_caller(self, record: RequestRecord) -> None:
        self.form.clear()
        self.screen.show_section("desk")
        self.desk.show_record(record)
        self.desk.announce(translate("Desk", "Request %1 is filed.").replace(
            "%1", record.number))
        self.desk.refresh()
        if self.service.auto_print:
            self.desk.print_current()

    def _on_scanned(self, text: str) -> None:
        if self.screen.current_section() != "desk":
            self.screen.show_section("desk")
        self.desk.open_scan(text)

    def _on_language(self, lang: str) -> None:
        self.screen.show_language(lang)
        self.figures.set_language(lang)
        self.health.set_language(lang)
        if self.form.mode == "staff":
            self.form.set_language(lang)

    def _load_figures(self, since: datetime | None) -> FiguresSummary:
        names = catalog_item_names(self.core.catalog, self.window.languages.language)
        return DemandFigures(self.core.state_engine).summary(since, item_name=names)

    def _load_health(self) -> tuple[KioskHealth, list[LogEntry]]:
        """Uptime needs the running session's monitor (None in tests: unknown)."""
        return (collect_health(self.core, self._monitor),
                recent_errors(self.core.data_dir, RECENT_ERRORS))

    def apply_config(self, config: KioskConfig) -> None:
        """Put settings saved on the settings screen in force at once."""
        self.core.config = config
        self.service.config = config
        self.window.default_language = config.kiosk.default_language
        self.window.idle.set_times(config.kiosk.idle_timeout_s * 1000,
                                   config.kiosk.idle_warning_s * 1000)
        log.info("settings changed by staff: printer %r, auto print %s, idle %s s",
                 config.printer.queue, config.printer.auto_print, config.kiosk.idle_timeout_s)
