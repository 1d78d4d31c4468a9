"""From the GUI to paper: a request filed on screen is printed by a real CUPS (cups-pdf queue),
its PDF is rendered and the QR code read back as the sample desk's scanner would; and printer
failures never lose a request."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.state_models import RequestStatus
from kiosk.config import KioskConfig, PrinterSection
from kiosk.core import KioskCore
from kiosk.printing import PrinterError, PrinterReason, PrintJob, cups_pdf_output
from kiosk.requests.records import RequestRecord
from kiosk.requests.service import RequestService
from kiosk.staff import StaffAuth
from tests.ui.test_request_form import (
    choose_region,
    close_window,
    flows,
    item_with_samples,
    open_window,
    tap,
)
from tests.ui.test_staff_mode import PIN, unlock
from ui.main_window import MainWindow
from ui.screens.confirmation import slip_status_text
from ui.staff.desk import printer_problem_text

ROOT = Path(__file__).resolve().parents[2]
QUEUE = "SlipPDF"
MISSING_QUEUE = "NoSuchSlipPrinter"


@pytest.fixture(scope="module")
def cups() -> None:
    """cupsd and the SlipPDF queue (idempotent; run-tests.sh has usually started them)."""
    subprocess.run([str(ROOT / "deploy" / "start-cups.sh")], check=True, timeout=60)


def printing_core(config: KioskConfig, queue: str, auto_print: bool) -> KioskCore:
    printer = PrinterSection(queue=queue, auto_print=auto_print, job_timeout_s=20.0)
    core = KioskCore(config.model_copy(update={"printer": printer}))
    core.open_catalog()
    return core


@pytest.fixture
def window(qtbot: QtBot, kiosk_config: KioskConfig, cups: None,
           request: pytest.FixtureRequest) -> Iterator[MainWindow]:
    queue, auto_print = getattr(request, "param", (QUEUE, True))
    core = printing_core(kiosk_config, queue, auto_print)
    StaffAuth(core).set_pin(PIN)
    main = open_window(qtbot, core)
    yield main
    close_window(qtbot, main)
    core.close()


def qr_texts(pdf: Path) -> list[str]:
    image = pdfium.PdfDocument(pdf)[0].render(scale=150 / 72).to_pil()
    return [barcode.text for barcode in zxingcpp.read_barcodes(image)]


def cups_pdf_of(record: RequestRecord) -> Path:
    job_id = record.print_job
    assert job_id.startswith(f"{QUEUE}-"), job_id
    found = cups_pdf_output(PrintJob(job_id, QUEUE, 0.0, 0.0))
    assert found is not None, f"cups-pdf wrote nothing for {job_id}"
    return found


def file_through_the_form(window: MainWindow, qtbot: QtBot, core: KioskCore) -> RequestRecord:
    """Open an item, tap "Request a sample", type the form as a visitor, send it."""
    item_id, _, _ = item_with_samples(core)
    window.show_item(item_id)
    qtbot.waitUntil(lambda: window.current_screen() is window.detail)
    tap(qtbot, window.detail.request)
    form = flows(window).form
    qtbot.waitUntil(lambda: window.current_screen() is form and form.item is not None)
    for edit, typed in ((form.company, "Chirchiq Avtokomponent"), (form.contact_name, "Olim"),
                        (form.phone, "998 93 111 22 33"), (form.tin, "207000111")):
        tap(qtbot, edit)
        qtbot.keyClicks(edit, typed)
    choose_region(qtbot, form, "tashkent_region")
    tap(qtbot, form.consent)
    with qtbot.waitSignal(flows(window).filed, timeout=10_000) as filed:
        tap(qtbot, form.submit_button)
    record: RequestRecord = filed.args[0]
    assert record.phone == "+998931112233"
    return record


def test_a_request_filed_on_screen_is_printed_by_cups_and_its_qr_code_reads_back(
        window: MainWindow, qtbot: QtBot) -> None:
    core = window.core
    service = RequestService(core)
    confirmation = flows(window).confirmation
    with qtbot.waitSignal(confirmation.print_finished, timeout=30_000) as finished:
        record = file_through_the_form(window, qtbot, core)
        assert confirmation.print_state == "printing"
    assert finished.args == ["printed"]
    assert confirmation.slip.text() == slip_status_text("printed")
    printed = service.get(record.number)
    assert printed.status is RequestStatus.PRINTED and printed.print_error == ""
    payload = service.slip_payload(printed)
    assert qr_texts(cups_pdf_of(printed)) == [payload]
    number, item_key, kiosk_id, check = payload.split("*")
    assert (number, item_key, kiosk_id) == (record.number, record.item_number, "K01")
    assert len(check) == 10 and check.isdigit()
    assert service.find_by_scan(payload).number == record.number


def test_staff_reprint_a_slip_from_the_desk_and_check_the_printer(window: MainWindow,
                                                                   qtbot: QtBot) -> None:
    core = window.core
    service = RequestService(core)
    record = service.file_sample({
        "item_number": item_with_samples(core)[1], "company": "Desk LLC",
        "contact_name": "Aziz", "phone": "901112233", "region": "navoi", "consent": True,
        "language": "ru"})
    staff = unlock(qtbot, window)
    desk = staff.desk
    with qtbot.waitSignal(desk.opened, timeout=10_000):
        desk.open_number(record.number)
    assert desk.panel.print_button.text() == "Print slip"
    with qtbot.waitSignal(desk.message_shown, timeout=30_000) as shown:
        tap(qtbot, desk.panel.print_button)
    assert shown.args[0].startswith(f"The slip of {record.number} was printed")
    printed = service.get(record.number)
    assert qr_texts(cups_pdf_of(printed)) == [service.slip_payload(printed)]
    qtbot.waitUntil(lambda: desk.panel.print_button.text() == "Reprint slip")

    tap(qtbot, staff.screen.tab_buttons["printer"])
    printer = staff.printer
    qtbot.waitUntil(lambda: printer.state is not None, timeout=15_000)
    assert printer.state_label.text().startswith(f"Printer: {QUEUE}\nReady to print.")
    with qtbot.waitSignal(printer.test_finished, timeout=30_000) as tested:
        tap(qtbot, printer.test_button)
    assert tested.args == ["printed"]
    assert "The test slip was printed" in printer.message.text()


@pytest.mark.parametrize("window", [(MISSING_QUEUE, True)], indirect=True)
def test_a_printer_that_does_not_exist_never_loses_the_request(window: MainWindow,
                                                               qtbot: QtBot) -> None:
    core = window.core
    service = RequestService(core)
    confirmation = flows(window).confirmation
    with qtbot.waitSignal(confirmation.print_finished, timeout=30_000) as finished:
        record = file_through_the_form(window, qtbot, core)
    assert finished.args == ["failed"]
    assert window.current_screen() is confirmation
    assert confirmation.number.text() == record.number  # the visitor keeps the number
    assert confirmation.slip.text() == slip_status_text("failed")
    stored = service.get(record.number)
    assert stored.status is RequestStatus.NEW and not stored.printed
    assert MISSING_QUEUE in stored.print_error

    listed = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "requests", "list", "--data-dir",
         str(core.data_dir)], capture_output=True, text=True, timeout=60, check=True)
    assert record.number in listed.stdout

    staff = unlock(qtbot, window)
    desk = staff.desk
    with qtbot.waitSignal(desk.opened, timeout=10_000):
        desk.open_number(record.number)
    assert MISSING_QUEUE in desk.panel.values["slip"].text()
    row = desk.model.row_of(record.number)
    assert desk.model.index(row, 1).data() == "New · ⚠"
    assert desk.model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    with qtbot.waitSignal(desk.message_shown, timeout=30_000) as shown:
        tap(qtbot, desk.panel.print_button)
    expected = printer_problem_text(
        PrinterError(PrinterReason.UNKNOWN_QUEUE, stored.print_error), MISSING_QUEUE)
    assert shown.args[0].split("\n")[0] == expected.split("\n")[0]
    assert f"There is no printer called {MISSING_QUEUE}" in shown.args[0]
    assert service.get(record.number).status is RequestStatus.NEW


@pytest.mark.parametrize("window", [(QUEUE, False)], indirect=True)
def test_without_auto_print_the_visitor_is_sent_to_the_staff(window: MainWindow,
                                                              qtbot: QtBot) -> None:
    record = file_through_the_form(window, qtbot, window.core)
    confirmation = flows(window).confirmation
    assert confirmation.print_state == "manual"
    assert confirmation.slip.text() == slip_status_text("manual")
    assert RequestService(window.core).get(record.number).print_job == ""
