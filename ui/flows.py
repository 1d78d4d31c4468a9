"""Wires the request form, the confirmation and staff mode into the kiosk window; screenshots."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from sqlalchemy import text

from kiosk.catalog import Catalog
from kiosk.core import KioskCore
from kiosk.printing import CUPS_PDF_OUT, PrinterError, cups_pdf_output
from kiosk.requests.forms import format_phone
from kiosk.requests.records import RequestRecord
from kiosk.requests.service import RequestService
from ui.main_window import MainWindow
from ui.screens.confirmation import ConfirmationScreen
from ui.screens.request_form import RequestForm, SampleItem
from ui.screenshots import ScreenshotDirector
from ui.staff.mode import StaffMode
from ui.tasks import TaskRunner
from ui.widgets import PlainLabel

log = logging.getLogger(__name__)

# Test hook: with an item number here, the kiosk files a sample request for it through the
# form as soon as the catalog is open, and prints "CONFIRMED <number>" once it is confirmed.
AUTOFILE_ENV = "COOPLAB_TEST_AUTOFILE"
SCREENSHOT_ITEM = "96535257"
SCREENSHOT_QUEUE = "SlipPDF"  # the cups-pdf queue of deploy/start-cups.sh
EXAMPLE_VISITORS = {
    "uz": ("Fargʻona Avtodetal MChJ", "Aliyev Vali", "901234567", "fergana", "305123456"),
    "ru": ("ООО «Самарканд Пласт»", "Иванова Мария", "935557711", "samarkand", "207654321"),
    "en": ("Navoi Rubber Works LLC", "Timur Karimov", "977001122", "navoi", ""),
}


class RequestServices(QObject):
    """What the request screens share: one RequestService and a printing thread of their own
    (a print waits for CUPS for up to printer.job_timeout_s; database work must not wait)."""

    def __init__(self, window: MainWindow, core: KioskCore) -> None:
        super().__init__(window)
        self.setObjectName("requestServices")
        self.service = RequestService(core)
        self.printing = TaskRunner("printing", workers=1, parent=self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.printing.shutdown)


def request_services(window: MainWindow, core: KioskCore) -> RequestServices:
    found = window.findChild(RequestServices, "requestServices")
    return found if isinstance(found, RequestServices) else RequestServices(window, core)


def sample_item(catalog: Catalog, service: RequestService, item_id: int) -> SampleItem | None:
    """The item as the form shows it, with the samples still on hand here (database thread)."""
    detail = catalog.item(item_id)
    if detail is None:
        return None
    summary = detail.summary
    stand = " / ".join(part for part in (detail.stand, detail.shelf) if part)
    picture = catalog.photos_dir / summary.thumbnail if summary.thumbnail else None
    on_hand = service.samples_on_hand(summary.number, detail.samples_on_hand)
    return SampleItem(summary.number, summary.name, stand, on_hand, picture)


class VisitorRequests(QObject):
    """The visitor's side: "Request a sample" and "Ask for help" open the form; a filed
    request shows the confirmation (which prints the slip when the kiosk is set to)."""

    form_opened = Signal()
    filed = Signal(object)  # RequestRecord, committed and confirmed (e.g. for demand figures)

    def __init__(self, window: MainWindow, core: KioskCore) -> None:
        super().__init__(window)
        self.setObjectName("visitorRequests")
        self.window = window
        shared = request_services(window, core)
        self.service = shared.service
        self.form = RequestForm(self.service, window.database, window.thumbnails,
                                attach_keyboard=window.attach_keyboard)
        self.confirmation = ConfirmationScreen(self.service, shared.printing, window.thumbnails)
        window.stack.addWidget(self.form)
        window.stack.addWidget(self.confirmation)
        window.local_samples = self.service.samples_on_hand
        self._opening = 0
        self._then: Callable[[], None] | None = None
        window.sample_requested.connect(self.open_sample)
        window.help_requested.connect(self.open_help)
        window.visitor_reset.connect(self._on_reset)
        window.languages.changed.connect(self.form.set_language)
        self.form.back_requested.connect(window.go_back)
        self.form.filed.connect(self._on_filed)
        self.confirmation.done.connect(window.show_home)

    def open_sample(self, item_id: int, then: Callable[[], None] | None = None) -> None:
        """Open the form for samples of an item (`then` runs once it shows)."""
        catalog = self.window.catalog()
        service = self.service
        self._opening += 1
        opening = self._opening
        self.window.database.submit(lambda: sample_item(catalog, service, item_id),
                                    lambda item: self._show_sample(opening, item, then))

    def _show_sample(self, opening: int, item: SampleItem | None,
                     then: Callable[[], None] | None) -> None:
        if opening != self._opening or item is None:
            return
        self.form.open_sample(item, self.window.languages.language)
        self.window.show_screen(self.form)
        self.form_opened.emit()
        if then is not None:
            then()

    def open_help(self, kind: str) -> None:
        self._opening += 1
        self.form.open_help(kind, self.window.languages.language)
        self.window.show_screen(self.form)
        self.form_opened.emit()

    def _on_filed(self, record: RequestRecord) -> None:
        picture = self.form.item.picture if self.form.item is not None else None
        self.confirmation.show_record(record, picture)
        self.window.show_screen(self.confirmation)
        self.form.clear()
        self.filed.emit(record)

    def _on_reset(self) -> None:
        self._opening += 1
        self.form.clear()
        self.confirmation.clear()


def install_visitor_requests(window: MainWindow, core: KioskCore) -> VisitorRequests:
    """The request form and confirmation in `window` (call right after creating it)."""
    flow = VisitorRequests(window, core)
    item_number = os.environ.get(AUTOFILE_ENV, "").strip()
    if item_number:
        _AutoFile(window, flow, item_number)
    return flow


def install_staff_mode(window: MainWindow, core: KioskCore, *,
                       config_path: Path | None = None) -> StaffMode:
    """Staff mode behind the hidden gesture; `config_path` is where Settings saves."""
    shared = request_services(window, core)
    return StaffMode(window, core, shared.service, shared.printing, config_path=config_path)


class _AutoFile(QObject):
    """The COOPLAB_TEST_AUTOFILE hook: one sample request through the form's own code path."""

    def __init__(self, window: MainWindow, flow: VisitorRequests, item_number: str) -> None:
        super().__init__(window)
        self.window = window
        self.flow = flow
        self.item_number = item_number
        window.catalog_ready.connect(self._start)
        flow.filed.connect(self._confirmed)

    def _start(self) -> None:
        self.window.catalog_ready.disconnect(self._start)
        catalog = self.window.catalog()
        self.window.database.submit(lambda: catalog.item_id(self.item_number), self._open)

    def _open(self, item_id: int | None) -> None:
        if item_id is None:
            print(f"AUTOFILE: no item {self.item_number}", file=sys.stderr, flush=True)
            return
        self.window.show_home()
        self.flow.open_sample(item_id, self._fill)

    def _fill(self) -> None:
        form = self.flow.form
        form.company.setText("Autofile <Test> MChJ")
        form.contact_name.setText("Sigkill Sinov")
        form.phone.setText("+998 90 123-45-67")
        form.set_region("tashkent_city")
        form.consent.setChecked(True)
        form.submit()

    def _confirmed(self, record: RequestRecord) -> None:
        if self.window.current_screen() is self.flow.confirmation:
            print(f"CONFIRMED {record.number}", flush=True)


# ---- screenshots

class SlipPreview(QWidget):
    """A slip as CUPS wrote it, rendered from the PDF (screenshot mode)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slipPreview")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.image = PlainLabel(object_name="slipImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = PlainLabel(object_name="slipCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.caption)

    def show_pdf(self, path: Path, caption: str, height: int = 960) -> None:
        self.image.setPixmap(QPixmap.fromImage(render_pdf_page(path, height)))
        self.caption.setText(caption)


def render_pdf_page(path: Path, height: int) -> QImage:
    """The first page of a PDF as an image `height` pixels high (QtPdf)."""
    document = QPdfDocument()
    document.load(str(path))
    points = document.pagePointSize(0)
    size = QSize(max(1, round(points.width() * height / max(points.height(), 1.0))), height)
    rendered = document.render(0, size)
    document.close()
    page = QImage(size, QImage.Format.Format_RGB32)
    page.fill(QColor("#ffffff"))  # a PDF page has no background of its own
    painter = QPainter(page)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return page


def _print_for_screenshot(service: RequestService, record: RequestRecord,
                          scratch: Path) -> tuple[Path, str]:
    """Print through the cups-pdf queue and find its PDF; without CUPS, the kiosk's own PDF."""
    try:
        job = service.print_slip(record.number, queue=service.config.printer.queue
                                 or SCREENSHOT_QUEUE)
    except PrinterError as error:
        log.warning("screenshot slip not printed (%s): showing the PDF the kiosk made", error)
        path = scratch / f"{record.number}.pdf"
        path.write_bytes(service.slip_pdf(record))
        return path, f"Not printed ({error.reason.value}): the slip PDF as the kiosk made it"
    deadline = time.monotonic() + 5.0
    found = cups_pdf_output(job)
    while found is None and time.monotonic() < deadline:
        time.sleep(0.05)  # cups-pdf may still be closing the file (worker thread)
        found = cups_pdf_output(job)
    if found is None:
        path = scratch / f"{record.number}.pdf"
        path.write_bytes(service.slip_pdf(record))
        return path, f"Printed as {job.job_id}, but no PDF in {CUPS_PDF_OUT}: the kiosk's own PDF"
    return found, f"Slip {record.number} as CUPS printed it ({job.job_id}, {found.name})"


def _screenshot_item(catalog: Catalog) -> int:
    """The example item of the screenshots, or the first one with samples to give."""
    with catalog.connect() as connection:
        return int(connection.execute(text(
            "SELECT id FROM items ORDER BY samples_on_hand > 1 DESC, number = :n DESC, id "
            "LIMIT 1"), {"n": SCREENSHOT_ITEM}).scalar_one())


def add_screenshot_steps(director: ScreenshotDirector, window: MainWindow,
                         core: KioskCore) -> None:
    """The form, the confirmation, the staff queue and a printed slip in each language."""
    visitor = window.findChild(VisitorRequests, "visitorRequests")
    staff = window.findChild(StaffMode, "staffMode")
    if not isinstance(visitor, VisitorRequests) or not isinstance(staff, StaffMode):
        raise RuntimeError("install the request flows before adding their screenshots")
    preview = SlipPreview()
    window.stack.addWidget(preview)
    service = visitor.service
    filed: dict[str, RequestRecord] = {}
    visitor.filed.connect(lambda record: filed.__setitem__(record.language, record))
    scratch = Path(tempfile.gettempdir()) / "cooplab-screenshot-slips"

    def open_form(lang: str) -> None:
        staff.end()
        window.reset_visitor()
        window.languages.set_language(lang)
        window.show_home()
        visitor.open_sample(_screenshot_item(window.catalog()), lambda: fill(lang))

    def fill(lang: str) -> None:
        company, name, phone, region, tin = EXAMPLE_VISITORS[lang]
        form = visitor.form
        form.company.setText(company)
        form.contact_name.setText(name)
        form.phone.setText(format_phone(phone))
        form.tin.setText(tin)
        form.set_region(region)
        form.more.click()
        form.consent.setChecked(True)

    def open_staff(lang: str) -> None:
        staff.enter()
        record = filed.get(lang)
        if record is not None:
            staff.desk.open_number(record.number)

    def print_slip(lang: str) -> None:
        record = filed.get(lang)
        if record is None:
            return
        scratch.mkdir(parents=True, exist_ok=True)

        def show(result: tuple[Path, str]) -> None:
            preview.show_pdf(*result)
            window.show_screen(preview, top_bar=False)

        window.database.submit(lambda: _print_for_screenshot(service, record, scratch), show)

    for lang in ("uz", "ru", "en"):
        director.add_step(f"request-form-{lang}", lambda lang=lang: open_form(lang))
        director.add_step(f"request-confirmation-{lang}", visitor.form.submit)
        director.add_step(f"staff-queue-{lang}", lambda lang=lang: open_staff(lang))
        director.add_step(f"slip-{lang}", lambda lang=lang: print_slip(lang))
