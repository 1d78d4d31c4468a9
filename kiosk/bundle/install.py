"""Installing a bundle: verify everything, unpack beside the current catalog, switch atomically.

The order follows RAUC and TUF: nothing of the archive is used before its manifest's signature
by a trusted key, its format version and a catalog version higher than any ever installed have
been checked. Files are then streamed into a staging folder through SHA-256 (photos unchanged
since the installed catalog are hard-linked instead), photo headers and end markers are checked,
and `CatalogStore.install` checks the database, flushes the disk and switches the `current`
link in one step.
Any refusal removes the staging folder: the installed catalog is never touched.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import shutil
import sqlite3
import stat
import struct
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from db.catalog_models import CATALOG_SCHEMA_VERSION
from nacl.signing import VerifyKey
from PIL import Image

from kiosk.bundle.archive import CHUNK, BundleLimits, BundleReader, FileEnds
from kiosk.bundle.errors import BundleRefusedError, Refusal
from kiosk.bundle.manifest import (
    CATALOG_NAME,
    PHOTOS_PREFIX,
    Manifest,
    ManifestFile,
    check_signature,
    is_payload_path,
    parse_manifest,
    shorten,
)
from kiosk.catalog_store import CatalogStore, InstallCheckError, check_catalog_folder
from kiosk.versions import version_key

log = logging.getLogger(__name__)

# Kept in each installed catalog folder: what was verified, so later installs can reuse photos.
INSTALLED_MANIFEST = "bundle-manifest.json"
SPACE_MARGIN = 64 * 1024 * 1024
PHOTO_FORMATS = ("JPEG", "PNG", "WEBP")


class InstallStep(StrEnum):
    CHECKING = "checking"  # signature, manifest, archive directory
    COPYING = "copying"  # files, counted
    CHECKING_PHOTOS = "checking_photos"  # photos checked while copying, reported once done
    CHECKING_CATALOG = "checking_catalog"  # integrity check, counts, the switch
    DONE = "done"


Progress = Callable[[InstallStep, int, int], None]


@dataclass(frozen=True)
class InstallResult:
    version: str
    item_count: int
    is_demo: bool
    bundle: str
    copied_files: int
    reused_files: int


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose signature and manifest passed; its files are not yet checked."""

    manifest: Manifest
    signer: VerifyKey
    manifest_bytes: bytes


def open_verified(reader: BundleReader, trusted: list[VerifyKey]) -> VerifiedBundle:
    """Signature by a trusted key, then the manifest (format version first), then the entries."""
    manifest_bytes, signature_bytes = reader.manifest_bytes()
    signer = check_signature(manifest_bytes, signature_bytes, trusted)
    manifest = parse_manifest(manifest_bytes)
    if manifest.schema_version != CATALOG_SCHEMA_VERSION:
        raise BundleRefusedError(
            Refusal.UNSUPPORTED_FORMAT,
            f"the catalog has database schema {manifest.schema_version}, this kiosk reads "
            f"schema {CATALOG_SCHEMA_VERSION}", format_version=str(manifest.schema_version))
    reader.check_against(manifest)
    return VerifiedBundle(manifest, signer, manifest_bytes)


def check_newer(version: str, highest: str | None) -> None:
    """Refuse a version that is not strictly higher than the highest ever installed."""
    if highest is None:
        return
    if version_key(version) < version_key(highest):
        raise BundleRefusedError(Refusal.OLDER_VERSION, f"older than the installed {highest}",
                            version=highest, bundle_version=version)
    if version_key(version) == version_key(highest):
        raise BundleRefusedError(Refusal.SAME_VERSION, f"{version} is already installed",
                            version=version, bundle_version=version)


def _complete(image_format: str, ends: FileEnds, size: int) -> bool:
    """Whether the file ends where its format says it does (a cut-off file does not)."""
    if image_format == "JPEG":
        return ends.tail.rstrip(b"\0").endswith(b"\xff\xd9")
    if image_format == "PNG":
        return ends.tail.endswith(b"IEND\xaeB`\x82")
    # WebP: the RIFF header gives the size of everything after its first 8 bytes.
    return len(ends.head) >= 8 and int.from_bytes(ends.head[4:8], "little") + 8 == size


def check_photo(path: Path, name: str, limits: BundleLimits, ends: FileEnds) -> None:
    """A JPEG, PNG or WebP within the pixel limit, whole to its last byte.

    Reads the header from the bytes kept while copying (the file on disk only when the header
    is longer than those), and checks the format's end marker. Pixels are not decoded: the
    signed bundle's photos were decoded by the HQ build, and the screens show a placeholder for
    a photo that still fails to decode; what is checked here is what would otherwise cost a
    kiosk its memory (a gigapixel header) or show half a picture (a truncated file).
    """
    size = path.stat().st_size
    try:
        try:
            image = Image.open(io.BytesIO(ends.head))
        except (OSError, SyntaxError, ValueError, struct.error):
            if len(ends.head) >= size:
                raise
            image = Image.open(path)
        with image:
            width, height = image.size
            image_format = image.format or ""
    except (OSError, SyntaxError, ValueError, struct.error, Image.DecompressionBombError
            ) as error:
        raise BundleRefusedError(Refusal.BAD_IMAGE, f"{name} is not a readable image ({error})",
                                 path=name) from error
    if width * height > limits.max_photo_pixels:
        raise BundleRefusedError(Refusal.BAD_IMAGE,
                                 f"{name} is {width}x{height}, more pixels than allowed",
                                 path=name)
    if image_format not in PHOTO_FORMATS:
        raise BundleRefusedError(Refusal.BAD_IMAGE, f"{name} is not a JPEG, PNG or WebP",
                                 path=name)
    if not _complete(image_format, ends, size):
        raise BundleRefusedError(Refusal.BAD_IMAGE, f"{name} is cut off (no end of image)",
                                 path=name)


def _installed_files(folder: Path | None) -> dict[str, tuple[int, str]]:
    """Size and SHA-256 of each file, as the installed catalog's verified manifest lists them.

    Read without validating every entry again: the file was written by this code from a
    manifest that passed its checks (anything unexpected just means nothing is reused).
    """
    if folder is None:
        return {}
    try:
        raw = json.loads((folder / INSTALLED_MANIFEST).read_bytes())
        return {str(f["path"]): (int(f["size"]), str(f["sha256"])) for f in raw["files"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _same_file(entry: ManifestFile, candidate: str, known: tuple[int, str] | None) -> bool:
    try:
        found = os.lstat(candidate)
    except OSError:
        return False
    if stat.S_ISLNK(found.st_mode) or found.st_size != entry.size:
        return False
    if known is not None:
        return known == (entry.size, entry.sha256)
    digest = hashlib.sha256()  # an older catalog without a stored manifest: a local read
    with open(candidate, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest() == entry.sha256


def _reuse(entry: ManifestFile, current: str | None, installed: dict[str, tuple[int, str]],
           target: str) -> bool:
    # Plain strings: this runs once per file, tens of thousands of times in an update.
    if current is None or not entry.path.startswith(PHOTOS_PREFIX):
        return False
    candidate = os.path.join(current, entry.path)
    if not _same_file(entry, candidate, installed.get(entry.path)):
        return False
    try:
        os.link(candidate, target)
    except OSError:
        return False  # another file system, or too many links: copy it instead
    return True


def _catalog_meta(folder: Path) -> tuple[str, bool]:
    connection = sqlite3.connect(f"file:{folder / CATALOG_NAME}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version, is_demo FROM catalog_meta WHERE id = 1"
                                 ).fetchone()
    finally:
        connection.close()
    if row is None:
        raise sqlite3.DatabaseError("no catalog_meta row")
    return str(row[0]), bool(row[1])


def _unheld_pictures(folder: Path) -> list[str]:
    """The picture files the catalog names (photos, thumbnails, category pictures) that the
    folder does not hold as plain photo files."""
    connection = sqlite3.connect(f"file:{folder / CATALOG_NAME}?mode=ro", uri=True)
    try:
        names = {str(name) for (name,) in connection.execute(
            "SELECT file FROM photos UNION SELECT thumbnail FROM items "
            "UNION SELECT picture FROM categories") if name is not None}
    finally:
        connection.close()
    held = set(os.listdir(folder / PHOTOS_PREFIX))  # one listing, not a stat per picture
    return sorted(name for name in names
                  if name not in held or not is_payload_path(f"{PHOTOS_PREFIX}{name}"))


def unpack(reader: BundleReader, manifest: Manifest, staging: Path, *,
           current: Path | None, limits: BundleLimits, progress: Progress,
           manifest_bytes: bytes | None = None) -> tuple[int, int]:
    """Write the manifest's files into `staging`, checked; returns (copied, reused)."""
    (staging / "photos").mkdir(exist_ok=True)
    installed = _installed_files(current)
    needed = manifest.total_size
    free = shutil.disk_usage(staging).free
    if needed + SPACE_MARGIN > free:
        raise BundleRefusedError(Refusal.NO_SPACE,
                            f"not enough free disk space on the kiosk: the catalog needs "
                            f"{needed // 2**20} MB, {free // 2**20} MB are free")
    copied = checked_photos = 0
    reused = 0
    total = len(manifest.files)
    current_dir = str(current) if current is not None else None
    staging_dir = str(staging)
    for done, entry in enumerate(manifest.files, start=1):
        target = os.path.join(staging_dir, entry.path)
        if _reuse(entry, current_dir, installed, target):
            reused += 1
        else:
            ends = reader.extract(entry, Path(target))
            copied += 1
            if entry.path.startswith(PHOTOS_PREFIX):
                check_photo(Path(target), entry.path, limits, ends)
                checked_photos += 1
        progress(InstallStep.COPYING, done, total)
    progress(InstallStep.CHECKING_PHOTOS, checked_photos, checked_photos)
    try:
        version, is_demo = _catalog_meta(staging)
        unheld = _unheld_pictures(staging)
    except sqlite3.DatabaseError as error:
        raise BundleRefusedError(Refusal.CATALOG_CHECK,
                            f"the catalog database cannot be read: {error}") from error
    if version != manifest.catalog_version or is_demo != manifest.is_demo:
        raise BundleRefusedError(Refusal.CATALOG_CHECK,
                            f"the catalog database says version {version}, its manifest "
                            f"{manifest.catalog_version}")
    if unheld:
        raise BundleRefusedError(Refusal.CATALOG_CHECK,
                                 f"the catalog names {len(unheld)} pictures the bundle does not "
                                 f"hold, e.g. {shorten(unheld[0])!r}")
    # The very bytes whose signature was checked (re-encoding 80,000 entries takes a second).
    (staging / INSTALLED_MANIFEST).write_bytes(manifest_bytes or manifest.to_bytes())
    return copied, reused


def _no_progress(_step: InstallStep, _done: int, _total: int) -> None:
    pass


def install_bundle(
    store: CatalogStore,
    path: Path,
    *,
    trusted: list[VerifyKey],
    highest_version: str | None,
    progress: Progress | None = None,
    limits: BundleLimits | None = None,
) -> InstallResult:
    """Verify the bundle at `path` and make it the current catalog of `store`.

    Raises BundleRefusedError (with the installed catalog unchanged) for anything short of a
    complete, signed, newer catalog; `highest_version` None skips the version check.
    """
    report = progress or _no_progress
    limits = limits or BundleLimits()
    report(InstallStep.CHECKING, 0, 1)
    with BundleReader(path, limits) as reader:
        verified = open_verified(reader, trusted)
        manifest = verified.manifest
        check_newer(manifest.catalog_version, highest_version)
        report(InstallStep.CHECKING, 1, 1)
        staging = store.new_staging()
        try:
            copied, reused = unpack(reader, manifest, staging, current=store.current(),
                                    manifest_bytes=verified.manifest_bytes,
                                    limits=limits, progress=report)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        name = reader.name
    report(InstallStep.CHECKING_CATALOG, 0, 1)
    try:
        checked = store.install(staging, expected_items=manifest.item_count)
    except InstallCheckError as error:
        raise BundleRefusedError(Refusal.CATALOG_CHECK, f"the catalog failed its check: {error}"
                            ) from error
    report(InstallStep.DONE, 1, 1)
    log.info("installed catalog %s from %s (%d files copied, %d reused)", checked.version,
             name, copied, reused)
    return InstallResult(checked.version, checked.item_count, checked.is_demo, name, copied,
                         reused)


def verify_bundle(path: Path, trusted: list[VerifyKey], *, limits: BundleLimits | None = None,
                  progress: Progress | None = None) -> Manifest:
    """Every check of an install, into a scratch folder that is removed afterwards (HQ's verify).

    The version is not compared (there is no kiosk); the catalog gets the same integrity check.
    """
    limits = limits or BundleLimits()
    with BundleReader(path, limits) as reader, tempfile.TemporaryDirectory(
            prefix="cooplab-verify-") as scratch:
        manifest = open_verified(reader, trusted).manifest
        unpack(reader, manifest, Path(scratch), current=None, limits=limits,
               progress=progress or _no_progress)
        try:
            check_catalog_folder(Path(scratch), expected_items=manifest.item_count)
        except InstallCheckError as error:
            raise BundleRefusedError(Refusal.CATALOG_CHECK, f"the catalog failed its check: {error}"
                                ) from error
    return manifest
