"""The on-screen keyboard: Uzbek Latin (with oʻ and gʻ keys), Russian, English, and a digit pad.

It types into the focused line edit as a hardware keyboard would (so textEdited fires and the
idle timer sees input), and never takes focus itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

# Each layout: rows of keys; a key is the text it types. Uzbek Latin letters oʻ and gʻ are
# single keys typing the letter with U+02BB, as Uzbek orthography writes them.
LAYOUTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "uz": (
        ("q", "w", "e", "r", "t", "y", "u", "i", "o", "p", "oʻ", "gʻ"),
        ("a", "s", "d", "f", "g", "h", "j", "k", "l", "ʼ"),
        ("z", "x", "c", "v", "b", "n", "m", "sh", "ch", "-"),
    ),
    "ru": (
        ("й", "ц", "у", "к", "е", "н", "г", "ш", "щ", "з", "х", "ъ"),
        ("ф", "ы", "в", "а", "п", "р", "о", "л", "д", "ж", "э"),
        ("я", "ч", "с", "м", "и", "т", "ь", "б", "ю", "ё", "-"),
    ),
    "en": (
        ("q", "w", "e", "r", "t", "y", "u", "i", "o", "p"),
        ("a", "s", "d", "f", "g", "h", "j", "k", "l", "'"),
        ("z", "x", "c", "v", "b", "n", "m", ".", "-"),
    ),
}
LAYOUT_NAMES = {"uz": "Oʻz", "ru": "Рус", "en": "Eng"}
DIGITS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0")
KEY_HEIGHT = 80


class KeyButton(QPushButton):
    """A key: never takes focus, so the line edit keeps it while the visitor types."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoRepeat(False)
        self.setMinimumHeight(KEY_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class OnScreenKeyboard(QWidget):
    """Letters in one of three layouts plus digits; or a digit pad (phone, TIN, PIN)."""

    layout_changed = Signal(str)
    done = Signal()
    shown = Signal(bool)  # the keyboard appeared (True) or went away (False)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._layout_name = "uz"
        self._digits_only = False
        self._target: QLineEdit | None = None
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(24, 10, 24, 10)
        self._rows.setSpacing(8)
        self._build()

    @property
    def layout_name(self) -> str:
        return self._layout_name

    @property
    def digits_only(self) -> bool:
        return self._digits_only

    def set_target(self, target: QLineEdit | None) -> None:
        """The line edit keys go to (None: the focused widget)."""
        self._target = target

    def set_layout_name(self, name: str) -> None:
        if name in LAYOUTS and name != self._layout_name:
            self._layout_name = name
            self._build()
            self.layout_changed.emit(name)

    def set_digits_only(self, digits_only: bool) -> None:
        if digits_only != self._digits_only:
            self._digits_only = digits_only
            self._build()

    def key_buttons(self) -> dict[str, KeyButton]:
        """The keys by what they type or do (e.g. "oʻ", "7", "space", "backspace", "layout")."""
        return {str(b.property("key")): b for b in self.findChildren(KeyButton)}

    def _clear(self) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            row = item.layout()
            if row is not None:
                self._clear_layout(row)
                row.deleteLater()

    def _clear_layout(self, layout: QLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item.layout() is not None:
                self._clear_layout(item.layout())
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # gone from findChildren() at once
                widget.deleteLater()

    def _row(self, keys: tuple[str, ...], indent: int = 0) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        if indent:
            row.addSpacing(indent)
        for key in keys:
            row.addWidget(self._key(key, key), 1)
        if indent:
            row.addSpacing(indent)
        return row

    def _key(self, label: str, key: str) -> KeyButton:
        button = KeyButton(label, self)
        button.setObjectName("key")
        button.setProperty("key", key)
        button.clicked.connect(lambda _checked=False, k=key: self._press(k))
        return button

    def _build(self) -> None:
        self._clear()
        if self._digits_only:
            pad = QGridLayout()
            pad.setSpacing(10)
            for n, digit in enumerate(("1", "2", "3", "4", "5", "6", "7", "8", "9")):
                pad.addWidget(self._key(digit, digit), n // 3, n % 3)
            pad.addWidget(self._key("⌫", "backspace"), 3, 0)
            pad.addWidget(self._key("0", "0"), 3, 1)
            pad.addWidget(self._key(self.tr("Done"), "done"), 3, 2)
            wrapper = QHBoxLayout()
            wrapper.addStretch(1)
            wrapper.addLayout(pad, 2)
            wrapper.addStretch(1)
            self._rows.addLayout(wrapper)
            return
        self._rows.addLayout(self._row(DIGITS))
        rows = LAYOUTS[self._layout_name]
        for n, keys in enumerate(rows):
            row = self._row(keys, indent=30 * n)
            if n == len(rows) - 1:
                row.addWidget(self._key("⌫", "backspace"), 2)
            self._rows.addLayout(row)
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        next_layout = self._next_layout()
        bottom.addWidget(self._key(f"⇄ {LAYOUT_NAMES[next_layout]}", "layout"), 2)
        bottom.addWidget(self._key(self.tr("Space"), "space"), 8)
        bottom.addWidget(self._key(self.tr("Clear"), "clear"), 2)
        bottom.addWidget(self._key(self.tr("Done"), "done"), 2)
        self._rows.addLayout(bottom)

    def _next_layout(self) -> str:
        names = list(LAYOUTS)
        return names[(names.index(self._layout_name) + 1) % len(names)]

    def _press(self, key: str) -> None:
        if key == "layout":
            self.set_layout_name(self._next_layout())
            return
        if key == "done":
            self.done.emit()
            return
        target = self._target or QApplication.focusWidget()
        if not isinstance(target, QLineEdit):
            return
        if key == "clear":
            target.clear()
            target.textEdited.emit("")
            return
        if key == "backspace":
            event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Backspace,
                              Qt.KeyboardModifier.NoModifier)
        else:
            text = " " if key == "space" else key
            event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                              Qt.KeyboardModifier.NoModifier, text)
        QApplication.sendEvent(target, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.shown.emit(False)

    def _retranslate(self) -> None:
        # Relabel in place: rebuilding would pull the keys from under a finger.
        labels = {"space": self.tr("Space"), "clear": self.tr("Clear"), "done": self.tr("Done")}
        for key, button in self.key_buttons().items():
            if key in labels:
                button.setText(labels[key])


class KeyboardFocusFilter(QObject):
    """Shows the keyboard when a line edit gets focus, as a digit pad if the edit asks for it.

    A line edit asks for the digit pad with the dynamic property `digitsOnly` set to True.
    """

    def __init__(self, keyboard: OnScreenKeyboard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keyboard = keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self._keyboard.set_target(watched)
            self._keyboard.set_digits_only(bool(watched.property("digitsOnly")))
            self._keyboard.show()
        return False
