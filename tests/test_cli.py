"""The headless commands of main.py, run as operations scripts run them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kiosk.config import KioskConfig

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)


def test_status_prints_kiosk_id_catalog_version_and_item_count(kiosk_config: KioskConfig) -> None:
    result = run("status", "--data-dir", str(kiosk_config.data_dir))
    assert result.returncode == 0, result.stderr
    assert "kiosk id:        K01" in result.stdout
    assert "catalog version: 2026.11 (demo)" in result.stdout
    assert "items:" in result.stdout


def test_config_before_or_after_the_command_is_honoured(kiosk_config: KioskConfig,
                                                        tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[kiosk]\nid = "K07"\n')
    data = str(kiosk_config.data_dir)
    for args in (("--config", str(config), "status", "--data-dir", data),
                 ("status", "--config", str(config), "--data-dir", data)):
        assert "kiosk id:        K07" in run(*args).stdout


def test_a_bad_config_gets_a_clear_message(kiosk_config: KioskConfig, tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[kiosk]\nidle_timeout_s = "soon"\n')
    result = run("status", "--config", str(config), "--data-dir", str(kiosk_config.data_dir))
    assert result.returncode == 2
    assert "kiosk.idle_timeout_s" in result.stderr


def test_search_prints_the_same_items_for_every_apostrophe(kiosk_config: KioskConfig) -> None:
    data = str(kiosk_config.data_dir)
    outputs = {typed: run("search", typed, "--lang", "uz", "--data-dir", data).stdout
               for typed in ("oʻrindiq", "o'rindiq", "o’rindiq")}
    first = outputs["oʻrindiq"]
    assert (first.count("\n") >= 2 and "Oʻrindiq" in first) or "oʻrindiq" in first
    assert set(outputs.values()) == {first}


def test_search_finds_a_partial_item_number_first(kiosk_config: KioskConfig) -> None:
    result = run("search", "96535257", "--data-dir", str(kiosk_config.data_dir))
    assert result.stdout.splitlines()[0].startswith("96535257\t")
