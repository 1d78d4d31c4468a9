"""The benchmark's GUI measurements, each run in a child process of `python -m bench`.

    python -m bench.gui start --data-dir DIR       # kiosk start to the home screen painted
    python -m bench.gui floor                      # a bare PySide6 window doing the same grab
    python -m bench.gui visitor --data-dir DIR     # search, fling, detail and memory figures

`start` (main.py's own start, through ui/app.py's COOPLAB_BENCH_FIRST_FRAME hook) and `floor`
print one line, "painted", once the first frame is grabbed: the parent times them from process
start. `visitor` prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _offscreen() -> None:
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={ROOT / 'assets' / 'offscreen.json'}"


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (`share` 0.95 for p95) of a non-empty list."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def rss_mb() -> float:
    """The current resident set size of this process, in MB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_floor() -> int:
    """A bare fullscreen QWidget, shown and grabbed: what any PySide6 app pays to show a frame."""
    _offscreen()
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setGeometry(app.primaryScreen().geometry())
    window.show()
    app.processEvents()
    window.grab()
    print("painted", flush=True)
    return 0


def _kiosk(data_dir: Path) -> tuple[Any, Any, Any]:
    """The kiosk's window built as `main.py` builds it (without the watchdog and auto update)."""
    from ui.app import limit_heap_growth

    limit_heap_growth()
    from PySide6.QtWidgets import QApplication

    from kiosk.config import load_config
    from kiosk.core import KioskCore
    from ui.flows import install_staff_mode, install_visitor_requests
    from ui.i18n import LanguageController
    from ui.main_window import MainWindow
    from ui.staff.figures import DemandRecorder
    from ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    apply_theme(app)
    config = load_config(None, data_dir=data_dir)
    # A benchmark runs for minutes without a touch: the visitor session must not time out.
    config = config.model_copy(update={"kiosk": config.kiosk.model_copy(
        update={"idle_timeout_s": 3600})})
    core = KioskCore(config)
    window = MainWindow(core, LanguageController(config.kiosk.default_language))
    DemandRecorder(window, core).watch_requests(install_visitor_requests(window, core).filed)
    install_staff_mode(window, core, config_path=None)
    window.setGeometry(app.primaryScreen().geometry())
    window.setFixedSize(app.primaryScreen().geometry().size())
    window.showFullScreen()
    return app, core, window


def run_start(data_dir: Path) -> int:
    """`main.py` itself, offscreen, until it has painted home with its pictures (ui/app.py)."""
    _offscreen()
    os.environ["COOPLAB_BENCH_FIRST_FRAME"] = "1"
    sys.argv = ["main.py", "--data-dir", str(data_dir)]
    sys.path.insert(0, str(ROOT))
    import main as kiosk_main

    return kiosk_main.main()


class Heartbeat:
    """The longest time the GUI thread went without running its event loop, by a 1 ms timer."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.longest_ms = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self.longest_ms = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        self._tick()
        return self.longest_ms


def search_queries(catalog: object, count: int, seed: int = 7) -> list[str]:
    """Queries as visitors type them: name words in uz/ru/en, item number parts, HS prefixes."""
    from sqlalchemy import text

    rng = random.Random(seed)
    with catalog.connect() as connection:
        rows = connection.execute(text(
            "SELECT number, hs_code, name_uz, name_ru, name_en FROM items ORDER BY id")).all()
    queries: list[str] = []
    while len(queries) < count:
        number, hs_code, *names = rng.choice(rows)
        kind = len(queries) % 5
        if kind < 3:
            words = [w.strip(",.()") for w in names[kind].split() if len(w.strip(",.()")) > 2]
            word = rng.choice(words) if words else names[kind]
            queries.append(word[:rng.randint(3, max(3, len(word)))].lower())
        elif kind == 3:
            digits = "".join(ch for ch in number if ch.isalnum())
            start = rng.randint(0, max(0, len(digits) - 4))
            queries.append(digits[start:start + rng.randint(4, 6)])
        else:
            queries.append((hs_code or "8708")[:rng.choice((2, 4, 6))])
    return queries


def bare_fts_times(catalog: Any, texts: list[str]) -> list[float]:
    """Milliseconds of the bare FTS5 match, ranked, for each query that has words to match."""
    from sqlalchemy import text

    from kiosk.search import _fts_expression, query_terms

    times = []
    with catalog.connect() as connection:
        for query in texts:
            terms = query_terms(query)
            if not terms:
                continue
            started = time.perf_counter()
            connection.execute(text("SELECT rowid FROM item_fts WHERE item_fts MATCH :q "
                                    "ORDER BY rank"), {"q": _fts_expression(terms)}).all()
            times.append((time.perf_counter() - started) * 1000)
    return times


def run_visitor(data_dir: Path, queries: int, details: int) -> int:
    """Search, fling, detail and memory figures on the kiosk's own window."""
    _offscreen()
    from PySide6.QtCore import QEventLoop, QTimer

    from ui.delegates import RADIUS
    from ui.models import PictureRole

    app, core, window = _kiosk(data_dir)

    def wait_for(signal: Any, timeout_ms: int = 60_000) -> None:
        loop = QEventLoop()
        came: list[bool] = []

        def arrived(*_args: object) -> None:
            came.append(True)
            loop.quit()

        signal.connect(arrived)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(arrived)
        if not came:
            raise RuntimeError(f"no {signal} within {timeout_ms} ms")

    def spin_until(done: Callable[[], bool], timeout_s: float = 60) -> None:
        deadline = time.perf_counter() + timeout_s
        while not done() and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 2)

    from ui.app import freeze_startup_objects

    window.catalog_ready.connect(freeze_startup_objects)  # as main.py does
    window.start()
    wait_for(window.catalog_ready)
    catalog = window.catalog()
    window.show_home()
    window.show_search("")
    wait_for(window.searched)
    screen = window.catalog_screen
    heartbeat = Heartbeat()
    result: dict[str, float | int] = {"items": catalog.info.item_count,
                                      "rss_start_mb": rss_mb()}

    # Search: the last keystroke of each query, to the model holding its results.
    texts = search_queries(catalog, queries)
    keystroke: list[float] = []
    service: list[float] = []
    heartbeat.start()
    for query in texts:
        screen.search.setText(query[:-1])
        wait_for(window.searched)
        started = time.perf_counter()
        screen.search.setText(query)
        wait_for(window.searched)
        keystroke.append((time.perf_counter() - started) * 1000)
    search_block = heartbeat.stop()
    for query in texts:
        started = time.perf_counter()
        catalog.search_ids(query)
        service.append((time.perf_counter() - started) * 1000)
    raw = bare_fts_times(catalog, texts)
    result.update(search_p50_ms=percentile(keystroke, 0.5),
                  search_p95_ms=percentile(keystroke, 0.95), search_max_ms=max(keystroke),
                  # The floor: the raw FTS5 query alone, ranked; between the two, the whole
                  # search service (tiers, number and HS matches, tie-break, filters).
                  search_raw_p95_ms=percentile(raw, 0.95) if raw else 0.0,
                  search_raw_p50_ms=percentile(raw, 0.5) if raw else 0.0,
                  search_service_p95_ms=percentile(service, 0.95),
                  search_service_p50_ms=percentile(service, 0.5),
                  search_gui_block_max_ms=search_block,
                  search_queries=len(texts))

    # Fling: the whole grid from top to bottom in 600 frames, one every 16 ms.
    screen.search.setText("")
    wait_for(window.searched)
    grid = screen.grid
    bar = grid.verticalScrollBar()
    model = grid.model()
    frames: list[float] = []
    settle: list[float] = []

    def visible_pictures_in(rows: list[int]) -> bool:
        for row in rows:
            index = model.index(row, 0)
            path = index.data(PictureRole)
            if path is None or window.thumbnails.get(
                    Path(path), screen.delegate.picture, RADIUS) is None:
                return False
        return True

    def visible_rows() -> list[int]:
        viewport = grid.viewport().rect()
        top = grid.indexAt(viewport.topLeft())
        start = top.row() if top.isValid() else 0
        return [row for row in range(start, min(model.rowCount(), start + 60))
                if grid.visualRect(model.index(row, 0)).intersects(viewport)]

    steps = 600
    stops = {steps * k // 8 for k in range(1, 9)}
    heartbeat.start()
    for step in range(1, steps + 1):
        started = time.perf_counter()
        bar.setValue(bar.maximum() * step // steps)
        app.processEvents()  # Qt paints what the scroll exposed, as it does for a finger
        frames.append((time.perf_counter() - started) * 1000)
        spin_until(lambda started=started: time.perf_counter() - started >= 0.016)
        if step in stops:
            stopped = time.perf_counter()
            rows = visible_rows()
            spin_until(lambda rows=rows: visible_pictures_in(rows), 30)
            grid.viewport().repaint()
            settle.append((time.perf_counter() - stopped) * 1000)
    fling_block = heartbeat.stop()
    result.update(frame_p95_ms=percentile(frames, 0.95), frame_max_ms=max(frames),
                  gui_block_max_ms=max(fling_block, search_block), fling_frames=len(frames),
                  thumbs_visible_ms=max(settle), thumbs_visible_p50_ms=percentile(settle, 0.5),
                  rss_after_fling_mb=rss_mb())

    # Detail: tap to the item painted with its photo and chart, for `details` items.
    ids = catalog.search_ids("")
    rng = random.Random(11)
    chosen = rng.sample(ids, min(details, len(ids)))
    detail: list[float] = []
    heartbeat.start()
    for item_id in chosen:
        started = time.perf_counter()
        window.show_item(item_id)
        wait_for(window.item_viewed)
        spin_until(lambda: window.detail.gallery.photo_ready)  # its neighbours come after
        window.detail.repaint()
        detail.append((time.perf_counter() - started) * 1000)
        window.go_back()
    detail_block = heartbeat.stop()
    result.update(detail_p50_ms=percentile(detail, 0.5), detail_p95_ms=percentile(detail, 0.95),
                  detail_max_ms=max(detail), details=len(detail),
                  detail_gui_block_max_ms=detail_block,
                  rss_end_mb=rss_mb(), rss_peak_mb=peak_rss_mb())
    print(json.dumps(result), flush=True)
    window.lockdown.allow_exit()
    window.close()
    core.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("start", "floor", "visitor"))
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--details", type=int, default=500)
    args = parser.parse_args(argv)
    if args.what == "floor":
        return run_floor()
    if args.data_dir is None:
        parser.error("--data-dir is needed")
    if args.what == "start":
        return run_start(args.data_dir)
    return run_visitor(args.data_dir, args.queries, args.details)


if __name__ == "__main__":
    raise SystemExit(main())
