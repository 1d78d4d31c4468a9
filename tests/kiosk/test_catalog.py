"""Catalog reads that the screens use beside search: featured items and their first photos."""

from __future__ import annotations

from kiosk.core import KioskCore


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
