"""The staff catalog update panel: sticks, install with progress, verdicts, rollback, export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from nacl.public import PrivateKey
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.bundle.scan import StickScanner
from kiosk.core import KioskCore
from tests.bundle_data import OTHER_KEY, kiosk_config, make_bundle, new_data_dir, snapshot
from ui.staff.catalog_update import CatalogUpdatePanel

HQ_EXPORT = PrivateKey(bytes(range(2, 34)))


@pytest.fixture
def media(tmp_path: Path) -> Path:
    folder = tmp_path / "media"
    folder.mkdir()
    return folder


@pytest.fixture
def core(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
         media: Path) -> Iterator[KioskCore]:
    data_dir = new_data_dir(tmp_path_factory, tmp_path / "data")
    kiosk = KioskCore(kiosk_config(data_dir, mount_roots=[str(media)],
                                   hq_export_key=bytes(HQ_EXPORT.public_key).hex()))
    kiosk.open_catalog()
    yield kiosk
    kiosk.close()


@pytest.fixture
def panel(qtbot: QtBot, core: KioskCore, media: Path) -> Iterator[CatalogUpdatePanel]:
    widget = CatalogUpdatePanel(core, scanner=StickScanner([media], require_mount=False),
                                poll_ms=50)
    widget.resize(1920, 1080)
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.show()
    yield widget
    # Not qtbot.addWidget: pytest-qt would delete the panel before its last scan comes back.
    widget.hide()
    qtbot.waitUntil(lambda: widget.runner.pending == 0, timeout=10_000)
    widget.shutdown()
    widget.close()
    widget.deleteLater()


def test_touch_sizes_and_plain_text(panel: CatalogUpdatePanel) -> None:
    for button in panel.findChildren(QPushButton):
        assert button.height() >= 80 and QFontInfo(button.font()).pixelSize() >= 24
    assert QFontInfo(panel.verdict.font()).pixelSize() >= 24
    assert panel.installed_label.text() == "Installed: 2026.11 (6 items) (demo)"
    assert panel.hint.text() == "Insert a USB stick with a catalog bundle"
    assert not panel.install_button.isEnabled() and not panel.rollback_button.isEnabled()


def test_a_new_stick_is_noticed_and_its_bundle_installed(
        qtbot: QtBot, panel: CatalogUpdatePanel, core: KioskCore, media: Path,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    stick = media / "STICK"
    stick.mkdir()
    make_bundle(tmp_path_factory, stick / "c.coopbundle")
    qtbot.waitUntil(lambda: panel.bundles.count() == 1, timeout=10_000)
    row = panel.bundles.item(0).text()
    assert "Catalog 2026.12 of 2026-12-01, 6 items" in row
    assert "Newer than the installed 2026.11" in row
    assert panel.install_button.isEnabled()
    steps: list[str] = []
    panel._relay.progressed.connect(lambda step, _done, _total: steps.append(step))
    with qtbot.waitSignals([panel.catalog_changed, panel.finished], timeout=20_000):
        panel.install_button.click()
    assert panel.verdict.text() == "Installed 2026.12 (6 items)"
    assert "copying" in steps and steps[-1] == "done"
    assert panel.progress.value() == panel.progress.maximum() == 1
    assert core.highest_version() == "2026.12"
    qtbot.waitUntil(panel.rollback_button.isEnabled, timeout=10_000)
    with qtbot.waitSignals([panel.catalog_changed, panel.finished], timeout=20_000):
        panel.rollback_button.click()
    assert panel.verdict.text() == "Rolled back to 2026.11 (6 items)"


def test_refusals_are_worded_for_staff_and_change_nothing(
        qtbot: QtBot, panel: CatalogUpdatePanel, core: KioskCore, media: Path,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    stick = media / "STICK"
    stick.mkdir()
    make_bundle(tmp_path_factory, stick / "old.coopbundle", version="2026.10")
    make_bundle(tmp_path_factory, stick / "foreign.coopbundle", version="2026.12", key=OTHER_KEY)
    def rows() -> list[str]:
        return [panel.bundles.item(i).text() for i in range(panel.bundles.count())]

    def shown(text: str) -> bool:
        return any(text in row for row in rows())

    panel.refresh()  # a poll's scan may answer first, from before both bundles were written
    qtbot.waitUntil(lambda: len(rows()) == 2 and shown("Refused: not signed by a trusted key")
                    and shown("Refused: older than the installed 2026.11"), timeout=10_000)
    assert not panel.install_button.isEnabled()
    before = snapshot(core.data_dir)
    catalog_changes: list[bool] = []
    panel.catalog_changed.connect(lambda: catalog_changes.append(True))
    for found in panel._scan.bundles:
        with qtbot.waitSignal(panel.finished, timeout=20_000) as verdict:
            panel.install_bundle(found)
        assert verdict.args is not None
        assert verdict.args[0] in ("Refused: not signed by a trusted key",
                                   "Refused: older than the installed 2026.11")
    assert snapshot(core.data_dir) == before and catalog_changes == []


def test_export_writes_to_the_stick(qtbot: QtBot, panel: CatalogUpdatePanel,
                                    media: Path) -> None:
    with qtbot.waitSignal(panel.finished, timeout=10_000):
        panel.export_button.click()
    assert panel.verdict.text() == "Insert a USB stick first"
    stick = media / "STICK"
    stick.mkdir()
    # The panel polls every 50 ms: a scan started before the stick came may still answer
    # first, so the test waits for the hint itself rather than for the next refresh.
    panel.refresh()
    qtbot.waitUntil(lambda: panel.hint.text() == "No catalog bundle on the USB stick",
                    timeout=10_000)
    with qtbot.waitSignal(panel.finished, timeout=10_000):
        panel.export_button.click()
    assert panel.verdict.text() == "Exported 0 request(s) to the stick"
    assert len(list(stick.glob("cooplab-K01-*.coopexport"))) == 1
