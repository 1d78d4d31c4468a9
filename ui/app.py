"""Starting the kiosk GUI: the application, theme, language, window, and --screenshot mode."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ASSETS = Path(__file__).resolve().parent.parent / "assets"
OFFSCREEN_1080P = f"offscreen:configfile={ASSETS / 'offscreen.json'}"
# Benchmark hook (bench/gui.py): show home once the catalog is open, print "painted" when its
# first frame with every picture is grabbed, and quit.
FIRST_FRAME_ENV = "COOPLAB_BENCH_FIRST_FRAME"
M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter number


def offscreen_platform(width: int = 1920, height: int = 1080) -> str:
    """The offscreen platform with one screen of the given size (1920x1080 by default)."""
    if (width, height) == (1920, 1080):
        return OFFSCREEN_1080P
    import json
    import tempfile

    config = json.loads((ASSETS / "offscreen.json").read_text())
    config["screens"][0].update(width=width, height=height)
    path = Path(tempfile.gettempdir()) / f"cooplab-offscreen-{width}x{height}.json"
    path.write_text(json.dumps(config))
    return f"offscreen:configfile={path}"


def limit_heap_growth() -> None:
    """Ask glibc to give large blocks (decoded pictures) straight back to the system.

    By default glibc raises its mmap threshold each time a large block is freed, so that after
    the first photos every decoded picture lands in the heap arenas of the decoding threads,
    which fragment and never shrink: a kiosk that shows thousands of photos a day grows by tens
    of megabytes. A fixed 1 MiB threshold keeps pictures in their own mappings.
    """
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    if not name:
        return
    try:
        libc = ctypes.CDLL(name)
        libc.mallopt(M_MMAP_THRESHOLD, 1 << 20)
    except (OSError, AttributeError):
        pass  # not glibc: nothing to tune


def freeze_startup_objects() -> None:
    """Move everything alive after start-up out of the garbage collector's sight.

    Tens of thousands of long-lived objects (modules, Qt wrappers, the catalog's lists) would
    otherwise be walked again at every full collection: pauses of tens of milliseconds in the
    middle of a fling. They live as long as the kiosk, so they never need collecting.
    """
    import gc

    gc.collect()
    gc.freeze()


def run_kiosk(args: argparse.Namespace) -> int:
    from kiosk.config import ConfigError, load_config

    try:
        config = load_config(args.config, data_dir=args.data_dir)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = OFFSCREEN_1080P
    from kiosk.logs import install_exception_logging, setup_kiosk_logging

    # JSON lines in <data_dir>/logs/kiosk.log (size-bounded); stderr too, which journald keeps.
    setup_kiosk_logging(config.data_dir, config.log.level, config.log.max_total_mb,
                        console_level=config.log.level)
    install_exception_logging()

    limit_heap_growth()
    from PySide6.QtWidgets import QApplication

    from kiosk.core import KioskCore
    from ui.i18n import LanguageController
    from ui.main_window import MainWindow
    from ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Cooperation LAB kiosk")
    apply_theme(app)
    languages = LanguageController(config.kiosk.default_language)
    core = KioskCore(config)
    window = MainWindow(core, languages)
    from ui.flows import install_staff_mode, install_visitor_requests

    visitor_requests = install_visitor_requests(window, core)
    from ui.staff.figures import DemandRecorder

    # Anonymous demand figures: item views, settled searches, filed requests (kiosk/figures.py).
    DemandRecorder(window, core).watch_requests(visitor_requests.filed)
    install_staff_mode(window, core, config_path=args.config)
    if args.screenshot is None:
        from kiosk.bundle.service import CatalogUpdates
        from ui.auto_update import AutoUpdater

        AutoUpdater(window, CatalogUpdates(core)).start()  # acts only with catalog.auto_update
    screen = app.primaryScreen().geometry()
    if args.screenshot is not None:
        from ui.screenshots import ScreenshotDirector

        window.setGeometry(screen)
        window.setFixedSize(screen.size())
        window.show()
        director = ScreenshotDirector(window, args.screenshot)
        from ui.flows import add_screenshot_steps

        add_screenshot_steps(director, window, core)
        window.catalog_ready.connect(director.start)
        director.finished.connect(window.lockdown.allow_exit)  # Qt 6's quit() closes windows
        director.finished.connect(app.quit)
    elif args.windowed or config.kiosk.windowed:
        window.resize(min(1600, screen.width()), min(900, screen.height()))
        window.show()
    else:
        window.setGeometry(screen)  # without a window manager showFullScreen() does not resize
        window.setFixedSize(screen.size())
        window.showFullScreen()
    from ui.watchdog import KioskService, install_probe

    # Crash count, systemd readiness and watchdog pings from this (the GUI) thread, clean stop.
    service = KioskService(app, core)
    service.start()
    install_probe(window, service)
    if os.environ.get(FIRST_FRAME_ENV):
        _report_first_frame(window)
    window.catalog_ready.connect(freeze_startup_objects)
    window.start()
    code = app.exec()
    service.finish()
    core.close()
    return code


def _report_first_frame(window: MainWindow) -> None:
    from PySide6.QtCore import QCoreApplication, QTimer

    poll = QTimer(window)
    poll.setInterval(2)

    def painted_when_pictures_are_in() -> None:
        if window.decoding.pending or window.thumbnails.loading:
            return
        poll.stop()
        window.grab()
        print("painted", flush=True)
        window.lockdown.allow_exit()
        QCoreApplication.quit()

    def first_frame() -> None:
        window.show_home()
        poll.start()

    poll.timeout.connect(painted_when_pictures_are_in)
    window.catalog_ready.connect(first_frame)
