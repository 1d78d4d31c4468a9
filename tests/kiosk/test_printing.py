"""Printing through a real CUPS with a cups-pdf queue, and every way printing can fail.

deploy/start-cups.sh starts cupsd (no systemd needed) and makes the SlipPDF queue; the PDFs
CUPS writes are read back and their QR code decoded as the sample desk's scanner would.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from sqlalchemy import text

from db.state_models import RequestStatus
from kiosk.config import PrinterSection
from kiosk.core import KioskCore
from kiosk.printing import (
    CUPS_PDF_OUT,
    Printer,
    PrinterError,
    PrinterReason,
    PrintJob,
    cups_pdf_output,
    default_queue,
    parse_printer_state,
)
from kiosk.requests.service import RequestService

ROOT = Path(__file__).resolve().parents[2]
OUT = CUPS_PDF_OUT
QUEUE = "SlipPDF"
_queue_numbers = itertools.count(1)


def start_cups() -> None:
    subprocess.run([str(ROOT / "deploy" / "start-cups.sh")], check=True, timeout=60)


def admin(*args: str) -> None:
    subprocess.run(list(args), check=True, capture_output=True, timeout=30)


@pytest.fixture(scope="module")
def cups() -> Path:
    start_cups()
    return OUT


@pytest.fixture
def spare_queue(cups: Path) -> Iterator[str]:
    """A cups-pdf queue of this test's own, to stop or reject without touching SlipPDF."""
    name = f"SlipTest{os.getpid()}x{next(_queue_numbers)}"
    admin("lpadmin", "-p", name, "-v", "cups-pdf:/", "-m", "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd",
          "-o", "PageSize=Custom.80x120mm", "-E")
    yield name
    subprocess.run(["cancel", "-a", name], capture_output=True, check=False)
    admin("lpadmin", "-x", name)


def cups_pdf(job: PrintJob) -> Path:
    """The PDF cups-pdf wrote for a job (there once CUPS has finished the job)."""
    found = cups_pdf_output(job)
    assert found is not None, f"no PDF for job {job.job_id} in {OUT}"
    return found


def qr_texts(pdf: Path) -> list[str]:
    image = pdfium.PdfDocument(pdf)[0].render(scale=150 / 72).to_pil()
    return [barcode.text for barcode in zxingcpp.read_barcodes(image)]


@pytest.fixture
def service(core: KioskCore) -> RequestService:
    return RequestService(core)


def file_request(service: RequestService) -> str:
    with service.core.catalog.connect() as connection:
        item = connection.execute(text(
            "SELECT number FROM items WHERE samples_on_hand > 0 LIMIT 1")).scalar_one()
    return service.file_sample({
        "item_number": item, "quantity": 1, "company": "<i>Acme</i> MChJ",
        "contact_name": "Aliyev Vali", "phone": "+998901234567", "region": "andijan",
        "consent": True, "language": "ru"}).number


def test_a_request_goes_through_cups_and_its_slip_scans_back(cups: Path,
                                                             service: RequestService) -> None:
    number = file_request(service)
    job = service.print_slip(number, queue=QUEUE)
    record = service.get(number)
    assert (record.status, record.print_job, record.print_error) == (RequestStatus.PRINTED,
                                                                     job.job_id, "")
    pdf = cups_pdf(job)
    width, height = pdfium.PdfDocument(pdf)[0].get_size()
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (80, 120)
    payload = service.slip_payload(record)
    assert qr_texts(pdf) == [payload]
    assert payload.split("*")[:3] == [number, record.item_number.replace("-", "")  # type: ignore[union-attr]
                                      .replace(".", "").replace(" ", "").upper(), "K01"]
    assert service.find_by_scan(qr_texts(pdf)[0]).number == number
    # A reprint is another job, and the request stays printed.
    again = service.print_slip(number, queue=QUEUE)
    assert again.job_id != job.job_id
    assert service.get(number).status is RequestStatus.PRINTED


def test_a6_paper_is_asked_of_cups_and_the_slip_still_scans(cups: Path,
                                                             core: KioskCore) -> None:
    a6 = RequestService(core)
    a6.config = core.config.model_copy(update={"printer": PrinterSection(paper="A6")})
    number = file_request(a6)
    pdf = cups_pdf(a6.print_slip(number, queue=QUEUE))
    width, height = pdfium.PdfDocument(pdf)[0].get_size()
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (105, 148)
    assert qr_texts(pdf) == [a6.slip_payload(a6.get(number))]


def test_a_test_slip_prints(cups: Path, service: RequestService) -> None:
    job = service.print_test_slip(QUEUE)
    assert qr_texts(cups_pdf(job)) == ["CL-TEST*K01"]


def test_printer_state_of_a_ready_queue(cups: Path, service: RequestService) -> None:
    state = service.printer_state(QUEUE)
    assert (state.queue, state.ready, state.enabled, state.accepting) == (QUEUE, True, True,
                                                                          True)


def test_an_unknown_queue_keeps_the_request_unprinted_with_the_reason(
        cups: Path, service: RequestService) -> None:
    number = file_request(service)
    with pytest.raises(PrinterError) as caught:
        service.print_slip(number, queue="NoSuchQueue")
    assert caught.value.reason is PrinterReason.UNKNOWN_QUEUE
    record = service.get(number)
    assert record.status is RequestStatus.NEW
    assert "NoSuchQueue" in record.print_error


def test_a_stopped_printer_loses_nothing_and_prints_once_it_is_back(
        cups: Path, service: RequestService, spare_queue: str) -> None:
    number = file_request(service)
    admin("cupsdisable", "-r", "Paper out", spare_queue)
    with pytest.raises(PrinterError) as caught:
        service.print_slip(number, queue=spare_queue)
    assert caught.value.reason is PrinterReason.STOPPED
    assert "Paper out" in caught.value.message
    assert service.printer_state(spare_queue).pending_jobs == 0  # nothing left to print later
    record = service.get(number)
    assert (record.status, record.printed_at) == (RequestStatus.NEW, None)
    assert "stopped" in record.print_error
    admin("cupsenable", spare_queue)
    job = service.print_slip(number, queue=spare_queue)
    assert qr_texts(cups_pdf(job)) == [service.slip_payload(service.get(number))]
    assert service.get(number).status is RequestStatus.PRINTED
    assert service.get(number).print_error == ""


def test_a_queue_that_rejects_jobs(cups: Path, service: RequestService,
                                   spare_queue: str) -> None:
    admin("cupsreject", "-r", "Maintenance", spare_queue)
    number = file_request(service)
    with pytest.raises(PrinterError) as caught:
        service.print_slip(number, queue=spare_queue)
    assert caught.value.reason is PrinterReason.REJECTING
    assert service.get(number).status is RequestStatus.NEW


def test_a_job_the_printer_never_finishes_is_cancelled_and_reported(
        cups: Path, service: RequestService, core: KioskCore) -> None:
    # A network printer that does not answer (nothing listens on the discard port).
    name = f"SlipDead{os.getpid()}"
    admin("lpadmin", "-p", name, "-v", "socket://127.0.0.1:9", "-m",
          "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd", "-E")
    try:
        impatient = RequestService(core)
        impatient.config = core.config.model_copy(
            update={"printer": PrinterSection(job_timeout_s=1.0)})
        number = file_request(impatient)
        started = time.monotonic()
        with pytest.raises(PrinterError) as caught:
            impatient.print_slip(number, queue=name)
        assert time.monotonic() - started < 6
        assert caught.value.reason is PrinterReason.JOB_STUCK
        assert Printer(name).pending_job_ids(name) == set()  # cancelled, cannot come out later
        assert impatient.get(number).status is RequestStatus.NEW
        assert "did not finish" in impatient.get(number).print_error
    finally:
        subprocess.run(["cancel", "-a", name], capture_output=True, check=False)
        admin("lpadmin", "-x", name)


def test_cups_not_running(cups: Path, service: RequestService) -> None:
    number = file_request(service)
    pid = int(Path("/run/cups/cupsd.pid").read_text().split()[0])
    os.kill(pid, 15)
    try:
        deadline = time.monotonic() + 10
        while Path(f"/proc/{pid}").exists():
            assert time.monotonic() < deadline, "cupsd did not stop"
            time.sleep(0.05)
        with pytest.raises(PrinterError) as caught:
            service.print_slip(number, queue=QUEUE)
        assert caught.value.reason is PrinterReason.CUPS_DOWN
        with pytest.raises(PrinterError) as state_error:
            service.printer_state(QUEUE)
        assert state_error.value.reason is PrinterReason.CUPS_DOWN
        assert service.get(number).print_error == "the CUPS print service is not running"
    finally:
        start_cups()
    assert service.print_slip(number, queue=QUEUE).queue == QUEUE


def test_no_queue_configured_uses_the_cups_default_or_says_there_is_none(
        cups: Path, service: RequestService) -> None:
    number = file_request(service)
    default = default_queue()
    if default is None:
        with pytest.raises(PrinterError) as caught:
            service.print_slip(number, queue="")
        assert caught.value.reason is PrinterReason.NO_DEFAULT
    else:
        assert service.print_slip(number, queue="").queue == default


def test_paper_out_alerts_stop_printing() -> None:
    # What `lpstat -l -p` says of a thermal printer with an empty roll (cannot happen here).
    printer_text = ("printer Thermal is idle.  enabled since Fri Nov 27 11:50:51 2026\n"
                    "\tMedia empty\n\tForm mounted:\n\tContent types: any\n"
                    "\tAlerts: media-empty-error media-needed\n")
    state = parse_printer_state("Thermal", printer_text,
                                "Thermal accepting requests since Fri Nov 27", "")
    assert state.paper_out and not state.ready
    problem = state.problem()
    assert problem is not None
    assert problem.reason is PrinterReason.PAPER_OUT
    assert "Media empty" in problem.message
