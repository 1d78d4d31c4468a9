"""Installing, switching, rolling back and cleaning up catalog versions."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from kiosk.catalog_store import CURRENT, PREVIOUS, CatalogStore, InstallCheckError
from tests.conftest import copy_store


def staged_copy(store: CatalogStore, source: Path, version: str | None = None) -> Path:
    staging = store.new_staging()
    shutil.copytree(source, staging, dirs_exist_ok=True, copy_function=os.link)
    db = staging / "catalog.sqlite"
    if version is not None:
        db.unlink()
        shutil.copy(source / "catalog.sqlite", db)  # a real copy, this one is changed
        with sqlite3.connect(db) as connection:
            connection.execute("UPDATE catalog_meta SET version = ?", (version,))
        connection.close()
    return staging


@pytest.fixture
def store(tmp_path: Path, demo_store_root: Path) -> CatalogStore:
    copy_store(demo_store_root, tmp_path / "catalogs")
    return CatalogStore(tmp_path / "catalogs")


def test_install_switches_current_and_keeps_previous(store: CatalogStore) -> None:
    first = store.current()
    assert first is not None
    checked = store.install(staged_copy(store, first, "2026.12"))
    assert checked.version == "2026.12"
    assert store.current() != first and store.previous() == first
    assert (store.root / CURRENT).is_symlink() and (store.root / PREVIOUS).is_symlink()


def test_rollback_swaps_current_and_previous(store: CatalogStore) -> None:
    first = store.current()
    assert first is not None
    store.install(staged_copy(store, first, "2026.12"))
    second = store.current()
    assert store.rollback() == first
    assert store.current() == first and store.previous() == second


def test_rollback_without_previous_is_refused(store: CatalogStore) -> None:
    with pytest.raises(InstallCheckError, match="no previous catalog"):
        store.rollback()


def test_a_corrupt_catalog_is_refused_and_nothing_changes(store: CatalogStore) -> None:
    first = store.current()
    assert first is not None
    staging = staged_copy(store, first)
    db = staging / "catalog.sqlite"
    db.unlink()
    db.write_bytes(b"\0" * 4096)
    with pytest.raises(InstallCheckError):
        store.install(staging)
    assert store.current() == first and store.previous() is None
    assert not staging.exists()


def test_a_missing_photo_or_a_wrong_item_count_is_refused(store: CatalogStore) -> None:
    first = store.current()
    assert first is not None
    staging = staged_copy(store, first)
    next((staging / "photos").glob("*.thumb.jpg")).unlink()
    os.unlink(next(p for p in (staging / "photos").iterdir() if not p.name.endswith("thumb.jpg")))
    with pytest.raises(InstallCheckError, match="photos are missing"):
        store.install(staging)
    with pytest.raises(InstallCheckError, match="items"):
        store.install(staged_copy(store, first), expected_items=1)
    assert store.current() == first


def test_cleanup_removes_staging_and_unreferenced_versions(store: CatalogStore) -> None:
    current = store.current()
    leftover = store.new_staging()
    (leftover / "half-written").write_text("x")
    stray = store.root / "v-2020.1-deadbeef"
    stray.mkdir()
    (store.root / ".current.tmp").symlink_to("nowhere")
    removed = store.cleanup()
    assert {p.name for p in removed} == {leftover.name, stray.name, ".current.tmp"}
    assert store.current() == current
