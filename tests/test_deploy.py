"""deploy/: the systemd unit, the cage session, the example config and the installer (into a
folder, since this machine runs no systemd)."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
import subprocess
import tomllib
from pathlib import Path

import pytest

from kiosk.config import load_config

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
UNIT = DEPLOY / "systemd" / "cooplab-kiosk.service"
SESSION = DEPLOY / "systemd" / "cooplab-kiosk-session"
EXAMPLE_CONFIG = DEPLOY / "etc" / "cooplab-kiosk" / "kiosk.toml"
USB_RULE = DEPLOY / "etc" / "udev" / "rules.d" / "99-cooplab-kiosk-usb.rules"
INSTALL = DEPLOY / "install-kiosk.sh"
APP = "/opt/cooplab-kiosk/current"


def unit_settings() -> dict[str, list[str]]:
    """Key -> values of the unit file (systemd allows a key more than once)."""
    settings: dict[str, list[str]] = {}
    for line in UNIT.read_text().splitlines():
        if line.strip() and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            settings.setdefault(key.strip(), []).append(value.strip())
    return settings


def test_the_unit_restarts_the_kiosk_and_watches_its_gui_thread() -> None:
    unit = unit_settings()
    assert unit["Type"] == ["notify"]
    assert unit["NotifyAccess"] == ["all"]  # the app is cage's child, not the main process
    assert int(unit["WatchdogSec"][0]) >= 10
    assert unit["Restart"] == ["always"]
    assert unit["User"] == ["cooplab-kiosk"]
    exec_start = unit["ExecStart"][0].split()
    assert exec_start[0] == "/usr/bin/cage"
    assert exec_start[-1] == f"{APP}/{SESSION.relative_to(ROOT)}"
    writable = unit["ReadWritePaths"][0].split()
    config = load_config(EXAMPLE_CONFIG)
    assert str(config.data_dir) in writable
    assert "/etc/cooplab-kiosk" in writable  # the staff settings screen saves the config


def test_systemd_accepts_the_unit(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    text = UNIT.read_text()
    if not Path("/usr/bin/cage").exists():  # verify checks that ExecStart's program exists
        text = text.replace("/usr/bin/cage", "/bin/sh")
    unit = tmp_path / UNIT.name
    unit.write_text(text)
    result = subprocess.run([analyze, "verify", "--man=no", str(unit)], capture_output=True,
                            text=True, cwd=tmp_path, check=False)
    assert result.returncode == 0, result.stderr
    problems = [line for line in result.stderr.splitlines() if UNIT.name in line]
    assert problems == []


def test_the_session_hands_the_watchdog_to_the_app_and_names_the_config(
        tmp_path: Path) -> None:
    app = tmp_path / "app"
    (app / ".venv" / "bin").mkdir(parents=True)
    stand_in = app / ".venv" / "bin" / "python"
    # A stand-in for the app's Python that shows what it was started with.
    stand_in.write_text('#!/bin/sh\necho "pid=$$ watchdog_pid=${WATCHDOG_PID-unset} '
                        'usec=$WATCHDOG_USEC qpa=$QT_QPA_PLATFORM args=$*"\n')
    stand_in.chmod(0o755)
    assert SESSION.stat().st_mode & stat.S_IXUSR
    result = subprocess.run(
        [str(SESSION)], capture_output=True, text=True, check=True,
        env={"PATH": os.environ["PATH"], "COOPLAB_KIOSK_APP": str(app),
             "COOPLAB_KIOSK_CONFIG": "/etc/cooplab-kiosk/kiosk.toml",
             "WATCHDOG_PID": "1", "WATCHDOG_USEC": "30000000"})
    assert "watchdog_pid=unset usec=30000000" in result.stdout
    assert "qpa=wayland;xcb" in result.stdout
    assert f"args={app}/main.py --config /etc/cooplab-kiosk/kiosk.toml" in result.stdout


def test_the_example_config_is_valid_and_mounts_sticks_where_the_kiosk_looks() -> None:
    config = load_config(EXAMPLE_CONFIG)
    assert str(config.data_dir) == "/var/lib/cooplab-kiosk"
    assert config.catalog.trusted_keys == []  # the demo until HQ's key is set
    rules = [line for line in USB_RULE.read_text().splitlines()
             if line and not line.startswith("#")]
    assert len(rules) == 2
    for rule in rules:
        mount_point = re.search(r"\$devnode (\S+)\"$", rule)
        assert mount_point is not None
        assert any(mount_point.group(1).startswith(root + "/")
                   for root in config.catalog.mount_roots)
        assert 'SUBSYSTEMS=="usb"' in rule and "noexec" in rule and "nosuid" in rule
        assert "--automount=yes" in rule and "--timeout-idle-sec=" in rule
        assert "--owner=cooplab-kiosk" in rule  # exports are written onto the stick


def install(prefix: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(INSTALL), "--prefix", str(prefix), "--no-bootstrap", *args],
                          capture_output=True, text=True, check=False, timeout=120)


def releases(prefix: Path) -> list[str]:
    """Oldest first: names start with their time."""
    return sorted(p.name for p in (prefix / "opt/cooplab-kiosk/releases").iterdir())


def current(prefix: Path) -> str:
    return os.readlink(prefix / "opt/cooplab-kiosk/current").removeprefix("releases/")


def test_install_upgrade_and_rollback_into_a_folder(tmp_path: Path) -> None:
    prefix = tmp_path / "root"
    first = install(prefix)
    assert first.returncode == 0, first.stderr
    app = prefix / "opt/cooplab-kiosk/current"
    assert (app / "main.py").is_file() and (app / SESSION.relative_to(ROOT)).is_file()
    assert not (app / ".git").exists() and not (app / ".venv").exists()
    assert (prefix / "etc/systemd/system/cooplab-kiosk.service").read_text() == UNIT.read_text()
    assert (prefix / "etc/pam.d/cooplab-kiosk").is_file()
    assert (prefix / "var/lib/cooplab-kiosk").is_dir()
    assert (prefix / "etc/udev/rules.d" / USB_RULE.name).read_text() == USB_RULE.read_text()
    config_path = prefix / "etc/cooplab-kiosk/kiosk.toml"
    assert tomllib.loads(config_path.read_text()) == tomllib.loads(EXAMPLE_CONFIG.read_text())

    # An upgrade keeps the kiosk's own configuration and switches to a new release, after
    # copying the state database aside.
    config_path.write_text(config_path.read_text().replace('id = "K01"', 'id = "K05"'))
    with sqlite3.connect(prefix / "var/lib/cooplab-kiosk/state.sqlite") as state:
        state.execute("CREATE TABLE requests (number TEXT)")
        state.execute("INSERT INTO requests VALUES ('CL-K05-000001-3')")
    state.close()
    second = install(prefix)
    assert second.returncode == 0, second.stderr
    assert load_config(config_path).kiosk.id == "K05"
    backups = list((prefix / "var/lib/cooplab-kiosk/backups").iterdir())
    assert [b.name for b in backups] == [f"state-before-{current(prefix)}.sqlite"]
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT number FROM requests").fetchall() == [("CL-K05-000001-3",)]
    copy.close()
    assert len(releases(prefix)) == 2 and current(prefix) == releases(prefix)[-1]

    rollback = install(prefix, "--rollback")
    assert rollback.returncode == 0, rollback.stderr
    assert current(prefix) == releases(prefix)[0]
    assert install(prefix, "--rollback").returncode == 0
    assert current(prefix) == releases(prefix)[-1]

    for _ in range(3):
        assert install(prefix).returncode == 0
    assert len(releases(prefix)) == 3  # the three newest are kept
    assert len(list((prefix / "var/lib/cooplab-kiosk/backups").iterdir())) == 3
    assert current(prefix) == releases(prefix)[-1]


def test_the_installer_refuses_unknown_options_and_a_dry_run_changes_nothing(
        tmp_path: Path) -> None:
    assert install(tmp_path, "--frobnicate").returncode == 2
    dry = install(tmp_path / "root", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "+ ln -sfn releases/" in dry.stdout
    assert not (tmp_path / "root").exists()
