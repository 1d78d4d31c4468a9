"""Catalog updates of one kiosk: sticks, install, rollback and export, for the GUI and commands.

Every method may take seconds and touches the disk: the GUI calls them off its thread. They
return results or raise BundleRefusedError / ExportError; wording the verdict is the caller's job.
"""

from __future__ import annotations

import fcntl
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from nacl.signing import VerifyKey

from kiosk.bundle.archive import BundleLimits
from kiosk.bundle.errors import BundleRefusedError, Refusal
from kiosk.bundle.export import ExportResult, export_requests
from kiosk.bundle.install import InstallResult, Progress, install_bundle
from kiosk.bundle.keys import trusted_keys
from kiosk.bundle.scan import FoundBundle, StickScanner, pick_auto_update
from kiosk.catalog import CATALOG_FILE
from kiosk.catalog_store import InstallCheckError
from kiosk.core import KioskCore

log = logging.getLogger(__name__)
LOCK_NAME = "catalog-update.lock"


@dataclass(frozen=True)
class InstalledCatalog:
    version: str
    item_count: int
    is_demo: bool


@dataclass(frozen=True)
class RollbackResult:
    version: str
    item_count: int
    from_version: str


def read_installed(folder: Path | None) -> InstalledCatalog | None:
    """Version and item count of a catalog folder, from its metadata (no integrity check)."""
    if folder is None:
        return None
    try:
        connection = sqlite3.connect(f"file:{folder / CATALOG_FILE}?mode=ro", uri=True)
        try:
            row = connection.execute(
                "SELECT version, item_count, is_demo FROM catalog_meta WHERE id = 1").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None
    return None if row is None else InstalledCatalog(str(row[0]), int(row[1]), bool(row[2]))


class CatalogUpdates:
    """What staff do with catalogs and sticks, on one kiosk core."""

    def __init__(self, core: KioskCore, scanner: StickScanner | None = None,
                 limits: BundleLimits | None = None) -> None:
        self.core = core
        self.scanner = scanner or StickScanner(core.config.catalog.mount_roots)
        self.limits = limits

    def trusted(self) -> list[VerifyKey]:
        return trusted_keys(self.core.config)

    def installed(self) -> InstalledCatalog | None:
        return read_installed(self.core.store.current())

    def previous(self) -> InstalledCatalog | None:
        return read_installed(self.core.store.previous())

    def sticks(self) -> list[Path]:
        return self.scanner.sticks()

    def scan(self) -> list[FoundBundle]:
        return self.scanner.bundles(self.trusted(), self.core.highest_version())

    def auto_update_candidate(self, found: list[FoundBundle]) -> FoundBundle | None:
        """What `catalog.auto_update` would install now (the caller picks the idle moment)."""
        return pick_auto_update(found, enabled=self.core.config.catalog.auto_update)

    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        """One install, rollback or export at a time, across processes (GUI and commands)."""
        with (self.core.data_dir / LOCK_NAME).open("a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as error:
                raise BundleRefusedError(Refusal.BUSY,
                                         "another catalog update is running") from error
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def install(self, path: Path, progress: Progress | None = None) -> InstallResult:
        with self._exclusive():
            self.core.store.cleanup()  # leftovers of an interrupted install take disk space
            result = install_bundle(self.core.store, path, trusted=self.trusted(),
                                    highest_version=self.core.highest_version(),
                                    progress=progress, limits=self.limits)
            self.core.record_install(result.version, "install", result.bundle[:300],
                                     result.item_count)
            return result

    def rollback(self) -> RollbackResult:
        with self._exclusive():
            before = self.installed()
            try:
                folder = self.core.store.rollback()
            except InstallCheckError as error:
                raise BundleRefusedError(Refusal.NO_PREVIOUS,
                                    "there is no previous catalog to go back to") from error
            now = read_installed(folder)
            if now is None:
                raise BundleRefusedError(Refusal.CATALOG_CHECK,
                                         "the previous catalog cannot be read")
            self.core.record_install(now.version, "rollback", "staff", now.item_count)
            log.info("rolled back to catalog %s", now.version)
            return RollbackResult(now.version, now.item_count,
                                  before.version if before else "")

    def export(self, folder: Path) -> ExportResult:
        installed = self.installed()
        return export_requests(self.core, folder,
                               catalog_version=installed.version if installed else "")
