"""Exports carry anonymous demand figures, the kiosk's health and last errors, never who asked."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import fields
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from nacl.public import PrivateKey

from kiosk.bundle import export as export_module
from kiosk.bundle.export import export_requests
from kiosk.bundle.merge import open_export
from kiosk.config import KioskConfig
from kiosk.core import KioskCore
from kiosk.export_sections import (
    health_section,
    redact_personal,
    register_export_sections,
    running_session_started_at,
)
from kiosk.figures import DemandFigures
from kiosk.health import SESSION_MARKER, HealthMonitor, KioskHealth, boot_id
from kiosk.logs import KIOSK_LOG, JsonLineFormatter, log_dir
from kiosk.requests.service import RequestService
from tests.bundle_data import kiosk_config as bare_kiosk_config

ROOT = Path(__file__).resolve().parent.parent.parent
HQ_EXPORT_KEY = PrivateKey(bytes(range(32)))
PERSON = {"company": "Andijon Rezina MChJ", "contact_name": "Dilnoza Karimova",
          "phone": "+998901234567", "tin": "301234567", "email": "dilnoza.k@rezina.uz"}
MOMENT = datetime(2026, 12, 3, 6, 40)


def with_export_key(config: KioskConfig, kiosk_id: str = "K07") -> KioskConfig:
    return config.model_copy(update={
        "kiosk": config.kiosk.model_copy(update={"id": kiosk_id}),
        "export": config.export.model_copy(
            update={"hq_public_key": bytes(HQ_EXPORT_KEY.public_key).hex()})})


@pytest.fixture
def sections_only_ours(monkeypatch: pytest.MonkeyPatch) -> None:
    """A registry of this test's own: what other tests register does not leak in or out."""
    monkeypatch.setattr(export_module, "SECTION_PROVIDERS", {})
    register_export_sections()


@pytest.fixture
def kiosk(kiosk_config: KioskConfig) -> Iterator[KioskCore]:
    core = KioskCore(with_export_key(kiosk_config))
    core.open_catalog()
    yield core
    core.close()


def visitor_activity(core: KioskCore) -> str:
    """A visitor looks at an item, searches, files a sample request; returns the item number."""
    number = core.catalog.search("", limit=1)[0].number
    figures = DemandFigures(core.state_engine, clock=lambda: MOMENT)
    for _ in range(3):
        figures.record_view(number, "uz")
    assert figures.record_search("gidravlik nasos", 0, "uz")
    assert not figures.record_search("+998 90 123 45 67", 0, "uz")  # typed into the search
    record = RequestService(core).file_sample({
        "item_number": number, "quantity": 1, "region": "andijan", "consent": True,
        "language": "uz", **PERSON})
    figures.record_request(number, "sample", record.region, "uz")
    return number


def log_an_error(data_dir: Path, message: str) -> None:
    """An ERROR line in the GUI's log, written by the kiosk's own formatter."""
    record = logging.LogRecord("kiosk.requests.service", logging.ERROR, __file__, 1, message,
                               None, None)
    log_dir(data_dir).mkdir(parents=True, exist_ok=True)
    with (log_dir(data_dir) / KIOSK_LOG).open("a", encoding="utf-8") as handle:
        handle.write(JsonLineFormatter().format(record) + "\n")


def assert_nothing_personal(sections: dict[str, Any]) -> None:
    text = json.dumps(sections, ensure_ascii=False)
    for value in (*PERSON.values(), "901234567", "90 123 45 67"):
        assert value not in text


def test_export_command_carries_figures_health_and_errors_without_personal_data(
        kiosk: KioskCore, tmp_path: Path) -> None:
    number = visitor_activity(kiosk)
    catalog_version = kiosk.catalog.info.version
    log_an_error(kiosk.data_dir, f"slip for {PERSON['phone']} ({PERSON['email']}, TIN "
                                 f"{PERSON['tin']}) not printed: paper out")
    kiosk.close()
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[kiosk]\nid = "K07"\n[export]\nhq_public_key = '
                      f'"{bytes(HQ_EXPORT_KEY.public_key).hex()}"\n', encoding="utf-8")
    stick = tmp_path / "stick"
    stick.mkdir()
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export", "--to", str(stick), "--data-dir",
         str(kiosk.data_dir), "--config", str(config)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    [path] = stick.glob("*.coopexport")
    payload = open_export(path, HQ_EXPORT_KEY).payload
    assert set(payload.sections) == {"figures", "health", "errors"}
    # The request itself goes to HQ with its contact details (sealed); the sections do not.
    assert payload.requests[0]["phone"] == PERSON["phone"]
    assert_nothing_personal(payload.sections)

    figures = payload.sections["figures"]
    assert figures["totals"] == {"view": 3, "search": 1, "request": 1}
    assert {"subject": "gidravlik nasos", "count": 1} in figures["top_unfound_searches"]
    assert figures["items"][number]["category"]
    assert figures["items"][number]["name"]["uz"]

    health = payload.sections["health"]
    assert health["kiosk_id"] == "K07" and health["catalog_version"] == catalog_version
    assert health["app_version"] and health["crash_count"] == 0
    assert health["disk_free_bytes"] > 0 and health["printer"]["state"]
    assert health["uptime_s"] is None  # no kiosk session was running

    [error] = payload.sections["errors"]
    assert error["level"] == "ERROR" and error["logger"] == "kiosk.requests.service"
    assert error["message"] == ("slip for <number> (<e-mail>, TIN <number>) not printed: "
                                "paper out")


@pytest.mark.parametrize(("text", "expected"), [
    ("call +998 90 123-45-67 now", "call <number> now"),
    ("phone 998901234567, TIN 301234567", "phone <number>, TIN <number>"),
    ("mail a.b@c.uz please", "mail <e-mail> please"),
    ("item 96535257 on 2026-12-03 10:15:00 failed", "item 96535257 on 2026-12-03 10:15:00 failed"),
])
def test_error_lines_lose_phone_numbers_tins_and_e_mails(text: str, expected: str) -> None:
    assert redact_personal(text) == expected


def test_uptime_is_that_of_the_running_kiosk_session(kiosk: KioskCore) -> None:
    assert health_section(kiosk)["uptime_s"] is None
    monitor = HealthMonitor(kiosk)
    monitor.session_started()
    health = health_section(kiosk)
    assert health["uptime_s"] is not None and 0 <= health["uptime_s"] < 60
    assert health["session_started_at"].startswith(f"{monitor.started_at:%Y-%m-%dT%H:%M}")
    monitor.session_ended_cleanly()
    assert health_section(kiosk)["uptime_s"] is None


def test_a_session_marker_left_by_a_dead_process_is_no_running_session(
        kiosk: KioskCore) -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    (kiosk.data_dir / SESSION_MARKER).write_text(json.dumps(
        {"pid": gone.pid, "boot_id": boot_id(), "started_at": "2026-12-01T08:00:00"}))
    assert running_session_started_at(kiosk) is None
    (kiosk.data_dir / SESSION_MARKER).write_text(json.dumps(
        {"pid": os.getpid(), "boot_id": boot_id(), "started_at": "2026-12-01T08:00:00"}))
    assert running_session_started_at(kiosk) == datetime(2026, 12, 1, 8, 0)


@pytest.mark.usefixtures("sections_only_ours")
def test_a_section_that_cannot_be_read_does_not_stop_the_export(
        kiosk: KioskCore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    visitor_activity(kiosk)

    def broken(*_args: object) -> dict[str, Any]:
        raise RuntimeError(f"database disk image is malformed near {PERSON['phone']}")

    monkeypatch.setattr("kiosk.export_sections.export_figures", broken)
    result = export_requests(kiosk, tmp_path, catalog_version="2026.11", now=MOMENT)
    payload = open_export(result.path, HQ_EXPORT_KEY).payload
    assert result.request_count == 1 and len(payload.requests) == 1
    assert payload.sections["figures"] == {
        "unavailable": "RuntimeError: database disk image is malformed near <number>"}
    assert payload.sections["health"]["kiosk_id"] == "K07"


def test_without_a_catalog_the_health_section_installs_nothing(tmp_path: Path) -> None:
    core = KioskCore(bare_kiosk_config(tmp_path / "data"))
    try:
        health = health_section(core)
        assert health["catalog_version"] == "" and health["kiosk_id"] == "K01"
        assert health["disk_free_bytes"] > 0
        assert set(health) == {"format"} | {f.name for f in fields(KioskHealth)}
        assert health["state_recovery"] is None  # nothing was recovered
        assert core.store.current() is None
    finally:
        core.close()
