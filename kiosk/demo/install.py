"""Installing the built-in demo catalog: generated, built and signed like HQ's, then installed
by the same verifying installer as any bundle from a USB stick (signed by the demo key)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime

from kiosk.bundle.build import build_bundle
from kiosk.bundle.install import install_bundle
from kiosk.bundle.keys import demo_signing_key, demo_verify_key
from kiosk.catalog_store import CatalogStore, CheckedCatalog
from kiosk.demo.generate import DEMO_PUBLISHER, DEMO_VERSION, generate_demo_source

# The demo is dated by its version, not by the clock, so every build of it is the same.
DEMO_CREATED_AT = datetime(2026, 11, 1, tzinfo=UTC).replace(tzinfo=None)
DEMO_BUNDLE_NAME = f"demo-{DEMO_VERSION}.coopbundle"


def install_demo_catalog(
    store: CatalogStore,
    *,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> CheckedCatalog:
    """Generate, build, sign and install the demo catalog into `store` (`limit`: fewer items).

    The scratch folder is a staging folder of the store, so a crash leaves nothing that the
    next start does not remove. No version check: the demo goes in only where none is installed.
    """
    scratch = store.new_staging()
    try:
        source_dir = scratch / "source"
        generate_demo_source(source_dir, limit=limit, progress=progress)
        bundle = scratch / DEMO_BUNDLE_NAME
        build_bundle(source_dir, demo_signing_key(), bundle, version=DEMO_VERSION,
                     publisher=DEMO_PUBLISHER, created_at=DEMO_CREATED_AT, is_demo=True,
                     work_dir=scratch)
        shutil.rmtree(source_dir)
        result = install_bundle(store, bundle, trusted=[demo_verify_key()], highest_version=None)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return CheckedCatalog(result.version, result.item_count, result.is_demo)
