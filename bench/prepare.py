"""The benchmark's catalogs: a synthetic source built by the HQ tool into two signed bundles.

Version 2026.12 is the whole catalog; version 2026.13 is the same catalog with 10% of its photos
redrawn (built incrementally from the first build, as HQ would). Everything is kept under the
work folder and reused while the scale and the generator stay the same.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from nacl.signing import SigningKey

from bench.catalog_gen import GENERATOR_VERSION, change_photos, generate_source
from kiosk.bundle.build import bundle_folder
from kiosk.hq.build import build_catalog
from kiosk.hq.source import read_source

KEY = SigningKey(hashlib.sha256(b"cooplab bench key").digest())
CREATED = datetime(2026, 12, 1, tzinfo=UTC)
VERSION, NEXT_VERSION = "2026.12", "2026.13"
CHANGED_SHARE = 0.10
# One part file whatever the size, so that unzip can read the same file as the floor.
ONE_PART = 1 << 62


@dataclass(frozen=True)
class BenchCatalog:
    folder: Path
    items: int
    bundle: Path
    next_bundle: Path
    photos: int
    changed_photos: int
    bundle_mb: float


def _log(message: str) -> None:
    print(f"[prepare] {message}", flush=True)


def prepare(work: Path, items: int) -> BenchCatalog:
    """Generate, build and sign the catalogs for `items` items, or reuse them from `work`."""
    folder = work / f"catalog-{items}"
    stamp = folder / "prepared.json"
    if stamp.is_file():
        saved = json.loads(stamp.read_text())
        if saved.get("generator") == GENERATOR_VERSION:
            return BenchCatalog(folder, items, folder / "v1.coopbundle", folder / "v2.coopbundle",
                                saved["photos"], saved["changed"], saved["bundle_mb"])
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    source_dir = folder / "source"
    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        if time.perf_counter() - last[0] > 30 or done == total:
            last[0] = time.perf_counter()
            _log(f"photos drawn {done}/{total}")

    source = generate_source(source_dir, items, progress=progress)
    _log(f"source: {items} items, {len(source.photos)} photos in "
         f"{time.perf_counter() - started:.0f} s")

    started = time.perf_counter()
    built_v1 = folder / "built-v1"
    result = build_catalog(read_source(source_dir), built_v1, version=VERSION,
                           publisher="bench", created_at=CREATED.replace(tzinfo=None))
    bundle = bundle_folder(built_v1, KEY, folder / "v1.coopbundle", version=VERSION,
                           publisher="bench", created_at=CREATED, is_demo=False,
                           item_count=result.item_count, part_size=ONE_PART)
    _log(f"HQ build and bundle of {VERSION}: {time.perf_counter() - started:.0f} s, "
         f"{bundle.size / 2**20:.0f} MB")

    started = time.perf_counter()
    changed = change_photos(source, CHANGED_SHARE)
    built_v2 = folder / "built-v2"
    build_catalog(read_source(source_dir), built_v2, version=NEXT_VERSION, publisher="bench",
                  created_at=CREATED.replace(tzinfo=None), previous=built_v1)
    bundle_folder(built_v2, KEY, folder / "v2.coopbundle", version=NEXT_VERSION,
                  publisher="bench", created_at=CREATED, is_demo=False,
                  item_count=result.item_count, part_size=ONE_PART)
    _log(f"{changed} photos redrawn, incremental HQ build of {NEXT_VERSION}: "
         f"{time.perf_counter() - started:.0f} s")
    # The bundles are all the benchmark needs; the source and builds would double the disk.
    for leftover in (source_dir, built_v1, built_v2):
        shutil.rmtree(leftover)
    bundle_mb = bundle.size / 2**20
    stamp.write_text(json.dumps({"generator": GENERATOR_VERSION, "photos": len(source.photos),
                                 "changed": changed, "bundle_mb": bundle_mb}))
    return BenchCatalog(folder, items, folder / "v1.coopbundle", folder / "v2.coopbundle",
                        len(source.photos), changed, bundle_mb)
