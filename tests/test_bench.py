"""The benchmark suite runs end to end at a tiny scale and writes every figure (issue 7)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

FIGURES = ("start_s", "start_floor_s", "search_p50_ms", "search_p95_ms", "search_max_ms",
           "search_raw_p95_ms", "frame_p95_ms", "frame_max_ms", "gui_block_max_ms",
           "thumbs_visible_ms", "detail_p95_ms", "install_s", "install_floor_s", "update10_s",
           "rss_peak_mb", "slip_pdf_ms")


@pytest.mark.slow
def test_python_m_bench_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--scale", "40", "--work", str(tmp_path / "work"),
         "--json", str(out), "--queries", "10", "--details", "5", "--slips", "2",
         "--start-runs", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(out.read_text())
    for key in FIGURES:
        assert isinstance(figures[key], float) and figures[key] > 0, key
    assert figures["scale"] == 40 and figures["items"] == 40 and figures["photos"] == 80
    # The 10% update hard-links the unchanged photos and copies only the redrawn ones.
    assert figures["update10_copied_files"] < figures["update10_linked_files"]
    assert "slip_cups_ms" in figures  # a number with CUPS up, None without it
    assert set(figures["targets_met"]) >= {"start_s", "install_s", "rss_peak_mb"}
    for row in ("search p50/p95/max", "install", "peak RSS"):
        assert row in done.stdout
