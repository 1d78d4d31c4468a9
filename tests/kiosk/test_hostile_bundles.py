"""The hostile bundle corpus: each bundle refused with its own reason, nothing changed, no crash."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.bundle.errors import BundleRefusedError, Refusal
from kiosk.bundle.scan import StickScanner
from kiosk.bundle.service import CatalogUpdates
from kiosk.core import KioskCore
from tests.bundle_data import HQ_PUBLIC_HEX, kiosk_config, new_data_dir, snapshot
from tests.hostile_bundles import CASES, BuiltCase, build_corpus

pytestmark = pytest.mark.reliability

ROOT = Path(__file__).resolve().parent.parent.parent
# A refusal is one line a person reads, however long the hostile value it is about.
MAX_MESSAGE = 300
# What refusing the whole corpus may add to the peak memory of the process (resident set).
MEMORY_BOUND_MB = 96


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, BuiltCase]]:
    root, built = build_corpus(tmp_path_factory)
    return root, {b.case.name: b for b in built}


@pytest.fixture(scope="module")
def kiosk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KioskCore]:
    """One kiosk with the small demo (2026.11) that trusts HQ's key: no case may change it."""
    data_dir = new_data_dir(tmp_path_factory, tmp_path_factory.mktemp("hostile") / "data")
    core = KioskCore(kiosk_config(data_dir))
    core.open_catalog()
    yield core
    core.close()


def test_the_corpus_has_every_kind_of_hostile_bundle(
        corpus: tuple[Path, dict[str, BuiltCase]]) -> None:
    _root, built = corpus
    assert len(built) == len(CASES) >= 25
    not_about_the_bundle = {Refusal.STICK_REMOVED, Refusal.NO_SPACE, Refusal.BUSY,
                            Refusal.NO_PREVIOUS}
    assert {b.case.reason for b in built.values()} == set(Refusal) - not_about_the_bundle


@pytest.mark.parametrize("name", [c.name for c in CASES])
def test_each_hostile_bundle_is_refused_with_its_reason_and_changes_nothing(
        name: str, corpus: tuple[Path, dict[str, BuiltCase]], kiosk: KioskCore) -> None:
    built = corpus[1][name]
    before = snapshot(kiosk.data_dir)
    with pytest.raises(BundleRefusedError) as refused:
        CatalogUpdates(kiosk).install(built.path)
    error = refused.value
    assert error.reason is built.case.reason, error.message
    assert built.case.message in error.message
    assert 0 < len(error.message) <= MAX_MESSAGE and "\n" not in error.message
    assert error.verdict.startswith("refused: ")
    assert snapshot(kiosk.data_dir) == before  # the catalogs folder, byte for byte
    assert not list((kiosk.data_dir / "catalogs").glob(".staging-*"))
    assert kiosk.highest_version() == "2026.11"


def test_a_stick_full_of_hostile_bundles_scans_without_an_error(
        corpus: tuple[Path, dict[str, BuiltCase]], kiosk: KioskCore) -> None:
    root, built = corpus
    before = snapshot(kiosk.data_dir)
    found = {b.path: b for b in CatalogUpdates(
        kiosk, StickScanner([root], require_mount=False)).scan()}
    assert set(found) == {b.path for b in built.values()}
    for hostile in built.values():
        problem = found[hostile.path].problem
        if hostile.case.at_copy:  # only the install's copy finds these out
            assert problem is None and found[hostile.path].installable, hostile.case.name
        else:
            assert problem is not None and problem.reason is hostile.case.reason, (
                hostile.case.name)
    assert snapshot(kiosk.data_dir) == before


# Installs every bundle of the corpus on one kiosk and reports the peak resident memory after
# each. VmHWM only grows, so the final figure bounds every case; unlike ru_maxrss it starts
# afresh at exec, without the forking test process's own peak.
MEMORY_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from kiosk.bundle.errors import BundleRefusedError
from kiosk.bundle.service import CatalogUpdates
from kiosk.config import CatalogSection, KioskConfig
from kiosk.core import KioskCore

data_dir, cases = Path(sys.argv[2]), json.loads(sys.argv[3])
core = KioskCore(KioskConfig(data_dir=data_dir, catalog=CatalogSection(trusted_keys=[sys.argv[4]])))
core.open_catalog()
updates = CatalogUpdates(core)

def peak_mb():
    status = Path("/proc/self/status").read_text()
    return int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1]) / 1024

def attempt(path):
    try:
        updates.install(Path(path))
    except BundleRefusedError as refused:
        return refused.reason.value
    except BaseException as error:
        return f"crash: {type(error).__name__}: {str(error)[:200]}"
    return "installed"

attempt(cases[0][1])  # the first refusal imports and warms up what every later one uses
baseline = peak_mb()
started = time.monotonic()
results = [(name, attempt(path), peak_mb()) for name, path in cases]
print(json.dumps({"baseline": baseline, "results": results,
                  "seconds": time.monotonic() - started}))
"""


@pytest.mark.slow
def test_refusing_the_whole_corpus_keeps_memory_bounded(
        corpus: tuple[Path, dict[str, BuiltCase]], tmp_path: Path,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    _root, built = corpus
    data_dir = new_data_dir(tmp_path_factory, tmp_path / "data")
    cases = [(b.case.name, str(b.path)) for b in built.values()]
    child = subprocess.run(
        [sys.executable, "-c", MEMORY_CHILD, str(ROOT), str(data_dir), json.dumps(cases),
         HQ_PUBLIC_HEX], capture_output=True, text=True, timeout=300, check=False)
    assert child.returncode == 0, child.stderr[-3000:]
    report = json.loads(child.stdout)
    baseline, results = report["baseline"], report["results"]
    grew = [(name, round(peak - baseline)) for name, _reason, peak in results]
    print(f"corpus of {len(results)} refused in {report['seconds']:.1f} s; peak RSS "
          f"{results[-1][2]:.0f} MB, {results[-1][2] - baseline:.0f} MB above the baseline "
          f"of {baseline:.0f} MB; growth per case: {grew}")
    assert {name: reason for name, reason, _peak in results} == {
        b.case.name: b.case.reason.value for b in built.values()}
    assert results[-1][2] - baseline <= MEMORY_BOUND_MB, grew
