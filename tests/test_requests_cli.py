"""`main.py requests ...` and `main.py set-pin` as operations scripts run them, and a request that
survives the kiosk process being killed with SIGKILL right after it showed the number."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from db.state_models import RequestStatus
from kiosk.config import KioskConfig
from kiosk.core import KioskCore
from kiosk.requests.service import RequestService
from kiosk.staff import StaffAuth

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False, input=stdin)


def item_number(config: KioskConfig) -> str:
    core = KioskCore(config)
    try:
        with core.catalog.connect() as connection:
            return str(connection.execute(text(
                "SELECT number FROM items WHERE samples_on_hand > 0 LIMIT 1")).scalar_one())
    finally:
        core.close()


def new_args(config: KioskConfig, *extra: str) -> list[str]:
    return ["requests", "new", "--data-dir", str(config.data_dir), "--item",
            item_number(config), "--company", "Avtoehtiyot MChJ", "--name", "Aliyev Vali",
            "--phone", "+998 90 123 45 67", "--region", "samarkand", "--consent", *extra]


def test_new_prints_the_number_and_list_shows_the_request(kiosk_config: KioskConfig) -> None:
    result = run(*new_args(kiosk_config, "--quantity", "1", "--lang", "en", "--tin",
                           "301234567", "--email", "vali@example.uz", "--note", "Two colours"))
    assert result.returncode == 0, result.stderr
    number = result.stdout.strip()
    assert number.startswith("CL-K01-000001-")
    listed = run("requests", "list", "--data-dir", str(kiosk_config.data_dir))
    assert listed.stdout.startswith(number + "\tnew\t")
    shown = run("requests", "show", number.lower(), "--data-dir", str(kiosk_config.data_dir))
    assert "vali@example.uz" in shown.stdout and "Two colours" in shown.stdout


def test_a_help_request_from_the_command_line(kiosk_config: KioskConfig) -> None:
    result = run("requests", "new", "--help-kind", "financing", "--description",
                 "A loan for a stamping line", "--company", "Acme", "--name", "Ali",
                 "--phone", "901234567", "--region", "tashkent_city", "--consent",
                 "--data-dir", str(kiosk_config.data_dir))
    assert result.returncode == 0, result.stderr
    listed = run("requests", "list", "--kind", "financing", "--data-dir",
                 str(kiosk_config.data_dir))
    assert result.stdout.strip() in listed.stdout and "\tfinancing\t" in listed.stdout


def test_bad_input_is_refused_with_every_problem_named_by_its_option(
        kiosk_config: KioskConfig) -> None:
    result = run("requests", "new", "--data-dir", str(kiosk_config.data_dir), "--item",
                 "NO-SUCH", "--company", "x" * 10_000, "--name", "Ali", "--phone", "12345",
                 "--region", "atlantis", "--tin", "12")
    assert result.returncode == 1
    for expected in ("--company: at most 200 characters", "--phone:", "--region:", "--tin:",
                     "--consent:", "--item: no such item"):
        assert expected in result.stderr, result.stderr
    assert result.stdout == ""
    listed = run("requests", "list", "--data-dir", str(kiosk_config.data_dir))
    assert listed.stdout == ""


def test_item_or_help_kind_is_required(kiosk_config: KioskConfig) -> None:
    result = run("requests", "new", "--data-dir", str(kiosk_config.data_dir), "--company", "A")
    assert result.returncode == 1
    assert "--item" in result.stderr and "--help-kind" in result.stderr


def test_print_to_a_missing_queue_fails_with_a_clear_message_and_keeps_the_request(
        kiosk_config: KioskConfig) -> None:
    number = run(*new_args(kiosk_config)).stdout.strip()
    result = run("requests", "print", number, "--printer", "NoSuchQueue", "--data-dir",
                 str(kiosk_config.data_dir))
    assert result.returncode == 1
    assert "error:" in result.stderr and "NoSuchQueue" in result.stderr
    listed = run("requests", "list", "--status", "new", "--data-dir",
                 str(kiosk_config.data_dir))
    assert number in listed.stdout and "not printed:" in listed.stdout


def test_print_and_reprint_through_cups(kiosk_config: KioskConfig) -> None:
    subprocess.run([str(ROOT / "deploy" / "start-cups.sh")], check=True, timeout=60)
    number = run(*new_args(kiosk_config)).stdout.strip()
    data = str(kiosk_config.data_dir)
    for _ in range(2):
        result = run("requests", "print", number, "--printer", "SlipPDF", "--data-dir", data)
        assert result.returncode == 0, result.stderr
        assert f"printed {number} on SlipPDF as job SlipPDF-" in result.stdout
    assert "\tprinted\t" in run("requests", "list", "--data-dir", data).stdout


def test_auto_print_prints_the_slip_when_the_request_is_filed(kiosk_config: KioskConfig,
                                                              tmp_path: Path) -> None:
    subprocess.run([str(ROOT / "deploy" / "start-cups.sh")], check=True, timeout=60)
    config = tmp_path / "kiosk.toml"
    config.write_text('[printer]\nqueue = "SlipPDF"\nauto_print = true\n')
    result = run("--config", str(config), *new_args(kiosk_config))
    assert result.returncode == 0, result.stderr
    assert "slip printed on SlipPDF" in result.stderr
    listed = run("requests", "list", "--status", "printed", "--data-dir",
                 str(kiosk_config.data_dir))
    assert listed.stdout.startswith(result.stdout.strip() + "\tprinted\t")


def test_a_bad_request_number_or_a_forged_scan(kiosk_config: KioskConfig) -> None:
    number = run(*new_args(kiosk_config)).stdout.strip()
    data = str(kiosk_config.data_dir)
    typo = number[:-1] + ("0" if number[-1] != "0" else "1")
    result = run("requests", "print", typo, "--data-dir", data)
    assert result.returncode == 1 and "not a valid request number" in result.stderr
    forged = f"{number}*12345678*K01*0000000000"
    result = run("requests", "scan", forged, "--data-dir", data)
    assert result.returncode == 1 and "mistyped or forged" in result.stderr


def test_set_pin_from_a_script(kiosk_config: KioskConfig) -> None:
    data = str(kiosk_config.data_dir)
    assert run("set-pin", "--pin-stdin", "--data-dir", data, stdin="1111\n").returncode == 1
    result = run("set-pin", "--pin-stdin", "--data-dir", data, stdin="2580\n")
    assert result.returncode == 0, result.stderr
    core = KioskCore(kiosk_config)
    assert StaffAuth(core).check("2580").ok
    core.close()


@pytest.mark.slow
def test_a_request_survives_sigkill_right_after_its_number_is_shown(
        kiosk_config: KioskConfig, tmp_path: Path) -> None:
    subprocess.run([str(ROOT / "deploy" / "start-cups.sh")], check=True, timeout=60)
    # A printer that never answers keeps the process busy after the number is shown, so the
    # kill surely lands in a live process, as a crash or power cut would.
    queue = f"SlipHang{os.getpid()}"
    subprocess.run(["lpadmin", "-p", queue, "-v", "socket://127.0.0.1:9", "-m",
                    "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd", "-E"], check=True,
                   capture_output=True)
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[printer]\nqueue = "{queue}"\nauto_print = true\njob_timeout_s = 60\n')
    try:
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--config", str(config),
             *new_args(kiosk_config)], cwd=ROOT, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True)
        assert process.stdout is not None
        number = process.stdout.readline().strip()
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        subprocess.run(["cancel", "-a", queue], capture_output=True, check=False)
        subprocess.run(["lpadmin", "-x", queue], capture_output=True, check=False)
    assert number.startswith("CL-K01-")
    core = KioskCore(kiosk_config)
    try:
        record = RequestService(core).get(number)
        assert record.status is RequestStatus.NEW and record.company == "Avtoehtiyot MChJ"
        assert RequestService(core).file_help({
            "company": "A", "contact_name": "B", "phone": "901234567", "region": "navoi",
            "consent": True, "help_kind": "markets", "description": "next"}).seq == 2
    finally:
        core.close()
