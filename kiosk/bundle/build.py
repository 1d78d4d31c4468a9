"""HQ side: a master catalog source folder to one signed bundle (what `cooplab-hq build` does)."""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from db.catalog_models import CATALOG_SCHEMA_VERSION
from nacl.signing import SigningKey

from kiosk.bundle.archive import CHUNK, DEFAULT_PART_SIZE, write_bundle
from kiosk.bundle.manifest import (
    CATALOG_NAME,
    FORMAT_NAME,
    FORMAT_VERSION,
    PHOTOS_PREFIX,
    Manifest,
    ManifestFile,
    sign_manifest,
)
from kiosk.hq.build import build_catalog
from kiosk.hq.source import read_source

HQ_PUBLISHER = "Uzavtosanoat Cooperation LAB"


@dataclass(frozen=True)
class BuiltBundle:
    files: list[Path]
    manifest: Manifest

    @property
    def size(self) -> int:
        return sum(path.stat().st_size for path in self.files)


def file_entry(path: str, source: Path) -> ManifestFile:
    digest = hashlib.sha256()
    size = 0
    with source.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return ManifestFile(path=path, size=size, sha256=digest.hexdigest())


def bundle_folder(
    folder: Path,
    key: SigningKey,
    out: Path,
    *,
    version: str,
    publisher: str,
    created_at: datetime,
    is_demo: bool,
    item_count: int,
    part_size: int = DEFAULT_PART_SIZE,
) -> BuiltBundle:
    """Sign and write a built catalog folder (catalog.sqlite + photos/) as a bundle."""
    sources = [(CATALOG_NAME, folder / CATALOG_NAME)]
    photos = sorted(p for p in (folder / "photos").iterdir() if p.is_file())
    sources += [(f"{PHOTOS_PREFIX}{p.name}", p) for p in photos]
    files = [(file_entry(name, path), path) for name, path in sources]
    manifest = Manifest(
        format=FORMAT_NAME, format_version=FORMAT_VERSION, catalog_version=version,
        created_at=created_at, publisher=publisher, is_demo=is_demo,
        schema_version=CATALOG_SCHEMA_VERSION, item_count=item_count, photo_count=len(photos),
        files=[entry for entry, _ in files])
    manifest_bytes = manifest.to_bytes()
    written = write_bundle(out, manifest_bytes, sign_manifest(manifest_bytes, key), files,
                           created_at=manifest.created_at, part_size=part_size)
    return BuiltBundle(written, manifest)


def build_bundle(
    source_dir: Path,
    key: SigningKey,
    out: Path,
    *,
    version: str,
    publisher: str = HQ_PUBLISHER,
    created_at: datetime | None = None,
    is_demo: bool = False,
    part_size: int = DEFAULT_PART_SIZE,
    work_dir: Path | None = None,
) -> BuiltBundle:
    """Read and check the source (SourceError lists every bad row), build, sign, write."""
    source = read_source(source_dir)
    stamp = created_at or datetime.now(UTC)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    stamp = stamp.astimezone(UTC).replace(microsecond=0)
    with tempfile.TemporaryDirectory(prefix="cooplab-build-", dir=work_dir) as scratch:
        folder = Path(scratch)
        result = build_catalog(source, folder, version=version, publisher=publisher,
                               created_at=stamp.replace(tzinfo=None), is_demo=is_demo)
        return bundle_folder(folder, key, out, version=version, publisher=publisher,
                             created_at=stamp, is_demo=is_demo, item_count=result.item_count,
                             part_size=part_size)
