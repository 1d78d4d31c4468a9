"""SIGKILL at random points of a bundle install: the next start finds exactly the old or new one.

A kill point is either a random step of the install (the K-th file-system operation on the
kiosk's data folder or the stick: opens, renames, links, fsyncs, ...; counted by an audit hook
in the installing process, which kills itself there) or a random moment (the test kills the
process after a delay drawn within a calibration run's install time). After each kill the
kiosk starts as `main.py status` does, in a process of its own, and the catalog it then uses
must be exactly the old or the new one by content hash, pass the integrity check, and nothing
else may be left in the catalogs folder. A step kill must give the old catalog up to the switch
of `current` and the new one after it.

The processes are forked from a helper that has imported the kiosk once (a fresh interpreter
would spend more time importing than installing):

    COOPLAB_FULL_COUNTS=1 .venv/bin/python -m pytest tests/kiosk/test_install_faults.py

runs the full count; COOPLAB_FAULT_SEED=<n> replays another seed.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pytest

from kiosk.catalog_store import CURRENT, LOCK, PREVIOUS, check_catalog_folder
from kiosk.core import KioskCore
from tests.bundle_data import (
    HQ_PUBLIC_HEX,
    SMALL,
    fresh_folder,
    genuine_entries,
    kiosk_config,
    make_bundle,
    manifest_for,
    new_data_dir,
    signed,
    versioned_folder,
    write_crafted,
)
from tests.reliability import count

pytestmark = [pytest.mark.reliability, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent.parent
SEED = int(os.environ.get("COOPLAB_FAULT_SEED", "20261201"))
KILLS = count(10, 50)
TIMED_EVERY = 5  # every fifth kill at a random moment, the others at a random step

# Reads one request per line and runs it in a forked process whose output goes to the file the
# request names. Protocol lines on stdout: {"pid"} from the forked process as it starts,
# {"ready"} from an install about to begin (mode "time"), {"status"} once it has ended.
#   install: installs `bundle` into `data_dir` (trusting `key`). Mode "count" prints the number
#     of steps and the switch's step; "step" kills itself at step `point`; "time" waits to be
#     killed once installed.
#   start: what `main.py --config CONFIG --data-dir DATA_DIR status` runs.
HELPER = r"""
import json, os, signal, sys, threading, time, traceback
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from PIL import Image
import kiosk.cli
from kiosk.bundle.service import CatalogUpdates
from kiosk.config import CatalogSection, KioskConfig
from kiosk.core import KioskCore

Image.init()
PROTOCOL = os.dup(1)
EVENTS = {"open", "os.rename", "os.link", "os.symlink", "os.remove", "os.rmdir", "os.mkdir",
          "os.truncate", "os.chmod", "os.listdir", "os.scandir", "shutil.rmtree",
          "sqlite3.connect", "fcntl.flock", "ctypes.call_function"}

def say(message):
    os.write(PROTOCOL, (json.dumps(message) + "\n").encode())

def install(request):
    data_dir, bundle = Path(request["data_dir"]), Path(request["bundle"])
    mode, point = request["mode"], request["point"]
    watched = (str(data_dir), str(bundle.parent))
    current_link = str(data_dir / "catalogs" / "current")
    lock = threading.Lock()
    counter = {"steps": 0, "switch_step": 0, "armed": False}

    def step():
        with lock:
            counter["steps"] += 1
            if mode == "step" and counter["steps"] == point:
                os.kill(os.getpid(), signal.SIGKILL)

    def audit(event, args):
        if not counter["armed"] or event not in EVENTS:
            return
        if args and isinstance(args[0], (str, bytes, os.PathLike)):
            if not os.fsdecode(args[0]).removeprefix("file:").startswith(watched):
                return
        if event == "os.rename" and os.fsdecode(args[1]) == current_link:
            counter["switch_step"] = counter["steps"] + 1  # killed there: not switched
        step()

    def counted(function):
        def wrapper(*args):
            result = function(*args)
            if counter["armed"]:
                step()
            return result
        return wrapper

    os.fsync, os.sync = counted(os.fsync), counted(os.sync)
    sys.addaudithook(audit)
    core = KioskCore(KioskConfig(data_dir=data_dir,
                                 catalog=CatalogSection(trusted_keys=[request["key"]])))
    updates = CatalogUpdates(core)
    if mode == "time":
        say({"ready": True})
    started = time.monotonic()
    counter["armed"] = True
    updates.install(bundle)
    counter["armed"] = False
    if mode == "count":
        print(json.dumps({"steps": counter["steps"], "switch_step": counter["switch_step"],
                          "seconds": time.monotonic() - started}))
        return 0
    print("installed", flush=True)
    if mode == "time":
        time.sleep(60)  # the kill is on its way
    os.kill(os.getpid(), signal.SIGKILL)  # a step past the last one

def start(request):
    return kiosk.cli.main(["--config", request["config"], "--data-dir", request["data_dir"],
                           "status"])

for line in sys.stdin:
    request = json.loads(line)
    pid = os.fork()
    if pid == 0:
        code = 70
        try:
            say({"pid": os.getpid()})
            output = os.open(request["output"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
            os.dup2(output, 1)
            os.dup2(output, 2)
            code = {"install": install, "start": start}[request["run"]](request)
        except BaseException:
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    say({"status": os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])})
"""


class Helper:
    """The helper process: runs requests in processes forked from it."""

    def __init__(self, log: Path) -> None:
        self.log = log
        self.process = subprocess.Popen(
            [sys.executable, "-c", HELPER, str(ROOT)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=log.open("w"), text=True)

    def _line(self, stream: IO[str]) -> dict[str, Any]:
        line = stream.readline()
        assert line, f"the helper ended: {self.log.read_text()[-2000:]}"
        message: dict[str, Any] = json.loads(line)
        return message

    def run(self, request: dict[str, Any], kill_after: float | None = None) -> tuple[int, str]:
        """(exit status, output) of the request; with `kill_after`, SIGKILLed that many
        seconds after its install began."""
        assert self.process.stdin is not None and self.process.stdout is not None
        output = Path(request["output"])
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        pid = self._line(self.process.stdout)["pid"]
        if kill_after is not None:
            assert self._line(self.process.stdout) == {"ready": True}
            time.sleep(kill_after)
            os.kill(pid, signal.SIGKILL)
        status: int = self._line(self.process.stdout)["status"]
        return status, output.read_text() if output.exists() else ""

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)


def content_hash(folder: Path) -> str:
    """The catalog database and every photo file: names and contents."""
    digest = hashlib.sha256()
    for path in sorted([folder / "catalog.sqlite", *(folder / "photos").iterdir()]):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@dataclass(frozen=True)
class Calibration:
    steps: int
    switch_step: int
    seconds: float


@dataclass(frozen=True)
class Kill:
    bundle: str  # "fresh": every file copied; "shared": photos hard-linked from the old catalog
    mode: str  # "step" or "time"
    step: int = 0
    delay: float = 0.0

    def __str__(self) -> str:
        where = f"step {self.step}" if self.mode == "step" else f"{self.delay * 1000:.0f} ms"
        return f"{self.bundle} bundle, killed at {where}"


@dataclass(frozen=True)
class FaultSetup:
    helper: Helper
    template: Path  # a kiosk data folder with the old catalog (2026.11) that has started once
    config: Path
    bundles: dict[str, Path]
    calibrations: dict[str, Calibration]
    old_hash: str
    new_hashes: dict[str, str]
    plan: list[Kill]

    def install(self, data_dir: Path, bundle: str, mode: str, point: int = 0,
                kill_after: float | None = None) -> tuple[int, str]:
        return self.helper.run({
            "run": "install", "data_dir": str(data_dir), "bundle": str(self.bundles[bundle]),
            "key": HQ_PUBLIC_HEX, "mode": mode, "point": point,
            "output": str(data_dir.with_name(f"{data_dir.name}-install.txt"))},
            kill_after=kill_after)

    def start(self, data_dir: Path) -> dict[str, str]:
        """The kiosk's start, as `main.py status` runs it; returns what status printed."""
        status, output = self.helper.run({
            "run": "start", "config": str(self.config), "data_dir": str(data_dir),
            "output": str(data_dir.with_name(f"{data_dir.name}-start.txt"))})
        assert status == 0, output
        return dict(re.findall(r"^([^:\n]+):\s+(.*)$", output, re.MULTILINE))


def clone_data_dir(template: Path, target: Path) -> Path:
    """The catalogs hard-linked (an install never writes into a catalog), the rest copied."""
    shutil.copytree(template, target, symlinks=True,
                    ignore=shutil.ignore_patterns("catalogs"))
    shutil.copytree(template / "catalogs", target / "catalogs", symlinks=True,
                    copy_function=os.link)
    return target


def make_plan(calibrations: dict[str, Calibration], rng: random.Random) -> list[Kill]:
    """KILLS kill points. The step kills of each bundle: one in each equal slice of its steps,
    at a random step within the slice, and at least one after the switch."""
    modes = ["time" if n % TIMED_EVERY == TIMED_EVERY - 1 else "step" for n in range(KILLS)]
    kinds = [("fresh", "shared")[n % 2] for n in range(KILLS)]
    plan: list[Kill] = []
    for kind in ("fresh", "shared"):
        calibration = calibrations[kind]
        slices = sum(1 for n in range(KILLS) if kinds[n] == kind and modes[n] == "step")
        points = [1 + int((i + rng.random()) * calibration.steps / slices)
                  for i in range(slices)]
        if points[-1] <= calibration.switch_step:
            points[-1] = rng.randint(calibration.switch_step + 1, calibration.steps)
        plan += [Kill(kind, "step", step=point) for point in points]
        timed = sum(1 for n in range(KILLS) if kinds[n] == kind and modes[n] == "time")
        plan += [Kill(kind, "time", delay=rng.uniform(0, calibration.seconds))
                 for _ in range(timed)]
    rng.shuffle(plan)
    return plan


@pytest.fixture(scope="module")
def faults(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultSetup]:
    base = tmp_path_factory.mktemp("install-faults")
    template = new_data_dir(tmp_path_factory, base / "template")
    core = KioskCore(kiosk_config(template))  # the kiosk has run once: its state knows 2026.11
    core.open_catalog()
    core.close()
    config = base / "kiosk.toml"
    config.write_text(f'[catalog]\ntrusted_keys = ["{HQ_PUBLIC_HEX}"]\n')
    stick = base / "stick"
    stick.mkdir()
    entries = genuine_entries(fresh_folder(tmp_path_factory, "2026.12"))
    manifest_bytes, signature = signed(manifest_for(entries, "2026.12"))
    bundles = {
        "fresh": write_crafted(stick / "fresh.coopbundle", manifest_bytes, signature, entries),
        "shared": make_bundle(tmp_path_factory, stick / "shared.coopbundle").files[0],
    }
    new_hashes = {"fresh": content_hash(fresh_folder(tmp_path_factory, "2026.12")),
                  "shared": content_hash(versioned_folder(tmp_path_factory, "2026.12"))}
    old_hash = content_hash(template / "catalogs" / os.readlink(template / "catalogs" / CURRENT))
    helper = Helper(base / "helper.log")
    setup = FaultSetup(helper, template, config, bundles, {}, old_hash, new_hashes, [])
    try:
        for kind in bundles:  # a whole install, counted
            data_dir = clone_data_dir(template, base / f"calibrate-{kind}")
            status, output = setup.install(data_dir, kind, "count")
            assert status == 0, output
            setup.calibrations[kind] = calibration = Calibration(**json.loads(output))
            assert 0 < calibration.switch_step < calibration.steps
            installed = data_dir / "catalogs" / os.readlink(data_dir / "catalogs" / CURRENT)
            assert content_hash(installed) == new_hashes[kind]
        setup.plan.extend(make_plan(setup.calibrations, random.Random(SEED)))
        print(f"seed {SEED}: calibration {setup.calibrations}; plan: "
              + "; ".join(map(str, setup.plan)))
        yield setup
    finally:
        helper.close()


def check_started_kiosk(faults: FaultSetup, data_dir: Path, kill: Kill,
                        report: dict[str, str]) -> str:
    """Exactly the old or the new catalog, intact, nothing left over; returns "old" or "new"."""
    catalogs = data_dir / "catalogs"
    current = catalogs / os.readlink(catalogs / CURRENT)
    found = content_hash(current)
    versions = {faults.old_hash: ("old", "2026.11"), faults.new_hashes[kill.bundle]: ("new",
                                                                                      "2026.12")}
    assert found in versions, "the catalog in use is neither the old nor the new one"
    outcome, version = versions[found]
    assert report["catalog version"].removesuffix(" (demo)") == version
    assert report["highest version ever installed"] == version
    assert check_catalog_folder(current, expected_items=SMALL).version == version
    state = sqlite3.connect(f"file:{data_dir / 'state.sqlite'}?mode=ro", uri=True)
    try:
        assert state.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        state.close()
    kept = {CURRENT, LOCK, current.name}
    if (catalogs / PREVIOUS).is_symlink():
        previous = catalogs / os.readlink(catalogs / PREVIOUS)
        assert outcome == "new" and content_hash(previous) == faults.old_hash
        kept |= {PREVIOUS, previous.name}
    assert {p.name for p in catalogs.iterdir()} == kept, "leftovers after the start"
    return outcome


@pytest.mark.parametrize("number", range(KILLS))
def test_sigkill_at_a_random_point_of_an_install_then_start(
        number: int, faults: FaultSetup, tmp_path: Path) -> None:
    kill = faults.plan[number]
    print(f"seed {SEED}, kill {number + 1} of {KILLS}: {kill}")
    data_dir = clone_data_dir(faults.template, tmp_path / "data")
    if kill.mode == "step":
        status, output = faults.install(data_dir, kill.bundle, "step", kill.step)
    else:
        status, output = faults.install(data_dir, kill.bundle, "time", kill_after=kill.delay)
    assert status == -signal.SIGKILL, output

    outcome = check_started_kiosk(faults, data_dir, kill, faults.start(data_dir))
    print(f"after the start: the {outcome} catalog")
    if kill.mode == "step":
        switched = kill.step > faults.calibrations[kill.bundle].switch_step
        assert outcome == ("new" if switched else "old")
