"""Finding USB sticks under the mount roots and the bundles on them, compared with the installed.

A stick appears as a new folder under a mount root (`/media/usb0`, `/media/<user>/<label>`,
`/run/media/<user>/<label>`). Scanning reads only each bundle's directory, manifest and
signature (quick even on a slow stick); the full check happens at install. The GUI polls this
off its thread; `pick_auto_update` is the decision of the `catalog.auto_update` setting.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from nacl.signing import VerifyKey

from kiosk.bundle.archive import BUNDLE_SUFFIX, BundleReader
from kiosk.bundle.errors import BundleRefusedError, Refusal
from kiosk.bundle.install import open_verified
from kiosk.bundle.manifest import Manifest, parse_manifest
from kiosk.versions import version_key

MAX_SCANNED_ENTRIES = 2000  # per folder: a stick full of files must not stall the scan
BUNDLE_DEPTH = 2  # bundles at the top of a stick or one folder down


class Comparison(StrEnum):
    NEWER = "newer"
    SAME = "same"
    OLDER = "older"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class FoundBundle:
    path: Path  # the bundle file, or its first part
    name: str
    stick: Path
    size: int
    version: str | None = None
    created_at: datetime | None = None
    item_count: int | None = None
    is_demo: bool = False
    comparison: Comparison = Comparison.UNKNOWN
    # Why it cannot be installed, or None: then it is signed by a trusted key and newer.
    problem: BundleRefusedError | None = None

    @property
    def installable(self) -> bool:
        return self.problem is None and self.comparison is Comparison.NEWER


def _subfolders(folder: Path) -> list[Path]:
    found = []
    try:
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries):
                if count >= MAX_SCANNED_ENTRIES:
                    break
                if entry.name.startswith(".") or not entry.is_dir(follow_symlinks=False):
                    continue
                found.append(Path(entry.path))
    except OSError:
        return []
    return sorted(found)


class StickScanner:
    """The sticks under the mount roots, and the bundles on them.

    With `require_mount` (the default) only real mount points count as sticks; without it every
    folder directly under a root does (a folder stands in for a stick in tests).
    """

    def __init__(self, mount_roots: Iterable[str | Path], *, require_mount: bool = True) -> None:
        self.roots = [Path(root) for root in mount_roots]
        self.require_mount = require_mount

    def sticks(self) -> list[Path]:
        sticks: list[Path] = []
        for root in self.roots:
            for folder in _subfolders(root):
                if not self.require_mount or os.path.ismount(folder):
                    sticks.append(folder)
                elif self.require_mount:
                    sticks.extend(f for f in _subfolders(folder) if os.path.ismount(f))
        return sticks

    def snapshot(self) -> frozenset[tuple[str, int]]:
        """Changes when a stick is mounted or removed (for a cheap poll)."""
        state = set()
        for stick in self.sticks():
            try:
                state.add((str(stick), stick.stat().st_dev))
            except OSError:
                continue
        return frozenset(state)

    def bundle_files(self, stick: Path) -> list[Path]:
        found: list[Path] = []
        folders = [stick]
        for _depth in range(BUNDLE_DEPTH):
            next_folders: list[Path] = []
            for folder in folders:
                try:
                    with os.scandir(folder) as entries:
                        for count, entry in enumerate(entries):
                            if count >= MAX_SCANNED_ENTRIES:
                                break
                            if entry.name.startswith("."):
                                continue
                            if entry.is_dir(follow_symlinks=False):
                                next_folders.append(Path(entry.path))
                            elif entry.is_file(follow_symlinks=False) and (
                                    entry.name.endswith(BUNDLE_SUFFIX)
                                    or entry.name.endswith(f"{BUNDLE_SUFFIX}.part1")):
                                found.append(Path(entry.path))
                except OSError:
                    continue
            folders = next_folders
        return sorted(found)

    def bundles(self, trusted: list[VerifyKey], highest_version: str | None) -> list[FoundBundle]:
        """Every bundle on every stick, newest first, with what stands against installing it."""
        found = [peek(path, stick, trusted, highest_version)
                 for stick in self.sticks() for path in self.bundle_files(stick)]
        return sorted(found, key=lambda b: version_key(b.version) if b.version else "",
                      reverse=True)


def peek(path: Path, stick: Path, trusted: list[VerifyKey],
         highest_version: str | None) -> FoundBundle:
    """What a bundle says it is, whether its signature is trusted, and how it compares."""
    manifest: Manifest | None = None
    problem: BundleRefusedError | None = None
    try:
        with BundleReader(path) as reader:
            name, size = reader.name, reader.size
            try:
                manifest = open_verified(reader, trusted).manifest
            except BundleRefusedError as refused:
                problem = refused
                if refused.reason in (Refusal.NOT_TRUSTED, Refusal.BAD_SIGNATURE):
                    manifest = _unverified_manifest(reader)
    except BundleRefusedError as refused:
        return FoundBundle(path, path.name, stick, 0, problem=refused)
    except OSError as error:
        return FoundBundle(path, path.name, stick, 0, problem=BundleRefusedError(
            Refusal.STICK_REMOVED, f"cannot read the stick: {error.strerror}"))
    if manifest is None:
        return FoundBundle(path, name, stick, size, problem=problem)
    comparison = Comparison.NEWER
    if highest_version is not None:
        new, old = version_key(manifest.catalog_version), version_key(highest_version)
        if new < old:
            comparison = Comparison.OLDER
            problem = problem or BundleRefusedError(Refusal.OLDER_VERSION,
                                               f"older than the installed {highest_version}",
                                               version=highest_version)
        elif new == old:
            comparison = Comparison.SAME
            problem = problem or BundleRefusedError(
                Refusal.SAME_VERSION, f"{manifest.catalog_version} is already installed",
                version=manifest.catalog_version)
    return FoundBundle(path, name, stick, size, manifest.catalog_version, manifest.created_at,
                       manifest.item_count, manifest.is_demo, comparison, problem)


def _unverified_manifest(reader: BundleReader) -> Manifest | None:
    """For display only (version, date, count) of a bundle that will not be installed."""
    try:
        return parse_manifest(reader.manifest_bytes()[0])
    except BundleRefusedError:
        return None


def pick_auto_update(found: Iterable[FoundBundle], *, enabled: bool) -> FoundBundle | None:
    """The bundle to install by itself while the kiosk is idle: the newest installable one."""
    if not enabled:
        return None
    candidates = [b for b in found if b.installable and b.version is not None]
    if not candidates:
        return None
    return max(candidates, key=lambda b: version_key(b.version or "0"))
