"""Staff panel for catalog updates: bundles on sticks, install with progress, roll back, export.

All disk work runs on a TaskRunner; the verdict is worded here, in the staff member's language,
from the reason code the core gives. `catalog_changed` tells the window to reopen the catalog
(at its next idle moment) after an install or a rollback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.bundle.errors import BundleRefusedError, ExportError, ExportFailure, Refusal
from kiosk.bundle.export import ExportResult
from kiosk.bundle.install import InstallResult, InstallStep
from kiosk.bundle.scan import Comparison, FoundBundle, StickScanner
from kiosk.bundle.service import CatalogUpdates, InstalledCatalog, RollbackResult
from kiosk.core import KioskCore
from ui.tasks import TaskRunner
from ui.widgets import PlainLabel, make_kinetic

TOUCH = 80
TEXT_PX = 26
ROW_HEIGHT = 104


class _ProgressRelay(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal)."""

    progressed = Signal(str, int, int)


class _Scan:
    def __init__(self, bundles: list[FoundBundle], sticks: list[Path],
                 installed: InstalledCatalog | None, previous: InstalledCatalog | None) -> None:
        self.bundles, self.sticks = bundles, sticks
        self.installed, self.previous = installed, previous


class CatalogUpdatePanel(QWidget):
    """What staff see of catalog updates; usable on its own, placed in staff mode by the window."""

    catalog_changed = Signal()
    refreshed = Signal()
    finished = Signal(str)  # the verdict shown, after an install, rollback or export

    def __init__(self, core: KioskCore, runner: TaskRunner | None = None, *,
                 scanner: StickScanner | None = None, poll_ms: int = 2000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogUpdate")
        self.updates = CatalogUpdates(core, scanner)
        self._owns_runner = runner is None
        self.runner = runner or TaskRunner("catalog-update", workers=1, parent=self)
        self._scan = _Scan([], [], None, None)
        self._snapshot: frozenset[tuple[str, int]] | None = None
        self._busy = False
        font = QFont(self.font())
        font.setPixelSize(TEXT_PX)
        self.setFont(font)

        self.title = PlainLabel(object_name="staffTitle")
        self.installed_label = PlainLabel(object_name="installedCatalog")
        self.hint = PlainLabel(object_name="bundleHint")
        self.hint.setWordWrap(True)
        self.bundles = QListWidget(objectName="bundleList")
        self.bundles.setUniformItemSizes(True)
        self.bundles.setWordWrap(True)
        self.bundles.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bundles.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        make_kinetic(self.bundles)
        self.bundles.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.install_button = self._button("installButton", self._install_selected)
        self.rollback_button = self._button("rollbackButton", self.roll_back)
        self.export_button = self._button("exportButton", self.export)
        self.refresh_button = self._button("refreshButton", self.refresh)
        self.step = PlainLabel(object_name="updateStep")
        self.progress = QProgressBar(objectName="updateProgress")
        self.progress.setTextVisible(False)
        self.progress.setMinimumHeight(32)
        self.verdict = PlainLabel(object_name="updateVerdict")
        self.verdict.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        for button in (self.install_button, self.rollback_button, self.export_button,
                       self.refresh_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        for widget in (self.title, self.installed_label, self.hint):
            layout.addWidget(widget)
        layout.addWidget(self.bundles, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.step)
        layout.addWidget(self.progress)
        layout.addWidget(self.verdict)

        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._show_progress)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._check_sticks)
        self.retranslate()
        self._update_buttons()

    # -------------------------------------------------------------- plumbing

    def _button(self, name: str, slot: object) -> QPushButton:
        button = QPushButton(objectName=name)
        button.setMinimumSize(2 * TOUCH, TOUCH)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def shutdown(self) -> None:
        """Stop watching for sticks and wait for the work in progress (before deleting it)."""
        self._poll.stop()
        if self._owns_runner:
            self.runner.shutdown()

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected()
        self.install_button.setEnabled(not self._busy and selected is not None
                                       and selected.installable)
        self.rollback_button.setEnabled(not self._busy and self._scan.previous is not None)
        self.export_button.setEnabled(not self._busy)
        self.refresh_button.setEnabled(not self._busy)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._poll.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self._poll.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Catalog updates"))
        self.install_button.setText(self.tr("Install"))
        self.rollback_button.setText(self.tr("Roll back"))
        self.export_button.setText(self.tr("Export requests to the stick"))
        self.refresh_button.setText(self.tr("Look again"))
        self._show_scan()

    # -------------------------------------------------------------- scanning

    def _check_sticks(self) -> None:
        """A cheap poll: scan again only when a stick came or went."""
        if self._busy or self.runner.pending:
            return
        self.runner.submit(self.updates.scanner.snapshot, self._sticks_now)

    def _sticks_now(self, snapshot: frozenset[tuple[str, int]]) -> None:
        if snapshot != self._snapshot:
            self._snapshot = snapshot
            self.refresh()

    def refresh(self) -> None:
        """Look for bundles on the sticks again (off the GUI thread)."""
        updates = self.updates

        def work() -> _Scan:
            return _Scan(updates.scan(), updates.sticks(), updates.installed(),
                         updates.previous())

        self.runner.submit(work, self._scanned, self._scan_failed)

    def _scanned(self, scan: _Scan) -> None:
        self._scan = scan
        self._show_scan()
        self.refreshed.emit()

    def _scan_failed(self, error: BaseException) -> None:
        self.verdict.setText(self.tr("Cannot look at the sticks: %1").replace("%1", str(error)))
        self.refreshed.emit()

    def _show_scan(self) -> None:
        installed = self._scan.installed
        if installed is None:
            self.installed_label.setText(self.tr("No catalog is installed"))
        else:
            text = self.tr("Installed: %1 (%2 items)").replace("%1", installed.version).replace(
                "%2", self.locale().toString(installed.item_count))
            if installed.is_demo:
                text += " " + self.tr("(demo)")
            self.installed_label.setText(text)
        chosen = self.selected()
        self.bundles.clear()
        for found in self._scan.bundles:
            item = QListWidgetItem(self._describe(found))
            item.setSizeHint(QSize(0, ROW_HEIGHT))
            self.bundles.addItem(item)
        if self._scan.bundles:
            paths = [b.path for b in self._scan.bundles]
            row = paths.index(chosen.path) if chosen is not None and chosen.path in paths else 0
            self.bundles.setCurrentRow(row)
            self.hint.setText(self.tr("Catalog bundles on the USB stick:"))
        elif self._scan.sticks:
            self.hint.setText(self.tr("No catalog bundle on the USB stick"))
        else:
            self.hint.setText(self.tr("Insert a USB stick with a catalog bundle"))
        self._update_buttons()

    def _describe(self, found: FoundBundle) -> str:
        if found.version is None:
            return f"{found.name}\n{self.refusal_text(found.problem)}"
        date = found.created_at.strftime("%Y-%m-%d") if found.created_at else ""
        count = self.locale().toString(found.item_count or 0)
        installed = self._scan.installed.version if self._scan.installed else ""
        line = self.tr("Catalog %1 of %2, %3 items").replace("%1", found.version).replace(
            "%2", date).replace("%3", count)
        if found.is_demo:
            line += " " + self.tr("(demo)")
        if found.problem is not None:
            status = self.refusal_text(found.problem)
        elif found.comparison is Comparison.NEWER and installed:
            status = self.tr("Newer than the installed %1").replace("%1", installed)
        else:
            status = self.tr("Can be installed")
        return f"{line}\n{status}"

    def selected(self) -> FoundBundle | None:
        row = self.bundles.currentRow()
        if 0 <= row < len(self._scan.bundles):
            return self._scan.bundles[row]
        return None

    # -------------------------------------------------------------- actions

    def _install_selected(self) -> None:
        found = self.selected()
        if found is not None:
            self.install_bundle(found)

    def install_bundle(self, found: FoundBundle) -> None:
        """Install a found bundle (also what an idle-time auto-update calls)."""
        if self._busy:
            return
        self._set_busy(True)
        self.verdict.setText("")
        self.progress.setRange(0, 0)
        self._show_progress(InstallStep.CHECKING.value, 0, 1)
        relay, updates, path = self._relay, self.updates, found.path

        def work() -> InstallResult:
            return updates.install(path, progress=lambda s, d, t: relay.progressed.emit(
                s.value, d, t))

        self.runner.submit(work, self._installed, self._failed)

    def roll_back(self) -> None:
        if self._busy:
            return
        self._set_busy(True)
        self.verdict.setText("")
        self.runner.submit(self.updates.rollback, self._rolled_back, self._failed)

    def export(self) -> None:
        if self._busy:
            return
        stick = self._export_target()
        if stick is None:
            self._finish(self.tr("Insert a USB stick first"))
            return
        self._set_busy(True)
        self.verdict.setText("")
        updates = self.updates
        self.runner.submit(lambda: updates.export(stick), self._exported, self._failed)

    def _export_target(self) -> Path | None:
        selected = self.selected()
        if selected is not None:
            return selected.stick
        return self._scan.sticks[0] if self._scan.sticks else None

    def _show_progress(self, step: str, done: int, total: int) -> None:
        texts = {
            InstallStep.CHECKING.value: self.tr("Checking the signature…"),
            InstallStep.COPYING.value: self.tr("Copying files: %1 of %2"),
            InstallStep.CHECKING_PHOTOS.value: self.tr("Checking photos: %1 of %2"),
            InstallStep.CHECKING_CATALOG.value: self.tr("Checking the catalog…"),
            InstallStep.DONE.value: self.tr("Done"),
        }
        locale = self.locale()
        self.step.setText(texts.get(step, step).replace("%1", locale.toString(done)).replace(
            "%2", locale.toString(total)))
        if step in (InstallStep.COPYING.value, InstallStep.CHECKING_PHOTOS.value) and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        elif step == InstallStep.DONE.value:
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
        else:
            self.progress.setRange(0, 0)

    def _installed(self, result: InstallResult) -> None:
        self._show_progress(InstallStep.DONE.value, 1, 1)
        self._finish(self.tr("Installed %1 (%2 items)").replace("%1", result.version).replace(
            "%2", self.locale().toString(result.item_count)))
        self.catalog_changed.emit()

    def _rolled_back(self, result: RollbackResult) -> None:
        self._finish(self.tr("Rolled back to %1 (%2 items)").replace("%1", result.version)
                     .replace("%2", self.locale().toString(result.item_count)))
        self.catalog_changed.emit()

    def _exported(self, result: ExportResult) -> None:
        self._finish(self.tr("Exported %n request(s) to the stick", "", result.request_count))

    def _failed(self, error: BaseException) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.step.setText("")
        if isinstance(error, BundleRefusedError):
            self._finish(self.refusal_text(error))
        elif isinstance(error, ExportError):
            self._finish(self.export_failure_text(error))
        else:
            self._finish(self.tr("Failed: %1").replace("%1", str(error)))

    def _finish(self, verdict: str) -> None:
        self.verdict.setText(verdict)
        self._set_busy(False)
        self.refresh()
        self.finished.emit(verdict)

    # -------------------------------------------------------------- wording

    def refusal_text(self, refused: BundleRefusedError | None) -> str:
        if refused is None:
            return ""
        version = refused.details.get("version", "")
        damaged = self.tr("Refused: the bundle is damaged or was changed after signing")
        unsafe = self.tr("Refused: the bundle is unsafe and was not opened")
        texts = {
            Refusal.NOT_A_BUNDLE: self.tr("Refused: not a catalog bundle"),
            Refusal.NOT_SIGNED: self.tr("Refused: the bundle is not signed"),
            Refusal.NOT_TRUSTED: self.tr("Refused: not signed by a trusted key"),
            Refusal.BAD_SIGNATURE: self.tr("Refused: the signature does not match"),
            Refusal.MALFORMED_MANIFEST: damaged,
            Refusal.UNSUPPORTED_FORMAT: self.tr(
                "Refused: made for another version of the kiosk program"),
            Refusal.OLDER_VERSION: self.tr("Refused: older than the installed %1").replace(
                "%1", version),
            Refusal.SAME_VERSION: self.tr("Refused: %1 is already installed").replace(
                "%1", version),
            Refusal.MISSING_FILE: damaged,
            Refusal.EXTRA_FILE: damaged,
            Refusal.FILE_MISMATCH: damaged,
            Refusal.UNSAFE_PATH: unsafe,
            Refusal.LINK_ENTRY: unsafe,
            Refusal.TOO_LARGE: unsafe,
            Refusal.BAD_IMAGE: damaged,
            Refusal.CATALOG_CHECK: damaged,
            Refusal.STICK_REMOVED: self.tr("Stick removed during the copy: nothing changed"),
            Refusal.NO_SPACE: self.tr("Refused: not enough free disk space on the kiosk"),
            Refusal.BUSY: self.tr("Another update is running: try again in a moment"),
            Refusal.NO_PREVIOUS: self.tr("There is no previous catalog to go back to"),
        }
        return texts.get(refused.reason, refused.verdict)

    def export_failure_text(self, error: ExportError) -> str:
        if error.reason is ExportFailure.NO_HQ_KEY:
            return self.tr("Export is not set up: HQ's key is missing from the configuration")
        if error.reason is ExportFailure.NOT_WRITTEN:
            return self.tr("Could not write to the stick: nothing was marked as exported")
        return self.tr("Export failed: %1").replace("%1", error.message)
