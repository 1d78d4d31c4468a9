"""Figures in the GUI: demand counted from the visitor screens and shown to staff with QtCharts;
the kiosk's health and last errors for staff."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QHorizontalBarSeries
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from db.state import open_state_db
from kiosk.core import KioskCore
from kiosk.figures import DemandFigures, FiguresSummary, Ranked, utcnow
from kiosk.health import SESSION_MARKER, HealthMonitor, KioskHealth, app_version, collect_health
from kiosk.logs import LogEntry, recent_errors, setup_logging
from kiosk.printing import PrinterError, PrinterReason
from kiosk.requests.service import RequestService
from ui.main_window import MainWindow
from ui.staff.desk import printer_problem_text
from ui.staff.figures import BAR_COLOR, DemandRecorder, FiguresScreen, HealthScreen
from ui.tasks import TaskRunner

NAMES = {"96535257": "Brake pad <b>front</b>", "25183645": "Oil filter"}


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    opened = open_state_db(tmp_path / "state.sqlite").engine
    yield opened
    opened.dispose()


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    tasks = TaskRunner("database")
    yield tasks
    tasks.shutdown()


def fill(engine: Engine) -> DemandFigures:
    figures = DemandFigures(engine)
    for _ in range(5):
        figures.record_view("96535257", "uz")
    for _ in range(2):
        figures.record_view("25183645", "ru")
    figures.record_view("11111111", "en")
    figures.record_search("turbocharger", 0, "en")
    figures.record_search("turbocharger", 0, "en")
    figures.record_search("<i>gbo</i>", 0, "ru")
    figures.record_search("salnik", 4, "uz")
    figures.record_request("96535257", "sample", "andijan", "uz")
    ten_days_ago = DemandFigures(engine, clock=lambda: utcnow() - timedelta(days=10))
    for _ in range(9):
        ten_days_ago.record_view("25183645", "uz")
    return figures


def make_screen(qtbot: QtBot, runner: TaskRunner, figures: DemandFigures) -> FiguresScreen:
    def load(since: datetime | None) -> FiguresSummary:
        return figures.summary(since, item_name=NAMES.get)

    screen = FiguresScreen(runner, load)
    qtbot.addWidget(screen)
    screen.resize(1920, 1000)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.refresh()
    return screen


def categories(screen: FiguresScreen, axis_alignment: Qt.AlignmentFlag) -> list[str]:
    axes = screen.items_chart.chart().axes(Qt.Orientation.Horizontal
                                           if axis_alignment == Qt.AlignmentFlag.AlignBottom
                                           else Qt.Orientation.Vertical)
    axis = next(a for a in axes if isinstance(a, QBarCategoryAxis))
    return axis.categories()


def test_top_items_unfound_searches_and_hours_are_charted(qtbot: QtBot, runner: TaskRunner,
                                                          engine: Engine) -> None:
    screen = make_screen(qtbot, runner, fill(engine))
    assert screen.item_labels() == ["96535257 · Brake pad <b>front</b>", "25183645 · Oil filter",
                                    "11111111"]
    series = screen.items_chart.chart().series()
    assert len(series) == 1 and isinstance(series[0], QHorizontalBarSeries)
    # drawn bottom-up: the most viewed item is the last category, i.e. the top bar
    bars = series[0].barSets()[0]
    assert [bars.at(i) for i in range(bars.count())] == [1, 2, 5]
    # QtCharts labels are rich text: markup from the catalog is escaped, never rendered
    assert categories(screen, Qt.AlignmentFlag.AlignLeft)[-1] == (
        "96535257 · Brake pad &lt;b&gt;front&lt;/b&gt;")

    unfound = [screen.unfound.item(row).text() for row in range(screen.unfound.count())]
    said = screen.tr("“%1” — %2 times")
    assert unfound == [said.replace("%1", "turbocharger").replace("%2", "2"),
                       said.replace("%1", "<i>gbo</i>").replace("%2", "1")]

    hours = screen.hours_chart.chart().series()
    assert len(hours) == 1 and isinstance(hours[0], QBarSeries)
    per_hour = hours[0].barSets()[0]
    assert per_hour.count() == 24
    assert sum(per_hour.at(i) for i in range(24)) == 13  # the last 7 days' events
    assert screen.totals.text().startswith(
        screen.tr("Item views: %1   Searches: %2   Requests: %3")
        .replace("%1", "8").replace("%2", "4").replace("%3", "1"))

    image = screen.items_chart.grab().toImage()
    blue = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if image.pixelColor(x, y) == BAR_COLOR)
    assert blue > 100  # the bars are really drawn


def test_choosing_all_time_includes_older_figures(qtbot: QtBot, runner: TaskRunner,
                                                  engine: Engine) -> None:
    screen = make_screen(qtbot, runner, fill(engine))
    everything = next(b for b in screen.periods.buttons() if b.property("days") == 0)
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        qtbot.mouseClick(everything, Qt.MouseButton.LeftButton)
    assert screen.item_labels()[0] == "25183645 · Oil filter"  # 2 + 9 views
    assert screen.summary is not None and screen.summary.totals["view"] == 17


def test_no_figures_yet_says_so(qtbot: QtBot, runner: TaskRunner, engine: Engine) -> None:
    screen = make_screen(qtbot, runner, DemandFigures(engine))
    assert screen.empty.isVisible() and not screen.content.isVisible()
    assert screen.empty.text() == screen.tr("No visitor figures for this period yet.")


def test_buttons_are_touch_sized_and_labels_plain(qtbot: QtBot, runner: TaskRunner,
                                                  engine: Engine) -> None:
    screen = make_screen(qtbot, runner, fill(engine))
    for button in screen.findChildren(QPushButton):
        assert button.height() >= 80 and button.width() >= 80
    for label in screen.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


class Filed(QObject):
    """Stands in for the request flow's `filed` signal; the record itself is real."""

    filed = Signal(object)


def test_the_window_counts_views_settled_searches_and_visitor_requests(
        qtbot: QtBot, window: MainWindow, core: KioskCore) -> None:
    recorder = DemandRecorder(window, core)
    figures = recorder.figures
    window.show_search("zzzq")  # finds nothing
    qtbot.waitUntil(lambda: window.catalog_screen.stack.currentWidget()
                    is window.catalog_screen.empty)
    window.reset_visitor()  # the visitor walks away: the last search counts
    window.languages.set_language("en")  # the reset chose the default (uz): leave none behind
    qtbot.waitUntil(lambda: figures.top_unfound_searches() == [Ranked("zzzq", 1)])

    number = core.catalog.search("", limit=1)[0].number
    with qtbot.waitSignal(window.item_viewed, timeout=10_000):
        window.show_item(core.catalog.item_id(number) or 0)
    qtbot.waitUntil(lambda: figures.top_items() == [Ranked(number, 1)])

    flow = Filed()
    recorder.watch_requests(flow.filed)
    service = RequestService(core)
    visitor = service.file_help({
        "company": "Acme MChJ", "contact_name": "Vali", "phone": "901234567",
        "region": "navoi", "consent": True, "help_kind": "markets", "description": "oil"})
    by_staff = service.file_help({
        "company": "Acme MChJ", "contact_name": "Vali", "phone": "901234567",
        "region": "navoi", "consent": True, "help_kind": "markets", "description": "oil"},
        filed_by="staff")
    flow.filed.emit(by_staff)
    flow.filed.emit(visitor)
    qtbot.waitUntil(lambda: figures.totals()["request"] == 1)
    exported = json.dumps(figures.export_figures("K01"))
    assert "Acme" not in exported and "901234567" not in exported and "Vali" not in exported
    assert '"request_kind": "markets", "region": "navoi"' in exported


def test_the_health_screen_shows_crashes_printer_and_the_last_errors(
        qtbot: QtBot, runner: TaskRunner, core: KioskCore) -> None:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        setup_logging(core.data_dir)
        (core.data_dir / SESSION_MARKER).write_text("{}")  # the last session crashed
        monitor = HealthMonitor(core)
        monitor.session_started()
        logging.getLogger("kiosk.printing").error("printer <b>SlipPDF</b> is out of paper")
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)

    def load() -> tuple[KioskHealth, list[LogEntry]]:
        return (collect_health(core, monitor, lambda: {"state": "ready", "queue": "SlipPDF"}),
                recent_errors(core.data_dir, 20))

    screen = HealthScreen(runner, load)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.refresh()
    facts = screen.facts.text().splitlines()
    assert facts[0] == screen.tr("Kiosk %1 · app %2 · catalog %3, %4 items").replace(
        "%1", "K01").replace("%2", app_version()).replace(
        "%3", core.catalog.info.version + screen.tr(" (demo)")).replace(
        "%4", str(core.catalog.info.item_count))
    health = screen.health
    assert health is not None and health.crash_count == 1
    assert health.uptime_s is not None and health.last_crash_at is not None
    assert facts[1] == (
        screen.tr("Running for %1 · crashes so far: %2")
        .replace("%1", screen.tr("%1 h %2 min").replace("%1", "0").replace("%2", "0"))
        .replace("%2", "1")
        + screen.tr(" (last: %1 UTC)").replace("%1", health.last_crash_at.replace("T", " ")))
    assert facts[3] == screen.tr("Printer: %1").replace("%1", "SlipPDF: " + screen.tr("ready"))
    assert len(facts) == 4  # no repair of the request database to tell of
    errors = [screen.error_list.item(row).text() for row in range(screen.error_list.count())]
    assert errors[0].endswith("ERROR  printer <b>SlipPDF</b> is out of paper")
    assert any("ended without a clean exit" in line for line in errors)
    assert screen.facts.textFormat() == Qt.TextFormat.PlainText


def test_the_health_screen_words_printer_problems_and_a_repaired_database(
        qtbot: QtBot, runner: TaskRunner, core: KioskCore) -> None:
    recovery = {"at": "2026-11-20T08:15:00", "requests_recovered": 41,
                "requests_unreadable": 2, "dismissed": False}

    def load() -> tuple[KioskHealth, list[LogEntry]]:
        health = collect_health(core, None, lambda: {
            "state": "paper_out", "queue": "SlipPDF", "message": "media-empty-error"})
        return replace(health, state_recovery=recovery), []

    screen = HealthScreen(runner, load)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.refresh()
    facts = screen.facts.text()
    problem = printer_problem_text(PrinterError(PrinterReason.PAPER_OUT, "media-empty-error"),
                                   "SlipPDF")
    assert screen.tr("Printer: %1").replace("%1", problem) in facts
    assert "out of paper" in facts and "paper_out" not in facts
    assert facts.splitlines()[-1] == (
        screen.tr("Request database repaired on %1 UTC: %2 request(s) recovered")
        .replace("%1", "2026-11-20 08:15:00").replace("%2", "41")
        + screen.tr(", %1 unreadable").replace("%1", "2"))
