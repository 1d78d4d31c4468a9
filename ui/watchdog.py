"""The GUI as a systemd service: watchdog pings from the GUI thread, clean stop, crash count.

The pings come from the GUI thread's event loop, so that a hung GUI gets the kiosk restarted.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import socket

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.core import KioskCore
from kiosk.health import HealthMonitor, SessionStart
from kiosk.watchdog import SystemdNotifier

log = logging.getLogger(__name__)


class WatchdogPinger(QObject):
    """Sends WATCHDOG=1 from a timer of the GUI thread.

    The timer only fires while the GUI thread runs its event loop: a slot that blocks or loops
    stops the pings, and systemd (WatchdogSec=) kills and restarts the kiosk.
    """

    pinged = Signal()

    def __init__(self, notifier: SystemdNotifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.ping)
        self._stopped = False
        interval = notifier.watchdog_interval_ms
        if interval is not None:
            self.timer.setInterval(interval)

    def start(self, status: str = "") -> None:
        """Tell systemd the kiosk is up (READY=1) and start pinging, if it asked for pings."""
        if not self.notifier.enabled:
            return
        self.notifier.ready(status)
        if self.notifier.watchdog_interval_ms is not None:
            self.ping()
            self.timer.start()

    def ping(self) -> None:
        if self.notifier.ping():
            self.pinged.emit()

    def stop(self) -> None:
        """A clean exit: stop pinging and say so (STOPPING=1), once."""
        self.timer.stop()
        if not self._stopped:
            self._stopped = True
            self.notifier.stopping()
            self.notifier.close()


class KioskService(QObject):
    """The GUI session as a systemd service: crash counting, watchdog, clean stop on SIGTERM.

    `start()` (just before the event loop) counts a crash if the last session did not end
    cleanly, tells systemd the kiosk is ready and starts the pings; SIGTERM and SIGINT quit
    the event loop, and `finish()` (after it) marks the exit clean and says STOPPING=1.
    """

    def __init__(self, app: QCoreApplication, core: KioskCore,
                 notifier: SystemdNotifier | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.monitor = HealthMonitor(core)
        self.pinger = WatchdogPinger(notifier or SystemdNotifier.from_environment(), self)
        self.session: SessionStart | None = None
        self._signals: tuple[socket.socket, socket.socket] | None = None
        self._notifier: QSocketNotifier | None = None

    def start(self) -> SessionStart:
        self.session = self.monitor.session_started()
        self._quit_on_signals()
        kiosk_id = self.monitor.core.kiosk_id
        QTimer.singleShot(0, lambda: self.pinger.start(f"kiosk {kiosk_id} running"))
        return self.session

    def finish(self) -> None:
        self.pinger.stop()
        self.monitor.session_ended_cleanly()
        if self._signals is not None:
            signal.set_wakeup_fd(-1)
            if self._notifier is not None:
                self._notifier.setEnabled(False)
            for end in self._signals:
                end.close()
            self._signals = None

    def _quit_on_signals(self) -> None:
        # Python runs signal handlers only when it gets control; the wakeup socket makes the
        # event loop notice a signal at once, so that systemd's SIGTERM ends the session cleanly.
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        signal.set_wakeup_fd(writer.fileno())
        self._signals = (reader, writer)
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain_signals)
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, self._on_signal)

    def _on_signal(self, number: int, _frame: object) -> None:
        log.info("signal %s: the kiosk stops", signal.Signals(number).name)
        # A requested stop, not a crash, even if the compositor (signalled at the same time by
        # systemd) goes first and takes the app down with it before the event loop returns.
        self.monitor.session_ended_cleanly()
        self.pinger.stop()
        self.app.exit(0)  # quit() would ask the windows, and the kiosk window refuses to close

    def _drain_signals(self) -> None:
        if self._signals is not None:
            with contextlib.suppress(BlockingIOError):
                self._signals[0].recv(64)


PROBE_VARIABLE = "COOPLAB_KIOSK_PROBE"


def install_probe(window: QWidget, service: KioskService) -> None:
    """A start-up probe for tests and diagnostics, chosen by $COOPLAB_KIOSK_PROBE.

    Once the catalog is ready, `first-screen` prints one JSON line (the screen shown, every
    non-empty text field of the window, the crash count) and quits cleanly; `type:TEXT`
    searches TEXT as a visitor typing it would, prints the same line and keeps running.
    """
    probe = os.environ.get(PROBE_VARIABLE, "")
    if not probe:
        return

    def report(name: str) -> None:
        stack = getattr(window, "stack", None)
        screen = stack.currentWidget().objectName() if stack is not None else ""
        typed = [field.text() for field in window.findChildren(QLineEdit) if field.text()]
        session = service.session
        print(json.dumps({"probe": name, "screen": screen, "typed": typed,
                          "crash_count": session.crash_count if session else None,
                          "previous_crashed": session.previous_crashed if session else None},
                         ensure_ascii=False), flush=True)

    def on_ready() -> None:
        if probe == "first-screen":
            report(probe)
            QCoreApplication.exit(0)
        elif probe.startswith("type:"):
            window.show_search(probe.removeprefix("type:"))  # type: ignore[attr-defined]
            report("typed")

    window.catalog_ready.connect(on_ready)  # type: ignore[attr-defined]
