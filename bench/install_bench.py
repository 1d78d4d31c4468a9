"""Install time of catalog bundles (the demo, and a synthetic N-item one) next to unzip + sha256sum.

    python -m bench.install_bench [--items 5000] [--skip-demo] [--work DIR]

For each bundle: the HQ build, the kiosk install into an empty store (every file copied and
checked), the install of the next version over it (unchanged photos hard-linked), and, on the
same file, `unzip -q` plus `sha256sum` of every unpacked file. The page cache is warm for all.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import shutil
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from nacl.signing import SigningKey

from kiosk.bundle.build import bundle_folder
from kiosk.bundle.install import install_bundle
from kiosk.catalog_store import CatalogStore
from kiosk.demo.generate import generate_demo_source
from kiosk.hq.build import build_catalog
from kiosk.hq.source import read_source

T = TypeVar("T")
KEY = SigningKey(hashlib.sha256(b"bench key").digest())
CREATED = datetime(2026, 12, 1, tzinfo=UTC)


def timed(label: str, work: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    print(f"  {label:<46} {seconds:8.2f} s", flush=True)
    return result, seconds


def grow_source(source: Path, items: int) -> None:
    """Clone the demo source's items (new numbers, own photo files) until there are `items`."""
    with (source / "items.csv").open(encoding="utf-8") as handle:
        base = list(csv.DictReader(handle))
    tables = {}
    for name in ("photos", "specs", "imports", "item_producers", "requirements"):
        with (source / f"{name}.csv").open(encoding="utf-8") as handle:
            tables[name] = list(csv.DictReader(handle))
    by_item: dict[str, dict[str, list[dict[str, str]]]] = {}
    for name, rows in tables.items():
        for row in rows:
            by_item.setdefault(row["item"], {}).setdefault(name, []).append(row)
    new_items = list(base)
    copy = 0
    while len(new_items) < items:
        copy += 1
        for row in base:
            if len(new_items) >= items:
                break
            number = f"{row['number']}-C{copy}"
            new_items.append({**row, "number": number})
            for name, rows in by_item.get(row["number"], {}).items():
                for child in rows:
                    clone = {**child, "item": number}
                    if name == "photos":
                        photo = source / "photos" / child["file"]
                        clone["file"] = f"c{copy}-{child['file']}"
                        # A few bytes after the JPEG end: a different file to build and ship.
                        (source / "photos" / clone["file"]).write_bytes(
                            photo.read_bytes() + number.encode())
                    tables[name].append(clone)
    for name, rows in (("items", new_items), *tables.items()):
        with (source / f"{name}.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)


def with_version(folder: Path, version: str, target: Path) -> Path:
    shutil.copytree(folder, target, copy_function=shutil.copy2)
    connection = sqlite3.connect(target / "catalog.sqlite")
    with connection:
        connection.execute("UPDATE catalog_meta SET version = ?", (version,))
    connection.close()
    return target


def bench(label: str, source: Path, work: Path) -> None:
    print(f"{label}:", flush=True)
    built_dir = work / f"{label}-built"
    catalog_source = read_source(source)
    built, _ = timed("HQ build (check, photos, database)", lambda: build_catalog(
        catalog_source, built_dir, version="2026.12", publisher="bench",
        created_at=CREATED.replace(tzinfo=None)))
    bundle = work / f"{label}.coopbundle"
    made, _ = timed("HQ sign and write the bundle", lambda: bundle_folder(
        built_dir, KEY, bundle, version="2026.12", publisher="bench", created_at=CREATED,
        is_demo=False, item_count=built.item_count))
    next_dir = with_version(built_dir, "2026.13", work / f"{label}-next")
    next_bundle = work / f"{label}-next.coopbundle"
    bundle_folder(next_dir, KEY, next_bundle, version="2026.13", publisher="bench",
                  created_at=CREATED, is_demo=False, item_count=built.item_count)
    print(f"  {built.item_count} items, {len(made.manifest.files)} files, "
          f"{made.size / 2**20:.1f} MB bundle", flush=True)
    store = CatalogStore(work / f"{label}-kiosk" / "catalogs")
    trusted = [KEY.verify_key]
    timed("kiosk install, empty store (all copied)", lambda: install_bundle(
        store, bundle, trusted=trusted, highest_version=None))
    result, _ = timed("kiosk install of the next version (reuse)", lambda: install_bundle(
        store, next_bundle, trusted=trusted, highest_version="2026.12"))
    print(f"    ({result.copied_files} copied, {result.reused_files} hard-linked)")
    unpacked = work / f"{label}-unzip"
    timed("unzip -q", lambda: subprocess.run(
        ["unzip", "-q", "-o", str(bundle), "-d", str(unpacked)], check=True))
    files = sorted(str(p) for p in unpacked.rglob("*") if p.is_file())

    def checksum() -> None:
        for start in range(0, len(files), 500):
            subprocess.run(["sha256sum", *files[start:start + 500]], check=True,
                           stdout=subprocess.DEVNULL)

    timed("sha256sum of every unpacked file", checksum)
    for folder in (built_dir, next_dir, unpacked, store.root.parent):
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--skip-demo", action="store_true")
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="install-bench-", dir=args.work) as scratch:
        work = Path(scratch)
        demo_source = work / "demo-source"
        timed("generate the demo source (pictures)", lambda: generate_demo_source(demo_source))
        if not args.skip_demo:
            bench("demo", demo_source, work)
        big = work / f"items{args.items}-source"
        shutil.copytree(demo_source, big)
        timed(f"grow the source to {args.items} items", lambda: grow_source(big, args.items))
        bench(f"items{args.items}", big, work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
