"""Kiosk lockdown: no key, menu or gesture takes a visitor out of the kiosk or to the desktop.

Staff mode is the only way out: it calls `Lockdown.allow_exit()` before closing the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

# Keys and chords that close, switch or reveal things, or select and copy text.
BLOCKED_KEYS = frozenset({
    Qt.Key.Key_Escape, Qt.Key.Key_F1, Qt.Key.Key_F4, Qt.Key.Key_F11, Qt.Key.Key_Menu,
    Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Meta, Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab, Qt.Key.Key_Close, Qt.Key.Key_Exit, Qt.Key.Key_Cancel,
})
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

    def allow_exit(self) -> None:
        self.exit_allowed = True

    def _is_blocked_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        modifiers = event.modifiers()
        if key in BLOCKED_KEYS:
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
