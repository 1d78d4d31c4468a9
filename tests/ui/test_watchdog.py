"""The watchdog pings come from the GUI thread's event loop: a blocked GUI thread stops them."""

from __future__ import annotations

import os
import socket
import tempfile
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk.watchdog import SystemdNotifier
from ui.watchdog import WatchdogPinger

WATCHDOG_USEC = 200_000  # pings every 100 ms


@pytest.fixture
def receiver() -> Iterator[tuple[str, socket.socket]]:
    folder = tempfile.mkdtemp(prefix="notify-", dir="/tmp")
    path = os.path.join(folder, "notify")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.setblocking(False)
    yield path, sock
    sock.close()
    os.unlink(path)
    os.rmdir(folder)


def drain(sock: socket.socket) -> list[bytes]:
    messages = []
    while True:
        try:
            messages.append(sock.recv(4096))
        except BlockingIOError:
            return messages


def test_pings_stop_while_the_gui_thread_is_blocked_and_resume_after(
        qtbot: QtBot, receiver: tuple[str, socket.socket]) -> None:
    path, sock = receiver
    notifier = SystemdNotifier.from_environment(
        {"NOTIFY_SOCKET": path, "WATCHDOG_USEC": str(WATCHDOG_USEC)})
    pinger = WatchdogPinger(notifier)
    received: list[bytes] = []
    pinger.start("up")
    qtbot.waitUntil(lambda: received.extend(drain(sock)) or received.count(b"WATCHDOG=1") >= 3,
                    timeout=3000)
    assert received[0] == b"READY=1\nSTATUS=up"

    during_block: list[bytes] = []
    blocked_for: list[float] = []

    def hang_the_gui_thread() -> None:
        # A slot that never returns to the event loop for 5 ping intervals, as a hung GUI would.
        drain(sock)
        start = time.monotonic()
        while time.monotonic() - start < 5 * WATCHDOG_USEC / 1e6:
            pass
        during_block.extend(drain(sock))
        blocked_for.append(time.monotonic() - start)

    QTimer.singleShot(0, hang_the_gui_thread)
    qtbot.waitUntil(lambda: bool(blocked_for), timeout=3000)
    assert blocked_for[0] >= 0.5
    assert during_block == []

    after: list[bytes] = []
    qtbot.waitUntil(lambda: after.extend(drain(sock)) or after.count(b"WATCHDOG=1") >= 2,
                    timeout=3000)
    pinger.stop()
    assert drain(sock)[-1:] == [b"STOPPING=1"]


def test_without_a_watchdog_request_only_ready_is_sent(
        qtbot: QtBot, receiver: tuple[str, socket.socket]) -> None:
    path, sock = receiver
    pinger = WatchdogPinger(SystemdNotifier.from_environment({"NOTIFY_SOCKET": path}))
    pinger.start()
    assert not pinger.timer.isActive()
    assert drain(sock) == [b"READY=1"]
