"""Installing the built-in demo catalog: generated, built like HQ's, installed by the store."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime

from kiosk.catalog_store import CatalogStore, CheckedCatalog
from kiosk.demo.generate import DEMO_PUBLISHER, DEMO_VERSION, generate_demo_source
from kiosk.hq.build import build_catalog
from kiosk.hq.source import read_source

# The demo is dated by its version, not by the clock, so every build of it is the same.
DEMO_CREATED_AT = datetime(2026, 11, 1, tzinfo=UTC).replace(tzinfo=None)


def install_demo_catalog(
    store: CatalogStore,
    *,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> CheckedCatalog:
    """Generate, build and install the demo catalog into `store` (`limit`: fewer items)."""
    staging = store.new_staging()
    source_dir = staging / "source"
    try:
        generate_demo_source(source_dir, limit=limit, progress=progress)
        source = read_source(source_dir)
        result = build_catalog(source, staging, version=DEMO_VERSION, publisher=DEMO_PUBLISHER,
                               created_at=DEMO_CREATED_AT, is_demo=True)
        shutil.rmtree(source_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return store.install(staging, expected_items=result.item_count)
