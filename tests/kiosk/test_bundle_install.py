"""Installing bundles from a stick: the round trip, and each refusal changing nothing."""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.bundle.archive import BundleLimits
from kiosk.bundle.errors import BundleRefusedError, Refusal
from kiosk.bundle.install import InstallStep
from kiosk.bundle.keys import demo_verify_key, trusted_keys
from kiosk.bundle.scan import Comparison, StickScanner, pick_auto_update
from kiosk.bundle.service import CatalogUpdates
from kiosk.catalog_store import check_catalog_folder
from kiosk.core import KioskCore
from tests.bundle_data import (
    HQ_KEY,
    OTHER_KEY,
    SMALL,
    fresh_folder,
    genuine_entries,
    kiosk_config,
    make_bundle,
    manifest_for,
    new_data_dir,
    signed,
    snapshot,
    write_crafted,
)


@pytest.fixture
def kiosk(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KioskCore]:
    """A kiosk with the small demo (2026.11) installed that trusts HQ's test key."""
    data_dir = new_data_dir(tmp_path_factory, tmp_path / "data")
    core = KioskCore(kiosk_config(data_dir, mount_roots=[str(tmp_path / "media")]))
    core.open_catalog()
    yield core
    core.close()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "media" / "USB-STICK"
    folder.mkdir(parents=True)
    return folder


def updates(core: KioskCore, limits: BundleLimits | None = None) -> CatalogUpdates:
    scanner = StickScanner(core.config.catalog.mount_roots, require_mount=False)
    return CatalogUpdates(core, scanner, limits)


def test_round_trip_hq_build_then_install_from_the_stick(
        kiosk: KioskCore, stick: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    make_bundle(tmp_path_factory, stick / "catalog-2026.12.coopbundle")
    service = updates(kiosk)
    found = service.scan()
    assert [(b.version, b.item_count, b.comparison) for b in found] == [
        ("2026.12", SMALL, Comparison.NEWER)]
    assert found[0].installable and found[0].created_at is not None
    steps: list[InstallStep] = []
    result = service.install(found[0].path, progress=lambda s, _d, _t: steps.append(s))
    assert (result.version, result.item_count) == ("2026.12", SMALL)
    assert steps[0] is InstallStep.CHECKING and steps[-1] is InstallStep.DONE
    assert InstallStep.COPYING in steps
    assert kiosk.highest_version() == "2026.12"
    catalog = kiosk.open_catalog()
    assert catalog.info.version == "2026.12" and not catalog.info.is_demo
    assert catalog.info.item_count == SMALL
    current = kiosk.store.current()
    assert current is not None
    check_catalog_folder(current, expected_items=SMALL)
    # The photos are the demo's photos: unchanged, so hard-linked rather than copied again.
    assert result.reused_files == len(list((current / "photos").iterdir())) > 0
    assert result.copied_files == 1
    assert all(p.stat().st_nlink >= 2 for p in (current / "photos").iterdir())
    assert kiosk.store.previous() is not None


def test_a_catalog_with_new_photos_is_copied_whole_and_checked(
        kiosk: KioskCore, stick: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    out = _bundle_with(fresh_folder(tmp_path_factory, "2026.12"), stick / "new.coopbundle")
    steps: list[tuple[InstallStep, int, int]] = []
    result = updates(kiosk).install(out, progress=lambda *step: steps.append(step))
    photos = len(genuine_entries(fresh_folder(tmp_path_factory, "2026.12"))) - 1
    assert (result.copied_files, result.reused_files) == (photos + 1, 0)
    assert (InstallStep.CHECKING_PHOTOS, photos, photos) in steps
    assert (InstallStep.COPYING, photos + 1, photos + 1) in steps
    current = kiosk.store.current()
    assert current is not None and check_catalog_folder(current).version == "2026.12"
    assert all(p.stat().st_nlink == 1 for p in (current / "photos").iterdir())


def test_a_bundle_split_into_parts_is_found_and_installed(
        kiosk: KioskCore, stick: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    built = make_bundle(tmp_path_factory, stick / "big.coopbundle", part_size=256 * 1024)
    assert len(built.files) > 2
    assert all(p.stat().st_size <= 256 * 1024 for p in built.files)
    assert not (stick / "big.coopbundle").exists()
    found = updates(kiosk).scan()
    assert [b.path.name for b in found] == ["big.coopbundle.part1"]
    assert found[0].name == "big.coopbundle" and found[0].size == built.size
    result = updates(kiosk).install(found[0].path)
    assert result.version == "2026.12"


def _bundle_with(folder: Path, out: Path, *, version: str = "2026.12") -> Path:
    """A signed bundle of a built catalog folder, written as tests/bundle_data crafts them."""
    entries = genuine_entries(folder)
    manifest_bytes, signature = signed(manifest_for(entries, version))
    return write_crafted(out, manifest_bytes, signature, entries)


# Each kind of hostile or broken bundle, refused with its own reason and changing nothing, is
# in the corpus of tests/hostile_bundles.py (tests/kiosk/test_hostile_bundles.py).


def test_a_replay_of_the_just_installed_version_is_refused(
        kiosk: KioskCore, stick: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    bundle = make_bundle(tmp_path_factory, stick / "2026.12.coopbundle").files[0]
    updates(kiosk).install(bundle)
    before = snapshot(kiosk.data_dir)
    with pytest.raises(BundleRefusedError, match=r"2026\.12 is already installed") as refused:
        updates(kiosk).install(bundle)
    assert refused.value.reason is Refusal.SAME_VERSION
    # After a rollback the kiosk runs 2026.11, but 2026.12 was installed once: still refused.
    updates(kiosk).rollback()
    rolled_back = snapshot(kiosk.data_dir)
    assert rolled_back != before
    with pytest.raises(BundleRefusedError, match="already installed"):
        updates(kiosk).install(bundle)
    assert snapshot(kiosk.data_dir) == rolled_back


def test_limits_on_entries_and_unpacked_size(
        kiosk: KioskCore, stick: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    bundle = make_bundle(tmp_path_factory, stick / "b.coopbundle").files[0]
    before = snapshot(kiosk.data_dir)
    with pytest.raises(BundleRefusedError, match="entries, more than the limit of 5"):
        updates(kiosk, BundleLimits(max_entries=5)).install(bundle)
    with pytest.raises(BundleRefusedError, match=r"unpacks to \d+ bytes, more than the limit"):
        updates(kiosk, BundleLimits(max_unpacked_bytes=100_000)).install(bundle)
    fresh = _bundle_with(fresh_folder(tmp_path_factory, "2026.12"), stick / "f.coopbundle")
    with pytest.raises(BundleRefusedError, match="more pixels than allowed"):
        updates(kiosk, BundleLimits(max_photo_pixels=1000)).install(fresh)
    assert snapshot(kiosk.data_dir) == before


def test_not_a_bundle_gets_a_clear_message(kiosk: KioskCore, stick: Path) -> None:
    junk = stick / "junk.coopbundle"
    junk.write_bytes(os.urandom(5000))
    before = snapshot(kiosk.data_dir)
    with pytest.raises(BundleRefusedError, match="is not a catalog bundle") as refused:
        updates(kiosk).install(junk)
    assert refused.value.reason is Refusal.NOT_A_BUNDLE
    assert snapshot(kiosk.data_dir) == before


@pytest.mark.parametrize("at_file", [2, 9])
def test_stick_pulled_during_the_copy_changes_nothing(
        at_file: int, kiosk: KioskCore, stick: Path,
        tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> None:
    # A fresh catalog folder (not the demo's photos), so every file is read from the stick.
    out = _bundle_with(fresh_folder(tmp_path_factory, "2026.12"), stick / "pulled.coopbundle")
    before = snapshot(kiosk.data_dir)

    def pull_the_stick(step: InstallStep, done: int, _total: int) -> None:
        if step is InstallStep.COPYING and done == at_file:
            os.truncate(out, out.stat().st_size // 3)  # what a reader sees of a vanished stick

    with pytest.raises(BundleRefusedError) as refused:
        updates(kiosk).install(out, progress=pull_the_stick)
    assert refused.value.reason is Refusal.STICK_REMOVED
    assert refused.value.verdict == "stick removed during the copy: nothing changed"
    assert snapshot(kiosk.data_dir) == before
    assert not list((kiosk.data_dir / "catalogs").glob(".staging-*"))


def test_a_read_error_on_the_stick_reads_as_stick_removed(
        kiosk: KioskCore, stick: Path, tmp_path_factory: pytest.TempPathFactory,
        monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = make_bundle(tmp_path_factory, stick / "b.coopbundle").files[0]
    before = snapshot(kiosk.data_dir)
    from kiosk.bundle import archive

    real_open = zipfile.ZipFile.open

    def failing_open(self: zipfile.ZipFile, name: object, *args: object, **kw: object) -> object:
        if str(getattr(name, "filename", name)) == "catalog.sqlite":
            raise OSError(5, "Input/output error")
        return real_open(self, name, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(archive.zipfile.ZipFile, "open", failing_open)
    with pytest.raises(BundleRefusedError, match="stick removed during the copy"):
        updates(kiosk).install(bundle)
    assert snapshot(kiosk.data_dir) == before


def test_rollback_goes_back_and_forth_and_needs_a_previous_catalog(
        tmp_path: Path, stick: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    core = KioskCore(kiosk_config(tmp_path / "fresh", mount_roots=[str(tmp_path / "media")]))
    try:
        with pytest.raises(BundleRefusedError, match="no previous catalog") as refused:
            updates(core).rollback()
        assert refused.value.reason is Refusal.NO_PREVIOUS
        first = make_bundle(tmp_path_factory, stick / "a.coopbundle", version="2026.12")
        second = make_bundle(tmp_path_factory, stick / "b.coopbundle", version="2026.13")
        updates(core).install(first.files[0])
        updates(core).install(second.files[0])
        back = updates(core).rollback()
        assert (back.version, back.from_version) == ("2026.12", "2026.13")
        assert core.open_catalog().info.version == "2026.12"
        assert updates(core).rollback().version == "2026.13"
        assert core.highest_version() == "2026.13"
    finally:
        core.close()


def test_scan_reports_each_bundle_against_the_installed_version(
        kiosk: KioskCore, stick: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    make_bundle(tmp_path_factory, stick / "new.coopbundle", version="2026.12")
    make_bundle(tmp_path_factory, stick / "old.coopbundle", version="2026.10")
    make_bundle(tmp_path_factory, stick / "foreign.coopbundle", version="2026.13", key=OTHER_KEY)
    (stick / "sub").mkdir()
    make_bundle(tmp_path_factory, stick / "sub" / "same.coopbundle", version="2026.11")
    found = {b.name: b for b in updates(kiosk).scan()}
    assert set(found) == {"new.coopbundle", "old.coopbundle", "foreign.coopbundle",
                          "same.coopbundle"}
    assert found["new.coopbundle"].installable
    assert found["old.coopbundle"].comparison is Comparison.OLDER
    assert found["same.coopbundle"].comparison is Comparison.SAME
    foreign = found["foreign.coopbundle"]
    assert foreign.version == "2026.13" and not foreign.installable
    assert foreign.problem is not None and foreign.problem.reason is Refusal.NOT_TRUSTED
    assert pick_auto_update(found.values(), enabled=False) is None
    chosen = pick_auto_update(found.values(), enabled=True)
    assert chosen is not None and chosen.name == "new.coopbundle"


def test_the_demo_key_is_trusted_only_while_no_key_is_configured(tmp_path: Path) -> None:
    demo = bytes(demo_verify_key())
    assert [bytes(k) for k in trusted_keys(kiosk_config(tmp_path, trusted=[]))] == [demo]
    configured = trusted_keys(kiosk_config(tmp_path))
    assert [bytes(k) for k in configured] == [bytes(HQ_KEY.verify_key)]


def test_the_manifest_is_kept_with_the_installed_catalog(
        kiosk: KioskCore, stick: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    bundle = make_bundle(tmp_path_factory, stick / "b.coopbundle")
    updates(kiosk).install(bundle.files[0])
    current = kiosk.store.current()
    assert current is not None
    kept = json.loads((current / "bundle-manifest.json").read_text())
    assert kept["catalog_version"] == "2026.12"
    assert len(kept["files"]) == len(bundle.manifest.files)
