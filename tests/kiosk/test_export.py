"""Exports to HQ: sealed and signed, FAT-safe, harmless twice, merged without duplicates."""

from __future__ import annotations

import csv
import os
import re
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from nacl.public import PrivateKey
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.state_models import Request, RequestKind, RequestStatus
from kiosk.bundle import export as export_module
from kiosk.bundle.errors import ExportError, ExportFailure
from kiosk.bundle.export import export_requests, register_section
from kiosk.bundle.merge import merge_exports, open_export, write_merged
from kiosk.core import KioskCore
from tests.bundle_data import kiosk_config

HQ_EXPORT_KEY = PrivateKey(bytes(range(32)))
MOMENT = datetime(2026, 12, 3, 10, 15, 0)


def add_request(core: KioskCore, seq: int, *, company: str = "Andijon Rezina MChJ",
                status: RequestStatus = RequestStatus.NEW) -> str:
    number = f"CL-{core.kiosk_id}-{seq:06d}-{seq % 10}"
    with Session(core.state_engine) as session, session.begin():
        session.add(Request(
            number=number, kiosk_id=core.kiosk_id, seq=seq, created_at=MOMENT,
            kind=RequestKind.SAMPLE, language="uz", filed_by="visitor",
            item_number="96535257", item_name="Oldingi tormoz kolodkasi", quantity=1,
            company=company, contact_name="Dilnoza Karimova", phone="+998901234567",
            region="andijan", tin="123456789", consent_at=MOMENT, status=status))
    return number


def make_kiosk(data_dir: Path, kiosk_id: str = "K01") -> KioskCore:
    config = kiosk_config(data_dir, hq_export_key=bytes(HQ_EXPORT_KEY.public_key).hex())
    config = config.model_copy(update={"kiosk": config.kiosk.model_copy(update={"id": kiosk_id})})
    return KioskCore(config)


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[KioskCore]:
    core = make_kiosk(tmp_path / "data")
    yield core
    core.close()


def test_an_export_is_readable_only_with_hq_key_and_names_its_kiosk(
        kiosk: KioskCore, tmp_path: Path) -> None:
    numbers = [add_request(kiosk, seq) for seq in (1, 2, 3)]
    stick = tmp_path / "stick"
    stick.mkdir()
    result = export_requests(kiosk, stick, catalog_version="2026.11", now=MOMENT)
    assert result.path.name == "cooplab-K01-20261203T101500Z.coopexport"
    assert re.fullmatch(r"[A-Za-z0-9._-]+", result.path.name)
    assert (result.request_count, result.newly_exported) == (3, 3)
    data = result.path.read_bytes()
    assert b"Dilnoza" not in data and b"+998901234567" not in data
    opened = open_export(result.path, HQ_EXPORT_KEY)
    payload = opened.payload
    assert payload.kiosk_id == "K01" and payload.catalog_version == "2026.11"
    assert [r["number"] for r in payload.requests] == numbers
    assert payload.requests[0]["phone"] == "+998901234567"
    assert payload.requests[0]["status"] == "new"
    with pytest.raises(ExportError) as wrong:
        open_export(result.path, PrivateKey.generate())
    assert wrong.value.reason is ExportFailure.CANNOT_OPEN
    with Session(kiosk.state_engine) as session:
        assert all(r.exported_at is not None for r in session.scalars(select(Request)))


def test_the_kiosk_key_is_made_once_and_kept(kiosk: KioskCore, tmp_path: Path) -> None:
    first = export_requests(kiosk, tmp_path, catalog_version="", now=MOMENT)
    second = export_requests(kiosk, tmp_path, catalog_version="", now=MOMENT)
    assert first.path != second.path and second.path.name.endswith("-2.coopexport")
    keys = {open_export(p.path, HQ_EXPORT_KEY).payload.kiosk_key for p in (first, second)}
    assert len(keys) == 1


def test_exporting_twice_does_no_harm_and_the_newest_status_wins(
        kiosk: KioskCore, tmp_path: Path) -> None:
    number = add_request(kiosk, 1)
    add_request(kiosk, 2)
    first = export_requests(kiosk, tmp_path, catalog_version="2026.11", now=MOMENT)
    with Session(kiosk.state_engine) as session, session.begin():
        row = session.scalars(select(Request).where(Request.number == number)).one()
        row.status = RequestStatus.ISSUED
    add_request(kiosk, 3)
    second = export_requests(kiosk, tmp_path, catalog_version="2026.11",
                             now=MOMENT.replace(hour=11))
    assert (second.request_count, second.newly_exported) == (3, 1)
    merged, problems = merge_exports([second.path, first.path], HQ_EXPORT_KEY)
    assert problems == []
    assert len(merged.rows) == 3 and merged.duplicates == 2
    assert {r["number"]: r["status"] for r in merged.rows}[number] == "issued"


def test_without_hq_key_the_export_is_refused(tmp_path: Path) -> None:
    core = KioskCore(kiosk_config(tmp_path / "data"))
    try:
        with pytest.raises(ExportError, match=r"export\.hq_public_key is not set") as refused:
            export_requests(core, tmp_path, catalog_version="")
        assert refused.value.reason is ExportFailure.NO_HQ_KEY
        assert list(tmp_path.glob("*.coopexport")) == []
    finally:
        core.close()


def test_an_unwritable_stick_leaves_requests_unexported(kiosk: KioskCore, tmp_path: Path) -> None:
    add_request(kiosk, 1)
    with pytest.raises(ExportError) as refused:
        export_requests(kiosk, tmp_path / "pulled-stick", catalog_version="")
    assert refused.value.reason is ExportFailure.NOT_WRITTEN
    with Session(kiosk.state_engine) as session:
        assert session.scalars(select(Request)).one().exported_at is None


def test_sections_from_other_modules_travel_in_the_export(
        kiosk: KioskCore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_module, "SECTION_PROVIDERS", {})
    register_section("usage", lambda core: {"kiosk": core.kiosk_id, "item_views": 42})
    result = export_requests(kiosk, tmp_path, catalog_version="", now=MOMENT)
    sections = open_export(result.path, HQ_EXPORT_KEY).payload.sections
    assert sections == {"usage": {"kiosk": "K01", "item_views": 42}}


def test_a_tampered_or_foreign_export_is_refused_by_merge(
        kiosk: KioskCore, tmp_path: Path) -> None:
    add_request(kiosk, 1)
    good = export_requests(kiosk, tmp_path, catalog_version="", now=MOMENT).path
    tampered = tmp_path / "tampered.coopexport"
    data = bytearray(good.read_bytes())
    data[-5] ^= 0x40
    tampered.write_bytes(bytes(data))
    impostor = make_kiosk(tmp_path / "impostor")  # another machine calling itself K01
    try:
        add_request(impostor, 9)
        other = export_requests(impostor, tmp_path / "impostor", catalog_version="",
                                now=MOMENT).path
    finally:
        impostor.close()
    merged, problems = merge_exports([good, tampered, other], HQ_EXPORT_KEY)
    assert len(problems) == 2
    assert "tampered.coopexport: cannot be opened with this HQ key" in problems[0]
    assert "another machine claims to be K01" in problems[1]
    _pinned, problems = merge_exports([other], HQ_EXPORT_KEY, pins=merged.pins)
    assert problems and "pinned key" in problems[0]


def test_merged_output_as_csv_xlsx_and_sqlite(kiosk: KioskCore, tmp_path: Path) -> None:
    add_request(kiosk, 1, company="=HYPERLINK(\"http://x\")")
    add_request(kiosk, 2, company="Toshkent Plastmass")
    second = make_kiosk(tmp_path / "k02", "K02")
    try:
        add_request(second, 1)
        exports = [export_requests(core, tmp_path, catalog_version="", now=MOMENT).path
                   for core in (kiosk, second)]
    finally:
        second.close()
    merged, problems = merge_exports(exports, HQ_EXPORT_KEY)
    assert problems == [] and len(merged.rows) == 3
    for suffix in (".csv", ".xlsx", ".sqlite"):
        write_merged(merged, tmp_path / f"merged{suffix}")
    with (tmp_path / "merged.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["kiosk_id"] for r in rows] == ["K01", "K01", "K02"]
    assert rows[0]["company"].startswith("'=")  # text, never a formula
    assert rows[0]["phone"] == "+998901234567"
    sheet = load_workbook(tmp_path / "merged.xlsx").worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "number" and len(values) == 4
    company = values[0].index("company")
    assert values[1][company] == "=HYPERLINK(\"http://x\")"
    assert sheet.cell(row=2, column=company + 1).data_type == "s"
    connection = sqlite3.connect(tmp_path / "merged.sqlite")
    try:
        count = connection.execute("SELECT count(DISTINCT number) FROM requests").fetchone()[0]
        exports_count = connection.execute("SELECT count(*) FROM exports").fetchone()[0]
    finally:
        connection.close()
    assert (count, exports_count) == (3, 2)


def test_an_export_written_onto_a_fat_image_reads_back_and_merges(
        kiosk: KioskCore, tmp_path: Path) -> None:
    add_request(kiosk, 1)
    add_request(kiosk, 2, company="Oʻzbekiston Avto Qism")
    written = tmp_path / "written"
    written.mkdir()
    first = export_requests(kiosk, written, catalog_version="2026.11", now=MOMENT)
    second = export_requests(kiosk, written, catalog_version="2026.11",
                             now=MOMENT.replace(minute=20))
    image = tmp_path / "usb.img"
    env = {**os.environ, "MTOOLS_SKIP_CHECK": "1"}
    subprocess.run(["mkfs.vfat", "-C", "-F", "32", "-n", "COOPLAB", str(image), "40000"],
                   check=True, capture_output=True)
    for path in (first.path, second.path):
        subprocess.run(["mcopy", "-i", str(image), str(path), "::/"], check=True,
                       capture_output=True, env=env)
    listing = subprocess.run(["mdir", "-b", "-i", str(image), "::/"], check=True,
                             capture_output=True, text=True, env=env).stdout
    assert first.path.name in listing and second.path.name in listing
    back = tmp_path / "back"
    back.mkdir()
    subprocess.run(["mcopy", "-s", "-i", str(image), "::/", str(back)], check=True,
                   capture_output=True, env=env)
    copies = sorted(back.rglob("*.coopexport"))
    assert [p.name for p in copies] == sorted([first.path.name, second.path.name])
    assert all(c.read_bytes() == o.read_bytes() for c, o in
               zip(copies, sorted([first.path, second.path]), strict=True))
    merged, problems = merge_exports(copies, HQ_EXPORT_KEY)
    assert problems == [] and len(merged.rows) == 2 and merged.duplicates == 2
    assert {r["company"] for r in merged.rows} >= {"Oʻzbekiston Avto Qism"}
