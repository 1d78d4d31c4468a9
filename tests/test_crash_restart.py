"""The real kiosk process: killed mid-visit it restarts on its attract screen, empty, and counts
the crash; stopped by SIGTERM (systemd) it ends cleanly; it talks sd_notify to the manager."""

from __future__ import annotations

import json
import os
import selectors
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.config import KioskConfig
from kiosk.health import SESSION_MARKER

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


def start_kiosk(data_dir: Path, **env: str) -> subprocess.Popen[str]:
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID")}
    environment.update(env)
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--windowed", "--data-dir", str(data_dir)],
        cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def probe_line(process: subprocess.Popen[str], timeout: float = 60) -> dict[str, object]:
    """The JSON line the kiosk prints once its catalog is ready."""
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if selector.select(timeout=deadline - time.monotonic()):
                line = process.stdout.readline()
                if not line:
                    break
                if line.startswith("{"):
                    result: dict[str, object] = json.loads(line)
                    return result
    process.kill()
    raise AssertionError(f"no probe line; stderr: {process.communicate()[1][-2000:]}")


@pytest.fixture
def manager() -> Iterator[tuple[str, socket.socket]]:
    """A unix datagram socket standing in for systemd's notify socket."""
    folder = tempfile.mkdtemp(prefix="notify-", dir="/tmp")
    path = os.path.join(folder, "notify")
    receiver = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    receiver.bind(path)
    receiver.settimeout(30)
    yield path, receiver
    receiver.close()
    os.unlink(path)
    os.rmdir(folder)


def test_after_a_crash_the_kiosk_comes_back_to_its_attract_screen_with_nothing_typed(
        kiosk_config: KioskConfig) -> None:
    data_dir = kiosk_config.data_dir
    visit = start_kiosk(data_dir, COOPLAB_KIOSK_PROBE="type:tormoz kolodkasi")
    try:
        typed = probe_line(visit)
        assert typed["screen"] == "catalog"
        assert typed["typed"] == ["tormoz kolodkasi"]
        assert (data_dir / SESSION_MARKER).exists()
    finally:
        visit.send_signal(signal.SIGKILL)  # a crash: no clean-up of any kind
        visit.communicate(timeout=30)

    restarted = start_kiosk(data_dir, COOPLAB_KIOSK_PROBE="first-screen")
    first = probe_line(restarted)
    _, stderr = restarted.communicate(timeout=30)
    assert restarted.returncode == 0, stderr[-2000:]
    assert first["screen"] == "attract"
    assert first["typed"] == []
    assert first["previous_crashed"] is True and first["crash_count"] == 1
    assert not (data_dir / SESSION_MARKER).exists()  # that start ended cleanly
    # the crash is in the structured log, for staff mode and the export to HQ
    log_lines = (data_dir / "logs" / "kiosk.log").read_text().splitlines()
    assert any("ended without a clean exit" in json.loads(line)["msg"] for line in log_lines)


def test_sigterm_ends_the_session_cleanly_and_systemd_hears_ready_pings_and_stopping(
        kiosk_config: KioskConfig, manager: tuple[str, socket.socket]) -> None:
    path, receiver = manager
    kiosk = start_kiosk(kiosk_config.data_dir, NOTIFY_SOCKET=path, WATCHDOG_USEC="400000")
    try:
        assert receiver.recv(4096).startswith(b"READY=1")
        assert receiver.recv(4096) == b"WATCHDOG=1"
        assert receiver.recv(4096) == b"WATCHDOG=1"
        kiosk.send_signal(signal.SIGTERM)
        _, stderr = kiosk.communicate(timeout=30)
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
            kiosk.communicate()
    assert kiosk.returncode == 0, stderr[-2000:]
    messages = []
    receiver.settimeout(0.5)
    while True:
        try:
            messages.append(receiver.recv(4096))
        except TimeoutError:
            break
    assert messages[-1] == b"STOPPING=1"
    assert not (kiosk_config.data_dir / SESSION_MARKER).exists()

    again = start_kiosk(kiosk_config.data_dir, COOPLAB_KIOSK_PROBE="first-screen")
    first = probe_line(again)
    again.communicate(timeout=30)
    assert first["previous_crashed"] is False and first["crash_count"] == 0
