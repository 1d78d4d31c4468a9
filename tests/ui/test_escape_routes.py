"""Visitor escape routes: every key chord and gesture on every visitor screen; the kiosk stays.

Key chords go to the window as a keyboard's would (through the shortcut map and the focused
widget); gestures are touch events of a touchscreen. After each storm the window must still be
visible, fullscreen, alone (no dialog, menu, tooltip or popup), on a visitor screen, and answer
a tap.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScroller, QTapAndHoldGesture, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core import KioskCore
from tests.reliability import count
from tests.ui.conftest import tap_row, tap_visible, touch_drag, touch_tap
from ui.flows import VisitorRequests, install_staff_mode, install_visitor_requests
from ui.main_window import MainWindow
from ui.models import SummaryRole
from ui.staff.mode import StaffMode

pytestmark = pytest.mark.reliability

K, M = Qt.Key, Qt.KeyboardModifier
MODIFIER_KEYS = (M.ControlModifier, M.AltModifier, M.ShiftModifier, M.MetaModifier)
MODIFIER_COMBINATIONS = [
    M(sum((m.value for m in chosen), 0))
    for size in range(len(MODIFIER_KEYS) + 1)
    for chosen in itertools.combinations(MODIFIER_KEYS, size)
]
FUNCTION_KEYS = [K(K.Key_F1.value + n) for n in range(12)]
LETTERS = [getattr(K, f"Key_{c}") for c in "QWACVXZPSONTLRFHDEKUYIMBGJ"]
KEYS = [
    *FUNCTION_KEYS, *LETTERS, K.Key_Tab, K.Key_Backtab, K.Key_Escape, K.Key_Delete,
    K.Key_Backspace, K.Key_Space, K.Key_Return, K.Key_Enter, K.Key_Insert, K.Key_Home,
    K.Key_End, K.Key_PageUp, K.Key_PageDown, K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down,
    K.Key_Menu, K.Key_Super_L, K.Key_Super_R, K.Key_Meta, K.Key_Alt, K.Key_Control,
    K.Key_Print, K.Key_SysReq, K.Key_Pause, K.Key_Help, K.Key_Back, K.Key_Forward,
    K.Key_HomePage, K.Key_Search, K.Key_Close, K.Key_Exit, K.Key_Cancel, K.Key_PowerOff,
    K.Key_Sleep, K.Key_Suspend, K.Key_Explorer, K.Key_LaunchMedia, K.Key_Launch0, K.Key_1,
    K.Key_4, K.Key_Plus, K.Key_Minus, K.Key_Period,
]
# Keys swallowed whatever the modifiers: they close, switch, reveal or leave something.
ALWAYS_SWALLOWED = {*FUNCTION_KEYS, K.Key_Tab, K.Key_Backtab, K.Key_Escape, K.Key_Menu,
                    K.Key_Super_L, K.Key_Super_R, K.Key_Meta, K.Key_Close, K.Key_Exit,
                    K.Key_Cancel}
SELECTING_KEYS = {K.Key_Left, K.Key_Right, K.Key_Home, K.Key_End, K.Key_Up, K.Key_Down}
SCREENS = ("attract", "home", "catalog", "detail", "services", "request_form", "confirmation")
RAPID_TAPS = count(300, 3_000)


def must_be_swallowed(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> bool:
    if key in ALWAYS_SWALLOWED:
        return True
    if modifiers & (M.AltModifier | M.MetaModifier):
        return True
    if modifiers & M.ControlModifier:
        return key != K.Key_Backspace  # Ctrl+Backspace deletes a word, as it may
    return bool(modifiers & M.ShiftModifier) and key in SELECTING_KEYS


def key_text(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> str:
    """The text a keyboard sends with the key (none for keys that type nothing)."""
    controls = {K.Key_Return: "\r", K.Key_Enter: "\r", K.Key_Tab: "\t",
                K.Key_Backspace: "\b", K.Key_Delete: "\x7f", K.Key_Escape: "\x1b"}
    if key in controls:
        return controls[key]
    if not 0x20 <= key.value < 0x7F:
        return ""
    text = chr(key.value)
    return text if modifiers & M.ShiftModifier else text.lower()


def chord_name(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> str:
    names = [str(m.name).removesuffix("Modifier") for m in MODIFIER_KEYS if modifiers & m]
    return "+".join([*names, key.name.removeprefix("Key_")])


class Kiosk:
    """The kiosk window with its request flow and staff mode, as the real program builds it."""

    def __init__(self, window: MainWindow, core: KioskCore, qtbot: QtBot,
                 device: QPointingDevice) -> None:
        self.window = window
        self.core = core
        self.qtbot = qtbot
        self.device = device
        self.requests: VisitorRequests = install_visitor_requests(window, core)
        self.staff: StaffMode = install_staff_mode(window, core)
        self.screen_rect = QGuiApplication.primaryScreen().geometry()
        self.item = next(s.id for s in core.catalog.search("brake")
                         if (d := core.catalog.item(s.id)) is not None and d.samples_on_hand)

    def screens(self) -> dict[str, QWidget]:
        window = self.window
        return {"attract": window.attract, "home": window.home,
                "catalog": window.catalog_screen, "detail": window.detail,
                "services": window.services, "request_form": self.requests.form,
                "confirmation": self.requests.confirmation}

    def settle(self) -> None:
        window = self.window
        self.qtbot.waitUntil(lambda: window.database.pending == 0
                             and window.decoding.pending == 0, timeout=10_000)

    def go_to(self, name: str) -> QWidget:
        """A fresh visitor's way to the screen (by code: the taps are tested elsewhere)."""
        window, form = self.window, self.requests.form
        window.reset_visitor()
        self.settle()
        if name != "attract":
            window.show_home()
        if name == "catalog":
            window.show_search("bra")  # the search field has the focus, the keyboard is up
        elif name == "services":
            window.top_bar.services.click()
        elif name in ("detail", "request_form", "confirmation"):
            window.show_item(self.item)
            self.qtbot.waitUntil(lambda: window.current_screen() is window.detail)
        if name in ("request_form", "confirmation"):
            window.detail.request.click()
            self.qtbot.waitUntil(lambda: window.current_screen() is form)
            form.company.setFocus()
        if name == "confirmation":
            form.company.setText("Escape Routes MChJ")
            form.contact_name.setText("Sinov Test")
            form.phone.setText("+998 90 765-43-21")
            form.set_region("navoi")
            form.consent.setChecked(True)
            form.submit()
            self.qtbot.waitUntil(lambda: window.current_screen() is self.requests.confirmation)
        self.settle()
        focused = QApplication.focusWidget()
        if name not in ("attract", "catalog", "request_form") and focused is not None:
            # A button the visitor tapped last keeps the focus, and takes Space and Return as
            # a tap, as Qt's buttons do: no escape, but it would leave the screen.
            focused.clearFocus()
        screen = self.screens()[name]
        assert window.current_screen() is screen
        return screen

    def problems(self, expected: QWidget | None = None) -> list[str]:
        """What is wrong with the kiosk now (`expected`: the screen it must show)."""
        window, found = self.window, []
        if not window.isVisible() or not window.isFullScreen():
            found.append("the window is hidden or no longer fullscreen")
        if window.geometry() != self.screen_rect:
            found.append(f"the window no longer covers the screen: {window.geometry()}")
        if QGuiApplication.focusWindow() is not window.windowHandle():
            found.append("the window lost the focus")
        if QApplication.activePopupWidget() or QApplication.activeModalWidget():
            found.append("a popup or dialog opened")
        others = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
        if others:
            found.append(f"other windows show: {others}")
        if window.lockdown.exit_allowed:
            found.append("the lockdown lets the window close")
        current = window.current_screen()
        if expected is not None and current is not expected:
            found.append(f"the screen changed to {current.objectName()}")
        if expected is None and current not in self.screens().values():
            found.append(f"not a visitor screen: {current.objectName()}")
        return found

    def responds(self) -> None:
        """A tap still works: Home from any screen (the attract screen: a touch anywhere)."""
        window = self.window
        self.settle()
        if window.current_screen() is window.attract:
            touch_tap(window.attract, QPoint(900, 500), self.device)
        else:
            tap_visible(window.top_bar.home, self.device)
        self.qtbot.waitUntil(lambda: window.current_screen() is window.home)
        assert self.problems(window.home) == []


@pytest.fixture
def kiosk(window: MainWindow, core: KioskCore, qtbot: QtBot,
          touchscreen: QPointingDevice) -> Iterator[Kiosk]:
    driver = Kiosk(window, core, qtbot, touchscreen)
    window.setFixedSize(driver.screen_rect.size())  # as ui/app.py shows the kiosk
    window.showFullScreen()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isFullScreen() and window.geometry() == driver.screen_rect
                    and QGuiApplication.focusWindow() is window.windowHandle())
    yield driver
    driver.settle()
    driver.staff.shutdown()


@pytest.mark.parametrize("name", SCREENS)
def test_no_key_chord_leaves_any_visitor_screen(kiosk: Kiosk, name: str) -> None:
    screen = kiosk.go_to(name)
    target = kiosk.window.windowHandle()
    problems: list[str] = []
    for modifiers in MODIFIER_COMBINATIONS:
        for key in KEYS:
            before = kiosk.window.lockdown.blocked
            # With the text given: QTest cannot name keys like Key_PowerOff by itself.
            QTest.sendKeyEvent(QTest.KeyAction.Click, target, key, key_text(key, modifiers),
                               modifiers)
            chord = chord_name(key, modifiers)
            if must_be_swallowed(key, modifiers) and kiosk.window.lockdown.blocked == before:
                problems.append(f"{chord} was not swallowed")
            problems += [f"{chord}: {p}" for p in kiosk.problems(screen)]
    assert not problems, "\n".join(problems)
    kiosk.responds()


def hold(qtbot: QtBot, milliseconds: int) -> None:
    """Keep the event loop turning for as long as a finger rests (a long press is time)."""
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=milliseconds + 5_000):
        timer.start(milliseconds)


@pytest.fixture
def short_long_press() -> Iterator[None]:
    """What waits for a finger to rest (press-and-hold, tap-and-hold) waits 150 ms: the same
    press, in less test time."""
    hints = QGuiApplication.styleHints()
    before = hints.mousePressAndHoldInterval(), QTapAndHoldGesture.timeout()
    hints.setMousePressAndHoldInterval(150)
    QTapAndHoldGesture.setTimeout(150)
    yield
    hints.setMousePressAndHoldInterval(before[0])
    QTapAndHoldGesture.setTimeout(before[1])


def long_press(kiosk: Kiosk, widget: QWidget, point: QPoint) -> list[str]:
    QTest.touchEvent(widget, kiosk.device).press(0, point, widget).commit()
    hold(kiosk.qtbot, max(QGuiApplication.styleHints().mousePressAndHoldInterval(),
                          QTapAndHoldGesture.timeout()) + 150)
    found = kiosk.problems()
    QTest.touchEvent(widget, kiosk.device).release(0, point, widget).commit()
    return found + kiosk.problems()


@pytest.mark.usefixtures("short_long_press")
def test_long_press_opens_no_menu_anywhere(kiosk: Kiosk) -> None:
    window = kiosk.window
    form, confirmation = kiosk.requests.form, kiosk.requests.confirmation
    targets: list[tuple[str, QWidget]] = [
        ("attract", window.attract), ("home", window.home.grid.viewport()),
        ("home", window.home.search),
        ("home", window.top_bar.brand),  # well short of the three-second staff hold
        ("catalog", window.catalog_screen.search),
        ("catalog", window.catalog_screen.grid.viewport()), ("detail", window.detail.gallery),
        ("detail", window.detail.description), ("request_form", form.company),
        ("confirmation", confirmation.number),
    ]
    for name, widget in targets:
        kiosk.go_to(name)
        assert long_press(kiosk, widget, widget.rect().center()) == [], name
        assert not kiosk.staff.active and window.current_screen() is not kiosk.staff.pin
        kiosk.settle()
    kiosk.responds()


def fingers(widget: QWidget, how_many: int, seed: int) -> list[QPoint]:
    """`how_many` points spread over the widget."""
    rng = random.Random(seed)
    rect = widget.rect().adjusted(20, 20, -20, -20)
    return [QPoint(rng.randint(rect.left(), rect.right()), rng.randint(rect.top(), rect.bottom()))
            for _ in range(how_many)]


def multi_tap(kiosk: Kiosk, widget: QWidget, points: list[QPoint]) -> None:
    """All fingers down in one event, all lifted in the next."""
    press = QTest.touchEvent(widget, kiosk.device)
    for finger, point in enumerate(points):
        press.press(finger, point, widget)
    press.commit()
    release = QTest.touchEvent(widget, kiosk.device)
    for finger, point in enumerate(points):
        release.release(finger, point, widget)
    release.commit()


@pytest.mark.parametrize("fingers_down", [3, 5, 10])
def test_many_fingers_at_once_on_every_screen(kiosk: Kiosk, fingers_down: int) -> None:
    window = kiosk.window
    for n, name in enumerate(SCREENS):
        kiosk.go_to(name)
        for seed in range(3):
            multi_tap(kiosk, window, fingers(window, fingers_down, seed + 10 * n))
            kiosk.settle()
            assert kiosk.problems() == [], (name, seed)
        kiosk.responds()


def two_finger_slide(kiosk: Kiosk, widget: QWidget, centre: QPoint, start: int,
                     end: int) -> None:
    """Two fingers `start` px either side of `centre`, slid to `end` px in five steps."""
    def at(spread: int) -> tuple[QPoint, QPoint]:
        return centre - QPoint(spread, spread // 5), centre + QPoint(spread, spread // 5)

    first, second = at(start)
    QTest.touchEvent(widget, kiosk.device).press(0, first, widget).press(
        1, second, widget).commit()
    for step in range(1, 6):
        first, second = at(start + (end - start) * step // 5)
        QTest.touchEvent(widget, kiosk.device).move(0, first, widget).move(
            1, second, widget).commit()
    QTest.touchEvent(widget, kiosk.device).release(0, first, widget).release(
        1, second, widget).commit()


def test_pinch_and_double_tap_on_the_grid_and_the_gallery(kiosk: Kiosk) -> None:
    window = kiosk.window
    kiosk.go_to("catalog")
    viewport = window.catalog_screen.grid.viewport()
    centre = viewport.rect().center()
    for start, end in ((40, 300), (300, 20)):  # apart, then together
        two_finger_slide(kiosk, viewport, centre, start, end)
        kiosk.settle()
        assert kiosk.problems(window.catalog_screen) == []
    kiosk.go_to("detail")
    gallery = window.detail.gallery
    centre = gallery.rect().center()
    for start, end in ((60, 300), (300, 5), (60, 700)):  # zoom in, out past 1, in past 4
        two_finger_slide(kiosk, gallery, centre, start, end)
        assert 1.0 <= gallery.zoom <= 4.0
        assert kiosk.problems(window.detail) == []
    # A double tap zooms in, another out; two quick taps apart are no double tap.
    gallery.set_zoom(1.0)
    for zoom in (2.0, 1.0):
        touch_tap(gallery, centre, kiosk.device)
        touch_tap(gallery, centre + QPoint(4, 3), kiosk.device)
        assert gallery.zoom == zoom
    touch_tap(gallery, centre - QPoint(200, 0), kiosk.device)
    touch_tap(gallery, centre + QPoint(200, 0), kiosk.device)
    assert gallery.zoom == 1.0
    kiosk.responds()


def test_rapid_taps_anywhere_leave_a_working_kiosk(kiosk: Kiosk) -> None:
    """Taps as fast as events go, none waiting for the screen it asked for."""
    window = kiosk.window
    rng = random.Random(8)
    area = QRect(0, 0, window.width(), window.height()).adjusted(4, 4, -4, -4)
    kiosk.go_to("home")
    for n in range(RAPID_TAPS):
        point = QPoint(rng.randint(area.left(), area.right()),
                       rng.randint(area.top(), area.bottom()))
        touch_tap(window, point, kiosk.device)
        if n % 50 == 49:
            assert kiosk.problems() == [], n
            assert not kiosk.staff.active
    kiosk.settle()
    assert kiosk.problems() == []
    kiosk.responds()


def test_taps_while_screens_are_still_coming(kiosk: Kiosk) -> None:
    """Home, Back and items tapped in quick succession, without waiting for any of them."""
    window, device = kiosk.window, kiosk.device
    kiosk.go_to("catalog")
    grid = window.catalog_screen.grid
    kiosk.qtbot.waitUntil(lambda: grid.model().index(1, 0).data(SummaryRole) is not None)
    tap_visible(window.keyboard.key_buttons()["done"], device)

    # An item, then Home at once: Home it is, however soon the item comes.
    tap_row(grid, 0, device)
    tap_visible(window.top_bar.home, device)
    kiosk.settle()
    assert window.current_screen() is window.home

    # An item asked for while another is still loading: the newer one shows.
    first, second = window.catalog().search_ids("bra")[:2]
    window.show_item(first)
    window.show_item(second)
    kiosk.settle()
    assert window.current_screen() is window.detail
    assert window.detail.detail is not None and window.detail.detail.summary.id == second

    # An item tapped while typing, then Back: the results, and no keyboard popping up again.
    window.show_search("bra")
    kiosk.settle()
    assert window.keyboard.isVisible()
    tap_row(grid, 0, device)
    kiosk.qtbot.waitUntil(lambda: window.current_screen() is window.detail)
    tap_visible(window.detail.back, device)
    assert window.current_screen() is window.catalog_screen
    assert not window.keyboard.isVisible()

    # An item still loading when the idle wipe comes: the attract screen stays, no session.
    window.show_item(first)
    window.reset_visitor()
    kiosk.settle()
    assert window.current_screen() is window.attract and not window.top_bar.isVisible()
    assert not window.idle.active

    # A burst over every step of a visit, no waiting: category, item, request, Back, Home.
    for _ in range(5):
        window.show_home()
        tap_row(window.home.grid, 0, device)
        tap_row(grid, 0, device)
        tap_visible(window.top_bar.services, device)
        tap_visible(window.services.cards["markets"].button, device)
        tap_visible(kiosk.requests.form.back, device)
        tap_visible(window.top_bar.home, device)
    kiosk.settle()
    assert kiosk.problems(window.home) == []

    # A language switch between the taps of a transition keeps the screen it leads to.
    tap_row(window.home.grid, 2, device)
    tap_visible(window.top_bar.language_button("ru"), device)
    kiosk.settle()
    assert window.current_screen() is window.catalog_screen and window.languages.language == "ru"
    assert not window.keyboard.isVisible()
    kiosk.responds()


def test_swipes_right_after_a_tap_still_scroll(kiosk: Kiosk) -> None:
    """A finger that lands within the double-click time of a tap elsewhere is a new press."""
    window = kiosk.window
    kiosk.go_to("catalog")
    tap_visible(window.keyboard.key_buttons()["done"], kiosk.device)
    grid = window.catalog_screen.grid
    bar = grid.verticalScrollBar()
    kiosk.qtbot.waitUntil(lambda: bar.maximum() > 0)
    for _ in range(3):
        before = bar.value()
        tap_visible(window.top_bar.language_button("en"), kiosk.device)  # a tap, then at once:
        centre = grid.viewport().rect().center()
        touch_drag(grid.viewport(), centre, centre - QPoint(0, 200), kiosk.device,
                   hold=lambda before=before: kiosk.qtbot.waitUntil(lambda: bar.value() > before))
        QScroller.scroller(grid.viewport()).stop()  # no coasting to the end of the results
    kiosk.responds()


def test_the_next_visitor_finds_no_keyboard_left_open(kiosk: Kiosk) -> None:
    """A visitor typed in the home search, then tapped buttons and walked away: the next one
    starts on a home screen without the keyboard."""
    window, device = kiosk.window, kiosk.device
    kiosk.go_to("home")
    tap_visible(window.home.search, device)
    kiosk.qtbot.waitUntil(window.keyboard.isVisible)
    tap_visible(window.top_bar.services, device)
    tap_visible(window.services.cards["markets"].button, device)
    assert window.current_screen() is kiosk.requests.form
    tap_visible(kiosk.requests.form.region_button, device)
    window.reset_visitor()
    touch_tap(window.attract, QPoint(900, 500), device)
    kiosk.qtbot.waitUntil(lambda: window.current_screen() is window.home)
    assert not window.keyboard.isVisible() and not window.home.search.hasFocus()


def test_going_back_shows_the_item_in_the_language_chosen_meanwhile(kiosk: Kiosk) -> None:
    window, device = kiosk.window, kiosk.device
    kiosk.go_to("request_form")  # by way of the item's detail
    tap_visible(window.top_bar.language_button("ru"), device)
    tap_visible(kiosk.requests.form.back, device)
    assert window.current_screen() is window.detail
    detail = window.detail.detail
    assert detail is not None
    assert window.detail.name.text() == detail.summary.name.ru
    assert window.detail.request.text() == window.detail.tr("Request a sample")
    assert window.detail.request.text() != "Request a sample"
