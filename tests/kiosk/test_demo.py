"""The demo catalog: credible size and spread, deterministic, installed like any catalog."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import text

from db.catalog_models import ItemKind, LocalizationStatus
from kiosk.core import KioskCore
from kiosk.demo import content
from kiosk.demo.generate import generate_demo_source


def test_demo_catalog_has_a_few_hundred_items_in_every_category(core: KioskCore) -> None:
    info = core.catalog.info
    assert info.is_demo and 250 <= info.item_count <= 400
    categories = core.catalog.categories()
    assert {c.code for c in categories} == {c.code for c in content.CATEGORIES}
    assert all(c.item_count >= 5 and c.picture and c.picture.is_file() for c in categories)


def test_every_demo_item_has_photos_names_and_five_years_of_imports(core: KioskCore) -> None:
    with core.catalog.connect() as connection:
        no_photo = connection.execute(text(
            "SELECT count(*) FROM items WHERE id NOT IN (SELECT item_id FROM photos)")).scalar()
        years = connection.execute(text(
            "SELECT DISTINCT year FROM import_records ORDER BY year")).scalars().all()
        short = connection.execute(text(
            "SELECT count(*) FROM (SELECT item_id FROM import_records GROUP BY item_id "
            "HAVING count(DISTINCT year) < 5)")).scalar()
        importers = set(connection.execute(text(
            "SELECT DISTINCT m.name FROM import_records r JOIN importers m "
            "ON m.id = r.importer_id")).scalars())
        countries = connection.execute(text(
            "SELECT count(DISTINCT country_code) FROM import_records")).scalar()
        empty_names = connection.execute(text(
            "SELECT count(*) FROM items WHERE name_uz = '' OR name_ru = '' OR name_en = ''"
        )).scalar()
    assert no_photo == 0 and empty_names == 0 and short == 0
    assert list(years) == [2021, 2022, 2023, 2024, 2025]
    assert {"UzAuto Motors", "SamAuto", "JV MAN Auto-Uzbekistan"} <= importers
    assert countries >= 5


def test_demo_covers_every_kind_and_localization_status(core: KioskCore) -> None:
    kinds = {i.kind for i in core.catalog.search("")}
    statuses = {i.localization for i in core.catalog.search("")}
    assert kinds == set(ItemKind)
    assert statuses == set(LocalizationStatus)


def test_item_detail_has_everything_a_visitor_sees(core: KioskCore) -> None:
    item_id = core.catalog.item_id("96535257")
    assert item_id is not None
    detail = core.catalog.item(item_id)
    assert detail is not None
    assert detail.photos and all(p.path.is_file() for p in detail.photos)
    assert [y.year for y in detail.years] == [2021, 2022, 2023, 2024, 2025]
    assert detail.countries and detail.importers and detail.specs
    assert detail.materials and detail.processes and detail.stand
    assert detail.description.get("uz") and detail.description.get("ru")


def _digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_demo_generation_is_deterministic(tmp_path: Path) -> None:
    generate_demo_source(tmp_path / "a", limit=8)
    generate_demo_source(tmp_path / "b", limit=8)
    first, second = _digest(tmp_path / "a"), _digest(tmp_path / "b")
    assert first == second
    assert sum(name.startswith("photos/") for name in first) >= 8
