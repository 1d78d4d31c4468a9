"""The benchmark suite: `python -m bench [--scale N] [--json FILE] [--work DIR]`.

Builds a synthetic catalog of N items (20,000 by default; two 1600x1200 photos each) with the HQ
tool into two signed bundles, then measures on it, each figure beside its floor from the same
run: kiosk start, search, a fling through the grid, item detail, bundle install and update,
memory, and sample slips. Prints a table and writes the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.prepare import KEY, NEXT_VERSION, VERSION, BenchCatalog, prepare

ROOT = Path(__file__).resolve().parent.parent
START_RUNS = 5


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    unit: str
    limit: str
    met: bool | None


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def measure_install(catalog: BenchCatalog, work: Path) -> tuple[dict[str, float], Path]:
    """Full install, 10% update, and the floor: unzip plus sha256sum of the same bundle."""
    from kiosk.bundle.install import install_bundle
    from kiosk.catalog_store import CatalogStore

    data_dir = work / "kiosk-data"
    shutil.rmtree(data_dir, ignore_errors=True)
    store = CatalogStore(data_dir / "catalogs")
    trusted = [KEY.verify_key]
    subprocess.run(["cat", str(catalog.bundle)], stdout=subprocess.DEVNULL, check=True)
    started = time.perf_counter()
    install_bundle(store, catalog.bundle, trusted=trusted, highest_version=None)
    install_s = time.perf_counter() - started
    started = time.perf_counter()
    update = install_bundle(store, catalog.next_bundle, trusted=trusted,
                            highest_version=VERSION)
    update_s = time.perf_counter() - started

    unpacked = work / "unzipped"
    shutil.rmtree(unpacked, ignore_errors=True)
    started = time.perf_counter()
    subprocess.run(["unzip", "-q", "-o", str(catalog.bundle), "-d", str(unpacked)], check=True)
    subprocess.run(f"find {unpacked} -type f -print0 | xargs -0 sha256sum > /dev/null",
                   shell=True, check=True)
    floor_s = time.perf_counter() - started
    started = time.perf_counter()
    os.sync()
    sync_s = time.perf_counter() - started
    shutil.rmtree(unpacked)
    return {"install_s": install_s, "install_floor_s": floor_s,
            "install_floor_sync_s": floor_s + sync_s, "update10_s": update_s,
            "update10_copied_files": update.copied_files,
            "update10_linked_files": update.reused_files}, data_dir


def _time_child(args: list[str]) -> float:
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "bench.gui", *args], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.communicate()
    if line.strip() != "painted" or child.returncode != 0:
        raise RuntimeError(f"bench.gui {args[0]} failed (exit {child.returncode})")
    return elapsed


def measure_start(data_dir: Path, runs: int) -> dict[str, float]:
    """Median of `runs` process starts to the first grabbed frame, kiosk and bare window."""
    _time_child(["floor"])  # the page cache holds Python and Qt for both alike
    _time_child(["start", "--data-dir", str(data_dir)])
    kiosk = [_time_child(["start", "--data-dir", str(data_dir)]) for _ in range(runs)]
    floor = [_time_child(["floor"]) for _ in range(runs)]
    return {"start_s": statistics.median(kiosk), "start_floor_s": statistics.median(floor)}


def measure_visitor(data_dir: Path, queries: int, details: int) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-m", "bench.gui", "visitor", "--data-dir",
                           str(data_dir), "--queries", str(queries), "--details", str(details)],
                          cwd=ROOT, stdout=subprocess.PIPE, text=True, check=True)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def measure_slips(count: int, queue: str) -> dict[str, float | None]:
    """Request to slip PDF, and to a job accepted by CUPS (None when no CUPS queue is up)."""
    from bench.slip_bench import time_slips

    return time_slips(count, queue)


def targets(f: dict[str, Any]) -> list[Target]:
    def ratio(a: str, b: str) -> float:
        return float(f[a]) / float(f[b]) if f.get(a) is not None and f.get(b) else float("nan")

    def fmt(value: Any) -> str:
        return "-" if value is None else f"{value:.1f}" if isinstance(value, float) else str(value)

    rows = [
        Target("start_s", f"start {fmt(f['start_s'])} s vs bare window "
               f"{fmt(f['start_floor_s'])} s ({ratio('start_s', 'start_floor_s'):.2f}x)",
               "", "<= 1.25x", ratio("start_s", "start_floor_s") <= 1.25),
        Target("search_p95_ms", f"search p50/p95/max {fmt(f['search_p50_ms'])}/"
               f"{fmt(f['search_p95_ms'])}/{fmt(f['search_max_ms'])} ms, raw FTS5 p95 "
               f"{fmt(f['search_raw_p95_ms'])} ms "
               f"({ratio('search_p95_ms', 'search_raw_p95_ms'):.2f}x), "
               f"kiosk.search p95 {fmt(f.get('search_service_p95_ms'))} ms", "",
               "p95 <= 15 ms and <= 2x raw",
               f["search_p95_ms"] <= 15 and ratio("search_p95_ms", "search_raw_p95_ms") <= 2),
        Target("frame_p95_ms", f"fling frames p95/max {fmt(f['frame_p95_ms'])}/"
               f"{fmt(f['frame_max_ms'])} ms", "", "none over 16 ms", f["frame_max_ms"] <= 16),
        Target("gui_block_max_ms", f"longest GUI-thread block {fmt(f['gui_block_max_ms'])} ms",
               "", "<= 50 ms", f["gui_block_max_ms"] <= 50),
        Target("thumbs_visible_ms", f"thumbnails visible after the fling stops: "
               f"{fmt(f['thumbs_visible_ms'])} ms (worst of 8 stops)", "", "<= 100 ms",
               f["thumbs_visible_ms"] <= 100),
        Target("detail_p95_ms", f"tap to detail painted p95 {fmt(f['detail_p95_ms'])} ms",
               "", "<= 100 ms", f["detail_p95_ms"] <= 100),
        Target("install_s", f"install {fmt(f['install_s'])} s vs unzip+sha256sum "
               f"{fmt(f['install_floor_s'])} s ({ratio('install_s', 'install_floor_s'):.2f}x; "
               f"with sync {fmt(f['install_floor_sync_s'])} s)", "", "<= 1.3x",
               ratio("install_s", "install_floor_s") <= 1.3),
        Target("update10_s", f"update with 10% new photos {fmt(f['update10_s'])} s "
               f"({ratio('update10_s', 'install_s'):.2f}x the install)", "", "<= 0.25x",
               ratio("update10_s", "install_s") <= 0.25),
        Target("rss_peak_mb", f"peak RSS {fmt(f['rss_peak_mb'])} MB", "", "<= 300 MB",
               f["rss_peak_mb"] <= 300),
        Target("slip_pdf_ms", f"request to slip PDF {fmt(f['slip_pdf_ms'])} ms, to CUPS job "
               f"{fmt(f.get('slip_cups_ms'))} ms", "", "PDF <= 100 ms",
               f["slip_pdf_ms"] is not None and f["slip_pdf_ms"] <= 100),
    ]
    return rows


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cpu": cpu, "cpus": os.cpu_count(), "memory_gb": round(memory_gb, 1),
            "python": platform.python_version(), "system": platform.platform()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=20_000, help="items (20000)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--work", type=Path, help="where catalogs are built and kept "
                        "(default: a folder under the system's temporary folder)")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--details", type=int, default=500)
    parser.add_argument("--slips", type=int, default=30)
    parser.add_argument("--start-runs", type=int, default=START_RUNS)
    parser.add_argument("--queue", default="SlipPDF", help="CUPS queue for the slip figure")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.gettempdir()) / "cooplab-bench"
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    _log(f"catalog of {args.scale} items in {work}")
    catalog = prepare(work, args.scale)
    figures: dict[str, Any] = {"scale": args.scale, "photos": catalog.photos,
                               "bundle_mb": round(catalog.bundle_mb, 1)}
    _log("install and update")
    install, data_dir = measure_install(catalog, work)
    figures.update(install)
    _log("start")
    figures.update(measure_start(data_dir, args.start_runs))
    _log("search, fling, detail, memory")
    figures.update(measure_visitor(data_dir, args.queries, args.details))
    _log("slips")
    figures.update(measure_slips(args.slips, args.queue))
    figures["machine"] = machine()
    figures["catalog_version"] = NEXT_VERSION
    figures["bench_s"] = round(time.perf_counter() - started, 1)
    rows = targets(figures)
    figures["targets_met"] = {row.key: row.met for row in rows}
    print(f"Cooperation LAB kiosk benchmark: {args.scale} items, {catalog.photos} photos, "
          f"bundle {catalog.bundle_mb:.0f} MB")
    for row in rows:
        print(f"  {'ok  ' if row.met else 'MISS'} {row.label:<92} target {row.limit}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
