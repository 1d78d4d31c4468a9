"""Health figures: crashes counted from the session marker, uptime, disk, versions, printer."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

from kiosk.core import KioskCore
from kiosk.health import (
    SESSION_MARKER,
    HealthMonitor,
    boot_id,
    cups_printer_state,
    export_health,
)

ROOT = Path(__file__).resolve().parent.parent.parent


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_clean_exit_is_not_a_crash_and_a_missing_one_is(core: KioskCore) -> None:
    first = HealthMonitor(core).session_started()
    assert not first.previous_crashed and first.crash_count == 0
    marker = core.data_dir / SESSION_MARKER
    assert json.loads(marker.read_text())["boot_id"] == boot_id()
    HealthMonitor(core).session_ended_cleanly()
    assert not marker.exists()

    second = HealthMonitor(core).session_started()  # ... and this one is killed
    assert not second.previous_crashed
    third = HealthMonitor(core).session_started()
    assert third.previous_crashed and third.crash_count == 1
    assert third.previous_started_at
    fourth = HealthMonitor(core).session_started()
    assert fourth.crash_count == 2
    assert HealthMonitor(core).crash_count() == 2


def test_a_session_still_running_in_another_process_is_not_a_crash(core: KioskCore) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (core.data_dir / SESSION_MARKER).write_text(json.dumps(
            {"pid": other.pid, "boot_id": boot_id(), "started_at": "2026-12-01T05:00:00"}))
        assert not HealthMonitor(core).session_started().previous_crashed
    finally:
        other.kill()
        other.wait()
    # the same pid after a reboot is someone else: the session did not end cleanly
    (core.data_dir / SESSION_MARKER).write_text(json.dumps(
        {"pid": 1, "boot_id": "another-boot", "started_at": "2026-12-01T05:00:00"}))
    assert HealthMonitor(core).session_started().previous_crashed


def test_a_garbled_marker_counts_as_a_crash(core: KioskCore) -> None:
    (core.data_dir / SESSION_MARKER).write_bytes(b"\x00\x00")
    assert HealthMonitor(core).session_started().crash_count == 1


def test_export_health_carries_what_hq_needs(core: KioskCore) -> None:
    clock = FakeMonotonic()
    (core.data_dir / SESSION_MARKER).write_text("{}")
    monitor = HealthMonitor(core, monotonic=clock)
    monitor.session_started()
    clock.now += 3725.6
    health = export_health(core, monitor, printer_state=lambda: {"state": "idle",
                                                                "queue": "SlipPDF"})
    json.dumps(health)
    assert health["kiosk_id"] == "K01"
    with (ROOT / "pyproject.toml").open("rb") as handle:
        assert health["app_version"] == tomllib.load(handle)["project"]["version"]
    assert health["catalog_version"] == core.catalog.info.version
    assert health["catalog_is_demo"] is True
    assert health["uptime_s"] == 3725
    assert health["crash_count"] == 1 and health["last_crash_at"]
    assert 0 < health["disk_free_bytes"] <= health["disk_total_bytes"]
    assert health["printer"] == {"state": "idle", "queue": "SlipPDF"}


def test_health_survives_a_failing_printer_query_and_a_headless_caller(core: KioskCore) -> None:
    def broken() -> str:
        raise OSError("cupsd is not running")

    health = export_health(core, None, broken)
    assert health["uptime_s"] is None and health["session_started_at"] is None
    assert health["printer"]["state"] == "unknown"
    assert "cupsd" in health["printer"]["error"]
    assert export_health(core, None, lambda: "offline")["printer"] == {"state": "offline"}


def test_the_printer_state_comes_from_cups(core: KioskCore) -> None:
    subprocess.run([str(ROOT / "deploy" / "start-cups.sh")], check=True, timeout=60)
    assert cups_printer_state("SlipPDF")()["state"] in ("ready", "printing")
    missing = cups_printer_state("NoSuchPrinter")()
    assert missing["state"] == "unknown_queue" and "NoSuchPrinter" in missing["message"]
    # by default the health report asks CUPS about the configured queue ("": the default)
    assert export_health(core)["printer"]["state"] in (
        "ready", "printing", "no_default", "stopped", "paper_out", "rejecting")


def test_marker_lives_in_the_data_folder(core: KioskCore) -> None:
    HealthMonitor(core).session_started()
    assert (core.data_dir / SESSION_MARKER).is_file()
    assert not list(core.data_dir.glob("*.tmp"))
