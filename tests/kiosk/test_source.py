"""Reading HQ's master catalog: every bad row is reported with its file, row and reason."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook

from kiosk.demo.generate import TABLE_COLUMNS, generate_demo_source
from kiosk.hq.source import SourceError, read_source


@pytest.fixture(scope="module")
def small_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("source")
    generate_demo_source(folder, limit=12)
    return folder


def rows(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def write(folder: Path, table: str, data: list[dict[str, str]]) -> None:
    with (folder / f"{table}.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=TABLE_COLUMNS[table])
        writer.writeheader()
        writer.writerows(data)


def test_the_demo_source_reads_cleanly(small_source: Path) -> None:
    source = read_source(small_source)
    assert len(source.items) == 12
    assert len(source.categories) == 10


def test_every_bad_row_is_reported_not_just_the_first(small_source: Path,
                                                        tmp_path: Path) -> None:
    folder = tmp_path / "src"
    shutil.copytree(small_source, folder)
    items = rows(folder, "items")
    items[0]["hs_code"] = "87-08"  # too short
    items[1]["category"] = "spaceships"  # unknown
    items[2]["kind"] = "gizmo"  # not a kind
    items[3]["name_en"] = ""  # required
    items[4]["samples_on_hand"] = "-3"
    items[5]["number"] = items[6]["number"]  # duplicate
    write(folder, "items", items)
    photos = rows(folder, "photos")
    photos[0]["file"] = "../../etc/passwd"
    write(folder, "photos", photos)
    with pytest.raises(SourceError) as raised:
        read_source(folder)
    text = "\n".join(str(p) for p in raised.value.problems)
    assert "items.csv, row 2: hs_code: HS code must have 6, 8 or 10 digits" in text
    assert "items.csv, row 3: unknown category 'spaceships'" in text
    assert "items.csv, row 4: kind:" in text
    assert "items.csv, row 5: name_en:" in text
    assert "items.csv, row 6: samples_on_hand:" in text
    assert "duplicate item number" in text
    assert "photos.csv, row 2: photo '../../etc/passwd' not found in photos/" in text


def test_a_missing_table_is_reported(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="problem"):
        read_source(tmp_path)


def test_an_xlsx_workbook_is_read_like_the_csv_files(small_source: Path, tmp_path: Path) -> None:
    folder = tmp_path / "xlsx"
    shutil.copytree(small_source / "photos", folder / "photos")
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in TABLE_COLUMNS:
        sheet = workbook.create_sheet(table)
        sheet.append(list(TABLE_COLUMNS[table]))
        for row in rows(small_source, table):
            sheet.append([_typed(row[c]) for c in TABLE_COLUMNS[table]])
    workbook.save(folder / "catalog.xlsx")
    from_xlsx = read_source(folder)
    from_csv = read_source(small_source)
    assert [i.model_dump() for i in from_xlsx.items] == [i.model_dump() for i in from_csv.items]
    assert len(from_xlsx.imports) == len(from_csv.imports)


def _typed(value: str) -> object:
    """Numbers as a spreadsheet holds them."""
    try:
        return int(value)
    except ValueError:
        try:
            return float(value)
        except ValueError:
            return value


def test_a_category_picture_that_is_not_an_image_is_reported_by_the_build(
        small_source: Path, tmp_path: Path) -> None:
    from datetime import datetime

    from kiosk.hq.build import build_catalog

    folder = tmp_path / "source"
    shutil.copytree(small_source, folder)
    picture = rows(folder, "categories")[0]["picture"]
    (folder / "photos" / picture).write_text("not a picture")
    with pytest.raises(SourceError) as raised:
        build_catalog(read_source(folder), tmp_path / "built", version="2026.12",
                      publisher="test", created_at=datetime(2026, 12, 1))
    [problem] = raised.value.problems
    assert problem.file == "categories.csv" and problem.row == 2
    assert picture in problem.reason
