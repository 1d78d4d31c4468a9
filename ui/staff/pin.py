"""The staff PIN pad: large digit keys, wrong-PIN and lockout messages; checked off the GUI."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core import utcnow
from kiosk.staff import MAX_TRIES, PinCheck, PinOutcome, StaffAuth
from ui.tasks import TaskRunner
from ui.widgets import PlainLabel

log = logging.getLogger(__name__)

MAX_DIGITS = 8
KEY_SIZE = 120


def local_time(moment: datetime) -> str:
    """A naive UTC time as the kiosk's local "HH:MM"."""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%H:%M")


class PinPad(QWidget):
    """Asks for the staff PIN; `unlocked` when StaffAuth accepts it."""

    unlocked = Signal()
    cancelled = Signal()
    checked = Signal(object)  # PinCheck, after every check

    def __init__(self, auth: StaffAuth, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.auth = auth
        self.runner = runner
        self.pin = ""
        self.checking = False
        self.locked_until: datetime | None = None
        self._unlock_timer = QTimer(self)
        self._unlock_timer.setSingleShot(True)
        self._unlock_timer.timeout.connect(self._lock_over)

        self.title = PlainLabel(object_name="screenTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = PlainLabel(object_name="pinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = PlainLabel(object_name="pinMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.keys: dict[str, QPushButton] = {}
        pad = QGridLayout()
        pad.setSpacing(16)
        for position, key in enumerate(("1", "2", "3", "4", "5", "6", "7", "8", "9",
                                        "back", "0", "ok")):
            button = QPushButton(objectName="pinKey")
            button.setFixedSize(KEY_SIZE * 3 // 2, KEY_SIZE)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("key", key)
            button.clicked.connect(lambda _checked=False, k=key: self.press(k))
            self.keys[key] = button
            pad.addWidget(button, position // 3, position % 3)
        self.keys["back"].setText("⌫")
        self.cancel = QPushButton(objectName="backButton")
        self.cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel.clicked.connect(self._cancel)
        pad_row = QHBoxLayout()
        pad_row.addStretch(1)
        pad_row.addLayout(pad)
        pad_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(24)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.dots)
        layout.addWidget(self.message)
        layout.addLayout(pad_row)
        layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()

    def reset(self) -> None:
        """An empty PIN, no message; a lockout in force is looked up and shown."""
        self.pin = ""
        self.message.clear()
        self._show_dots()
        self._set_keys_enabled(not self.checking)
        auth = self.auth
        self.runner.submit(auth.locked_until, self._on_lock_state)

    def press(self, key: str) -> None:
        """A key of the pad: a digit, "back" or "ok"."""
        if self.checking or self.locked_until is not None:
            return
        if key == "back":
            self.pin = self.pin[:-1]
        elif key == "ok":
            self._check()
            return
        elif key.isdigit() and len(self.pin) < MAX_DIGITS:
            self.pin += key
        self._show_dots()

    def _check(self) -> None:
        if not self.pin:
            return
        pin, self.pin = self.pin, ""
        self.checking = True
        self._set_keys_enabled(False)
        self.message.setText(self.tr("Checking…"))
        auth = self.auth
        self.runner.submit(lambda: auth.check(pin), self._on_checked, self._on_check_error)

    def _on_checked(self, result: PinCheck) -> None:
        self.checking = False
        self._show_dots()
        self._set_keys_enabled(True)
        if result.outcome is PinOutcome.OK:
            self.message.clear()
            self.unlocked.emit()
        elif result.outcome is PinOutcome.WRONG:
            self.message.setText(self.tr("Wrong PIN. %n more tries before staff mode locks.",
                                         None, result.remaining_tries))
        elif result.outcome is PinOutcome.LOCKED:
            self._on_lock_state(result.locked_until)
        else:
            self.message.setText(self.tr(
                "No staff PIN is set on this kiosk. Set one with: python main.py set-pin"))
        self.checked.emit(result)

    def _on_check_error(self, error: BaseException) -> None:
        self.checking = False
        self._set_keys_enabled(True)
        self.message.setText(self.tr("The PIN could not be checked. Try again."))
        log.error("staff PIN check failed", exc_info=error)

    def _on_lock_state(self, until: datetime | None) -> None:
        self.locked_until = until
        if until is None:
            self._unlock_timer.stop()
            self._set_keys_enabled(not self.checking)
            return
        self._set_keys_enabled(False)
        self.message.setText(self.tr(
            "%1 wrong PINs: staff mode is locked until %2.").replace(
            "%1", str(MAX_TRIES)).replace("%2", local_time(until)))
        remaining_ms = (until - utcnow()).total_seconds() * 1000
        self._unlock_timer.start(int(min(max(remaining_ms, 0), 2**31 - 1)) + 1000)

    def _lock_over(self) -> None:
        self.reset()

    def _cancel(self) -> None:
        self.pin = ""
        self._show_dots()
        self.cancelled.emit()

    def _set_keys_enabled(self, enabled: bool) -> None:
        for button in self.keys.values():
            button.setEnabled(enabled and self.locked_until is None)

    def _show_dots(self) -> None:
        self.dots.setText(" ".join("●" * len(self.pin)) or " ")
        self.keys["ok"].setProperty("ready", len(self.pin) >= 4)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A USB keyboard's digits, Backspace and Enter work like the pad's keys."""
        key = event.key()
        if event.text().isdigit() and len(event.text()) == 1:
            self.press(event.text())
        elif key == Qt.Key.Key_Backspace:
            self.press("back")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("ok")
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff PIN"))
        self.keys["ok"].setText(self.tr("OK"))
        self.cancel.setText(self.tr("Cancel"))
        for key in "0123456789":
            self.keys[key].setText(key)
