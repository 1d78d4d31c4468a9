"""Idle handling: after a quiet spell a "Still there?" warning counts down, then the visitor's
input is wiped and the attract screen returns. Any touch, click or key keeps the session."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QInputEvent, QInputMethodEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.widgets import PlainLabel

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.KeyPress, QEvent.Type.Wheel, QEvent.Type.InputMethod,
})


TOUCH_AND_MOUSE = frozenset({
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
})


class IdleWatcher(QObject):
    """An application event filter that notices the visitor's input.

    `warn` fires after `idle_ms` of quiet; `expired` after `warning_ms` more. `active` is
    False while no visitor session runs (the attract screen), and then nothing fires.
    """

    warn = Signal()
    tick = Signal(int)  # seconds left of the warning
    expired = Signal()
    resumed = Signal()

    def __init__(self, idle_ms: int, warning_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle_ms = idle_ms
        self.warning_ms = warning_ms
        self.active = False
        self.warning = False
        self._left = 0
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._start_warning)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._count)

    def set_times(self, idle_ms: int, warning_ms: int) -> None:
        self.idle_ms, self.warning_ms = idle_ms, warning_ms
        if self.active and not self.warning:
            self._idle.start(self.idle_ms)

    def start_session(self) -> None:
        self.active = True
        self.activity()

    def stop_session(self) -> None:
        self.active = False
        self.warning = False
        self._idle.stop()
        self._countdown.stop()

    def activity(self) -> None:
        if not self.active:
            return
        if self.warning:
            self.warning = False
            self._countdown.stop()
            self.resumed.emit()
        self._idle.start(self.idle_ms)

    def _start_warning(self) -> None:
        self.warning = True
        self._left = max(1, self.warning_ms // 1000)
        self.warn.emit()
        self.tick.emit(self._left)
        self._countdown.start(min(1000, self.warning_ms))

    def _count(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.tick.emit(self._left)
            return
        self.stop_session()
        self.expired.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: the cheap test first.
        if not isinstance(event, (QInputEvent, QInputMethodEvent)):
            return False
        kind = event.type()
        if kind in ACTIVITY_EVENTS and (kind != QEvent.Type.MouseMove or _buttons_down(event)):
            self.activity()
        return False


def _buttons_down(event: QEvent) -> bool:
    buttons = getattr(event, "buttons", None)
    return bool(buttons and buttons() != Qt.MouseButton.NoButton)


class IdleWarning(QWidget):
    """The "Still there? Touch to continue" overlay with its countdown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idleWarning")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.title = PlainLabel(object_name="idleTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = PlainLabel(object_name="idleCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = PlainLabel(object_name="idleHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.countdown)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self._pressed = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        for child in (self.title, self.countdown, self.hint):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        self.retranslate()

    def resume(self) -> None:
        """The visitor is back: go away, but only once the answering touch is lifted."""
        QTimer.singleShot(0, self._hide_unless_pressed)

    def _hide_unless_pressed(self) -> None:
        if not self._pressed:
            self.hide()

    def event(self, event: QEvent) -> bool:
        # The touch that answers "Still there?" must not also press what lies beneath, so the
        # overlay takes the whole touch and leaves when it ends.
        kind = event.type()
        if kind in TOUCH_AND_MOUSE:
            if kind in (QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress):
                self._pressed = True
            elif kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel,
                          QEvent.Type.MouseButtonRelease):
                self._pressed = False
                self.hide()
            event.accept()
            return True
        return super().event(event)

    def show_seconds(self, seconds: int) -> None:
        self.countdown.setText(str(seconds))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Still there? Touch to continue"))
        self.hint.setText(self.tr("Otherwise what you typed here will be erased."))
