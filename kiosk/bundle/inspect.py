"""What a bundle holds (version, counts, signer) and what changed against an older one."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from nacl.signing import VerifyKey

from kiosk.bundle.archive import BundleReader
from kiosk.bundle.errors import BundleRefusedError
from kiosk.bundle.keys import fingerprint
from kiosk.bundle.manifest import (
    CATALOG_NAME,
    PHOTOS_PREFIX,
    Manifest,
    check_signature,
    parse_manifest,
)


@dataclass(frozen=True)
class BundleSummary:
    name: str
    parts: int
    size: int
    manifest: Manifest
    signer: str  # fingerprint of the key that signed it
    signature_valid: bool  # valid for that key (whether that key is trusted is not known here)
    categories: int
    items: dict[str, str]  # item number -> fingerprint of everything the kiosk shows of it


@dataclass(frozen=True)
class BundleChanges:
    added: list[str]
    removed: list[str]
    changed: list[str]
    photos_added: int
    photos_removed: int


# One text per item of all it shows, so that any change to an item changes it.
_ITEM_FINGERPRINTS = """
SELECT i.number,
       i.kind || '|' || c.code || '|' || i.name_uz || '|' || i.name_ru || '|' || i.name_en
       || '|' || i.description_uz || '|' || i.description_ru || '|' || i.description_en
       || '|' || i.hs_code || '|' || i.localization || '|' || i.stand || '|' || i.shelf
       || '|' || i.samples_on_hand
       || '|' || coalesce((SELECT group_concat(file, ',') FROM
                           (SELECT file FROM photos p WHERE p.item_id = i.id ORDER BY position)),
                          '')
       || '|' || coalesce((SELECT group_concat(v, ',') FROM
                           (SELECT year || ':' || quantity || ':' || value_usd || ':'
                                   || country_code AS v
                            FROM import_records r WHERE r.item_id = i.id ORDER BY v)), '')
       || '|' || coalesce((SELECT group_concat(v, ',') FROM
                           (SELECT name_en || '=' || value AS v FROM specs s
                            WHERE s.item_id = i.id ORDER BY position)), '')
FROM items i JOIN categories c ON c.id = i.category_id
"""


def summarize(path: Path) -> BundleSummary:
    """Read a bundle's manifest and catalog (the catalog into a scratch folder)."""
    with BundleReader(path) as reader:
        manifest_bytes, signature_bytes = reader.manifest_bytes()
        manifest = parse_manifest(manifest_bytes)
        signer, valid = _signer(manifest_bytes, signature_bytes)
        entry = manifest.by_path()[CATALOG_NAME]
        with tempfile.TemporaryDirectory(prefix="cooplab-inspect-") as scratch:
            database = Path(scratch) / CATALOG_NAME
            reader.extract(entry, database)
            connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
            try:
                items = {str(n): str(f) for n, f in connection.execute(_ITEM_FINGERPRINTS)}
                categories = connection.execute("SELECT count(*) FROM categories").fetchone()[0]
            finally:
                connection.close()
        return BundleSummary(reader.name, len(reader.parts), reader.size, manifest, signer,
                             valid, int(categories), items)


def _signer(manifest_bytes: bytes, signature_bytes: bytes) -> tuple[str, bool]:
    try:
        key = VerifyKey(bytes.fromhex(json.loads(signature_bytes)["public_key"]))
    except (ValueError, KeyError, TypeError, RecursionError):
        return "unreadable", False
    try:
        check_signature(manifest_bytes, signature_bytes, [key])
    except BundleRefusedError:
        return fingerprint(bytes(key)), False
    return fingerprint(bytes(key)), True


def compare(new: BundleSummary, old: BundleSummary) -> BundleChanges:
    added = sorted(set(new.items) - set(old.items))
    removed = sorted(set(old.items) - set(new.items))
    changed = sorted(n for n in set(new.items) & set(old.items) if new.items[n] != old.items[n])
    new_photos = {f.sha256 for f in new.manifest.files if f.path.startswith(PHOTOS_PREFIX)}
    old_photos = {f.sha256 for f in old.manifest.files if f.path.startswith(PHOTOS_PREFIX)}
    return BundleChanges(added, removed, changed, len(new_photos - old_photos),
                         len(old_photos - new_photos))
