"""Visitor timings on the demo catalog: keystroke to results shown, tap to item detail painted.

    python -m bench.visitor_bench [--data-dir DIR] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ("t", "to", "tor", "torm", "tormo", "tormoz", "b", "br", "bra", "brak", "brake",
           "9", "96", "965", "9653", "8708", "870830", "oʻ", "oʻr", "oʻrin", "oʻrindiq",
           "фильтр", "масл", "steel", "coil", "glass", "seat", "gʻildirak")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, help="a kiosk data folder (default: a new one)")
    parser.add_argument("--runs", type=int, default=3, help="passes over the queries (3)")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={ROOT / 'assets' / 'offscreen.json'}"
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="cooplab-bench-"))

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.config import load_config
    from kiosk.core import KioskCore
    from ui.i18n import LanguageController
    from ui.main_window import MainWindow
    from ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    apply_theme(app)
    core = KioskCore(load_config(None, data_dir=data_dir))
    window = MainWindow(core, LanguageController("en"))
    window.setGeometry(app.primaryScreen().geometry())
    window.show()

    def wait_for(signal: object, timeout_ms: int = 120_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)  # type: ignore[attr-defined]

    window.start()
    wait_for(window.catalog_ready)
    window.show_home()
    window.show_search("")
    wait_for(window.searched)
    search = window.catalog_screen.search

    keystroke: list[float] = []
    for _ in range(args.runs):
        for query in QUERIES:
            started = time.perf_counter()
            search.setText(query)
            wait_for(window.searched)
            keystroke.append((time.perf_counter() - started) * 1000)

    detail: list[float] = []
    ids = core.catalog.search_ids("")[: 20 * args.runs]
    for item_id in ids:
        window.thumbnails.clear()
        started = time.perf_counter()
        window.show_item(item_id)
        wait_for(window.item_viewed)
        while window.decoding.pending or window.thumbnails.loading:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        window.detail.repaint()
        detail.append((time.perf_counter() - started) * 1000)
        window.go_back()

    print(f"demo catalog: {core.catalog.info.item_count} items, data folder {data_dir}")
    print(f"keystroke to results shown, {len(keystroke)} queries: "
          f"p50 {statistics.median(keystroke):.1f} ms, p95 {percentile(keystroke, 0.95):.1f} ms, "
          f"max {max(keystroke):.1f} ms")
    print(f"tap to item detail painted with its photo, {len(detail)} items: "
          f"p50 {statistics.median(detail):.1f} ms, p95 {percentile(detail, 0.95):.1f} ms, "
          f"max {max(detail):.1f} ms")
    window.lockdown.allow_exit()
    window.close()
    core.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
