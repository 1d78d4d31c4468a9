"""Kiosk lockdown: no key, menu or gesture takes a visitor out of the kiosk or to the desktop.

Staff mode is the only way out: it calls `Lockdown.allow_exit()` before closing the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent, QWindow
from PySide6.QtWidgets import QApplication, QLineEdit

# Keys and chords that close, switch or reveal things, or select and copy text.
BLOCKED_KEYS = frozenset({
    Qt.Key.Key_Escape, Qt.Key.Key_F1, Qt.Key.Key_F4, Qt.Key.Key_F11, Qt.Key.Key_Menu,
    Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Meta, Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab, Qt.Key.Key_Close, Qt.Key.Key_Exit, Qt.Key.Key_Cancel,
})
FUNCTION_KEYS = range(Qt.Key.Key_F1.value, Qt.Key.Key_F35.value + 1)  # desktops bind them all
BLOCKED_SEQUENCES = (
    QKeySequence.StandardKey.Quit, QKeySequence.StandardKey.Close,
    QKeySequence.StandardKey.SelectAll, QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Print, QKeySequence.StandardKey.HelpContents,
    QKeySequence.StandardKey.FullScreen,
)
BLOCKED_EVENTS = frozenset({QEvent.Type.ContextMenu, QEvent.Type.WhatsThis,
                            QEvent.Type.QueryWhatsThis, QEvent.Type.ToolTip})
SELECTING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier


class Lockdown(QObject):
    """An application event filter that swallows every way out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.exit_allowed = False
        self.blocked = 0  # how many events were swallowed (for tests and the log)
        self._last_press: QPointF | None = None
        self._replaced_press = False

    def allow_exit(self) -> None:
        self.exit_allowed = True

    def _tap_taken_for_double_click(self, watched: QObject, event: QMouseEvent) -> bool:
        """Qt 6 takes a tap that follows another within the double-click interval for a double
        click, however far apart the two are (mouse events made from touch), and then never
        delivers its press: a button tapped right after another stays dead, a swipe right
        after a tap does not scroll. Such a press goes to the window again as a plain press.
        """
        if not isinstance(watched, QWindow) or (
                event.source() != Qt.MouseEventSource.MouseEventSynthesizedByQt):
            return False
        if event.type() == QEvent.Type.MouseButtonDblClick and self._replaced_press:
            self._replaced_press = False
            return True  # the press it came from was delivered as a press
        if event.type() != QEvent.Type.MouseButtonPress:
            return False
        last, self._last_press = self._last_press, event.globalPosition()
        if last is None or not event.flags() & Qt.MouseEventFlag.MouseEventCreatedDoubleClick:
            return False
        if (event.globalPosition() - last).manhattanLength() <= (
                QGuiApplication.styleHints().touchDoubleTapDistance()):
            return False  # a real double tap
        press = QMouseEvent(QEvent.Type.MouseButtonPress, event.position(),
                            event.scenePosition(), event.globalPosition(), event.button(),
                            event.buttons(), event.modifiers(), event.pointingDevice())
        self._replaced_press = True
        QApplication.sendEvent(watched, press)
        return True

    def _is_blocked_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        modifiers = event.modifiers()
        if key in BLOCKED_KEYS or FUNCTION_KEYS.start <= key.value < FUNCTION_KEYS.stop:
            return True
        if modifiers & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
            return True
        if modifiers & Qt.KeyboardModifier.ControlModifier and key != Qt.Key.Key_Backspace:
            return True  # Ctrl+Q/W/A/C/V..., and anything else a desktop may bind
        if modifiers & SELECTING_MODIFIERS and key in (
                Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End,
                Qt.Key.Key_Up, Qt.Key.Key_Down):
            return True  # keyboard text selection
        return any(event.matches(sequence) for sequence in BLOCKED_SEQUENCES)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(event, QMouseEvent) and self._tap_taken_for_double_click(watched, event):
            return True
        if kind in BLOCKED_EVENTS:
            self.blocked += 1
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
                event, QKeyEvent) and self._is_blocked_key(event):
            self.blocked += 1
            return True
        if isinstance(watched, QLineEdit) and (
                kind == QEvent.Type.MouseButtonDblClick
                or (kind == QEvent.Type.MouseMove and getattr(event, "buttons", None)
                    and event.buttons() != Qt.MouseButton.NoButton)):  # type: ignore[attr-defined]
            self.blocked += 1
            return True  # a double click or a drag would select text
        if kind == QEvent.Type.Close and not self.exit_allowed and getattr(
                watched, "isWindow", lambda: False)():
            event.ignore()
            self.blocked += 1
            return True
        return False
