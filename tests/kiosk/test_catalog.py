"""Catalog reads that the screens use beside search: featured items and their first photos."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import catalog_models as m
from kiosk.core import KioskCore
from kiosk.localized import Texts


def test_first_photos_are_the_items_first_photo_for_each_that_has_one(core: KioskCore) -> None:
    catalog = core.catalog
    ids = [item.id for item in catalog.featured(8)] + catalog.search_ids("")[:40]
    first = catalog.first_photos(ids)
    for item_id in ids:
        detail = catalog.item(item_id)
        assert detail is not None
        if detail.photos:
            assert first[item_id] == detail.photos[0].path
        else:
            assert item_id not in first
    assert any(len(d.photos) > 1 for d in (catalog.item(i) for i in ids) if d)
    assert catalog.first_photos([]) == {}


def test_every_item_detail_holds_what_its_model_rows_hold(core: KioskCore) -> None:
    """Catalog.item() reads with plain statements: checked against the ORM's relationships
    for every item of the demo catalog (order of photos, specs, years, shares and producers)."""
    catalog = core.catalog
    with Session(catalog.engine) as session:
        items = session.scalars(select(m.Item).order_by(m.Item.id)).all()
        assert len(items) > 100
        for item in items:
            detail = catalog.item(item.id)
            assert detail is not None
            assert detail.summary.id == item.id and detail.summary.number == item.number
            assert detail.description == Texts.of(item, "description")
            assert detail.category_name == Texts.of(item.category, "name")
            assert (detail.stand, detail.shelf, detail.samples_on_hand, detail.unit) == (
                item.stand, item.shelf, item.samples_on_hand, item.import_unit)
            assert [(p.path.name, p.width, p.height, p.caption) for p in detail.photos] == [
                (Path(p.file).name, p.width, p.height, Texts.of(p, "caption"))
                for p in item.photos]
            assert [(s.name, s.value) for s in detail.specs] == [
                (Texts.of(s, "name"), s.value) for s in item.specs]
            assert detail.vehicles == sorted(v.name for v in item.vehicles)
            totals: dict[int, list[float]] = {}
            for record in item.imports:
                year = totals.setdefault(record.year, [0.0, 0.0])
                year[0] += record.quantity
                year[1] += record.value_usd
            assert [(y.year, y.quantity, y.value_usd) for y in detail.years] == [
                (year, q, v) for year, (q, v) in sorted(totals.items())]
            latest = [r for r in item.imports if r.year == max(totals)] if totals else []
            countries: dict[str, float] = {}
            for record in latest:
                countries[record.country_code] = (
                    countries.get(record.country_code, 0.0) + record.value_usd)
            assert {c.code: c.value_usd for c in detail.countries} == countries
            assert [c.value_usd for c in detail.countries] == sorted(
                countries.values(), reverse=True)
            assert sorted(i.code for i in detail.importers) == sorted(
                {r.importer.code for r in latest})
            assert [(p.name, p.relation, p.note) for p in detail.producers] == [
                (p.producer.name, p.relation, p.note)
                for p in sorted(item.producers, key=lambda p: p.producer_id)]
            assert detail.materials + detail.processes == [
                Texts.of(r, "name") for kind in m.RequirementKind for r in item.requirements
                if r.kind is kind]
    assert catalog.item(max(i.id for i in items) + 1) is None
