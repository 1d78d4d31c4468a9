"""SIGKILL at several points of an install: the next start finds the old or the new catalog."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.catalog_store import CURRENT, LOCK, PREVIOUS, check_catalog_folder
from kiosk.core import KioskCore
from tests.bundle_data import (
    HQ_PUBLIC_HEX,
    SMALL,
    fresh_folder,
    genuine_entries,
    kiosk_config,
    manifest_for,
    new_data_dir,
    signed,
    write_crafted,
)

ROOT = Path(__file__).resolve().parent.parent.parent

# The child installs the bundle and kills itself with SIGKILL at the point named in argv[3].
CHILD = r"""
import os, signal, sys
sys.path.insert(0, sys.argv[4])
from pathlib import Path
import kiosk.catalog_store as store_module
from kiosk.bundle.install import InstallStep
from kiosk.bundle.service import CatalogUpdates
from kiosk.config import CatalogSection, KioskConfig
from kiosk.core import KioskCore

data_dir, bundle, point = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]

def die():
    os.kill(os.getpid(), signal.SIGKILL)

def progress(step, done, total):
    if point == "copying" and step is InstallStep.COPYING and done == total // 2:
        die()
    if point == "checking_photos" and step is InstallStep.CHECKING_PHOTOS:
        die()
    if point == "before_store_install" and step is InstallStep.CHECKING_CATALOG:
        die()

real_fsync_tree, real_point = store_module._fsync_tree, store_module.CatalogStore._point

def fsync_tree(root):
    real_fsync_tree(root)
    if point == "after_fsync":
        die()

def point_link(self, name, target):
    if point == "before_switch" and name == store_module.CURRENT:
        die()
    real_point(self, name, target)
    if point == "after_switch" and name == store_module.CURRENT:
        die()

store_module._fsync_tree = fsync_tree
store_module.CatalogStore._point = point_link
if point == "before_record":
    KioskCore.record_install = lambda *args, **kw: die()
config = KioskConfig(data_dir=data_dir, catalog=CatalogSection(trusted_keys=[sys.argv[5]]))
core = KioskCore(config)
CatalogUpdates(core).install(bundle, progress=progress)
print("finished without being killed")
"""

POINTS = ["copying", "checking_photos", "before_store_install", "after_fsync",
          "before_switch", "after_switch", "before_record"]
NEW_AFTER = {"after_switch", "before_record"}


@pytest.fixture(scope="module")
def fresh_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2026.12 bundle whose photos the kiosk does not have yet, so every file is copied."""
    entries = genuine_entries(fresh_folder(tmp_path_factory, "2026.12"))
    manifest_bytes, signature = signed(manifest_for(entries, "2026.12"))
    out = tmp_path_factory.mktemp("crash-stick") / "fresh.coopbundle"
    return write_crafted(out, manifest_bytes, signature, entries)


@pytest.mark.slow
@pytest.mark.reliability
@pytest.mark.parametrize("point", POINTS)
def test_sigkill_during_install_then_start_gives_old_or_new(
        point: str, fresh_bundle: Path, tmp_path: Path,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    data_dir = new_data_dir(tmp_path_factory, tmp_path / "data")
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), str(fresh_bundle), point, str(ROOT),
         HQ_PUBLIC_HEX], capture_output=True, text=True, timeout=120, check=False)
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr

    core = KioskCore(kiosk_config(data_dir))  # the next start
    try:
        catalog = core.open_catalog()
        expected = "2026.12" if point in NEW_AFTER else "2026.11"
        assert catalog.info.version == expected
        current = core.store.current()
        assert current is not None
        checked = check_catalog_folder(current, expected_items=SMALL)  # integrity check too
        assert checked.version == expected
        assert core.highest_version() == expected
        leftovers = {p.name for p in core.store.root.iterdir()} - {CURRENT, PREVIOUS, LOCK}
        kept = {p.name for p in (core.store.current(), core.store.previous()) if p is not None}
        assert leftovers == kept, "the start removes staging folders and unused versions"
    finally:
        core.close()
