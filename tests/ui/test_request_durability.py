"""Confirmed requests survive SIGKILLs of the real kiosk; staff see it when the database was not."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.config import KioskConfig, load_config
from kiosk.core import KioskCore
from kiosk.recovery import recovery_notice
from kiosk.requests.service import RequestService
from kiosk.staff import StaffAuth
from tests.conftest import copy_store
from tests.reliability import count
from tests.ui.test_request_form import close_window, open_window, tap
from tests.ui.test_request_sigkill import item_with_samples, read_line_starting
from tests.ui.test_staff_mode import PIN, unlock
from ui.flows import AUTOFILE_ENV

ROOT = Path(__file__).resolve().parents[2]
# Kill moments after the kiosk printed the number it confirmed: at once, or a few ms later
# (the confirmation screen is still being drawn, the idle clock restarts...).
KILL_DELAYS_S = (0.0, 0.0, 0.001, 0.003, 0.008, 0.015)


def file_one_then_die(data_dir: Path, item_number: str, delay_s: float, log: Path) -> str:
    """Start the kiosk, let it file one request through the visitor's form, SIGKILL it
    `delay_s` after it confirmed; the number it confirmed."""
    with log.open("a") as stderr:
        kiosk = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir)], cwd=ROOT,
            env={**os.environ, AUTOFILE_ENV: item_number}, stdout=subprocess.PIPE,
            stderr=stderr, text=True)
        try:
            confirmed = read_line_starting(kiosk, "CONFIRMED ", timeout_s=120)
            killer = threading.Timer(delay_s, kiosk.send_signal, (signal.SIGKILL,))
            killer.start()
            killer.join()
        finally:
            kiosk.kill()
            kiosk.wait(timeout=30)
            assert kiosk.stdout is not None
            kiosk.stdout.close()
    assert kiosk.returncode == -signal.SIGKILL, f"the kiosk ended by itself ({kiosk.returncode})"
    return confirmed.split()[1]


@pytest.mark.slow
@pytest.mark.reliability
@pytest.mark.timeout(count(300, 3600))  # a kiosk start takes 3 to 7 s on a busy CI machine
def test_every_request_confirmed_before_a_sigkill_is_kept_once(
        kiosk_config: KioskConfig, tmp_path: Path) -> None:
    data_dir = kiosk_config.data_dir
    item_number = item_with_samples(kiosk_config)
    chance = random.Random(8_3)
    kills = count(8, 100)
    confirmed = [file_one_then_die(data_dir, item_number, chance.choice(KILL_DELAYS_S),
                                   tmp_path / "kiosk.stderr")
                 for _ in range(kills)]

    state = data_dir / "state.sqlite"
    with sqlite3.connect(state) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = connection.execute("SELECT number, seq, company FROM requests ORDER BY seq"
                                    ).fetchall()
    connection.close()
    # Exactly the numbers the kiosks confirmed, each once, in the order they were given.
    assert [number for number, _, _ in stored] == confirmed
    assert len(set(confirmed)) == kills
    assert [seq for _, seq, _ in stored] == list(range(1, kills + 1))
    assert all(company == "Autofile <Test> MChJ" for _, _, company in stored)
    # No kill ever left the database looking damaged.
    assert not list(data_dir.glob("state.sqlite.broken-*"))


def test_the_staff_desk_shows_a_replaced_database_as_plain_text_until_dismissed(
        qtbot: QtBot, tmp_path: Path, demo_store_root: Path) -> None:
    data_dir = tmp_path / "<b>kiosk</b> &amp;"  # markup in the path must show as typed
    copy_store(demo_store_root, data_dir / "catalogs")
    config = load_config(None, data_dir=data_dir)
    first = KioskCore(config)
    try:
        service = RequestService(first)
        filed = [service.file_help({
            "company": "Qoʻqon Metall MChJ", "contact_name": "Rustam Tursunov",
            "phone": "+998 91 234 56 78", "region": "fergana", "consent": True,
            "language": "uz", "help_kind": "financing", "description": f"Kredit {index}"})
            for index in range(3)]
    finally:
        first.close()
    with (data_dir / "state.sqlite").open("r+b") as handle:
        handle.write(random.Random(1).randbytes(4096))  # the header page

    core = KioskCore(config)
    core.open_catalog()
    main = None
    try:
        assert core.state_recovery is not None and core.state_moved_aside is not None
        StaffAuth(core).set_pin(PIN)
        main = open_window(qtbot, core)
        staff = unlock(qtbot, main)
        notice = staff.desk.recovery_notice
        qtbot.waitUntil(notice.isVisible, timeout=10_000)
        shown = notice.message.text()
        assert notice.message.textFormat() == Qt.TextFormat.PlainText
        assert str(core.state_moved_aside) in shown and "<b>kiosk</b> &amp;" in shown
        assert "Requests recovered: 3." in shown
        assert notice.dismiss_button.height() >= 80

        with qtbot.waitSignal(notice.dismissed, timeout=10_000):
            tap(qtbot, notice.dismiss_button)
        assert not notice.isVisible()
        assert recovery_notice(core.state_engine) is None
        numbers = {record.number for record in RequestService(core).list_requests()}
        assert numbers == {record.number for record in filed}
        staff.leave()
        staff = unlock(qtbot, main)
        with qtbot.waitSignal(staff.desk.recovery_notice.loaded, timeout=10_000):
            staff.desk.refresh()
        assert not staff.desk.recovery_notice.isVisible()
    finally:
        if main is not None:
            close_window(qtbot, main)
        core.close()
