"""Figures in the GUI: anonymous demand recorded from the visitor screens (DemandRecorder) and
shown in staff mode (FiguresScreen: top items, searches that found nothing, hours; QtCharts),
and the kiosk's health with its last logged errors (HealthScreen)."""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.core import KioskCore
from kiosk.figures import DemandFigures, FiguresSummary, SearchSettler, utcnow
from kiosk.health import KioskHealth
from kiosk.logs import LogEntry
from kiosk.printing import PrinterError, PrinterReason
from ui.i18n import format_number
from ui.staff.desk import printer_problem_text
from ui.tasks import TaskRunner
from ui.widgets import PlainLabel, make_kinetic

if TYPE_CHECKING:
    from kiosk.requests.records import RequestRecord
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

BAR_COLOR = QColor("#2b6cb0")
HOUR_COLOR = QColor("#0b6e4f")
LABEL_CHARS = 36
PERIODS_DAYS: tuple[int, ...] = (1, 7, 30, 0)  # 0: everything kept

CHECKED_STYLE = """
QWidget#staffFigures QPushButton:checked {
    background: #0f2540; color: #ffffff; border-color: #0f2540;
}
QListWidget#unfoundSearches::item { min-height: 56px; }
"""

FiguresLoader = Callable[[datetime | None], FiguresSummary]


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def chart_label(text: str) -> str:
    """Text fit for a QtCharts axis label: shortened and escaped, since labels are rich text."""
    short = text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"
    return html.escape(short, quote=False)


def _chart_view(object_name: str, height: int) -> QChartView:
    view = QChartView()
    view.setObjectName(object_name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(height)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    view.setInteractive(False)
    view.setStyleSheet("background: transparent")
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setTitleFont(_font(26, bold=True))
    view.setChart(chart)
    return view


def _clear(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


class FiguresScreen(QWidget):
    """The anonymous demand figures for staff; data is loaded on the database runner."""

    closed = Signal()
    loaded = Signal()

    def __init__(self, runner: TaskRunner, load: FiguresLoader, *, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffFigures")
        self.setStyleSheet(CHECKED_STYLE)
        self.runner = runner
        self.load = load
        self.language = language
        self.period_days = 7
        self.summary: FiguresSummary | None = None
        self._request = 0

        self.title = PlainLabel(object_name="screenTitle")
        self.periods = QButtonGroup(self)
        period_row = QHBoxLayout()
        period_row.setSpacing(12)
        for days in PERIODS_DAYS:
            button = QPushButton(objectName="periodButton")
            button.setCheckable(True)
            button.setMinimumSize(80, 80)
            button.setProperty("days", days)
            button.setChecked(days == self.period_days)
            button.clicked.connect(lambda _checked=False, d=days: self.show_period(d))
            self.periods.addButton(button)
            period_row.addWidget(button)
        period_row.addStretch(1)
        self.totals = PlainLabel(object_name="screenSubtitle")
        self.totals.setWordWrap(True)
        self.empty = PlainLabel(object_name="emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.items_chart = _chart_view("topItemsChart", 420)
        self.hours_chart = _chart_view("hoursChart", 300)
        self.unfound_title = PlainLabel(object_name="sectionTitle")
        self.unfound = QListWidget(objectName="unfoundSearches")
        self.unfound.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.unfound.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unfound.setFont(_font(26))
        make_kinetic(self.unfound)
        self.back = QPushButton(objectName="backButton")
        self.back.setMinimumSize(80, 80)
        self.back.clicked.connect(self.closed)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addLayout(period_row)
        unfound_box = QVBoxLayout()
        unfound_box.addWidget(self.unfound_title)
        unfound_box.addWidget(self.unfound, 1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.addWidget(self.items_chart, 0, 0)
        grid.addLayout(unfound_box, 0, 1)
        grid.addWidget(self.hours_chart, 1, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.content = QWidget()
        self.content.setLayout(grid)
        footer = QHBoxLayout()
        footer.addWidget(self.back)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 28)
        layout.setSpacing(18)
        layout.addLayout(header)
        layout.addWidget(self.totals)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.content, 4)
        layout.addLayout(footer)
        self.empty.hide()
        self.retranslate()

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the figures of the chosen period again (on the runner; the GUI never waits)."""
        self._request += 1
        request = self._request
        since = utcnow() - timedelta(days=self.period_days) if self.period_days else None
        self.runner.submit(lambda: self.load(since),
                           lambda summary: self._on_loaded(request, summary))

    def show_period(self, days: int) -> None:
        self.period_days = days
        for button in self.periods.buttons():
            button.setChecked(button.property("days") == days)
        self.refresh()

    def _on_loaded(self, request: int, summary: FiguresSummary) -> None:
        if request != self._request:
            return  # an older period's answer, overtaken by a newer request
        self.set_summary(summary)
        self.loaded.emit()

    def set_summary(self, summary: FiguresSummary) -> None:
        self.summary = summary
        self.empty.setVisible(summary.is_empty)
        self.content.setVisible(not summary.is_empty)
        self._show_totals()
        self._show_items()
        self._show_unfound()
        self._show_hours()

    # -- drawing ----------------------------------------------------------------------------

    def _number(self, value: int) -> str:
        return format_number(value, self.language)

    def _show_totals(self) -> None:
        summary = self.summary
        if summary is None:
            self.totals.clear()
            return
        totals = summary.totals
        text = (self.tr("Item views: %1   Searches: %2   Requests: %3")
                .replace("%1", self._number(totals.get("view", 0)))
                .replace("%2", self._number(totals.get("search", 0)))
                .replace("%3", self._number(totals.get("request", 0))))
        everything = sum(summary.by_language.values())
        if everything:
            shares = "   ".join(f"{language}: {round(100 * count / everything)}%"
                                for language, count in sorted(summary.by_language.items(),
                                                              key=lambda pair: -pair[1]))
            text += "\n" + self.tr("Languages: %1").replace("%1", shares)
        self.totals.setText(text)

    def item_labels(self) -> list[str]:
        """The top items as labelled on the chart, most viewed first (unescaped)."""
        if self.summary is None:
            return []
        names = self.summary.item_names
        return [f"{r.subject} · {names[r.subject]}" if r.subject in names else r.subject
                for r in self.summary.top_items]

    def _show_items(self) -> None:
        chart = self.items_chart.chart()
        _clear(chart)
        chart.setTitle(html.escape(self.tr("Most viewed items")))
        if self.summary is None or not self.summary.top_items:
            return
        # A horizontal bar chart draws its first category at the bottom: most viewed on top.
        ranked = list(reversed(self.summary.top_items))
        labels = list(reversed(self.item_labels()))
        bars = QBarSet(self.tr("Views"))
        bars.setColor(BAR_COLOR)
        bars.setBorderColor(BAR_COLOR)
        bars.append([r.count for r in ranked])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([chart_label(label) for label in labels])
        categories.setLabelsFont(_font(24))
        categories.setTruncateLabels(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setRange(0, max(r.count for r in ranked) * 1.15)
        values.setLabelFormat("%d")
        values.setLabelsFont(_font(24))
        values.applyNiceNumbers()
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)

    def _show_unfound(self) -> None:
        self.unfound.clear()
        if self.summary is None:
            return
        for ranked in self.summary.top_unfound_searches:
            # QListWidget items are plain text: a term is shown exactly as typed.
            text = self.tr("“%1” — %2 times").replace("%1", ranked.subject).replace(
                "%2", self._number(ranked.count))
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.unfound.addItem(item)
        if not self.summary.top_unfound_searches:
            item = QListWidgetItem(self.tr("Every search found something."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.unfound.addItem(item)

    def _show_hours(self) -> None:
        chart = self.hours_chart.chart()
        _clear(chart)
        chart.setTitle(html.escape(self.tr("Visitor activity by hour of the day")))
        if self.summary is None:
            return
        bars = QBarSet(self.tr("Events"))
        bars.setColor(HOUR_COLOR)
        bars.setBorderColor(HOUR_COLOR)
        bars.append(self.summary.by_hour)
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        hours = QBarCategoryAxis()
        hours.append([f"{hour:02d}" for hour in range(24)])
        hours.setLabelsFont(_font(24))
        chart.addAxis(hours, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(hours)
        values = QValueAxis()
        values.setRange(0, max(1, *self.summary.by_hour) * 1.1)
        values.setLabelFormat("%d")
        values.setLabelsFont(_font(24))
        values.applyNiceNumbers()
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)

    # -- language ---------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        if self.summary is not None:
            self.set_summary(self.summary)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Visitor figures (anonymous)"))
        names = {1: self.tr("24 hours"), 7: self.tr("7 days"), 30: self.tr("30 days"),
                 0: self.tr("All")}
        for button in self.periods.buttons():
            button.setText(names[int(button.property("days"))])
        self.empty.setText(self.tr("No visitor figures for this period yet."))
        self.unfound_title.setText(self.tr("Searches that found nothing"))
        self.back.setText(self.tr("Back"))
        if self.summary is not None:
            self.set_summary(self.summary)


class DemandRecorder(QObject):
    """Counts what visitors do, anonymously, on the window's database runner.

    Item views (MainWindow.item_viewed), the searches a visitor settled on (MainWindow.searched,
    through kiosk.figures.SearchSettler: not every keystroke), and requests filed by visitors
    (`watch_requests`: only their item, kind, region and language). A failure to count is
    logged and never reaches the visitor.
    """

    def __init__(self, window: MainWindow, core: KioskCore) -> None:
        super().__init__(window)
        self.window = window
        self.figures = DemandFigures(core.state_engine)
        self.settler = SearchSettler(self.figures)
        window.searched.connect(self._on_searched)
        window.item_viewed.connect(self._on_viewed)
        window.visitor_reset.connect(lambda: self._submit(self.settler.flush))

    def watch_requests(self, filed: SignalInstance) -> None:
        """Count the requests `filed` announces (a RequestRecord each)."""
        filed.connect(self._on_filed)

    def _submit(self, work: Callable[[], None]) -> None:
        self.window.database.submit(work, None, self._failed)

    @staticmethod
    def _failed(error: BaseException) -> None:
        log.error("a demand figure was not counted: %s", error)

    def _on_searched(self, text: str, results: int) -> None:
        language, now = self.window.languages.language, time.monotonic()
        self._submit(lambda: self.settler.typed(text, results, language, now))

    def _on_viewed(self, item_number: str) -> None:
        language = self.window.languages.language

        def record() -> None:
            self.settler.flush()  # opening a result settles the search that found it
            self.figures.record_view(item_number, language)

        self._submit(record)

    def _on_filed(self, record: RequestRecord) -> None:
        if record.filed_by != "visitor":
            return  # staff filing on someone's behalf is not demand seen at the kiosk
        self._submit(lambda: self.figures.record_request(
            record.item_number, record.kind.value, record.region, record.language))


HealthLoader = Callable[[], tuple[KioskHealth, list[LogEntry]]]


class HealthScreen(QWidget):
    """The kiosk's health for staff: versions, uptime, crashes, disk, printer, last errors.

    `load` runs on the runner (it asks CUPS and reads the logs), for example
    `lambda: (collect_health(core, monitor), recent_errors(core.data_dir, 20))`, where
    `monitor` is the running KioskService's (`app.findChild(KioskService).monitor`).
    """

    closed = Signal()
    loaded = Signal()

    def __init__(self, runner: TaskRunner, load: HealthLoader, *, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffHealth")
        self.runner = runner
        self.load = load
        self.language = language
        self.health: KioskHealth | None = None
        self.errors: list[LogEntry] = []
        self.title = PlainLabel(object_name="screenTitle")
        self.facts = PlainLabel(object_name="screenSubtitle")
        self.facts.setWordWrap(True)
        self.errors_title = PlainLabel(object_name="sectionTitle")
        self.error_list = QListWidget(objectName="recentErrors")
        self.error_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.error_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.error_list.setWordWrap(True)
        self.error_list.setFont(_font(24))
        make_kinetic(self.error_list)
        self.refresh_button = QPushButton(objectName="refreshHealth")
        self.refresh_button.setMinimumSize(80, 80)
        self.refresh_button.clicked.connect(self.refresh)
        self.back = QPushButton(objectName="backButton")
        self.back.setMinimumSize(80, 80)
        self.back.clicked.connect(self.closed)
        footer = QHBoxLayout()
        footer.addWidget(self.back)
        footer.addStretch(1)
        footer.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 28)
        layout.setSpacing(18)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.errors_title)
        layout.addWidget(self.error_list, 1)
        layout.addLayout(footer)
        self.retranslate()

    def refresh(self) -> None:
        self.runner.submit(self.load, self._on_loaded)

    def _on_loaded(self, loaded: tuple[KioskHealth, list[LogEntry]]) -> None:
        self.health, self.errors = loaded
        self._show()
        self.loaded.emit()

    def _gigabytes(self, size: int) -> str:
        return format_number(size / 1e9, self.language, 1)

    def _duration(self, seconds: int) -> str:
        days, rest = divmod(seconds, 86400)
        hours, rest = divmod(rest, 3600)
        text = self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest // 60))
        return self.tr("%1 d").replace("%1", str(days)) + " " + text if days else text

    def _show(self) -> None:
        health = self.health
        if health is None:
            self.facts.clear()
            return
        catalog = health.catalog_version + (self.tr(" (demo)") if health.catalog_is_demo else "")
        lines = [
            self.tr("Kiosk %1 · app %2 · catalog %3, %4 items").replace("%1", health.kiosk_id)
            .replace("%2", health.app_version).replace("%3", catalog)
            .replace("%4", format_number(health.catalog_items, self.language)),
            self.tr("Running for %1 · crashes so far: %2").replace(
                "%1", "?" if health.uptime_s is None else self._duration(health.uptime_s))
            .replace("%2", str(health.crash_count))
            + (self.tr(" (last: %1 UTC)").replace("%1", health.last_crash_at.replace("T", " "))
               if health.last_crash_at else ""),
            self.tr("Free disk: %1 GB of %2 GB").replace(
                "%1", self._gigabytes(health.disk_free_bytes)).replace(
                "%2", self._gigabytes(health.disk_total_bytes)),
            self.tr("Printer: %1").replace("%1", self._printer_text(health.printer)),
        ]
        if health.state_recovery:
            lines.append(self._recovery_text(health.state_recovery))
        self.facts.setText("\n".join(lines))
        self.error_list.clear()
        for entry in self.errors:
            # Plain-text items: a logged message is shown exactly as it was written.
            item = QListWidgetItem(f"{entry.at:%Y-%m-%d %H:%M} UTC  {entry.level}  "
                                   f"{entry.message}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.error_list.addItem(item)
        if not self.errors:
            item = QListWidgetItem(self.tr("No errors in the logs."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.error_list.addItem(item)

    def _printer_text(self, printer: dict[str, Any]) -> str:
        """The printer's state in words: CUPS's own words for a problem come after ours."""
        state, queue = str(printer.get("state", "unknown")), str(printer.get("queue") or "")
        named = f"{queue}: " if queue else ""
        words = {"ready": self.tr("ready"), "printing": self.tr("printing"),
                 "unknown": self.tr("state unknown")}
        if state in words:
            return named + words[state]
        try:
            reason = PrinterReason(state)
        except ValueError:
            return named + state
        return printer_problem_text(PrinterError(reason, str(printer.get("message") or "")),
                                    queue).strip()

    def _recovery_text(self, facts: dict[str, Any]) -> str:
        """The last repair of a damaged request database, as the desk notice tells it."""
        when = str(facts.get("at", "")).replace("T", " ")
        text = self.tr("Request database repaired on %1 UTC: %2 request(s) recovered").replace(
            "%1", when).replace("%2", str(facts.get("requests_recovered", 0)))
        unreadable = int(facts.get("requests_unreadable") or 0)
        if unreadable:
            text += self.tr(", %1 unreadable").replace("%1", str(unreadable))
        return text

    def set_language(self, language: str) -> None:
        self.language = language
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Kiosk health"))
        self.errors_title.setText(self.tr("Last errors"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.back.setText(self.tr("Back"))
        self._show()
