"""Test data for bundles: a small catalog source and build, keys, kiosks, and crafted archives.

The slow parts (rendering the demo pictures, building the catalog) run once per test session
and are kept under pytest's base temporary folder, shared by every test module.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from kiosk.bundle.build import BuiltBundle, bundle_folder
from kiosk.bundle.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    ManifestFile,
    sign_manifest,
)
from kiosk.catalog_store import CURRENT, CatalogStore
from kiosk.config import CatalogSection, ExportSection, KioskConfig, KioskSection
from kiosk.demo.generate import generate_demo_source
from kiosk.demo.install import install_demo_catalog
from kiosk.hq.build import build_catalog
from kiosk.hq.source import read_source

SMALL = 6  # items of the small catalogs
# Fixed keys, so that bundles built in one module verify in another.
HQ_KEY = SigningKey(hashlib.sha256(b"test HQ signing key").digest())
OTHER_KEY = SigningKey(hashlib.sha256(b"someone else's key").digest())
HQ_PUBLIC_HEX = HQ_KEY.verify_key.encode().hex()
CREATED = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def _once(tmp_path_factory: pytest.TempPathFactory, name: str) -> tuple[Path, bool]:
    """A folder under the session's base temp folder; True when it is already complete."""
    folder = tmp_path_factory.getbasetemp() / name
    return folder, (folder / ".complete").exists()


def small_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo source (CSV tables + photos) cut to SMALL items."""
    folder, done = _once(tmp_path_factory, "bundle-small-source")
    if not done:
        shutil.rmtree(folder, ignore_errors=True)
        generate_demo_source(folder, limit=SMALL)
        (folder / ".complete").touch()
    return folder


def built_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small source built into catalog.sqlite + photos/ (the version is set per bundle)."""
    folder, done = _once(tmp_path_factory, "bundle-small-built")
    if not done:
        shutil.rmtree(folder, ignore_errors=True)
        source = read_source(small_source(tmp_path_factory))
        build_catalog(source, folder, version="2026.12", publisher="Test HQ",
                      created_at=CREATED.replace(tzinfo=None))
        (folder / ".complete").touch()
    return folder


def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A catalogs folder with the small demo catalog (2026.11) installed."""
    folder, done = _once(tmp_path_factory, "bundle-small-store")
    if not done:
        shutil.rmtree(folder, ignore_errors=True)
        install_demo_catalog(CatalogStore(folder / "catalogs"), limit=SMALL)
        (folder / ".complete").touch()
    return folder / "catalogs"


def versioned_folder(tmp_path_factory: pytest.TempPathFactory, version: str) -> Path:
    """The built catalog with `version` in its metadata (photos hard-linked, database copied)."""
    folder, done = _once(tmp_path_factory, f"bundle-built-{version}")
    if not done:
        shutil.rmtree(folder, ignore_errors=True)
        source = built_folder(tmp_path_factory)
        shutil.copytree(source, folder, copy_function=os.link,
                        ignore=shutil.ignore_patterns(".complete", "catalog.sqlite*"))
        shutil.copy(source / "catalog.sqlite", folder / "catalog.sqlite")
        connection = sqlite3.connect(folder / "catalog.sqlite")
        with connection:
            connection.execute("UPDATE catalog_meta SET version = ?", (version,))
        connection.close()
        (folder / ".complete").touch()
    return folder


def fresh_folder(tmp_path_factory: pytest.TempPathFactory, version: str) -> Path:
    """Like versioned_folder, with every photo renamed: nothing the kiosk has can be reused."""
    folder, done = _once(tmp_path_factory, f"bundle-fresh-{version}")
    if not done:
        shutil.rmtree(folder, ignore_errors=True)
        source = versioned_folder(tmp_path_factory, version)
        (folder / "photos").mkdir(parents=True)
        for photo in (source / "photos").iterdir():
            os.link(photo, folder / "photos" / f"fresh-{photo.name}")
        shutil.copy(source / "catalog.sqlite", folder / "catalog.sqlite")
        connection = sqlite3.connect(folder / "catalog.sqlite")
        with connection:
            connection.execute("UPDATE photos SET file = 'fresh-' || file")
            connection.execute("UPDATE items SET thumbnail = 'fresh-' || thumbnail")
            connection.execute("UPDATE categories SET picture = 'fresh-' || picture "
                               "WHERE picture IS NOT NULL")
        connection.close()
        (folder / ".complete").touch()
    return folder


def make_bundle(tmp_path_factory: pytest.TempPathFactory, out: Path, version: str = "2026.12",
                key: SigningKey = HQ_KEY, part_size: int = 4_000_000_000) -> BuiltBundle:
    """A genuine signed bundle of the small catalog."""
    folder = versioned_folder(tmp_path_factory, version)
    return bundle_folder(folder, key, out, version=version, publisher="Test HQ",
                         created_at=CREATED, is_demo=False, item_count=SMALL,
                         part_size=part_size)


def kiosk_config(data_dir: Path, *, trusted: list[str] | None = None, hq_export_key: str = "",
                 mount_roots: list[str] | None = None, auto_update: bool = False) -> KioskConfig:
    return KioskConfig(
        data_dir=data_dir, kiosk=KioskSection(id="K01"),
        catalog=CatalogSection(trusted_keys=[HQ_PUBLIC_HEX] if trusted is None else trusted,
                               mount_roots=mount_roots or [str(data_dir / "media")],
                               auto_update=auto_update),
        export=ExportSection(hq_public_key=hq_export_key))


def new_data_dir(tmp_path_factory: pytest.TempPathFactory, target: Path) -> Path:
    """A kiosk data folder whose catalogs folder has the small demo installed (hard links)."""
    source = small_store(tmp_path_factory)
    catalogs = target / "catalogs"
    catalogs.mkdir(parents=True)
    current = source / os.readlink(source / CURRENT)
    shutil.copytree(current, catalogs / current.name, copy_function=os.link)
    (catalogs / CURRENT).symlink_to(current.name)
    return target


def snapshot(data_dir: Path) -> dict[str, str]:
    """Every entry of the catalogs folder: link targets and file contents (SHA-256)."""
    root = data_dir / "catalogs"
    state: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root).as_posix()
        if name == ".lock":
            continue
        if path.is_symlink():
            state[name] = "-> " + os.readlink(path)
        elif path.is_file():
            state[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            state[name] = "dir"
    return state


# ---------------------------------------------------------------------------- crafting


@dataclass
class Entry:
    name: str
    data: bytes
    mode: int = 0o100644
    compress: int = zipfile.ZIP_STORED


def genuine_entries(folder: Path) -> list[Entry]:
    entries = [Entry("catalog.sqlite", (folder / "catalog.sqlite").read_bytes(),
                     compress=zipfile.ZIP_DEFLATED)]
    for photo in sorted((folder / "photos").iterdir()):
        entries.append(Entry(f"photos/{photo.name}", photo.read_bytes()))
    return entries


def manifest_for(entries: list[Entry], version: str, **changes: object) -> dict[str, object]:
    manifest = Manifest(
        format="cooplab-catalog-bundle", format_version=1, catalog_version=version,
        created_at=CREATED, publisher="Test HQ", is_demo=False, schema_version=1,
        item_count=SMALL, photo_count=sum(e.name.startswith("photos/") for e in entries),
        files=[ManifestFile(path=e.name, size=len(e.data),
                            sha256=hashlib.sha256(e.data).hexdigest()) for e in entries])
    data = json.loads(manifest.to_bytes())
    data.update(changes)
    return data


def write_crafted(out: Path, manifest_bytes: bytes, signature: bytes,
                  entries: list[Entry]) -> Path:
    """Any archive at all, as an attacker or a broken tool could write it."""
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in ((MANIFEST_NAME, manifest_bytes), (SIGNATURE_NAME, signature)):
            archive.writestr(name, data)
        for entry in entries:
            info = zipfile.ZipInfo(entry.name, (2026, 12, 1, 0, 0, 0))
            info.external_attr = entry.mode << 16
            info.compress_type = entry.compress
            archive.writestr(info, entry.data)
    return out


def signed(manifest: dict[str, object] | bytes, key: SigningKey = HQ_KEY) -> tuple[bytes, bytes]:
    data = manifest if isinstance(manifest, bytes) else (json.dumps(manifest) + "\n").encode()
    return data, sign_manifest(data, key)


LINK_MODE = stat.S_IFLNK | 0o777
