"""The staff figures screen: real figures from a state database, drawn with QtCharts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QHorizontalBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from db.state import open_state_db
from kiosk.figures import DemandFigures, FiguresSummary, utcnow
from ui.staff.figures import BAR_COLOR, FiguresScreen
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
    assert unfound == ["“turbocharger” — 2 times", "“<i>gbo</i>” — 1 times"]

    hours = screen.hours_chart.chart().series()
    assert len(hours) == 1 and isinstance(hours[0], QBarSeries)
    per_hour = hours[0].barSets()[0]
    assert per_hour.count() == 24
    assert sum(per_hour.at(i) for i in range(24)) == 13  # the last 7 days' events
    assert screen.totals.text().startswith("Item views: 8   Searches: 4   Requests: 1")

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
    assert screen.empty.text() == "No visitor figures for this period yet."


def test_buttons_are_touch_sized_and_labels_plain(qtbot: QtBot, runner: TaskRunner,
                                                  engine: Engine) -> None:
    screen = make_screen(qtbot, runner, fill(engine))
    for button in screen.findChildren(QPushButton):
        assert button.height() >= 80 and button.width() >= 80
    for label in screen.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
