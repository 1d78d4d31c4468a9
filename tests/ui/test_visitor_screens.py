"""Every visitor screen driven by touch and mouse: attract, keyboard, filters, detail, idle."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel
from pytestqt.qtbot import QtBot

from db.catalog_models import ItemKind
from kiosk.core import KioskCore
from kiosk.search import SearchFilters, SortKey
from tests.ui.conftest import tap_row, tap_widget, touch_tap
from ui.main_window import MainWindow
from ui.models import SummaryRole


def test_a_touch_on_the_attract_screen_starts_at_home(window: MainWindow, qtbot: QtBot,
                                                      touchscreen: QPointingDevice) -> None:
    window.reset_visitor()
    assert window.current_screen() is window.attract and not window.top_bar.isVisible()
    first = window.attract.item_name.text()
    window.attract.next_slide()
    assert window.attract.item_name.text() != first
    assert "$" in window.attract.figure.text()
    touch_tap(window.attract, QPoint(900, 500), touchscreen)
    qtbot.waitUntil(lambda: window.current_screen() is window.home)
    assert window.top_bar.isVisible() and window.idle.active


def test_on_screen_keyboard_types_uzbek_letters_and_results_follow(
        window: MainWindow, qtbot: QtBot, core: KioskCore,
        touchscreen: QPointingDevice) -> None:
    window.languages.set_language("uz")
    window.show_search("")
    search = window.catalog_screen.search
    qtbot.waitUntil(window.keyboard.isVisible)
    assert window.keyboard.layout_name == "uz"
    keys = window.keyboard.key_buttons()
    for key in ("oʻ", "r", "i", "n", "d", "i", "q"):
        tap_widget(keys[key], touchscreen)
    qtbot.waitUntil(lambda: search.text() == "oʻrindiq")
    expected = core.catalog.search_ids("oʻrindiq", lang="uz")
    qtbot.waitUntil(lambda: window.catalog_screen.model.ids == expected)
    assert expected
    qtbot.mouseClick(keys["backspace"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: search.text() == "oʻrindi")
    keys = window.keyboard.key_buttons()
    assert "gʻ" in keys
    qtbot.mouseClick(keys["done"], Qt.MouseButton.LeftButton)
    assert not window.keyboard.isVisible()


def test_keyboard_layout_follows_the_language_and_can_be_switched(window: MainWindow,
                                                                  qtbot: QtBot) -> None:
    window.languages.set_language("ru")
    assert window.keyboard.layout_name == "ru" and "ж" in window.keyboard.key_buttons()
    qtbot.mouseClick(window.keyboard.key_buttons()["layout"], Qt.MouseButton.LeftButton)
    assert window.keyboard.layout_name == "en" and "q" in window.keyboard.key_buttons()
    window.keyboard.set_digits_only(True)
    assert set(window.keyboard.key_buttons()) == {*"0123456789", "backspace", "done"}


def test_filter_chip_opens_choices_and_a_tap_filters(window: MainWindow, qtbot: QtBot,
                                                     core: KioskCore,
                                                     touchscreen: QPointingDevice) -> None:
    window.show_search("")
    screen = window.catalog_screen
    assert not screen.chip_scroll.isVisible()  # the keyboard is up: the chips step aside
    tap_widget(window.keyboard.key_buttons()["done"], touchscreen)
    qtbot.waitUntil(screen.chip_scroll.isVisible)
    tap_widget(screen.chips["kind"], touchscreen)
    qtbot.waitUntil(screen.panel.isVisible)
    labels = [c.label for c in screen.panel.model.choices()]
    assert labels[0] == "All" and "Raw material" in labels
    tap_row(screen.panel.list, labels.index("Raw material"), touchscreen)
    expected = core.catalog.search_ids("", SearchFilters(kind=ItemKind.RAW_MATERIAL))
    qtbot.waitUntil(lambda: screen.model.ids == expected)
    assert not screen.panel.isVisible() and screen.clear_filters.isVisible()
    assert "Raw material" in screen.chips["kind"].text()
    qtbot.mouseClick(screen.sort_buttons[SortKey.NAME], Qt.MouseButton.LeftButton)
    by_name = core.catalog.search_ids("", SearchFilters(kind=ItemKind.RAW_MATERIAL),
                                      SortKey.NAME, "en")
    qtbot.waitUntil(lambda: screen.model.ids == by_name)
    qtbot.mouseClick(screen.clear_filters, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.model.rowCount() == core.catalog.info.item_count)


def test_every_filter_offers_the_catalogs_choices(window: MainWindow, core: KioskCore) -> None:
    screen = window.catalog_screen
    assert len(screen.choices("category")) == 1 + len(core.catalog.categories())
    assert len(screen.choices("importer")) == 1 + len(core.catalog.importers())
    assert len(screen.choices("country")) == 1 + len(core.catalog.countries())
    assert len(screen.choices("localization")) == 5


def open_detail(window: MainWindow, qtbot: QtBot, device: QPointingDevice) -> None:
    window.show_search("96535257")
    grid = window.catalog_screen.grid
    qtbot.waitUntil(lambda: grid.model().index(0, 0).data(SummaryRole) is not None)
    tap_row(grid, 0, device)
    qtbot.waitUntil(lambda: window.current_screen() is window.detail)


def test_detail_shows_the_item_with_photos_chart_and_stand(
        window: MainWindow, qtbot: QtBot, core: KioskCore,
        touchscreen: QPointingDevice) -> None:
    with qtbot.waitSignal(window.item_viewed) as viewed:
        open_detail(window, qtbot, touchscreen)
    assert viewed.args == ["96535257"]
    detail = window.detail.detail
    assert detail is not None
    assert window.detail.name.text() == detail.summary.name.en
    assert "96535257" in window.detail.codes.text()
    assert window.detail.floor_map.highlighted is not None
    assert window.detail.floor_map.highlighted[0] == detail.stand[0]
    assert len(window.detail.chart.chart().series()) == 2
    assert [name for name, _v, _t in window.detail.country_bars.rows()] == [
        c.name.en for c in detail.countries[:6]]
    assert window.detail.gallery.count == len(detail.photos)


def test_gallery_swipes_and_zooms(window: MainWindow, qtbot: QtBot,
                                  touchscreen: QPointingDevice) -> None:
    open_detail(window, qtbot, touchscreen)
    gallery = window.detail.gallery
    assert gallery.count >= 2, "the example item has several photos"
    centre = gallery.rect().center()
    QTest.touchEvent(gallery, touchscreen).press(0, centre, gallery).commit()
    QTest.touchEvent(gallery, touchscreen).move(0, centre - QPoint(120, 0), gallery).commit()
    QTest.touchEvent(gallery, touchscreen).move(0, centre - QPoint(240, 0), gallery).commit()
    QTest.touchEvent(gallery, touchscreen).release(0, centre - QPoint(240, 0), gallery).commit()
    qtbot.waitUntil(lambda: gallery.index == 1)
    QTest.mouseDClick(gallery, Qt.MouseButton.LeftButton, pos=centre)
    assert gallery.zoom == 2.0
    gallery.toggle_zoom(QPointF(centre))
    assert gallery.zoom == 1.0
    gallery.set_zoom(100)
    assert gallery.zoom == 4.0


def test_back_goes_where_the_visitor_came_from(window: MainWindow, qtbot: QtBot,
                                               touchscreen: QPointingDevice) -> None:
    open_detail(window, qtbot, touchscreen)
    tap_widget(window.detail.back, touchscreen)
    qtbot.waitUntil(lambda: window.current_screen() is window.catalog_screen)
    assert window.catalog_screen.search.text() == "96535257"
    qtbot.mouseClick(window.catalog_screen.back, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.home


def test_request_button_asks_for_the_form(window: MainWindow, qtbot: QtBot,
                                          core: KioskCore,
                                          touchscreen: QPointingDevice) -> None:
    with_samples = next(s for s in core.catalog.search("")
                        if (d := core.catalog.item(s.id)) and d.samples_on_hand)
    window.show_item(with_samples.id)
    qtbot.waitUntil(lambda: window.current_screen() is window.detail)
    assert window.detail.request.isEnabled()
    with qtbot.waitSignal(window.sample_requested) as requested:
        qtbot.mouseClick(window.detail.request, Qt.MouseButton.LeftButton)
    assert requested.args == [with_samples.id]


def test_services_screen_asks_for_each_kind_of_help(window: MainWindow, qtbot: QtBot,
                                                    touchscreen: QPointingDevice) -> None:
    tap_widget(window.home.services, touchscreen)
    qtbot.waitUntil(lambda: window.current_screen() is window.services)
    for kind, card in window.services.cards.items():
        with qtbot.waitSignal(window.help_requested) as asked:
            tap_widget(card.button, touchscreen)
        assert asked.args == [kind]


def test_idle_warning_then_wipe_returns_to_attract(window: MainWindow, qtbot: QtBot) -> None:
    window.languages.set_language("ru")
    window.show_search("тормоз")
    window.idle.set_times(150, 1000)
    qtbot.waitUntil(window.idle_warning.isVisible, timeout=3000)
    assert window.idle_warning.countdown.text() == "1"
    with qtbot.waitSignal(window.visitor_reset, timeout=3000):
        pass
    assert window.current_screen() is window.attract
    assert window.catalog_screen.search.text() == ""
    assert window.languages.language == window.default_language
    assert not window.idle_warning.isVisible()


def test_a_touch_during_the_warning_keeps_the_session(window: MainWindow, qtbot: QtBot,
                                                      touchscreen: QPointingDevice) -> None:
    window.show_search("brake")
    window.idle.set_times(150, 5000)
    qtbot.waitUntil(window.idle_warning.isVisible, timeout=3000)
    touch_tap(window.idle_warning, QPoint(500, 500), touchscreen)
    qtbot.waitUntil(lambda: not window.idle_warning.isVisible())
    assert window.current_screen() is window.catalog_screen
    assert window.catalog_screen.search.text() == "brake"


def test_a_visitor_who_is_typing_is_not_interrupted(window: MainWindow, qtbot: QtBot) -> None:
    window.show_search("")
    window.idle.set_times(300, 1000)
    typist = QTimer()
    typist.setInterval(100)
    typist.timeout.connect(lambda: QTest.keyClick(window.catalog_screen.search, "a"))
    typist.start()
    with qtbot.assertNotEmitted(window.idle.warn, wait=1200):
        pass
    typist.stop()
    assert len(window.catalog_screen.search.text()) >= 5


def test_every_label_is_plain_text(window: MainWindow, qtbot: QtBot,
                                   touchscreen: QPointingDevice) -> None:
    open_detail(window, qtbot, touchscreen)
    labels = window.findChildren(QLabel)
    assert len(labels) > 30
    rich = [label.objectName() for label in labels
            if label.textFormat() != Qt.TextFormat.PlainText]
    assert rich == []


def test_portrait_screen_stacks_the_detail_vertically(window: MainWindow, qtbot: QtBot,
                                                      touchscreen: QPointingDevice) -> None:
    open_detail(window, qtbot, touchscreen)
    window.setGeometry(0, 0, 1080, 1920)
    qtbot.waitUntil(lambda: window.detail.height() > window.detail.width())
    qtbot.waitUntil(lambda: window.detail.panes.direction() == QBoxLayout.Direction.TopToBottom)
    qtbot.waitUntil(lambda: window.detail.gallery.width() > 900)


def test_choice_model_passes_the_qt_model_tester(window: MainWindow,
                                                 qtmodeltester: object) -> None:
    screen = window.catalog_screen
    screen.panel.model.set_choices(screen.choices("country"))
    qtmodeltester.check(screen.panel.model)  # type: ignore[attr-defined]


def test_detail_counts_the_samples_handed_over_at_this_kiosk(window: MainWindow, qtbot: QtBot,
                                                            core: KioskCore) -> None:
    from kiosk.requests.service import RequestService
    from ui.flows import install_visitor_requests

    install_visitor_requests(window, core)
    item = next(s for s in core.catalog.search("")
                if (d := core.catalog.item(s.id)) and d.samples_on_hand >= 2)
    catalog_value = core.catalog.item(item.id).samples_on_hand  # type: ignore[union-attr]
    service = RequestService(core)
    record = service.file_sample({
        "item_number": item.number, "quantity": catalog_value, "company": "Test Plast MChJ",
        "contact_name": "Test Visitor", "phone": "+998 90 123 45 67", "region": "navoi",
        "consent": True, "language": "en"})
    service.mark_issued(record.number)
    window.show_item(item.id)
    qtbot.waitUntil(lambda: window.current_screen() is window.detail)
    assert window.detail.detail is not None
    assert window.detail.detail.samples_on_hand == 0
    assert not window.detail.request.isEnabled()


def test_a_long_result_list_paints_while_its_layout_is_still_coming(
        window: MainWindow, qtbot: QtBot) -> None:
    """The grid lays out a few hundred tiles per turn of the event loop (one reset of 15,000
    tiles at once cost 24 ms): right after new results only part is laid out, and paints before
    the last batch, and after a resize (the keyboard going away), give no Qt warning."""
    screen, grid = window.catalog_screen, window.catalog_screen.grid
    window.show_search("")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0 and window.keyboard.isVisible())
    catalog = window.catalog()
    ids = list(range(1, 5_001))  # more than the demo has: the rest are tiles without a summary
    rows = 5_000 // 5 * grid.gridSize().height()

    def laid_out() -> bool:
        bar = grid.verticalScrollBar()
        return bar.maximum() >= rows - grid.viewport().height() - grid.gridSize().height()

    screen.model.set_results(ids, catalog.summaries(ids[:60]), catalog.photos_dir)
    grid.viewport().repaint()  # before the event loop has turned once
    assert not laid_out()
    qtbot.waitUntil(laid_out)
    window.keyboard.hide()  # the grid grows: laid out again, batch by batch
    QApplication.sendPostedEvents()
    grid.viewport().repaint()
    qtbot.waitUntil(laid_out)
    grid.verticalScrollBar().setValue(grid.verticalScrollBar().maximum())
    grid.viewport().repaint()
