"""The staff request desk: the queue with search and status chips, one request and its actions."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from db.salvage import StateRecovery
from db.state_models import RequestStatus
from kiosk.printing import PrinterError, PrinterReason, PrintJob
from kiosk.recovery import dismiss_recovery, recovery_notice
from kiosk.regions import REGION_BY_CODE
from kiosk.requests.errors import DraftError, RequestError, RequestReason
from kiosk.requests.forms import format_phone
from kiosk.requests.numbers import SEPARATOR, parse_request_number, typed_variants
from kiosk.requests.records import RequestRecord
from kiosk.requests.service import RequestService
from ui.i18n import translate
from ui.screens.request_form import ItemPicture, kind_title
from ui.tasks import TaskRunner
from ui.thumbnails import ThumbnailCache
from ui.widgets import PlainLabel, make_kinetic

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("number", "status", "filed", "request", "company", "contact")
STATUS_CHIPS: tuple[RequestStatus | None, ...] = (None, RequestStatus.NEW, RequestStatus.PRINTED,
                                                  RequestStatus.ISSUED, RequestStatus.CANCELLED)
ROW_HEIGHT = 80
SCAN_GAP_S = 3.0  # keys further apart than this start a new scan
PROBLEM_COLOR = QColor("#b83c28")


def status_text(status: RequestStatus) -> str:
    return {
        RequestStatus.NEW: translate("RequestStatus", "New"),
        RequestStatus.PRINTED: translate("RequestStatus", "Printed"),
        RequestStatus.ISSUED: translate("RequestStatus", "Sample issued"),
        RequestStatus.CANCELLED: translate("RequestStatus", "Cancelled"),
    }[status]


def local_text(moment: datetime | None, *, short: bool = False) -> str:
    """A naive UTC time from the state database as the kiosk's local date and time."""
    if moment is None:
        return ""
    return moment.replace(tzinfo=UTC).astimezone().strftime(
        "%d.%m.%y %H:%M" if short else "%Y-%m-%d %H:%M")


def printer_problem_text(error: PrinterError, queue: str) -> str:
    """What staff read when a slip did not print: the reason in words, then CUPS's own."""
    name = queue or translate("Printer", "(CUPS default)")
    texts = {
        PrinterReason.CUPS_MISSING: translate(
            "Printer", "The printing system (CUPS) is not installed on this kiosk."),
        PrinterReason.CUPS_DOWN: translate(
            "Printer", "The print service (CUPS) is not running. Restart the kiosk PC."),
        PrinterReason.NO_DEFAULT: translate(
            "Printer", "No printer is chosen: choose the slip printer in Settings."),
        PrinterReason.UNKNOWN_QUEUE: translate(
            "Printer", "There is no printer called %1: choose the slip printer in Settings."),
        PrinterReason.STOPPED: translate(
            "Printer", "Printer %1 is stopped: check it, then switch it on again."),
        PrinterReason.REJECTING: translate("Printer", "Printer %1 does not accept jobs."),
        PrinterReason.PAPER_OUT: translate(
            "Printer", "Printer %1 is out of paper: put in a new roll."),
        PrinterReason.JOB_REFUSED: translate("Printer", "The print service refused the slip."),
        PrinterReason.JOB_STUCK: translate(
            "Printer", "Printer %1 did not print the slip in time (paper, cover, cable?). The "
            "job was cancelled."),
    }
    text = texts.get(error.reason, translate("Printer", "The slip could not be printed."))
    return text.replace("%1", name) + "\n" + error.message


def request_error_text(error: RequestError, scanned: str = "") -> str:
    """A request operation's refusal in words (scans, cancelling, handing over)."""
    if error.reason is RequestReason.OTHER_KIOSK:
        kiosk = slip_kiosk(scanned)
        if kiosk:
            return translate("Desk", "This slip was printed at kiosk %1: its request is in that "
                             "kiosk's queue.").replace("%1", kiosk)
        return translate("Desk", "This slip was printed at another kiosk.")
    texts = {
        RequestReason.BAD_SCAN: translate("Desk", "That is not the code of a request slip."),
        RequestReason.BAD_CHECK: translate(
            "Desk", "The slip's check value is wrong: the code is mistyped or the slip is "
            "forged. Nothing was opened."),
        RequestReason.BAD_NUMBER: translate(
            "Desk", "That is not a valid request number (like CL-K01-000123-7)."),
        RequestReason.NOT_FOUND: translate("Desk", "There is no such request on this kiosk."),
        RequestReason.NOT_A_SAMPLE: translate(
            "Desk", "This is a request for help: there is no sample to hand over."),
        RequestReason.WRONG_STATUS: translate(
            "Desk", "Not possible for a request in this state."),
    }
    return texts.get(error.reason, translate("Desk", "That did not work."))


def slip_kiosk(scanned: str) -> str:
    """The kiosk id a scanned slip code names (unchecked; for the message only)."""
    for variant in typed_variants(scanned[:300]):
        parts = variant.split(SEPARATOR)
        if len(parts) == 4 and parts[2].isascii() and parts[2].isalnum() and len(parts[2]) <= 8:
            return parts[2]
    return ""


class RequestTableModel(QAbstractTableModel):
    """The queue as shown: one row per request, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[RequestRecord] = []

    def set_records(self, records: list[RequestRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> RequestRecord | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, number: str) -> int:
        return next((row for row, r in enumerate(self._records) if r.number == number), -1)

    def update_record(self, record: RequestRecord) -> None:
        row = self.row_of(record.number)
        if row >= 0:
            self._records[row] = record
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records) \
                or not 0 <= index.column() < len(COLUMNS):
            return None
        record = self._records[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(record, column)
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and record.print_error:
            return PROBLEM_COLOR
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < len(COLUMNS):
            return None
        return {
            "number": translate("Desk", "Number"), "status": translate("Desk", "Status"),
            "filed": translate("Desk", "Filed"), "request": translate("Desk", "Request"),
            "company": translate("Desk", "Company"), "contact": translate("Desk", "Contact"),
        }[COLUMNS[section]]

    @staticmethod
    def _text(record: RequestRecord, column: str) -> str:
        if column == "number":
            return record.number
        if column == "status":
            # A slip that failed to print stands out; the panel says why.
            return status_text(record.status) + (" · ⚠" if record.print_error else "")
        if column == "filed":
            return local_text(record.created_at, short=True)
        if column == "request":
            if record.is_sample:
                return f"{record.item_number} × {record.quantity} · {record.item_name}"
            return kind_title(record.kind)
        if column == "company":
            return record.company
        return f"{record.contact_name} · {format_phone(record.phone)}"


class ScanCollector(QObject):
    """An application event filter for a USB barcode scanner, which types like a keyboard.

    While `active` and no text field has the focus, typed characters are collected and Enter
    emits `scanned` with them; those keys go nowhere else.
    """

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.active = False
        self._clock = clock
        self._buffer = ""
        self._last = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.active or event.type() != QEvent.Type.KeyPress \
                or not isinstance(event, QKeyEvent):
            return False
        if isinstance(QApplication.focusWidget(), QLineEdit):
            return False
        now = self._clock()
        if now - self._last > SCAN_GAP_S:
            self._buffer = ""
        self._last = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text, self._buffer = self._buffer.strip(), ""
            if text:
                self.scanned.emit(text)
            return True
        typed = event.text()
        if typed and typed.isprintable():
            self._buffer = (self._buffer + typed)[-300:]
            return True
        return False


class RequestPanel(QFrame):
    """One request: everything about it, and what staff can do with it."""

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestPanel")
        self.number = PlainLabel(object_name="deskNumber")
        self.status = PlainLabel(object_name="deskStatus")
        self.picture = ItemPicture(thumbnails, QSize(240, 180))
        self.captions: dict[str, PlainLabel] = {}
        self.values: dict[str, PlainLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(10)
        for row, name in enumerate(("request", "quantity", "stand", "filed", "company",
                                    "contact", "phone", "region", "tin", "email", "text",
                                    "slip", "cancel")):
            caption = PlainLabel(object_name="detailCaption")
            value = PlainLabel(object_name="detailValue")
            value.setWordWrap(True)
            self.captions[name] = caption
            self.values[name] = value
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        self.print_button = QPushButton(objectName="printButton")
        self.issue_button = QPushButton(objectName="issueButton")
        self.cancel_button = QPushButton(objectName="cancelButton")
        self.reason = QLineEdit(objectName="formField")
        self.reason.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.reason.setMinimumHeight(80)
        self.confirm_cancel = QPushButton(objectName="confirmCancel")
        self.keep = QPushButton(objectName="keepButton")
        self.cancel_box = QWidget(objectName="cancelBox")
        cancel_layout = QVBoxLayout(self.cancel_box)
        cancel_layout.setContentsMargins(0, 0, 0, 0)
        self.reason_label = PlainLabel(object_name="fieldLabel")
        cancel_layout.addWidget(self.reason_label)
        cancel_layout.addWidget(self.reason)
        cancel_buttons = QHBoxLayout()
        cancel_buttons.addWidget(self.confirm_cancel)
        cancel_buttons.addWidget(self.keep)
        cancel_buttons.addStretch(1)
        cancel_layout.addLayout(cancel_buttons)
        self.cancel_box.hide()
        self.message = PlainLabel(object_name="deskMessage")
        self.message.setWordWrap(True)
        self.empty = PlainLabel(object_name="emptyState")
        self.empty.setWordWrap(True)

        heading = QHBoxLayout()
        heading.addWidget(self.number, 1)
        heading.addWidget(self.status)
        self.body = QWidget(objectName="requestBody")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(14)
        body.addLayout(heading)
        body.addWidget(self.picture)
        body.addLayout(grid)
        body.addStretch(1)
        scroll = QScrollArea(objectName="requestScroll")
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        make_kinetic(scroll)
        buttons = QGridLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.print_button, 0, 0)
        buttons.addWidget(self.issue_button, 0, 1)
        buttons.addWidget(self.cancel_button, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.cancel_box)
        layout.addLayout(buttons)
        self.scroll = scroll
        self.show_record(None, None)

    def show_record(self, record: RequestRecord | None, picture: Path | None) -> None:
        self.empty.setVisible(record is None)
        self.scroll.setVisible(record is not None)
        for button in (self.print_button, self.issue_button, self.cancel_button):
            button.setVisible(record is not None)
        if record is None:
            self.cancel_box.hide()
            self.picture.set_path(None)
            return
        self.number.setText(record.number)
        self.status.setText(status_text(record.status))
        self.status.setProperty("status", record.status.value)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.picture.set_path(picture if record.is_sample else None)
        region = REGION_BY_CODE.get(record.region)
        filed_by = (translate("Desk", "by staff, for a visitor who phoned")
                    if record.filed_by == "staff" else translate("Desk", "at this kiosk"))
        if record.print_error:
            slip = translate("Desk", "Not printed: %1").replace("%1", record.print_error)
        elif record.printed_at is not None:
            slip = translate("Desk", "Printed %1").replace("%1", local_text(record.printed_at))
        else:
            slip = translate("Desk", "Not printed yet")
        values = {
            "request": (f"{record.item_number} · {record.item_name}" if record.is_sample
                        else kind_title(record.kind)),
            "quantity": str(record.quantity) if record.is_sample else "",
            "stand": record.item_stand,
            "filed": f"{local_text(record.created_at)}, {filed_by}",
            "company": record.company,
            "contact": record.contact_name,
            "phone": format_phone(record.phone),
            "region": region.name(record.language) if region else record.region,
            "tin": record.tin,
            "email": record.email,
            "text": record.description if not record.is_sample else record.note,
            "slip": slip,
            "cancel": record.cancel_reason,
        }
        for name, value in values.items():
            self.values[name].setText(value)
            self.values[name].setVisible(bool(value))
            self.captions[name].setVisible(bool(value))
        self.captions["text"].setText(translate("Desk", "Description") if not record.is_sample
                                      else translate("Desk", "Note"))
        open_status = record.status in (RequestStatus.NEW, RequestStatus.PRINTED)
        self.print_button.setText(translate("Desk", "Reprint slip") if record.printed
                                  else translate("Desk", "Print slip"))
        self.print_button.setEnabled(record.status is not RequestStatus.CANCELLED)
        self.issue_button.setEnabled(record.is_sample and open_status)
        self.cancel_button.setEnabled(open_status)
        if not open_status:
            self.cancel_box.hide()

    def retranslate(self) -> None:
        captions = {
            "request": translate("Desk", "Request"), "quantity": translate("Desk", "Samples"),
            "stand": translate("Desk", "Stand"), "filed": translate("Desk", "Filed"),
            "company": translate("Desk", "Company"), "contact": translate("Desk", "Name"),
            "phone": translate("Desk", "Phone"), "region": translate("Desk", "Region"),
            "tin": translate("Desk", "TIN"), "email": translate("Desk", "E-mail"),
            "slip": translate("Desk", "Slip"), "cancel": translate("Desk", "Cancelled because"),
        }
        for name, text in captions.items():
            self.captions[name].setText(text)
        self.issue_button.setText(translate("Desk", "Sample handed over"))
        self.cancel_button.setText(translate("Desk", "Cancel request…"))
        self.reason_label.setText(translate("Desk", "Why is it cancelled?"))
        self.confirm_cancel.setText(translate("Desk", "Cancel the request"))
        self.keep.setText(translate("Desk", "Keep it"))
        self.empty.setText(translate("Desk", "Tap a request in the queue, or scan a slip."))


class RequestDesk(QWidget):
    """The request queue and one request; all database work on `database`, printing on
    `printing` (a print can take seconds)."""

    new_request_requested = Signal()
    loaded = Signal()  # the queue was read again
    opened = Signal(object)  # the RequestRecord now shown
    message_shown = Signal(str)  # after an action or a scan: what staff were told

    def __init__(self, service: RequestService, database: TaskRunner, printing: TaskRunner,
                 thumbnails: ThumbnailCache, *,
                 attach_keyboard: Callable[[QLineEdit], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestDesk")
        self.service = service
        self.database = database
        self.printing = printing
        self.record: RequestRecord | None = None
        self.picture: Path | None = None
        self.status_filter: RequestStatus | None = None
        self.counts: dict[RequestStatus, int] = {}
        self._query = 0
        self._opening = 0
        self.printing_numbers: set[str] = set()

        self.search = QLineEdit(objectName="searchField")
        self.search.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.search.textEdited.connect(lambda _text: self.refresh())
        self.search.returnPressed.connect(self._on_search_enter)
        self.new_request = QPushButton(objectName="servicesButton")
        self.new_request.clicked.connect(self.new_request_requested)
        self.chips = QButtonGroup(self)
        chip_row = QHBoxLayout()
        chip_row.setSpacing(12)
        self.chip_buttons: dict[RequestStatus | None, QPushButton] = {}
        for status in STATUS_CHIPS:
            chip = QPushButton(objectName="sortChip")
            chip.setCheckable(True)
            chip.setChecked(status is None)
            chip.clicked.connect(lambda _checked=False, s=status: self.set_status_filter(s))
            self.chips.addButton(chip)
            self.chip_buttons[status] = chip
            chip_row.addWidget(chip)
        chip_row.addStretch(1)
        self.banner = PlainLabel(object_name="scanMessage")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.model = RequestTableModel(self)
        self.table = QTableView(objectName="requestTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in enumerate((245, 190, 200, 330, 230)):
            header.resizeSection(column, width)
        make_kinetic(self.table)
        self.table.clicked.connect(self._on_row_clicked)
        self.empty = PlainLabel(object_name="emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.panel = RequestPanel(thumbnails)
        self.panel.setFixedWidth(640)
        self.panel.print_button.clicked.connect(self.print_current)
        self.panel.issue_button.clicked.connect(self.issue_current)
        self.panel.cancel_button.clicked.connect(self._ask_cancel_reason)
        self.panel.confirm_cancel.clicked.connect(
            lambda: self.cancel_current(self.panel.reason.text()))
        self.panel.keep.clicked.connect(self._keep)
        if attach_keyboard is not None:
            attach_keyboard(self.search)
            attach_keyboard(self.panel.reason)

        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_request)
        queue = QVBoxLayout()
        queue.setSpacing(14)
        # After a damaged request database was replaced: above everything, until dismissed.
        self.recovery_notice = RecoveryNotice(service.core.state_engine, database)
        queue.addWidget(self.recovery_notice)
        queue.addLayout(top)
        queue.addLayout(chip_row)
        queue.addWidget(self.banner)
        queue.addWidget(self.table, 1)
        queue.addWidget(self.empty)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(queue, 1)
        layout.addWidget(self.panel)
        self.retranslate()

    # ---- the queue

    def refresh(self) -> None:
        """Read the queue again with the search and filter shown (newest first)."""
        self.recovery_notice.refresh()
        self._query += 1
        query = self._query
        search = self.search.text()
        statuses = (self.status_filter,) if self.status_filter is not None else ()
        service = self.service

        def load() -> tuple[list[RequestRecord], dict[RequestStatus, int]]:
            return service.list_requests(search=search, statuses=statuses), service.counts()

        self.database.submit(load, lambda result: self._on_loaded(query, *result))

    def _on_loaded(self, query: int, records: list[RequestRecord],
                   counts: dict[RequestStatus, int]) -> None:
        if query != self._query:
            return  # overtaken by a newer search
        self.counts = counts
        self.model.set_records(records)
        self.empty.setVisible(not records)
        self.table.setVisible(bool(records))
        self._select_current()
        self._show_chip_texts()
        self.loaded.emit()

    def set_status_filter(self, status: RequestStatus | None) -> None:
        self.status_filter = status
        for chip_status, chip in self.chip_buttons.items():
            chip.setChecked(chip_status == status)
        self.refresh()

    def clear(self) -> None:
        """Forget the search, the filter, the open request and any message."""
        self.search.clear()
        self.status_filter = None
        for chip_status, chip in self.chip_buttons.items():
            chip.setChecked(chip_status is None)
        self.record = None
        self.picture = None
        self.panel.reason.clear()
        self.panel.message.clear()
        self.panel.show_record(None, None)
        self._show_banner("", "")

    # ---- one request

    def _fetch(self, find: Callable[[], RequestRecord]) -> tuple[RequestRecord, Path | None]:
        record = find()
        picture = None
        if record.item_number:
            item = self.service.item_snapshot(record.item_number)
            picture = item.thumbnail if item is not None else None
        return record, picture

    def open_number(self, number: str) -> None:
        """Show the request with this number (from the database: its latest state)."""
        service = self.service
        self._open(lambda: self._fetch(lambda: service.get(number)), "")

    def open_scan(self, scanned: str) -> None:
        """Open the request of a scanned slip code (check value verified) or a typed number."""
        service = self.service
        self._open(lambda: self._fetch(lambda: service.find_by_scan(scanned)), scanned)

    def _open(self, work: Callable[[], tuple[RequestRecord, Path | None]],
              scanned: str) -> None:
        self._opening += 1
        opening = self._opening
        self.database.submit(work, lambda result: self._on_opened(opening, scanned, *result),
                             lambda error: self._on_open_error(opening, scanned, error))

    def _on_opened(self, opening: int, scanned: str, record: RequestRecord,
                   picture: Path | None) -> None:
        if opening != self._opening:
            return
        if scanned:
            self._show_banner(translate("Desk", "Scanned: request %1.").replace(
                "%1", record.number), "ok")
        self.panel.message.clear()
        self.panel.reason.clear()
        self.panel.cancel_box.hide()
        self.show_record(record, picture)

    def _on_open_error(self, opening: int, scanned: str, error: BaseException) -> None:
        if opening != self._opening:
            return
        if not isinstance(error, RequestError):
            log.error("request not opened", exc_info=error)
            self._show_banner(translate("Desk", "That did not work."), "error")
            return
        self._show_banner(request_error_text(error, scanned), "error")

    def show_record(self, record: RequestRecord, picture: Path | None = None) -> None:
        if picture is not None or self.record is None or self.record.number != record.number:
            self.picture = picture
        self.record = record
        self.panel.show_record(record, self.picture)
        if record.number in self.printing_numbers:
            self.panel.print_button.setEnabled(False)
        self.model.update_record(record)
        self._select_current()
        self.opened.emit(record)

    def _select_current(self) -> None:
        row = self.model.row_of(self.record.number) if self.record is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()

    def _on_row_clicked(self, index: QModelIndex) -> None:
        record = self.model.record(index.row())
        if record is not None:
            self._show_banner("", "")
            self.open_number(record.number)

    def _on_search_enter(self) -> None:
        text = self.search.text().strip()
        if SEPARATOR in text:
            self.open_scan(text)
            return
        try:
            number = parse_request_number(text)
        except RequestError:
            return
        self.open_number(number.text)

    # ---- actions

    def print_current(self) -> None:
        """Print (or reprint) the open request's slip on the printing thread."""
        record = self.record
        if record is None or record.number in self.printing_numbers:
            return
        self.printing_numbers.add(record.number)
        self.panel.print_button.setEnabled(False)
        self._tell(translate("Desk", "Printing the slip of %1…").replace("%1", record.number),
                   "")
        service = self.service
        self.printing.submit(lambda: service.print_slip(record.number),
                             lambda job: self._on_printed(record.number, job),
                             lambda error: self._on_print_error(record.number, error))

    def _on_printed(self, number: str, job: PrintJob) -> None:
        self.printing_numbers.discard(number)
        self._after_action(number, translate("Desk", "The slip of %1 was printed (job %2).")
                           .replace("%1", number).replace("%2", job.job_id), "ok")

    def _on_print_error(self, number: str, error: BaseException) -> None:
        self.printing_numbers.discard(number)
        if isinstance(error, PrinterError):
            text = printer_problem_text(error, self.service.config.printer.queue)
        elif isinstance(error, RequestError):
            text = translate("Desk", "A cancelled request is not printed.")
        else:
            log.error("slip of %s not printed", number, exc_info=error)
            text = translate("Desk", "The slip could not be printed.")
        self._after_action(number, text, "error")

    def issue_current(self) -> None:
        """Record that the samples were handed over (samples on hand go down)."""
        record = self.record
        if record is None:
            return
        service = self.service
        self.database.submit(
            lambda: service.mark_issued(record.number),
            lambda done: self._after_action(done.number, translate(
                "Desk", "%1: samples handed over.").replace("%1", done.number), "ok"),
            lambda error: self._on_action_error(record.number, error))

    def _ask_cancel_reason(self) -> None:
        self.panel.cancel_box.show()
        self.panel.reason.setFocus()

    def _keep(self) -> None:
        self.panel.reason.clear()
        self.panel.cancel_box.hide()
        self.panel.reason.clearFocus()

    def cancel_current(self, reason: str) -> None:
        """Cancel the open request with `reason` (required)."""
        record = self.record
        if record is None:
            return
        service = self.service
        self.database.submit(lambda: service.cancel(record.number, reason),
                             self._on_cancelled,
                             lambda error: self._on_action_error(record.number, error))

    def _on_cancelled(self, record: RequestRecord) -> None:
        self.panel.reason.clear()
        self.panel.cancel_box.hide()
        self._after_action(record.number, translate("Desk", "%1 is cancelled.").replace(
            "%1", record.number), "ok")

    def _on_action_error(self, number: str, error: BaseException) -> None:
        if isinstance(error, DraftError):
            problem = error.problems[0] if error.problems else None
            if problem is not None and problem.limit:
                text = translate("Desk", "Too long: at most %1 characters.").replace(
                    "%1", str(problem.limit))
            else:
                text = translate("Desk", "Type the reason first.")
        elif isinstance(error, RequestError):
            text = request_error_text(error)
        else:
            log.error("action on %s failed", number, exc_info=error)
            text = translate("Desk", "That did not work.")
        self._after_action(number, text, "error")

    def _after_action(self, number: str, text: str, tone: str) -> None:
        """Show what happened, then the request's new state and the queue's."""
        self._tell(text, tone)
        if self.record is not None and self.record.number == number:
            self.open_number(number)
        self.refresh()
        self.message_shown.emit(text)

    # ---- messages

    def announce(self, text: str) -> None:
        """Tell staff something about the open request (e.g. that it was just filed)."""
        self._tell(text, "ok")

    def _tell(self, text: str, tone: str) -> None:
        self.panel.message.setText(text)
        set_tone(self.panel.message, tone)

    def _show_banner(self, text: str, tone: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        set_tone(self.banner, tone)
        if text:
            self.message_shown.emit(text)

    def _show_chip_texts(self) -> None:
        names = {None: translate("Desk", "All"), **{s: status_text(s) for s in RequestStatus}}
        for status, chip in self.chip_buttons.items():
            count = sum(self.counts.values()) if status is None else self.counts.get(status, 0)
            chip.setText(f"{names[status]} · {count}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search: number, company, name, phone, item"))
        self.new_request.setText(self.tr("New request for a caller"))
        self.empty.setText(self.tr("No requests here."))
        self._show_chip_texts()
        self.panel.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.record is not None:
            self.panel.show_record(self.record, self.picture)


def set_tone(label: PlainLabel, tone: str) -> None:
    label.setProperty("tone", tone)
    label.style().unpolish(label)
    label.style().polish(label)


class RecoveryNotice(QFrame):
    """Tells staff that the request database was found damaged and was replaced, how many
    requests were recovered and where the damaged file is, until they dismiss it."""

    loaded = Signal()  # the notice was read again (shown or not)
    dismissed = Signal()

    def __init__(self, engine: Engine, database: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryNotice")
        self.engine = engine
        self.database = database
        self.recovery: StateRecovery | None = None
        self.message = PlainLabel(object_name="scanMessage")
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        self.dismiss_button = QPushButton(objectName="dismissNotice")
        self.dismiss_button.setMinimumSize(80, 80)
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.dismiss_button)
        self.hide()
        self.retranslate()

    def refresh(self) -> None:
        engine = self.engine
        self.database.submit(lambda: recovery_notice(engine), self._on_loaded)

    def _on_loaded(self, recovery: StateRecovery | None) -> None:
        self.recovery = recovery
        self.dismiss_button.setEnabled(True)
        self.retranslate()
        self.setVisible(recovery is not None)
        self.loaded.emit()

    def dismiss(self) -> None:
        recovery, engine = self.recovery, self.engine
        if recovery is None:
            return
        self.dismiss_button.setEnabled(False)
        self.database.submit(lambda: dismiss_recovery(engine, recovery),
                             lambda _none: self._on_dismissed(), self._on_dismiss_error)

    def _on_dismissed(self) -> None:
        self.recovery = None
        self.hide()
        self.dismissed.emit()

    def _on_dismiss_error(self, error: BaseException) -> None:
        log.error("the recovery notice was not dismissed", exc_info=error)
        self.dismiss_button.setEnabled(True)

    def text(self) -> str:
        recovery = self.recovery
        if recovery is None:
            return ""
        recovered = str(recovery.requests_recovered)
        if recovery.requests_complete:
            found = self.tr("Every request in it was recovered (%1).").replace("%1", recovered)
        elif recovery.requests_unreadable:
            found = (self.tr("Requests recovered: %1. At least %2 could not be read, and more "
                             "may be missing.")
                     .replace("%1", recovered)
                     .replace("%2", str(recovery.requests_unreadable)))
        else:
            found = self.tr("Requests recovered: %1. Some may be missing.").replace(
                "%1", recovered)
        return " ".join((
            self.tr("The kiosk's request database was damaged and was replaced on %1.").replace(
                "%1", local_text(recovery.at)),
            found,
            self.tr("The damaged file was kept as %1.").replace("%1", recovery.moved_aside)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.message.setText(self.text())
        self.dismiss_button.setText(self.tr("Dismiss"))
