"""A request the kiosk has confirmed survives a SIGKILL a moment later (a real kiosk process)."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.config import KioskConfig
from kiosk.core import KioskCore
from ui.flows import AUTOFILE_ENV

ROOT = Path(__file__).resolve().parents[2]


def item_with_samples(config: KioskConfig) -> str:
    core = KioskCore(config)
    try:
        with core.open_catalog().connect() as connection:
            return str(connection.execute(text(
                "SELECT number FROM items WHERE samples_on_hand > 0 ORDER BY id LIMIT 1"))
                .scalar_one())
    finally:
        core.close()


def read_line_starting(process: subprocess.Popen[str], prefix: str, timeout_s: float) -> str:
    """The first stdout line of `process` that starts with `prefix`."""
    assert process.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not selector.select(timeout=max(0.0, deadline - time.monotonic())):
            break
        line = process.stdout.readline()
        if not line:
            break  # the kiosk ended
        if line.startswith(prefix):
            return line.strip()
    raise AssertionError(f"no {prefix!r} line from the kiosk within {timeout_s} s")


@pytest.mark.slow
def test_a_confirmed_request_survives_sigkill_right_after_the_confirmation(
        kiosk_config: KioskConfig, tmp_path: Path) -> None:
    data_dir = kiosk_config.data_dir
    item_number = item_with_samples(kiosk_config)
    log = (tmp_path / "kiosk.stderr").open("w")
    kiosk = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir)], cwd=ROOT,
        env={**os.environ, AUTOFILE_ENV: item_number}, stdout=subprocess.PIPE, stderr=log,
        text=True)
    try:
        confirmed = read_line_starting(kiosk, "CONFIRMED ", timeout_s=120)
        kiosk.send_signal(signal.SIGKILL)  # no clean-up of any kind: as a power cut would
    finally:
        kiosk.kill()
        kiosk.wait(timeout=30)
        log.close()
    assert kiosk.returncode == -signal.SIGKILL
    number = confirmed.split()[1]

    def main_py(*args: str) -> str:
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), *args, "--data-dir",
                                 str(data_dir)], cwd=ROOT, capture_output=True, text=True,
                                timeout=60, check=True)
        return result.stdout

    assert number in main_py("requests", "list")
    shown = main_py("requests", "show", number)
    assert item_number in shown and "Autofile <Test> MChJ" in shown
