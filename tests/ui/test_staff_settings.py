"""The staff settings screen: edits by touch, saves the TOML file atomically, applies at once."""

from __future__ import annotations

import stat
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.config import ConfigError, KioskConfig, load_config, save_config_changes
from ui.staff.settings import SettingsScreen
from ui.theme import apply_theme

EXISTING = """\
data_dir = "/var/lib/cooplab-kiosk"

[kiosk]
id = "K07"
idle_timeout_s = 60

[catalog]
trusted_keys = ["ab12"]
"""


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "etc" / "kiosk.toml"
    path.parent.mkdir()
    path.write_text(EXISTING)
    path.chmod(0o640)
    return path


@pytest.fixture
def screen(qtbot: QtBot, config_file: Path, tmp_path: Path) -> SettingsScreen:
    config = load_config(config_file, data_dir=tmp_path / "data")
    widget = SettingsScreen(config, config_file, printers=lambda: ["Office", "SlipPDF"])
    qtbot.addWidget(widget)
    widget.resize(1920, 1080)
    widget.show()
    return widget


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    sheet, font = qapp.styleSheet(), qapp.font()
    apply_theme(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def seconds(screen: SettingsScreen, value: int) -> str:
    """The idle time as the screen words it, in whatever language is installed."""
    return screen.tr("%1 s").replace("%1", str(value))


def minutes(screen: SettingsScreen, value: int) -> str:
    return screen.tr("%1 min").replace("%1", str(value))


def tap(qtbot: QtBot, button: QPushButton | None) -> None:
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_screen_shows_the_settings_in_force(screen: SettingsScreen) -> None:
    assert screen.idle_value.text() == seconds(screen, 60)
    assert screen.languages.value() == "uz"
    assert not screen.auto_print.isChecked()
    assert screen.auto_print.text() == screen.auto_print.tr("Off")
    assert screen.printer.value() == ""  # the CUPS default
    assert [b.text() for b in screen.printer.group.buttons()] == [
        screen.tr("CUPS default"), "Office", "SlipPDF"]


def test_saving_writes_the_file_keeps_other_settings_and_applies_at_once(
        screen: SettingsScreen, qtbot: QtBot, config_file: Path, tmp_path: Path) -> None:
    tap(qtbot, screen.idle_more)
    tap(qtbot, screen.idle_more)
    assert screen.idle_value.text() == minutes(screen, 2)
    tap(qtbot, screen.languages.button_for("ru"))
    tap(qtbot, screen.auto_print)
    tap(qtbot, screen.printer.button_for("SlipPDF"))
    tap(qtbot, screen.auto_update)
    assert screen.auto_print.text() == screen.auto_print.tr("On")
    with qtbot.waitSignal(screen.settings_changed, timeout=2000) as emitted:
        tap(qtbot, screen.save)
    config: KioskConfig = emitted.args[0]
    assert config.kiosk.idle_timeout_s == 120 and config.kiosk.default_language == "ru"
    assert config.printer.auto_print and config.printer.queue == "SlipPDF"
    assert config.catalog.auto_update
    assert config.data_dir == tmp_path / "data"  # --data-dir still wins over the file

    saved = tomllib.loads(config_file.read_text())
    assert saved["kiosk"] == {"id": "K07", "idle_timeout_s": 120, "default_language": "ru"}
    assert saved["catalog"] == {"trusted_keys": ["ab12"], "auto_update": True}
    assert saved["data_dir"] == "/var/lib/cooplab-kiosk"
    assert load_config(config_file, data_dir=tmp_path / "data") == config
    assert stat.S_IMODE(config_file.stat().st_mode) == 0o640
    assert sorted(p.name for p in config_file.parent.iterdir()) == ["kiosk.toml"]
    assert screen.message.text() == screen.tr("Saved. The new settings are in force.")


def test_undo_changes_returns_to_the_settings_in_force(screen: SettingsScreen,
                                                      qtbot: QtBot) -> None:
    tap(qtbot, screen.idle_less)
    tap(qtbot, screen.languages.button_for("en"))
    tap(qtbot, screen.revert)
    assert screen.idle_value.text() == seconds(screen, 60)
    assert screen.languages.value() == "uz"


def test_the_idle_stepper_stops_at_its_ends(screen: SettingsScreen, qtbot: QtBot) -> None:
    for _ in range(20):
        if screen.idle_less.isEnabled():
            tap(qtbot, screen.idle_less)
    assert screen.idle_value.text() == seconds(screen, 30) and not screen.idle_less.isEnabled()
    for _ in range(20):
        if screen.idle_more.isEnabled():
            tap(qtbot, screen.idle_more)
    assert screen.idle_value.text() == minutes(screen, 15)
    assert not screen.idle_more.isEnabled()


def test_a_file_that_cannot_be_read_is_reported_and_left_untouched(
        screen: SettingsScreen, qtbot: QtBot, config_file: Path) -> None:
    config_file.write_text("[kiosk\nid = ")
    emitted: list[object] = []
    screen.settings_changed.connect(emitted.append)
    tap(qtbot, screen.auto_print)
    tap(qtbot, screen.save)
    assert emitted == []
    with pytest.raises(ConfigError, match="is not valid TOML") as refused:
        save_config_changes(config_file, screen.changes())
    assert screen.message.text() == screen.tr("The settings were not saved: %1").replace(
        "%1", str(refused.value))
    assert config_file.read_text() == "[kiosk\nid = "
    assert screen.config.printer.auto_print is False


def test_a_bad_value_is_refused_before_anything_is_written(config_file: Path) -> None:
    with pytest.raises(ConfigError, match=r"kiosk\.idle_timeout_s"):
        save_config_changes(config_file, {"kiosk": {"idle_timeout_s": 5}})
    assert config_file.read_text() == EXISTING


def test_without_a_config_file_the_change_lasts_for_the_session(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    widget = SettingsScreen(load_config(None, data_dir=tmp_path), None, printers=list)
    qtbot.addWidget(widget)
    widget.show()
    tap(qtbot, widget.languages.button_for("en"))
    with qtbot.waitSignal(widget.settings_changed, timeout=2000) as emitted:
        tap(qtbot, widget.save)
    assert emitted.args[0].kiosk.default_language == "en"
    assert widget.message.text() == widget.tr(
        "In force until the kiosk restarts: it was started without a configuration "
        "file, so nothing was saved.")
    assert list(tmp_path.iterdir()) == []


def test_a_configured_printer_that_is_gone_is_still_shown(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[printer]\nqueue = "Old<b>Slip</b>"\n')
    widget = SettingsScreen(load_config(path), path, printers=lambda: ["SlipPDF"])
    qtbot.addWidget(widget)
    assert widget.printer.value() == "Old<b>Slip</b>"
    button = widget.printer.button_for("Old<b>Slip</b>")
    assert button is not None
    assert button.text() == widget.tr("%1 (not found)").replace("%1", "Old<b>Slip</b>")


@pytest.mark.usefixtures("themed")
def test_touch_targets_and_text_are_large_and_plain(screen: SettingsScreen,
                                                    qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: screen.save.height() >= 80)
    for button in screen.findChildren(QPushButton):
        if button.isVisible():
            assert button.height() >= 80 and button.width() >= 80, button.text()
            assert button.fontInfo().pixelSize() >= 24, button.text()
    for label in screen.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert label.fontInfo().pixelSize() >= 24
