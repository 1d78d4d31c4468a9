"""The sd_notify protocol, against a real unix datagram socket standing in for systemd."""

from __future__ import annotations

import logging
import os
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.watchdog import SystemdNotifier


@pytest.fixture
def manager() -> Iterator[tuple[str, socket.socket]]:
    """A socket where systemd would listen, at a short path (unix paths are at most 107 bytes)."""
    folder = tempfile.mkdtemp(prefix="notify-", dir="/tmp")
    path = os.path.join(folder, "notify")
    receiver = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    receiver.bind(path)
    receiver.settimeout(2)
    yield path, receiver
    receiver.close()
    os.unlink(path)
    os.rmdir(folder)


def test_outside_systemd_nothing_is_sent_and_nothing_fails() -> None:
    notifier = SystemdNotifier.from_environment({})
    assert not notifier.enabled
    assert notifier.watchdog_interval_ms is None
    assert notifier.ready() is False and notifier.ping() is False


def test_ready_ping_status_and_stopping_arrive_as_datagrams(
        manager: tuple[str, socket.socket]) -> None:
    path, receiver = manager
    notifier = SystemdNotifier.from_environment({"NOTIFY_SOCKET": path})
    assert notifier.ready("catalog 2026.11")
    assert receiver.recv(4096) == b"READY=1\nSTATUS=catalog 2026.11"
    assert notifier.ping()
    assert receiver.recv(4096) == b"WATCHDOG=1"
    assert notifier.stopping()
    assert receiver.recv(4096) == b"STOPPING=1"
    notifier.close()


def test_an_abstract_socket_address_is_honoured() -> None:
    name = f"cooplab-test-{os.getpid()}"
    receiver = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    receiver.bind(b"\0" + name.encode())
    receiver.settimeout(2)
    try:
        assert SystemdNotifier(f"@{name}").ping()
        assert receiver.recv(64) == b"WATCHDOG=1"
    finally:
        receiver.close()


@pytest.mark.parametrize(("environ", "interval"), [
    ({"WATCHDOG_USEC": "30000000"}, 15_000),
    ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(os.getpid())}, 15_000),
    ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"}, None),  # meant for another process
    ({"WATCHDOG_USEC": "soon"}, None),
    ({"WATCHDOG_USEC": "0"}, None),
    ({}, None),
])
def test_the_ping_interval_is_half_of_watchdog_usec(environ: dict[str, str],
                                                     interval: int | None) -> None:
    notifier = SystemdNotifier.from_environment({"NOTIFY_SOCKET": "/run/x", **environ})
    assert notifier.watchdog_interval_ms == interval


def test_a_vanished_socket_is_logged_once_and_never_raises(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    notifier = SystemdNotifier(str(tmp_path / "gone"))
    with caplog.at_level(logging.ERROR, logger="kiosk.watchdog"):
        assert notifier.ping() is False
        assert notifier.ping() is False
    assert len([r for r in caplog.records if "cannot notify systemd" in r.message]) == 1
