"""GUI fixtures: the kiosk window on the demo catalog, and a touchscreen to tap it with."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QGuiApplication, QInputDevice, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core import KioskCore
from ui.i18n import LanguageController, uninstall_translators
from ui.keyboard import KeyButton, OnScreenKeyboard
from ui.main_window import MainWindow
from ui.theme import apply_theme


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """Tests share one QApplication: no test leaves its language installed for the next."""
    yield
    uninstall_translators()


@pytest.fixture
def window(qtbot: QtBot, core: KioskCore) -> Iterator[MainWindow]:
    """The kiosk window, catalog open, on its home screen (the attract screen is passed).

    Not qtbot.addWidget: pytest-qt deletes the widgets it was given before any fixture's
    teardown, and work still running (a screen's database query) would then never answer."""
    apply_theme(QApplication.instance())  # measure with the kiosk's own fonts and sizes
    languages = LanguageController("en")
    main = MainWindow(core, languages)
    main.setGeometry(QGuiApplication.primaryScreen().geometry())
    main.show()
    with qtbot.waitSignal(main.catalog_ready, timeout=20_000):
        main.start()
    assert main.current_screen() is main.attract
    main.show_home()
    yield main
    qtbot.waitUntil(lambda: main.database.pending == 0 and main.decoding.pending == 0,
                    timeout=20_000)
    main.lockdown.allow_exit()
    main.close()
    main.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session")
def touchscreen() -> QPointingDevice:
    return QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)


def touch_tap(widget: QWidget, point: QPoint, device: QPointingDevice) -> None:
    """A tap at `point` of `widget` (the widget argument makes the point widget-relative;
    without it QTest reads the point in window coordinates)."""
    QTest.touchEvent(widget, device).press(0, point, widget).commit()
    QTest.touchEvent(widget, device).release(0, point, widget).commit()


def tap_row(view: QAbstractItemView, row: int, device: QPointingDevice) -> None:
    """A tap on the visible part of a row's tile."""
    rect = view.visualRect(view.model().index(row, 0)).intersected(view.viewport().rect())
    touch_tap(view.viewport(), rect.center(), device)


def tap_widget(widget: QWidget, device: QPointingDevice) -> None:
    touch_tap(widget, widget.rect().center(), device)


def touch_drag(widget: QWidget, start: QPoint, end: QPoint, device: QPointingDevice,
               steps: int = 4, hold: Callable[[], None] | None = None) -> None:
    """One finger pressed at `start`, moved to `end` in `steps` moves, and lifted (after
    `hold()` returns: a kinetic scroller follows the finger on its own timer, and a finger
    held still before it lifts does not flick)."""
    QTest.touchEvent(widget, device).press(0, start, widget).commit()
    for step in range(1, steps + 1):
        point = start + (end - start) * step / steps
        QTest.touchEvent(widget, device).move(0, point, widget).commit()
    if hold is not None:
        hold()
    QTest.touchEvent(widget, device).release(0, end, widget).commit()


def tap_visible(widget: QWidget, device: QPointingDevice) -> None:
    """A tap on the part of `widget` that shows (it must show: nothing clips it away)."""
    visible = widget.visibleRegion().boundingRect()
    assert widget.isVisible() and not visible.isEmpty(), f"{widget.objectName()} is not showing"
    touch_tap(widget, visible.center(), device)


def keyboard_keys(keyboard: OnScreenKeyboard, text: str) -> list[KeyButton]:
    """The on-screen keys that type `text` ("oʻ", "sh" and the like are single keys)."""
    keys = {name: button for name, button in keyboard.key_buttons().items()
            if name not in ("space", "backspace", "layout", "done", "clear")}
    presses, rest = [], text
    while rest:
        name = max((k for k in keys if rest.startswith(k)), key=len, default=None)
        assert name is not None, f"no key types {rest[0]!r} on the {keyboard.layout_name} layout"
        presses.append(keys[name])
        rest = rest[len(name):]
    return presses
