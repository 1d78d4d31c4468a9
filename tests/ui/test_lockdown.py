"""No key, gesture or menu takes a visitor out of the kiosk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow

K, M = Qt.Key, Qt.KeyboardModifier
ESCAPES = [
    (K.Key_Escape, M.NoModifier), (K.Key_F4, M.AltModifier), (K.Key_Q, M.ControlModifier),
    (K.Key_W, M.ControlModifier), (K.Key_Tab, M.AltModifier), (K.Key_F11, M.NoModifier),
    (K.Key_A, M.ControlModifier), (K.Key_C, M.ControlModifier), (K.Key_V, M.ControlModifier),
    (K.Key_X, M.ControlModifier), (K.Key_Z, M.ControlModifier), (K.Key_Meta, M.NoModifier),
    (K.Key_Super_L, M.NoModifier), (K.Key_Menu, M.NoModifier), (K.Key_Left, M.ShiftModifier),
    (K.Key_Home, M.ShiftModifier), (K.Key_Tab, M.NoModifier), (K.Key_F1, M.NoModifier),
    (K.Key_Delete, M.ControlModifier | M.AltModifier),
]


@pytest.mark.parametrize(("key", "modifiers"), ESCAPES)
def test_escape_keys_are_swallowed(window: MainWindow, qtbot: QtBot, key: Qt.Key,
                                   modifiers: Qt.KeyboardModifier) -> None:
    window.show_search("brake")
    search = window.catalog_screen.search
    search.setFocus()
    before = window.lockdown.blocked
    QTest.keyClick(search, key, modifiers)
    assert window.lockdown.blocked > before
    assert window.isVisible() and window.current_screen() is window.catalog_screen
    assert search.text() == "brake" and search.selectedText() == ""


def test_closing_the_window_is_refused(window: MainWindow) -> None:
    assert not window.close()
    assert window.isVisible()
    window.lockdown.allow_exit()
    assert window.close()


def test_right_click_and_long_press_open_no_menu(window: MainWindow) -> None:
    window.show_search("brake")
    search = window.catalog_screen.search
    before = window.lockdown.blocked
    QApplication.sendEvent(search, QContextMenuEvent(QContextMenuEvent.Reason.Mouse,
                                                     QPoint(20, 20), QPoint(20, 20)))
    QTest.mouseClick(search, Qt.MouseButton.RightButton, pos=QPoint(20, 20))
    # A long press reaches widgets as a context-menu event of reason "Other" (tap-and-hold).
    for widget in (window.catalog_screen.grid.viewport(), window.top_bar, window):
        QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Other,
                                                         QPoint(30, 30), QPoint(30, 30)))
    assert window.lockdown.blocked >= before + 4
    assert QApplication.activePopupWidget() is None
    assert QApplication.activeModalWidget() is None


def test_text_cannot_be_selected(window: MainWindow, qtbot: QtBot) -> None:
    window.show_search("brake disc")
    search = window.catalog_screen.search
    QTest.mouseDClick(search, Qt.MouseButton.LeftButton, pos=QPoint(40, 30))
    QTest.mousePress(search, Qt.MouseButton.LeftButton, pos=QPoint(10, 30))
    QTest.mouseMove(search, QPoint(300, 30))
    QTest.mouseRelease(search, Qt.MouseButton.LeftButton, pos=QPoint(300, 30))
    assert search.selectedText() == ""


def test_staff_gesture_is_a_three_second_hold_on_the_brand(window: MainWindow,
                                                           qtbot: QtBot) -> None:
    brand = window.top_bar.brand
    QTest.mousePress(brand, Qt.MouseButton.LeftButton)
    QTest.mouseRelease(brand, Qt.MouseButton.LeftButton)
    with qtbot.assertNotEmitted(window.staff_requested, wait=200):
        pass
    with qtbot.waitSignal(window.staff_requested, timeout=5000):
        QTest.mousePress(brand, Qt.MouseButton.LeftButton)
    QTest.mouseRelease(brand, Qt.MouseButton.LeftButton)
