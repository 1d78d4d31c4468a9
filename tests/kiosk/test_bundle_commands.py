"""The headless bundle commands of main.py, and `cooplab-hq merge`, run as operators run them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from nacl.public import PrivateKey

from kiosk.bundle.keys import KeyKind, write_key_file
from kiosk.hq.cli import main as hq_main
from tests.bundle_data import HQ_PUBLIC_HEX, OTHER_KEY, make_bundle, new_data_dir, snapshot

ROOT = Path(__file__).resolve().parent.parent.parent


def kiosk_main(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def setup(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    data_dir = new_data_dir(tmp_path_factory, tmp_path / "data")
    hq_export = PrivateKey(bytes(range(1, 33)))
    write_key_file(tmp_path / "hq-export.key", KeyKind.EXPORT_PRIVATE, bytes(hq_export))
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[catalog]\ntrusted_keys = ["{HQ_PUBLIC_HEX}"]\n'
                      f'[export]\nhq_public_key = "{bytes(hq_export.public_key).hex()}"\n')
    return data_dir, config


def test_install_bundle_status_and_rollback(setup: tuple[Path, Path], tmp_path: Path,
                                            tmp_path_factory: pytest.TempPathFactory) -> None:
    data_dir, config = setup
    common = ("--data-dir", str(data_dir), "--config", str(config))
    bundle = make_bundle(tmp_path_factory, tmp_path / "c.coopbundle").files[0]
    installed = kiosk_main("install-bundle", str(bundle), *common)
    assert installed.returncode == 0, installed.stderr
    assert installed.stdout.strip() == "installed 2026.12 (6 items)"
    assert "catalog version: 2026.12" in kiosk_main("status", *common).stdout
    back = kiosk_main("rollback", *common)
    assert back.returncode == 0 and "rolled back to 2026.11" in back.stdout
    status = kiosk_main("status", *common).stdout
    assert "catalog version: 2026.11 (demo)" in status
    assert "highest version ever installed: 2026.12" in status


def test_a_refused_bundle_exits_non_zero_with_the_reason_on_stderr(
        setup: tuple[Path, Path], tmp_path: Path,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    data_dir, config = setup
    foreign = make_bundle(tmp_path_factory, tmp_path / "f.coopbundle", key=OTHER_KEY).files[0]
    before = snapshot(data_dir)
    result = kiosk_main("install-bundle", str(foreign), "--data-dir", str(data_dir),
                        "--config", str(config))
    assert result.returncode == 1
    assert result.stderr.startswith("refused: not signed by a trusted key")
    assert result.stdout == ""
    missing = kiosk_main("install-bundle", str(tmp_path / "nothing.coopbundle"),
                         "--data-dir", str(data_dir), "--config", str(config))
    assert missing.returncode == 1 and "no such bundle file" in missing.stderr
    assert snapshot(data_dir) == before


def test_export_then_merge_with_pins(setup: tuple[Path, Path], tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, config = setup
    stick = tmp_path / "stick"
    stick.mkdir()
    result = kiosk_main("export", "--to", str(stick), "--data-dir", str(data_dir),
                        "--config", str(config))
    assert result.returncode == 0, result.stderr
    files = sorted(stick.glob("*.coopexport"))
    assert len(files) == 1 and files[0].name in result.stdout
    pins = tmp_path / "pins.json"
    out = tmp_path / "all.xlsx"
    assert hq_main(["merge", *map(str, files), "--key", str(tmp_path / "hq-export.key"),
                    "--out", str(out), "--pins", str(pins)]) == 0
    assert "merged 1 export(s) from 1 kiosk(s) (K01)" in capsys.readouterr().out
    assert out.exists() and set(json.loads(pins.read_text())) == {"K01"}
    wrong = hq_main(["merge", *map(str, files), "--key", str(tmp_path / "hq-export.key"),
                     "--out", str(tmp_path / "all.pdf")])
    assert wrong == 1 and "must end in .csv, .xlsx or .sqlite" in capsys.readouterr().err


def test_export_without_hq_key_is_refused(tmp_path: Path,
                                          tmp_path_factory: pytest.TempPathFactory) -> None:
    data_dir = new_data_dir(tmp_path_factory, tmp_path / "data")
    result = kiosk_main("export", "--to", str(tmp_path), "--data-dir", str(data_dir))
    assert result.returncode == 1
    assert "export.hq_public_key is not set" in result.stderr
