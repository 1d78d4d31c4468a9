"""`cooplab-hq`: keygen, build (every bad row reported), verify, inspect and merge."""

from __future__ import annotations

import csv
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.bundle.install import verify_bundle
from kiosk.bundle.keys import demo_verify_key, verify_key
from kiosk.demo.generate import DEMO_VERSION
from kiosk.hq.cli import main
from tests.bundle_data import HQ_KEY, make_bundle, small_source

ROOT = Path(__file__).resolve().parent.parent


def hq(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk.hq.cli", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)


def test_keygen_writes_a_private_key_only_its_owner_can_read(tmp_path: Path) -> None:
    result = hq("keygen", "--out", str(tmp_path / "hq"))
    assert result.returncode == 0, result.stderr
    private, public = tmp_path / "hq.key", tmp_path / "hq.pub"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert stat.S_IMODE(public.stat().st_mode) == 0o644
    key = verify_key(public)
    assert bytes(key).hex() in result.stdout
    again = hq("keygen", "--out", str(tmp_path / "hq"))
    assert again.returncode == 1 and "exists already" in again.stderr
    export = hq("keygen", "--export", "--out", str(tmp_path / "exp"))
    assert export.returncode == 0
    assert (tmp_path / "exp.key").read_text().splitlines()[-1].startswith("x25519-private ")
    # A key of the wrong kind is named as such.
    wrong = hq("verify", str(tmp_path / "x.coopbundle"), "--pubkey", str(tmp_path / "exp.pub"))
    assert wrong.returncode == 1 and "not an ed25519-public key" in wrong.stderr


def test_build_reports_every_bad_row_and_writes_nothing(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
        capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "source"
    shutil.copytree(small_source(tmp_path_factory), source)
    items = source / "items.csv"
    with items.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rows[1]["hs_code"] = "87A"
    rows[3]["category"] = "spaceships"
    rows[4]["name_en"] = ""
    with items.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    (tmp_path / "hq.key").write_text(f"ed25519-private {bytes(HQ_KEY).hex()}\n")
    out = tmp_path / "out.coopbundle"
    status = main(["build", "--source", str(source), "--key", str(tmp_path / "hq.key"),
                   "--version", "2026.12", "--out", str(out)])
    errors = capsys.readouterr().err
    assert status == 1
    assert "items.csv, row 3: hs_code: HS code must have 6, 8 or 10 digits" in errors
    assert "items.csv, row 5: unknown category 'spaceships'" in errors
    assert "items.csv, row 6: name_en" in errors
    assert "3 problem(s)" in errors
    assert not out.exists() and not list(tmp_path.glob(".out.coopbundle*"))


def test_build_verify_and_inspect_against_an_older_bundle(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
        capsys: pytest.CaptureFixture[str]) -> None:
    key_file = tmp_path / "hq.key"
    key_file.write_text(f"ed25519-private {bytes(HQ_KEY).hex()}\n")
    pub_file = tmp_path / "hq.pub"
    pub_file.write_text(f"ed25519-public {bytes(HQ_KEY.verify_key).hex()}\n")
    source = tmp_path / "source"
    shutil.copytree(small_source(tmp_path_factory), source)
    old = make_bundle(tmp_path_factory, tmp_path / "old.coopbundle", version="2026.11").files[0]
    items = source / "items.csv"
    with items.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rows[0]["name_en"] += " (new)"
    with items.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    new = tmp_path / "new.coopbundle"
    assert main(["build", "--source", str(source), "--key", str(key_file), "--version",
                 "2026.12", "--out", str(new)]) == 0
    assert "catalog 2026.12: 6 items" in capsys.readouterr().out
    assert main(["verify", str(new), "--pubkey", str(pub_file)]) == 0
    assert "every hash and size matches" in capsys.readouterr().out
    assert main(["verify", str(new), "--pubkey", bytes(demo_verify_key()).hex()]) == 1
    assert "refused: not signed by a trusted key" in capsys.readouterr().err
    assert main(["inspect", str(new), "--against", str(old)]) == 0
    output = capsys.readouterr().out
    assert "version:   2026.12" in output and "items:     6" in output
    assert "against 2026.11: 0 items added, 0 removed, 1 changed" in output
    assert f"changed: {rows[0]['number']}" in output
    assert "signature valid" in output


def test_the_demo_catalog_is_built_by_cooplab_hq_build(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    out = tmp_path / "demo.coopbundle"
    result = hq("build", "--source", str(small_source(tmp_path_factory)), "--key",
                str(ROOT / "assets" / "demo-keys" / "demo-signing.key"), "--version",
                DEMO_VERSION, "--demo", "--out", str(out))
    assert result.returncode == 0, result.stderr
    manifest = verify_bundle(out, [demo_verify_key()])
    assert manifest.is_demo and manifest.catalog_version == DEMO_VERSION


def test_verify_refuses_a_damaged_bundle(tmp_path: Path,
                                         tmp_path_factory: pytest.TempPathFactory) -> None:
    bundle = make_bundle(tmp_path_factory, tmp_path / "b.coopbundle").files[0]
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bundle.write_bytes(bytes(data))
    result = hq("verify", str(bundle), "--pubkey", bytes(HQ_KEY.verify_key).hex())
    assert result.returncode == 1
    assert result.stderr.startswith("refused: ")
