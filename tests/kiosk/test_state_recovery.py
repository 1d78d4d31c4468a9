"""A kiosk whose state database is damaged on disk starts with what could be salvaged of it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from db.salvage import SEQUENCE_MARGIN
from kiosk.bundle.export import kiosk_signing_key
from kiosk.cli import main as cli_main
from kiosk.config import KioskConfig, load_config
from kiosk.core import KioskCore
from kiosk.health import collect_health
from kiosk.recovery import (
    dismiss_recovery,
    last_recovery,
    logged_request_numbers,
    recovery_notice,
    recovery_summary,
)
from kiosk.requests.numbers import parse_request_number
from kiosk.requests.service import RequestService
from kiosk.staff import StaffAuth
from tests.conftest import copy_store
from tests.state_pages import PAGE, most_rows_lost, overwrite_pages, pages_of

PIN = "2580"
SAMPLES, HELP = 40, 10
CONTACT = {"company": "Fargʻona Avtodetal MChJ", "contact_name": "Aliyev Vali",
           "phone": "+998 90 123-45-67", "region": "fergana", "consent": True, "language": "uz"}


@dataclass(frozen=True)
class Pristine:
    """A kiosk's state database after a day of requests, before anything happened to it."""

    path: Path
    requests: dict[str, dict[str, object]]
    kiosk_key: str
    samples_on_hand: int
    item_number: str


def request_rows(engine: Engine) -> dict[str, dict[str, object]]:
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM requests")).mappings().all()
    return {str(row["number"]): {k: v for k, v in row.items() if k != "id"} for row in rows}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, demo_store_root: Path) -> Pristine:
    data_dir = tmp_path_factory.mktemp("pristine") / "data"
    copy_store(demo_store_root, data_dir / "catalogs")
    core = KioskCore(load_config(None, data_dir=data_dir))
    try:
        core.open_catalog()
        StaffAuth(core).set_pin(PIN)
        key = kiosk_signing_key(core).encode().hex()
        service = RequestService(core)
        with core.catalog.connect() as connection:
            item = str(connection.execute(text(
                "SELECT number FROM items WHERE samples_on_hand >= 5 ORDER BY number LIMIT 1")
            ).scalar_one())
        for index in range(SAMPLES + HELP):
            if index % 5 == 4:
                # Every other one long enough to need overflow pages (2 bytes a letter).
                record = service.file_help({**CONTACT, "help_kind": "markets",
                                            "description": f"Рынок {index} " + "ж" * (
                                                1900 if index % 10 == 4 else 100)})
            else:
                record = service.file_sample({**CONTACT, "item_number": item,
                                              "company": f"Korxona {index} MChJ"})
            if index % 4 == 1:
                service.record_printed(record.number, f"SlipPDF-{index}")
            elif index % 4 == 2 and record.is_sample and index < 12:
                service.mark_issued(record.number)
            elif index % 4 == 3:
                service.cancel(record.number, "Mijoz qaytmadi")
        with core.state_engine.begin() as connection:  # what an export to HQ leaves behind
            connection.execute(text("UPDATE requests SET exported_at = :at WHERE seq <= 20"),
                               {"at": "2026-11-26 17:00:00.000000"})
        on_hand = service.samples_on_hand(item, service.item_snapshot(item).catalog_on_hand)  # type: ignore[union-attr]
        requests = request_rows(core.state_engine)
    finally:
        core.close()
    return Pristine(data_dir / "state.sqlite", requests, key, on_hand, item)


def damage(path: Path, how: str) -> set[int]:
    """Damage the state database at `path` as `how` says; returns the pages destroyed."""
    if how == "truncated":
        pages = path.stat().st_size // PAGE
        keep = pages * 3 // 4
        with path.open("r+b") as handle:
            handle.truncate(keep * PAGE)
        return set(range(keep + 1, pages + 1))
    if how == "header":
        destroyed = {1}
    elif how == "requests page":
        leaves = pages_of(path, "requests", "leaf")
        destroyed = {leaves[len(leaves) // 2][0]}
    else:
        destroyed = {page for page, _ in pages_of(path, "ix_requests_status_created")}
    overwrite_pages(path, sorted(destroyed), seed=how)
    return destroyed


@dataclass(frozen=True)
class Damaged:
    core: KioskCore  # started on the damaged file
    destroyed: set[int]  # its pages that were destroyed
    most_lost: int  # the most requests that can have been lost with them
    file: bytes  # the damaged file as the kiosk found it


@pytest.fixture
def damaged(request: pytest.FixtureRequest, pristine: Pristine,
            kiosk_config: KioskConfig) -> Iterator[Damaged]:
    """A kiosk started on a copy of the pristine state database, damaged as the test asks."""
    state = kiosk_config.data_dir / "state.sqlite"
    shutil.copyfile(pristine.path, state)
    destroyed = damage(state, request.param)
    found = state.read_bytes()
    core = KioskCore(kiosk_config)
    core.open_catalog()
    yield Damaged(core, destroyed, most_rows_lost(pristine.path, destroyed), found)
    core.close()


@pytest.mark.reliability
@pytest.mark.parametrize("damaged", ["header", "requests page", "index", "truncated"],
                         indirect=True)
def test_a_kiosk_with_a_damaged_state_database_starts_with_what_could_be_saved(
        damaged: Damaged, pristine: Pristine) -> None:
    core = damaged.core
    recovery = core.state_recovery
    assert recovery is not None and core.state_moved_aside is not None
    assert core.state_moved_aside.read_bytes() == damaged.file
    assert core.state_moved_aside.parent == core.data_dir
    assert core.state_moved_aside.name.startswith("state.sqlite.broken-")

    after = request_rows(core.state_engine)
    # What came back is exactly what was stored (status, print job, the exported mark...),
    # and no more is missing than the destroyed pages held.
    assert all(pristine.requests[number] == row for number, row in after.items())
    assert len(after) >= SAMPLES + HELP - damaged.most_lost
    assert recovery.requests_recovered == len(after)
    with core.state_engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"

    # The next request's number is above every number the damaged kiosk ever gave.
    service = RequestService(core)
    record = service.file_help({**CONTACT, "help_kind": "engineering",
                                "description": "Yangi soʻrov"})
    highest = max(parse_request_number(number).seq for number in pristine.requests)
    assert record.seq > highest and record.number not in pristine.requests

    # Unless their pages were destroyed too: staff keep their PIN, HQ keeps knowing the kiosk
    # by its key, and the samples handed over stay handed over.
    if not damaged.destroyed & {page for page, _ in pages_of(pristine.path, "settings")}:
        assert StaffAuth(core).check(PIN).ok
        assert kiosk_signing_key(core).encode().hex() == pristine.kiosk_key
    if not damaged.destroyed & {page for page, _ in pages_of(pristine.path, "sample_stock")}:
        item = service.item_snapshot(pristine.item_number)
        assert item is not None
        assert service.samples_on_hand(item.number, item.catalog_on_hand) == (
            pristine.samples_on_hand)


def test_an_only_damaged_index_loses_nothing(pristine: Pristine, kiosk_config: KioskConfig
                                             ) -> None:
    state = kiosk_config.data_dir / "state.sqlite"
    shutil.copyfile(pristine.path, state)
    damage(state, "index")
    core = KioskCore(kiosk_config)
    try:
        assert request_rows(core.state_engine) == pristine.requests
        recovery = core.state_recovery
        assert recovery is not None and recovery.requests_complete
        assert recovery.requests_recovered == SAMPLES + HELP
        assert recovery.requests_unreadable == 0
        highest = max(parse_request_number(number).seq for number in pristine.requests)
        assert recovery.next_numbers == {"K01": highest + SEQUENCE_MARGIN + 1}
    finally:
        core.close()


@pytest.mark.parametrize("damaged", ["requests page"], indirect=True)
def test_staff_are_told_how_many_requests_came_back_until_they_dismiss_it(
        damaged: Damaged, capsys: pytest.CaptureFixture[str]) -> None:
    core, most_lost = damaged.core, damaged.most_lost
    notice = recovery_notice(core.state_engine)
    assert notice is not None and notice == core.state_recovery
    # The number index still names the requests of the destroyed page: they are counted.
    assert notice.requests_unreadable == most_lost > 0 and not notice.requests_complete
    assert notice.requests_recovered == SAMPLES + HELP - most_lost
    assert abs((notice.at - datetime.now(UTC).replace(tzinfo=None)).total_seconds()) < 120
    summary = recovery_summary(notice)
    assert f"{notice.requests_recovered} requests were recovered" in summary
    assert f"at least {most_lost} could not be read" in summary
    assert notice.moved_aside in summary

    health = collect_health(core, printer_state=lambda: "ready")
    assert health.state_recovery is not None
    assert health.state_recovery["requests_recovered"] == notice.requests_recovered
    assert health.state_recovery["dismissed"] is False

    data_dir = str(core.data_dir)
    assert cli_main(["status", "--data-dir", data_dir]) == 0
    shown = capsys.readouterr().out
    assert summary in shown and "staff have not dismissed the notice yet" in shown

    dismiss_recovery(core.state_engine, notice)
    assert recovery_notice(core.state_engine) is None
    assert last_recovery(core.state_engine) == notice  # the record stays for HQ and status
    assert collect_health(core, printer_state=lambda: "ready").state_recovery["dismissed"]  # type: ignore[index]
    assert cli_main(["status", "--data-dir", data_dir]) == 0
    assert "dismissed by staff" in capsys.readouterr().out


def test_a_sound_state_database_is_never_touched(core: KioskCore, kiosk_config: KioskConfig
                                                 ) -> None:
    RequestService(core).file_help({**CONTACT, "help_kind": "financing",
                                    "description": "Kredit"})
    core.close()
    again = KioskCore(kiosk_config)
    try:
        assert again.state_recovery is None and again.state_moved_aside is None
        assert last_recovery(again.state_engine) is None
        assert not list(kiosk_config.data_dir.glob("state.sqlite.broken-*"))
    finally:
        again.close()


def test_the_logs_name_the_requests_they_saw_filed(core: KioskCore, kiosk_config: KioskConfig
                                                   ) -> None:
    logs = kiosk_config.data_dir / "logs"
    logs.mkdir(exist_ok=True)
    (logs / "kiosk.log.2").write_text(
        '{"msg": "request CL-K01-000007-Q filed: sample of 96535257 x1, by visitor"}\n'
        '{"msg": "there is no request CL-K01-999999-9 on this kiosk"}\n')
    (logs / "commands.log").write_text(
        '{"msg": "request CL-K01-000012-X filed: markets, by staff"}\n')
    assert logged_request_numbers(kiosk_config.data_dir) == ["CL-K01-000007-Q",
                                                              "CL-K01-000012-X"]
