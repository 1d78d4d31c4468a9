"""The kiosk window on the demo catalog, driven by touch and mouse under the offscreen platform."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.core import KioskCore
from kiosk.search import SearchFilters
from tests.ui.conftest import tap_row
from ui.main_window import MainWindow
from ui.models import SummaryRole


def test_window_fills_the_1920x1080_screen_and_home_shows_every_category(
        window: MainWindow, qtbot: QtBot, core: KioskCore) -> None:
    qtbot.waitUntil(lambda: window.size().width() == 1920 and window.size().height() == 1080)
    assert window.stack.currentWidget() is window.home
    assert window.home.model.rowCount() == len(core.catalog.categories()) == 10
    assert window.top_bar.demo.isVisible()


def test_tapping_a_category_tile_opens_its_items(window: MainWindow, qtbot: QtBot,
                                                 core: KioskCore,
                                                 touchscreen: QPointingDevice) -> None:
    grid = window.home.grid
    code = grid.model().index(3, 0).data(Qt.ItemDataRole.UserRole + 1)
    tap_row(grid, 3, touchscreen)
    screen = window.catalog_screen
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen)
    expected = core.catalog.search_ids("", SearchFilters(category=code))
    qtbot.waitUntil(lambda: screen.model.ids == expected)
    summary = screen.model.index(0, 0).data(SummaryRole)
    assert summary is not None and summary.category == code


def test_clicking_a_category_by_mouse_works_too(window: MainWindow, qtbot: QtBot) -> None:
    grid = window.home.grid
    point = grid.visualRect(grid.model().index(0, 0)).center()
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.catalog_screen)


def test_typing_updates_results_as_keys_are_typed(window: MainWindow, qtbot: QtBot,
                                                  core: KioskCore) -> None:
    window.show_search("")
    screen = window.catalog_screen
    qtbot.waitUntil(lambda: screen.model.rowCount() == core.catalog.info.item_count)
    qtbot.keyClicks(screen.search, "brake")
    expected = core.catalog.search_ids("brake", lang="en")
    qtbot.waitUntil(lambda: screen.model.ids == expected)
    assert 0 < len(expected) < core.catalog.info.item_count
    qtbot.keyClicks(screen.search, "zzzq")
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.empty)


def test_language_switch_keeps_the_screen_and_the_search(window: MainWindow,
                                                         qtbot: QtBot) -> None:
    window.show_search("oʻrindiq")
    screen = window.catalog_screen
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    ids = screen.model.ids
    russian = next(b for b in window.top_bar.languages.buttons()
                   if b.property("language") == "ru")
    qtbot.mouseClick(russian, Qt.MouseButton.LeftButton)
    assert window.languages.language == "ru"
    assert window.stack.currentWidget() is screen
    assert screen.search.text() == "oʻrindiq"
    qtbot.waitUntil(lambda: screen.model.ids == ids)
    summary = screen.model.index(0, 0).data(SummaryRole)
    assert screen.model.index(0, 0).data() == summary.name.ru


def test_item_models_pass_the_qt_model_tester(window: MainWindow, qtbot: QtBot,
                                              qtmodeltester: object) -> None:
    qtmodeltester.check(window.home.model)  # type: ignore[attr-defined]
    window.show_search("")
    qtbot.waitUntil(lambda: window.catalog_screen.model.rowCount() > 0)
    qtmodeltester.check(window.catalog_screen.model)  # type: ignore[attr-defined]


def test_markup_in_texts_is_shown_literally(window: MainWindow, qtbot: QtBot) -> None:
    window.show_search("<b>bold</b> &amp;")
    screen = window.catalog_screen
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.empty)
    assert screen.title.textFormat() == Qt.TextFormat.PlainText
    assert screen.search.text() == "<b>bold</b> &amp;"


def test_thumbnails_are_decoded_off_the_gui_thread_into_a_bounded_cache(
        window: MainWindow, qtbot: QtBot) -> None:
    window.show_search("")
    qtbot.waitUntil(lambda: window.thumbnails.size_bytes > 0, timeout=10_000)
    assert window.thumbnails.size_bytes <= 48 * 1024 * 1024
