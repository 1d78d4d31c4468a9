"""Automatic catalog updates: while no visitor is here, a newer signed bundle on a stick is
installed by itself (setting catalog.auto_update), and the screens switch to it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.bundle.errors import BundleRefusedError
from kiosk.bundle.install import InstallResult
from kiosk.bundle.service import CatalogUpdates
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)
POLL_MS = 5000


class AutoUpdater(QObject):
    """Looks at the sticks every few seconds while the attract screen shows."""

    installed = Signal(object)  # InstallResult

    def __init__(self, window: MainWindow, updates: CatalogUpdates) -> None:
        super().__init__(window)
        self._window = window
        self._updates = updates
        self._runner = TaskRunner("auto-update", workers=1, parent=self)
        self._busy = False
        self._refused: set[str] = set()  # bundles refused once are not tried again
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._runner.shutdown()

    def poll(self) -> None:
        window = self._window
        if (self._busy or not window.core.config.catalog.auto_update
                or window.current_screen() is not window.attract):
            return
        self._busy = True
        updates, refused = self._updates, frozenset(self._refused)

        def work() -> tuple[str, InstallResult | BundleRefusedError] | None:
            candidate = updates.auto_update_candidate(updates.scan())
            if candidate is None or str(candidate.path) in refused:
                return None
            try:
                return str(candidate.path), updates.install(candidate.path)
            except BundleRefusedError as error:
                return str(candidate.path), error

        self._runner.submit(work, self._done, self._failed)

    def _done(self, outcome: tuple[str, InstallResult | BundleRefusedError] | None) -> None:
        self._busy = False
        if outcome is None:
            return
        path, result = outcome
        if isinstance(result, BundleRefusedError):
            log.warning("automatic update refused %s: %s", path, result)
            self._refused.add(path)
            return
        log.info("installed a catalog update by itself: %s", result)
        self._window.reload_catalog_when_idle()
        self.installed.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        log.error("automatic update failed: %s", error)
