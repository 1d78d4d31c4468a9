"""The installed catalog versions on disk, and the one atomic step that switches between them.

Layout under the data folder:

    catalogs/current   -> symlink to the catalog in use (v-<version>-<id>)
    catalogs/previous  -> symlink to the one before it, kept for rollback
    catalogs/v-.../    catalog.sqlite + photos/
    catalogs/.staging-<id>/   a catalog being built; never used, removed at the next start

Only `os.replace` of a symlink switches the catalog, so after a crash or power cut at any
moment the kiosk finds exactly the old or the new catalog.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import fcntl
import logging
import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kiosk.catalog import CATALOG_FILE, PHOTOS_DIR

log = logging.getLogger(__name__)


def _load_libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name, use_errno=True) if name else None
    except OSError:
        return None


_LIBC = _load_libc()

CURRENT, PREVIOUS, LOCK = "current", "previous", ".lock"
STAGING_PREFIX, VERSION_PREFIX = ".staging-", "v-"


class InstallCheckError(Exception):
    """A built catalog failed the checks before the switch; nothing was changed."""


@dataclass(frozen=True)
class CheckedCatalog:
    version: str
    item_count: int
    is_demo: bool


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    """Everything under `root` on disk: one flush of its file system, not a sync per file.

    syncfs(2) writes the whole file system's dirty data and metadata in one pass, which for a
    catalog of tens of thousands of photos is many times faster than an fsync per file.
    """
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        if _LIBC is None or _LIBC.syncfs(fd) != 0:
            os.sync()
    finally:
        os.close(fd)


def check_catalog_folder(folder: Path, expected_items: int | None = None) -> CheckedCatalog:
    """SQLite integrity check, metadata and item count of a built catalog folder."""
    db_path = folder / CATALOG_FILE
    if not db_path.is_file():
        raise InstallCheckError("the catalog database is missing")
    try:
        connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise InstallCheckError("the catalog database failed its integrity check")
            meta = connection.execute(
                "SELECT version, item_count, is_demo FROM catalog_meta WHERE id = 1").fetchone()
            items = connection.execute("SELECT count(*) FROM items").fetchone()[0]
            photos_dir = folder / PHOTOS_DIR
            held = set(os.listdir(photos_dir)) if photos_dir.is_dir() else set()
            missing_photos = [  # one listing of the folder, not a stat per photo
                name for (name,) in connection.execute("SELECT file FROM photos")
                if name not in held
            ]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise InstallCheckError(f"the catalog database cannot be read: {error}") from error
    if meta is None:
        raise InstallCheckError("the catalog has no metadata")
    version, meta_items, is_demo = meta
    if items != meta_items or (expected_items is not None and items != expected_items):
        raise InstallCheckError(
            f"the catalog holds {items} items, its manifest says {expected_items or meta_items}")
    if missing_photos:
        raise InstallCheckError(f"{len(missing_photos)} photos are missing, e.g. "
                                f"{missing_photos[0]}")
    return CheckedCatalog(str(version), int(items), bool(is_demo))


class CatalogStore:
    """The `catalogs` folder of a kiosk."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the store's lock: one install, rollback or cleanup at a time, across processes."""
        with (self.root / LOCK).open("a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _target(self, name: str) -> Path | None:
        link = self.root / name
        if not link.is_symlink():
            return None
        target = self.root / os.readlink(link)
        return target if (target / CATALOG_FILE).is_file() else None

    def current(self) -> Path | None:
        """The folder of the catalog in use, or None when none is installed."""
        return self._target(CURRENT)

    def previous(self) -> Path | None:
        return self._target(PREVIOUS)

    def new_staging(self) -> Path:
        """A fresh folder in which to build a catalog, on the same file system as the store."""
        path = self.root / f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}"
        path.mkdir()
        return path

    def _point(self, name: str, target: Path) -> None:
        temporary = self.root / f".{name}.{uuid.uuid4().hex[:8]}"
        temporary.symlink_to(target.name)
        os.replace(temporary, self.root / name)

    def install(self, staging: Path, expected_items: int | None = None) -> CheckedCatalog:
        """Check the catalog built in `staging` and make it current, in one atomic step.

        The catalog in use becomes `previous`; raises InstallCheckError (changing nothing but
        removing `staging`) when the check fails.
        """
        with self.locked():
            return self._install(staging, expected_items)

    def _install(self, staging: Path, expected_items: int | None) -> CheckedCatalog:
        try:
            checked = check_catalog_folder(staging, expected_items)
        except InstallCheckError:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        safe_version = "".join(ch for ch in checked.version if ch.isalnum() or ch in ".-_")
        final = self.root / f"{VERSION_PREFIX}{safe_version}-{uuid.uuid4().hex[:8]}"
        for leftover in ("-wal", "-shm"):
            Path(f"{staging / CATALOG_FILE}{leftover}").unlink(missing_ok=True)
        _fsync_tree(staging)
        staging.rename(final)
        _fsync_dir(self.root)
        old = self.current()
        if old is not None:
            self._point(PREVIOUS, old)
        self._point(CURRENT, final)  # the switch
        _fsync_dir(self.root)
        log.info("catalog %s installed in %s", checked.version, final.name)
        self._cleanup()
        return checked

    def rollback(self) -> Path:
        """Make the previous catalog current again (and the current one previous)."""
        with self.locked():
            old, current = self.previous(), self.current()
            if old is None or current is None:
                raise InstallCheckError("there is no previous catalog to go back to")
            self._point(CURRENT, old)
            self._point(PREVIOUS, current)
            _fsync_dir(self.root)
            return old

    def cleanup(self) -> list[Path]:
        """Remove staging folders, stray links and versions neither current nor previous."""
        with self.locked():
            return self._cleanup()

    def _cleanup(self) -> list[Path]:
        keep = {p.name for p in (self.current(), self.previous()) if p is not None}
        removed = []
        for entry in self.root.iterdir():
            if entry.name in (CURRENT, PREVIOUS, LOCK) or entry.name in keep:
                continue
            if entry.is_symlink() or entry.is_file():
                entry.unlink()
            elif entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
        if removed:
            log.info("removed %d leftover(s) in %s", len(removed), self.root)
        return removed
