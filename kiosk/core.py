"""The kiosk's core: its configuration, state database and installed catalog, without any GUI."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from db.state import open_state_db
from db.state_models import CatalogInstall, Setting
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.catalog import Catalog, CatalogError, CatalogInfo
from kiosk.catalog_store import CatalogStore
from kiosk.config import KioskConfig
from kiosk.recovery import logged_request_numbers
from kiosk.versions import version_key

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KioskStatus:
    kiosk_id: str
    data_dir: Path
    catalog: CatalogInfo
    highest_version: str | None


def utcnow() -> datetime:
    """Now, in UTC, without tzinfo (as stored in SQLite)."""
    return datetime.now(UTC).replace(tzinfo=None)


class KioskCore:
    """Everything the kiosk knows and does, for the GUI and for the headless commands."""

    def __init__(self, config: KioskConfig) -> None:
        self.config = config
        self.data_dir = config.data_dir
        self.data_dir.mkdir(parents=True, exist_ok=True)
        # A damaged file is replaced by what can be salvaged of it; the numbers the logs name
        # as filed are never given again (kiosk.recovery, db.salvage).
        opened = open_state_db(self.data_dir / "state.sqlite",
                               issued_numbers=lambda: logged_request_numbers(self.data_dir))
        self.state_engine = opened.engine
        self.state_moved_aside = opened.moved_aside
        self.state_recovery = opened.recovery
        self.state = sessionmaker(self.state_engine, expire_on_commit=False)
        self.store = CatalogStore(self.data_dir / "catalogs")
        self._catalog: Catalog | None = None

    @property
    def kiosk_id(self) -> str:
        return self.config.kiosk.id

    def open_catalog(self, progress: Callable[[int, int], None] | None = None) -> Catalog:
        """Open the current catalog; on a kiosk that has none, install the demo catalog first."""
        self.store.cleanup()
        folder = self.store.current()
        if folder is None:
            from kiosk.demo.install import install_demo_catalog

            log.info("no catalog installed: installing the demo catalog")
            checked = install_demo_catalog(self.store, progress=progress)
            self.record_install(checked.version, "install", "demo", checked.item_count)
            folder = self.store.current()
        if folder is None:
            raise CatalogError("no catalog could be installed")
        catalog = Catalog(folder)
        self._remember_highest(catalog.info)
        if self._catalog is not None:
            self._catalog.close()
        self._catalog = catalog
        return catalog

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            return self.open_catalog()
        return self._catalog

    def record_install(self, version: str, action: str, source: str, item_count: int) -> None:
        with Session(self.state_engine) as session, session.begin():
            session.add(CatalogInstall(at=utcnow(), action=action, version=version,
                                       version_key=version_key(version), source=source,
                                       item_count=item_count))

    def _remember_highest(self, info: CatalogInfo) -> None:
        # A crash between the catalog switch and record_install leaves the state behind the
        # store; the catalog in use is always at most the highest version ever installed.
        highest = self.highest_version()
        if highest is None or version_key(info.version) > version_key(highest):
            self.record_install(info.version, "install", "found at start", info.item_count)

    def highest_version(self) -> str | None:
        with Session(self.state_engine) as session:
            key = session.scalar(select(func.max(CatalogInstall.version_key)))
            if key is None:
                return None
            return session.scalar(select(CatalogInstall.version)
                                  .where(CatalogInstall.version_key == key).limit(1))

    def setting(self, key: str) -> str | None:
        with Session(self.state_engine) as session:
            row = session.get(Setting, key)
            return None if row is None else row.value

    def set_setting(self, key: str, value: str) -> None:
        with Session(self.state_engine) as session, session.begin():
            session.merge(Setting(key=key, value=value))

    def status(self) -> KioskStatus:
        return KioskStatus(self.kiosk_id, self.data_dir, self.catalog.info,
                           self.highest_version())

    def close(self) -> None:
        if self._catalog is not None:
            self._catalog.close()
            self._catalog = None
        self.state_engine.dispose()
