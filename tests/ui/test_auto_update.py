"""A newer signed bundle on a stick installs itself while nobody is at the kiosk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from kiosk.bundle.scan import StickScanner
from kiosk.bundle.service import CatalogUpdates
from kiosk.core import KioskCore
from tests.bundle_data import kiosk_config, make_bundle, new_data_dir
from ui.auto_update import AutoUpdater
from ui.i18n import LanguageController
from ui.main_window import MainWindow


@pytest.fixture
def kiosk(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KioskCore]:
    data_dir = new_data_dir(tmp_path_factory, tmp_path / "data")
    core = KioskCore(kiosk_config(data_dir, mount_roots=[str(tmp_path / "media")],
                                  auto_update=True))
    yield core
    core.close()


def test_a_newer_bundle_installs_itself_on_the_attract_screen_only(
        kiosk: KioskCore, qtbot: QtBot, tmp_path: Path,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    window = MainWindow(kiosk, LanguageController("en"))
    qtbot.addWidget(window)
    window.setGeometry(QGuiApplication.primaryScreen().geometry())
    window.show()
    with qtbot.waitSignal(window.catalog_ready, timeout=20_000):
        window.start()
    old_version = window.catalog().info.version
    stick = tmp_path / "media" / "STICK"
    stick.mkdir(parents=True)
    make_bundle(tmp_path_factory, stick / "catalog-2026.12.coopbundle")
    scanner = StickScanner(kiosk.config.catalog.mount_roots, require_mount=False)
    updater = AutoUpdater(window, CatalogUpdates(kiosk, scanner))

    window.show_home()  # a visitor is here: nothing happens
    with qtbot.assertNotEmitted(updater.installed, wait=300):
        updater.poll()

    window.reset_visitor()  # back to the attract screen
    with qtbot.waitSignal(updater.installed, timeout=30_000):
        updater.poll()
    with qtbot.waitSignal(window.catalog_ready, timeout=20_000):
        pass
    assert window.catalog().info.version == "2026.12" != old_version
    assert kiosk.highest_version() == "2026.12"
    with qtbot.assertNotEmitted(updater.installed, wait=500):
        updater.poll()  # the same bundle is not newer any more
    updater.stop()
    window.lockdown.allow_exit()
    window.close()
