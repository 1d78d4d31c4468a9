"""Soak: thousands of visitor sessions in one window; memory and Qt objects stay flat.

A session starts on the attract screen and goes by touch: home, a category or a search typed
on the on-screen keyboard, a scroll of the grid, an item's detail with a gallery swipe, the
request form with some fields filled (a few sessions send theirs), then the idle wipe. CI runs
500 sessions (about two minutes); the full 10,000 (-s prints the figures):

    make reliability ARGS="-k soak -s"
    COOPLAB_FULL_COUNTS=1 .venv/bin/python -m pytest tests/ui/test_soak.py -s
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QMetaMethod, QObject, QPoint, QTimer
from PySide6.QtGui import QPointingDevice
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QScroller
from pytestqt.qtbot import QtBot

from kiosk.core import KioskCore
from kiosk.requests.service import RequestService
from tests.reliability import count
from tests.ui.conftest import keyboard_keys, tap_row, tap_visible, touch_drag, touch_tap
from ui.app import limit_heap_growth
from ui.flows import VisitorRequests, install_visitor_requests
from ui.main_window import MainWindow
from ui.models import CodeRole, SummaryRole
from ui.screens.catalog import CatalogQuery
from ui.staff.figures import DemandRecorder

pytestmark = pytest.mark.reliability

SESSIONS = count(500, 10_000)
# The bounded caches (the thumbnails', Qt's pixmap and glyph caches, SQLite's pages,
# SQLAlchemy's statements) take 150 to 200 sessions to fill on the demo catalog.
WARM_UP = max(200, SESSIONS // 10)
FILED = count(5, 50)  # sessions that send their request (the rest only fill the form)
FILLS = count(200, 2_000)  # items shown again and again on the detail screen
MAX_RSS_GROWTH = 0.02
# RSS is read every SAMPLE_EVERY sessions after the warm-up; the median of the first SAMPLES
# readings is compared with the median of the last SAMPLES: one reading alone moves by up to
# 3% as glibc keeps or returns the buffers of decoded pictures.
SAMPLE_EVERY = max(5, (SESSIONS - WARM_UP) // 60)
SAMPLES = 9
LONG_MS = 3_600_000  # no idle wipe while a session runs; the wipe stage shortens it
# The first three keys of a word, as visitors type until the results show what they want.
QUERIES = {
    "uz": ("moy", "fil", "oyn", "kab", "oʻri", "gʻil", "tor", "rez", "pod"),
    "ru": ("фар", "ста", "мас", "тор", "рез", "под", "сте", "каб"),
    "en": ("sea", "oil", "lam", "gla", "870", "bra", "ste", "whe", "bea", "cab"),
}
# Uzbek, the kiosk's default, for two visitors of three: a switch costs a relayout each way.
LANGUAGE_WEIGHTS = {"uz": 4, "ru": 1, "en": 1}
# What visitors type into the form, on the keyboard of their language.
COMPANIES = {"uz": ("avt", "gʻis", "pla"), "ru": ("зав", "пла", "лит"),
             "en": ("met", "pla", "aut")}
NAMES = {"uz": "vali", "ru": "иван", "en": "john"}
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]


def heap_in_use() -> int | None:
    """Bytes malloc has handed out and not had back (glibc), or None elsewhere: unlike RSS, no
    free memory the allocator keeps."""
    try:
        mallinfo2 = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return None
    mallinfo2.restype = _Mallinfo2
    info = mallinfo2()
    return int(info.uordblks + info.hblkhd)


def heap_kept_each(action: Callable[[], None], times: int) -> float:
    """Heap bytes (heap_in_use) that stay in use after each of `times` calls of `action`."""
    gc.collect()
    before = heap_in_use()
    for _ in range(times):
        action()
    gc.collect()
    after = heap_in_use()
    assert before is not None and after is not None
    return (after - before) / times


def turn_event_loop() -> None:
    """One turn of a real event loop: deferred deletes are done and the posted-event list is
    compacted (sendPostedEvents() with an event type alone keeps 24 bytes per event sent)."""
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE_SIZE


def live_qobjects() -> list[QObject]:
    """Every QObject reachable from the application and its widgets."""
    app = QApplication.instance()
    assert app is not None
    found: dict[int, QObject] = {}
    for root in (app, *QApplication.allWidgets()):
        for obj in (root, *root.findChildren(QObject)):
            found[shiboken6.getCppPointer(obj)[0]] = obj
    return list(found.values())


def connections(objects: list[QObject]) -> int:
    """Slots and functions connected to the signals of `objects` (a pile-up shows here)."""
    total = 0
    for obj in objects:
        meta = obj.metaObject()
        for n in range(meta.methodCount()):
            method = meta.method(n)
            if method.methodType() == QMetaMethod.MethodType.Signal:
                total += obj.receivers("2" + bytes(method.methodSignature().data()).decode())
    return total


def wrapped_qobjects() -> Counter[str]:
    """QObjects that Python holds a wrapper of (a parentless one leaked from Python shows)."""
    return Counter(type(obj).__name__ for obj in gc.get_objects() if isinstance(obj, QObject))


@dataclass
class Checkpoint:
    session: int
    rss: int
    qobjects: Counter[str]  # by class name
    connections: int
    wrapped: Counter[str]  # by class name
    python_objects: int


def showing_rows(view: QAbstractItemView) -> list[int]:
    """The rows whose tiles show whole, to be tapped."""
    model, viewport = view.model(), view.viewport().rect()
    return [row for row in range(model.rowCount())
            if viewport.contains(view.visualRect(model.index(row, 0)))]


class Visitor:
    """Drives one window by touch, a session at a time."""

    def __init__(self, window: MainWindow, requests: VisitorRequests, qtbot: QtBot,
                 device: QPointingDevice) -> None:
        self.window = window
        self.requests = requests
        self.qtbot = qtbot
        self.device = device
        self.filed: list[str] = []
        requests.filed.connect(lambda record: self.filed.append(record.number))

    def settle(self) -> None:
        """Until the database and decoding threads have answered and the answers are shown."""
        window = self.window
        self.qtbot.waitUntil(lambda: window.database.pending == 0
                             and window.decoding.pending == 0, timeout=10_000)

    def session(self, number: int, file_request: bool) -> None:
        rng = random.Random(number)
        window = self.window
        touch_tap(window.attract, QPoint(900, 500), self.device)
        assert window.current_screen() is window.home
        lang = rng.choices(list(LANGUAGE_WEIGHTS), list(LANGUAGE_WEIGHTS.values()))[0]
        if lang != window.languages.language:
            tap_visible(window.top_bar.language_button(lang), self.device)
            assert window.languages.language == lang
        if number % 2:
            self.search(rng.choice(QUERIES[lang]))
        else:
            self.browse(rng)
        self.scroll()
        self.open_detail(rng)
        self.open_form(rng)
        if file_request:
            self.send_form(rng)
        else:
            self.fill_some(rng)
        self.idle_wipe()

    def search(self, query: str) -> None:
        window, screen = self.window, self.window.catalog_screen
        tap_visible(window.home.search, self.device)
        assert window.keyboard.isVisible() and window.home.search.hasFocus()
        keys = keyboard_keys(window.keyboard, query)
        for key in keys[:-1]:
            tap_visible(key, self.device)  # the first key takes the visitor to the results
        with self.qtbot.waitSignal(window.searched, check_params_cb=lambda text, _n: (
                text == query)):
            tap_visible(keys[-1], self.device)
        assert screen.search.text() == query and screen.model.rowCount() > 0, query
        tap_visible(window.keyboard.key_buttons()["done"], self.device)
        assert not window.keyboard.isVisible()

    def browse(self, rng: random.Random) -> None:
        window, grid = self.window, self.window.home.grid
        row = rng.choice(showing_rows(grid))
        code = grid.model().index(row, 0).data(CodeRole)
        screen = window.catalog_screen
        with self.qtbot.waitSignal(window.searched):
            tap_row(grid, row, self.device)
        assert window.current_screen() is screen and screen.query.filters.category == code
        assert screen.model.rowCount() > 0

    def scroll(self) -> None:
        grid = self.window.catalog_screen.grid
        bar = grid.verticalScrollBar()
        if bar.maximum() == 0:
            return  # everything fits: nothing to scroll
        before = bar.value()
        centre = grid.viewport().rect().center()
        def follow() -> None:  # the scroller moves the grid on its next animation tick
            if bar.value() == before:
                with self.qtbot.waitSignal(bar.valueChanged):
                    pass

        touch_drag(grid.viewport(), centre, centre - QPoint(0, 240), self.device, hold=follow)
        assert bar.value() > before
        scroller = QScroller.scroller(grid.viewport())
        scroller.stop()  # the flick may coast on for seconds; a visitor's hand would stop it
        assert scroller.state() == QScroller.State.Inactive

    def open_detail(self, rng: random.Random) -> None:
        window, grid = self.window, self.window.catalog_screen.grid
        viewport = grid.viewport().rect()
        index = grid.indexAt(viewport.center())
        if not index.isValid():
            index = grid.indexAt(QPoint(viewport.left() + 200, viewport.top() + 200))
        assert index.isValid()
        self.qtbot.waitUntil(lambda: index.data(SummaryRole) is not None)
        item_id = index.data(SummaryRole).id
        detail = window.detail
        with self.qtbot.waitSignal(window.item_viewed):
            tap_row(grid, index.row(), self.device)
        assert window.current_screen() is detail
        assert detail.detail is not None and detail.detail.summary.id == item_id
        gallery = detail.gallery
        if gallery.count > 1:
            centre = gallery.rect().center()
            step = QPoint(rng.randint(200, 300), 0)
            touch_drag(gallery, centre, centre - step, self.device)
            assert gallery.index == 1

    def open_form(self, rng: random.Random) -> None:
        window, form = self.window, self.requests.form
        with self.qtbot.waitSignal(self.requests.form_opened):
            if window.detail.request.isEnabled():
                tap_visible(window.detail.request, self.device)
            else:
                tap_visible(window.top_bar.services, self.device)
                assert window.current_screen() is window.services
                card = rng.choice(list(window.services.cards.values()))
                tap_visible(card.button, self.device)
        assert window.current_screen() is form

    def type_into(self, edit: QLineEdit, text: str) -> None:
        self.requests.form.scroll.ensureWidgetVisible(edit)  # the visitor's swipe
        tap_visible(edit, self.device)
        assert edit.hasFocus() and self.window.keyboard.isVisible()
        for key in keyboard_keys(self.window.keyboard, text):
            tap_visible(key, self.device)
        assert edit.text().replace(" ", "").replace("-", "").endswith(text), edit.text()

    def choose_region(self, rng: random.Random) -> None:
        form = self.requests.form
        tap_visible(self.window.keyboard.key_buttons()["done"], self.device)
        form.scroll.ensureWidgetVisible(form.region_button)
        tap_visible(form.region_button, self.device)
        panel = form.region_panel
        assert panel.isVisible()
        tap_row(panel.list, rng.choice(showing_rows(panel.list)), self.device)
        assert not panel.isVisible() and form.region

    def fill_some(self, rng: random.Random) -> None:
        """The company, then the phone on the digit pad or the region (or neither)."""
        form = self.requests.form
        self.type_into(form.company, rng.choice(COMPANIES[self.window.languages.language]))
        then = rng.randrange(3)
        if then == 0:
            self.type_into(form.phone, "9" + rng.choice("0123456789"))
        elif then == 1:
            self.choose_region(rng)

    def send_form(self, rng: random.Random) -> None:
        form = self.requests.form
        lang = self.window.languages.language
        self.type_into(form.company, rng.choice(COMPANIES[lang]))
        self.type_into(form.contact_name, NAMES[lang])
        self.type_into(form.phone, "90" + "".join(rng.choice("0123456789") for _ in range(7)))
        if form.description.isVisibleTo(form):
            self.type_into(form.description, rng.choice(COMPANIES[lang]))
        self.choose_region(rng)
        form.scroll.ensureWidgetVisible(form.consent)
        tap_visible(form.consent, self.device)
        assert form.consent.isChecked()
        filed = len(self.filed)
        form.scroll.ensureWidgetVisible(form.submit_button)
        with self.qtbot.waitSignal(self.requests.filed, timeout=10_000):
            tap_visible(form.submit_button, self.device)
        assert self.window.current_screen() is self.requests.confirmation
        assert len(self.filed) == filed + 1
        assert self.requests.confirmation.number.text() == self.filed[-1]

    def idle_wipe(self) -> None:
        window = self.window
        with self.qtbot.waitSignal(window.visitor_reset, timeout=5_000):
            window.idle.set_times(1, 1)
        window.idle.set_times(LONG_MS, LONG_MS)
        assert window.current_screen() is window.attract
        assert all(not edit.text() for edit in window.findChildren(QLineEdit))
        assert window.languages.language == window.default_language
        assert window.catalog_screen.query == CatalogQuery()
        assert self.requests.form.item is None and self.requests.confirmation.record is None
        assert not window.keyboard.isVisible() and not window.idle_warning.isVisible()


def checkpoint(visitor: Visitor, session: int, reference_item: int) -> Checkpoint:
    """Figures in a state every checkpoint shares: the same item last shown, then a wipe."""
    window = visitor.window
    window.keyboard.set_digits_only(False)  # it keeps the last pad shown until a field asks
    window.show_home()
    window.show_item(reference_item)
    visitor.qtbot.waitUntil(lambda: window.current_screen() is window.detail)
    assert window.detail.detail is not None
    assert window.detail.detail.summary.id == reference_item
    window.reset_visitor()
    visitor.settle()
    for _ in range(3):  # deleteLater() of objects deleted by deferred deletes
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    gc.collect()
    objects = live_qobjects()
    return Checkpoint(session, rss_bytes(), Counter(o.metaObject().className() for o in objects),
                      connections(objects), wrapped_qobjects(), len(gc.get_objects()))


@pytest.fixture
def visitor(window: MainWindow, core: KioskCore, qtbot: QtBot,
            touchscreen: QPointingDevice) -> Iterator[Visitor]:
    """The window as the kiosk runs it (request form, demand figures, the allocator setting),
    on its attract screen."""
    limit_heap_growth()
    requests = install_visitor_requests(window, core)
    DemandRecorder(window, core).watch_requests(requests.filed)
    window.idle.set_times(LONG_MS, LONG_MS)
    window.reset_visitor()
    driver = Visitor(window, requests, qtbot, touchscreen)
    yield driver
    driver.settle()


def describe(before: Checkpoint, after: Checkpoint) -> str:
    grown = {name: after.qobjects[name] - before.qobjects[name]
             for name in after.qobjects | before.qobjects
             if after.qobjects[name] != before.qobjects[name]}
    wrapped = {name: after.wrapped[name] - before.wrapped[name]
               for name in after.wrapped | before.wrapped
               if after.wrapped[name] != before.wrapped[name]}
    return (f"QObjects {sum(before.qobjects.values())} -> {sum(after.qobjects.values())} "
            f"{grown or ''}, connections {before.connections} -> {after.connections}, "
            f"QObjects held by Python {sum(before.wrapped.values())} -> "
            f"{sum(after.wrapped.values())} {wrapped or ''}, "
            f"Python objects {before.python_objects} -> {after.python_objects}")


@pytest.mark.timeout(300 + 2 * SESSIONS)
def test_visitor_sessions_leave_memory_and_objects_flat(visitor: Visitor, core: KioskCore,
                                                        record_property: object) -> None:
    reference_item = core.catalog.search_ids("brake")[0]
    service = RequestService(core)
    requests_before = sum(service.counts().values())
    filing = {round(n * SESSIONS / FILED) + 1 for n in range(FILED)}
    started = time.monotonic()
    warm: Checkpoint | None = None
    warm_time = 0.0
    rss: list[int] = []
    for number in range(1, SESSIONS + 1):
        visitor.session(number, file_request=number in filing)
        if number == WARM_UP:
            warm = checkpoint(visitor, number, reference_item)
            warm_time = time.monotonic()
        if number >= WARM_UP and (number - WARM_UP) % SAMPLE_EVERY == 0:
            rss.append(rss_bytes())
    end = checkpoint(visitor, SESSIONS, reference_item)
    assert warm is not None
    rss.append(end.rss)
    first, last = statistics.median(rss[:SAMPLES]), statistics.median(rss[-SAMPLES:])
    growth = (last - first) / first
    report = (
        f"{SESSIONS} sessions in {time.monotonic() - started:.0f} s "
        f"({(time.monotonic() - warm_time) / (SESSIONS - WARM_UP) * 1000:.0f} ms each after "
        f"the warm-up of {WARM_UP}); RSS {first / 2**20:.1f} -> {last / 2**20:.1f} MiB "
        f"({growth:+.2%}; readings {min(rss) / 2**20:.0f} to {max(rss) / 2**20:.0f} MiB); "
        f"{describe(warm, end)}; thumbnail cache "
        f"{visitor.window.thumbnails.size_bytes / 2**20:.1f} MiB")
    print(f"\nsoak: {report}")
    record_property("soak", report)  # type: ignore[operator]
    assert sum(service.counts().values()) == requests_before + FILED
    assert len(visitor.filed) == FILED
    assert growth <= MAX_RSS_GROWTH, report
    # The same state at both checkpoints (the reference item shown last, then the wipe): the
    # very same objects and connections, so no tolerance.
    assert end.qobjects == warm.qobjects, report
    assert end.connections == warm.connections, report
    assert end.wrapped == warm.wrapped, report


@pytest.mark.skipif(heap_in_use() is None, reason="needs glibc's mallinfo2")
def test_showing_an_item_again_and_again_keeps_no_memory(window: MainWindow, core: KioskCore,
                                                         qtbot: QtBot) -> None:
    """The detail screen rebuilds its rows (specifications, years, producers) for each item:
    whatever it drops must be freed, down to the layout's bookkeeping."""
    catalog = core.catalog
    details = [d for item_id in catalog.search_ids("brake") if (d := catalog.item(item_id))]
    # One item, the one with the most rows: its photos stay in the thumbnail cache, so no
    # picture is decoded (or dropped) while the heap is measured.
    detail = max(details, key=lambda d: len(d.specs) + len(d.years) + len(d.producers))

    def show() -> None:
        window.detail.show_item(detail)
        turn_event_loop()  # the layout and paint requests of the new rows, the old ones deleted

    for _ in range(50):
        show()
    qtbot.waitUntil(lambda: window.decoding.pending == 0 and window.thumbnails.loading == 0)
    kept = heap_kept_each(show, FILLS)
    assert kept < 256, f"{kept:.0f} bytes kept each time the item is shown"


@pytest.mark.skipif(heap_in_use() is None, reason="needs glibc's mallinfo2")
def test_rebuilding_the_keyboard_again_and_again_keeps_no_memory(window: MainWindow) -> None:
    """The on-screen keyboard rebuilds its keys for each layout and for the digits-only pad
    of the phone field: the rows it drops must be freed with their keys."""
    keyboard = window.keyboard

    def rebuild() -> None:
        keyboard.set_digits_only(True)
        keyboard.set_digits_only(False)
        turn_event_loop()

    for _ in range(20):
        rebuild()
    kept = heap_kept_each(rebuild, FILLS)
    assert kept < 256, f"{kept:.0f} bytes kept each time the keyboard is rebuilt"
    assert len(keyboard.key_buttons()) > 40
