"""`cooplab-hq report`: several kiosks' real exports into HQ's store, then a PDF with charts."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from nacl.public import PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.state_models import Request, RequestStatus
from kiosk.bundle import export as export_module
from kiosk.bundle.export import export_requests, register_section
from kiosk.bundle.keys import KeyKind, write_key_file
from kiosk.config import load_config
from kiosk.core import KioskCore
from kiosk.export_sections import register_export_sections
from kiosk.figures import DemandFigures
from kiosk.health import HealthMonitor
from kiosk.hq.cli import main as hq_main
from kiosk.hq.report import EVENT_COLOURS, UNFOUND_COLOUR, ReportError, make_report
from kiosk.hq.store import (
    DEFAULT_STORE_NAME,
    DemandRow,
    ExportRow,
    KioskRow,
    RequestRow,
    StoreError,
    StoreFailure,
    open_store,
)
from kiosk.requests.service import RequestService
from tests.conftest import copy_store

HQ_EXPORT_KEY = PrivateKey(bytes(range(7, 39)))
PERSON = {"company": "Namangan Polimer MChJ", "contact_name": "Jasur Toʻxtayev",
          "phone": "+998935551122", "tin": "305551122", "email": "jasur@polimer.uz"}
UNFOUND = "gidravlik nasos"


@dataclass
class Kiosk:
    core: KioskCore
    exports: list[Path] = field(default_factory=list)

    @property
    def figures(self) -> DemandFigures:
        return DemandFigures(self.core.state_engine, clock=lambda: datetime(2026, 12, 3, 6, 20))

    def file_sample(self, number: str, region: str) -> str:
        record = RequestService(self.core).file_sample({
            "item_number": number, "quantity": 1, "region": region, "consent": True,
            "language": "uz", **PERSON})
        self.figures.record_request(number, "sample", region, "uz")
        return record.number

    def export(self, folder: Path, now: datetime) -> Path:
        path = export_requests(self.core, folder, catalog_version="2026.11", now=now).path
        self.exports.append(path)
        return path


@dataclass
class Fleet:
    kiosks: dict[str, Kiosk]
    items: list[str]  # item numbers: A, B, C
    stick: Path

    @property
    def exports(self) -> list[Path]:
        return sorted(p for k in self.kiosks.values() for p in k.exports)


@pytest.fixture
def fleet(tmp_path: Path, demo_store_root: Path,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[Fleet]:
    """Three kiosks on the demo catalog, each with its visitors' figures and requests, exported
    through the real export code onto one stick."""
    monkeypatch.setattr(export_module, "SECTION_PROVIDERS", {})
    register_export_sections()
    kiosks: dict[str, Kiosk] = {}
    for kiosk_id in ("K01", "K02", "K03"):
        data_dir = tmp_path / kiosk_id
        copy_store(demo_store_root, data_dir / "catalogs")
        config = load_config(None, data_dir=data_dir)
        config = config.model_copy(update={
            "kiosk": config.kiosk.model_copy(update={"id": kiosk_id}),
            "export": config.export.model_copy(
                update={"hq_public_key": bytes(HQ_EXPORT_KEY.public_key).hex()})})
        core = KioskCore(config)
        core.open_catalog()
        kiosks[kiosk_id] = Kiosk(core)
    first = kiosks["K01"].core
    a, b, c = (item.number for item in first.catalog.search("", limit=3))
    views = {"K01": {a: 5, b: 3}, "K02": {a: 4, c: 2}, "K03": {b: 1}}
    for kiosk_id, counts in views.items():
        figures = kiosks[kiosk_id].figures
        for number, times in counts.items():
            for _ in range(times):
                figures.record_view(number, "uz")
    kiosks["K01"].figures.record_search(UNFOUND, 0, "uz")
    kiosks["K01"].figures.record_search("tormoz", 4, "uz")
    kiosks["K02"].figures.record_search(UNFOUND, 0, "ru")
    kiosks["K02"].figures.record_search("qolip press", 0, "ru")
    kiosks["K01"].file_sample(a, "andijan")
    kiosks["K02"].file_sample(a, "fergana")
    RequestService(kiosks["K03"].core).file_help({
        "help_kind": "engineering", "description": "Plastmassa quyish qolipi kerak",
        "region": "tashkent_city", "consent": True, "language": "uz", **PERSON})
    kiosks["K03"].figures.record_request(None, "engineering", "tashkent_city", "uz")
    # K02 crashed once and runs now: its health reports the crash and an uptime.
    HealthMonitor(kiosks["K02"].core).session_started()
    running = HealthMonitor(kiosks["K02"].core)
    running.session_started()
    stick = tmp_path / "stick"
    stick.mkdir()
    for number, kiosk in enumerate(kiosks.values()):
        kiosk.export(stick, datetime(2026, 12, 3, 12, number))
    running.session_ended_cleanly()
    yield Fleet(kiosks, [a, b, c], stick)
    for kiosk in kiosks.values():
        kiosk.core.close()


def store_totals(url: str) -> dict[str, int]:
    engine = open_store(url)
    try:
        with Session(engine) as session:
            totals = {event: int(total) for event, total in session.execute(
                select(DemandRow.event, func.sum(DemandRow.count)).group_by(DemandRow.event))}
            totals["request_rows"] = session.scalar(select(func.count()).select_from(
                RequestRow)) or 0
            totals["exports"] = session.scalar(select(func.count()).select_from(ExportRow)) or 0
            totals["kiosks"] = session.scalar(select(func.count()).select_from(KioskRow)) or 0
        return totals
    finally:
        engine.dispose()


def page_text(pdf: Path, index: int) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        return str(document[index].get_textpage().get_text_range())
    finally:
        document.close()


def colour_pixels(pdf: Path, colour: str) -> int:
    """Pixels of the first page, rendered, within a small distance of `colour` (#rrggbb)."""
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=1).to_pil().convert("RGB")
    finally:
        document.close()
    want = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    counted = image.getcolors(image.width * image.height) or []
    return sum(count for count, pixel in counted
               if sum(abs(p - w) for p, w in zip(pixel, want, strict=True)) < 30)


def path_objects(pdf: Path) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        return sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]))
    finally:
        document.close()


def test_a_report_of_three_kiosks_shows_demand_and_fleet_health(
        fleet: Fleet, tmp_path: Path) -> None:
    a, b, c = fleet.items
    out = tmp_path / "report.pdf"
    url = f"sqlite:///{tmp_path / 'hq.sqlite'}"
    outcome = make_report(fleet.exports, HQ_EXPORT_KEY, out, url)
    assert len(outcome.summary.imported) == 3 and outcome.summary.kiosks == ["K01", "K02", "K03"]
    data = outcome.data
    assert [(r.key, r.value, r.kiosks) for r in data.top_viewed] == [(a, 9, 2), (b, 4, 2),
                                                                      (c, 2, 1)]
    assert [(r.key, r.value, r.kiosks) for r in data.unfound] == [(UNFOUND, 2, 2),
                                                                   ("qolip press", 1, 1)]
    assert [(r.key, r.value) for r in data.top_requested] == [(a, 2)]
    assert sorted((r.key, r.value) for r in data.by_region) == [
        ("andijan", 1), ("fergana", 1), ("tashkent_city", 1)]
    category = fleet.kiosks["K01"].core.catalog.search(a, limit=1)[0].category
    assert [(r.key, r.value) for r in data.by_category] == [(category, 2),
                                                            ("help:engineering", 1)]
    health = {row.kiosk_id: row for row in data.fleet}
    assert health["K02"].crash_count == 1 and health["K02"].uptime_s is not None
    assert health["K01"].crash_count == 0 and health["K01"].uptime_s is None
    assert all(row.catalog_version and row.printer_state for row in health.values())
    assert all(row.disk_free_bytes and row.disk_free_bytes > 0 for row in health.values())

    first = page_text(out, 0)
    for expected in ("K01", "K02", "K03", a, UNFOUND, "Most viewed items",
                     "Searches that found nothing"):
        assert expected in first
    # The charts are drawn: vector paths, and bars in the view and found-nothing colours.
    assert path_objects(out) >= 20
    assert colour_pixels(out, EVENT_COLOURS["view"].hexval().replace("0x", "#")) > 500
    assert colour_pixels(out, UNFOUND_COLOUR.hexval().replace("0x", "#")) > 100
    everything = "\n".join(page_text(out, i) for i in range(outcome.pages))
    assert "Fleet health" in everything and "Requests by region" in everything

    # HQ's store keeps demand and requests, not who asked.
    stored = (tmp_path / "hq.sqlite").read_bytes()
    for value in PERSON.values():
        assert value.encode() not in stored


def test_importing_again_counts_nothing_twice_and_a_newer_export_supersedes(
        fleet: Fleet, tmp_path: Path) -> None:
    a = fleet.items[0]
    url = f"sqlite:///{tmp_path / 'hq.sqlite'}"
    out = tmp_path / "report.pdf"
    make_report(fleet.exports, HQ_EXPORT_KEY, out, url)
    before = store_totals(url)
    assert before == {"view": 15, "search": 4, "request": 3, "request_rows": 3, "exports": 3,
                      "kiosks": 3}
    again = make_report(fleet.exports, HQ_EXPORT_KEY, out, url)
    assert (len(again.summary.imported), len(again.summary.already_imported)) == (0, 3)
    assert store_totals(url) == before

    # K01 counts two more views and issues its sample; its next export holds running totals.
    k01 = fleet.kiosks["K01"]
    k01.figures.record_view(a, "en")
    k01.figures.record_view(a, "en")
    with Session(k01.core.state_engine) as session, session.begin():
        session.scalars(select(Request)).one().status = RequestStatus.ISSUED
    k01.export(fleet.stick, datetime(2026, 12, 4, 9, 0))
    later = make_report(fleet.exports, HQ_EXPORT_KEY, out, url)
    assert (len(later.summary.imported), len(later.summary.already_imported)) == (1, 3)
    assert store_totals(url) == {**before, "view": 17, "exports": 4}
    assert later.data.top_viewed[0].key == a and later.data.top_viewed[0].value == 11
    engine = open_store(url)
    try:
        with Session(engine) as session:
            statuses = {kiosk: status for kiosk, status in session.execute(
                select(RequestRow.kiosk_id, RequestRow.status))}
    finally:
        engine.dispose()
    assert statuses == {"K01": "issued", "K02": "new", "K03": "new"}


def test_the_command_with_another_store_url_and_with_the_default_store(
        fleet: Fleet, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    key_file = tmp_path / "hq-export.key"
    write_key_file(key_file, KeyKind.EXPORT_PRIVATE, bytes(HQ_EXPORT_KEY))
    reports = tmp_path / "reports"
    reports.mkdir()
    other = tmp_path / "elsewhere" / "fleet.sqlite"
    other.parent.mkdir()
    files = [str(p) for p in fleet.exports]
    status = hq_main(["report", *files, "--key", str(key_file), "--out",
                      str(reports / "report.pdf"), "--store", f"sqlite:///{other}"])
    output = capsys.readouterr()
    assert status == 0, output.err
    assert "imported 3 export(s) (0 already in the store) from 3 kiosk(s) (K01, K02, K03)" \
        in output.out
    assert (reports / "report.pdf").read_bytes().startswith(b"%PDF")
    assert not (reports / DEFAULT_STORE_NAME).exists()
    assert store_totals(f"sqlite:///{other}")["kiosks"] == 3

    assert hq_main(["report", *files, "--key", str(key_file), "--out",
                    str(reports / "default.pdf")]) == 0
    assert store_totals(f"sqlite:///{reports / DEFAULT_STORE_NAME}")["exports"] == 3

    missing = hq_main(["report", *files, "--key", str(key_file), "--out",
                       str(reports / "x.pdf"), "--store", f"sqlite:///{tmp_path}/no/hq.sqlite"])
    assert missing == 1 and "no folder" in capsys.readouterr().err
    assert not (reports / "x.pdf").exists()
    with pytest.raises(StoreError) as bad:
        open_store("not a url")
    assert bad.value.reason is StoreFailure.BAD_URL


def test_a_refused_export_changes_neither_the_store_nor_the_report(
        fleet: Fleet, tmp_path: Path, demo_store_root: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'hq.sqlite'}"
    out = tmp_path / "report.pdf"
    make_report(fleet.exports[:2], HQ_EXPORT_KEY, out, url)
    before, pdf_before = store_totals(url), out.read_bytes()
    tampered = tmp_path / "tampered.coopexport"
    data = bytearray(fleet.exports[2].read_bytes())
    data[-9] ^= 0x20
    tampered.write_bytes(bytes(data))
    # Another machine calling itself K01: a key of its own, not the one HQ pinned.
    copy_store(demo_store_root, tmp_path / "impostor" / "catalogs")
    config = load_config(None, data_dir=tmp_path / "impostor")
    impostor = KioskCore(config.model_copy(update={"export": config.export.model_copy(
        update={"hq_public_key": bytes(HQ_EXPORT_KEY.public_key).hex()})}))
    try:
        foreign = export_requests(impostor, tmp_path, catalog_version="2026.11").path
    finally:
        impostor.close()
    with pytest.raises(ReportError) as refused:
        make_report([fleet.exports[2], tampered, foreign], HQ_EXPORT_KEY, out, url)
    assert len(refused.value.problems) == 2
    assert "tampered.coopexport: cannot be opened" in refused.value.problems[0]
    assert "another machine claims to be K01" in refused.value.problems[1]
    assert store_totals(url) == before and out.read_bytes() == pdf_before

    key_file = tmp_path / "hq-export.key"
    write_key_file(key_file, KeyKind.EXPORT_PRIVATE, bytes(HQ_EXPORT_KEY))
    assert hq_main(["report", str(fleet.exports[2]), str(tampered), "--key", str(key_file),
                    "--out", str(out), "--store", url]) == 1
    err = capsys.readouterr().err
    assert "error: 1 export(s) refused; nothing imported, no report written" in err
    assert store_totals(url) == before and out.read_bytes() == pdf_before


def test_a_malformed_section_refuses_the_whole_run(
        fleet: Fleet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    k03 = fleet.kiosks["K03"]
    monkeypatch.setattr(export_module, "SECTION_PROVIDERS", {})
    register_section("figures", lambda core: {"hours": [{"hour": "yesterday", "event": "view",
                                                         "count": 1}]})
    broken = k03.export(tmp_path, datetime(2026, 12, 5, 8, 0))
    url = f"sqlite:///{tmp_path / 'hq.sqlite'}"
    with pytest.raises(StoreError) as refused:
        make_report([fleet.exports[0], broken], HQ_EXPORT_KEY, tmp_path / "r.pdf", url)
    assert refused.value.reason is StoreFailure.BAD_SECTION
    assert f"{broken.name}: its figures section is malformed" in refused.value.message
    assert store_totals(url)["exports"] == 0 and not (tmp_path / "r.pdf").exists()


def test_a_report_needs_a_pdf_name(fleet: Fleet, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match=r"report\.xlsx: the report must end in \.pdf"):
        make_report(fleet.exports, HQ_EXPORT_KEY, tmp_path / "report.xlsx",
                    f"sqlite:///{tmp_path / 'hq.sqlite'}")
    assert not (tmp_path / "hq.sqlite").exists()


def test_the_report_leaves_no_temporary_file(fleet: Fleet, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    make_report(fleet.exports, HQ_EXPORT_KEY, out, f"sqlite:///{tmp_path / 'hq.sqlite'}")
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["hq.sqlite",
                                                                          "report.pdf"]
    connection = sqlite3.connect(tmp_path / "hq.sqlite")
    try:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()
    assert tables == {"hq_store", "hq_kiosks", "hq_exports", "hq_demand", "hq_requests",
                      "hq_items"}
