"""Test set-up: a 1920x1080 offscreen Qt screen, and a demo catalog built once per session."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# Before anything imports Qt: offscreen, with one 1920x1080 screen.
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={ROOT / 'assets' / 'offscreen.json'}"
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/cooplab-test-runtime")
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)

from kiosk.catalog_store import CURRENT, CatalogStore  # noqa: E402
from kiosk.config import KioskConfig, load_config  # noqa: E402
from kiosk.core import KioskCore  # noqa: E402
from kiosk.demo.install import install_demo_catalog  # noqa: E402


@pytest.fixture(scope="session")
def demo_store_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A catalogs folder with the full demo catalog installed (built once per session)."""
    root = tmp_path_factory.mktemp("demo-store") / "catalogs"
    install_demo_catalog(CatalogStore(root))
    return root


def copy_store(source_root: Path, target_root: Path) -> None:
    """A cheap copy of an installed store: hard links for the files, the same `current`."""
    target_root.mkdir(parents=True)
    current = source_root / os.readlink(source_root / CURRENT)
    shutil.copytree(current, target_root / current.name, copy_function=os.link)
    (target_root / CURRENT).symlink_to(current.name)


@pytest.fixture
def kiosk_config(tmp_path: Path, demo_store_root: Path) -> KioskConfig:
    """A configuration whose data folder already has the demo catalog installed."""
    data_dir = tmp_path / "data"
    copy_store(demo_store_root, data_dir / "catalogs")
    return load_config(None, data_dir=data_dir)


@pytest.fixture
def core(kiosk_config: KioskConfig) -> Iterator[KioskCore]:
    kiosk = KioskCore(kiosk_config)
    kiosk.open_catalog()
    yield kiosk
    kiosk.close()
