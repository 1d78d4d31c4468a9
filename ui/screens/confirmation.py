"""The confirmation: the request number in large type, its QR code, where to go, the slip."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.printing import PrinterError, PrintJob
from kiosk.requests.records import RequestRecord
from kiosk.requests.service import RequestService
from kiosk.slip_codes import qr_matrix
from ui.i18n import translate
from ui.screens.request_form import ItemPicture, kind_title
from ui.tasks import TaskRunner
from ui.thumbnails import ThumbnailCache
from ui.widgets import PlainLabel

log = logging.getLogger(__name__)

QUIET_MODULES = 4  # the white margin a scanner needs around a QR code


class QrCode(QWidget):
    """A QR code painted module by module kiosk.slip_codes.qr_matrix, as large as it fits."""

    def __init__(self, size: int = 320, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self.text = ""
        self.matrix: list[list[bool]] = []
        self.setFixedSize(size, size)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_text(self, text: str) -> None:
        self.text = text
        self.matrix = qr_matrix(text) if text else []
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self.matrix:
            return
        modules = len(self.matrix) + 2 * QUIET_MODULES
        module = min(self.width(), self.height()) // modules  # whole pixels: crisp edges
        offset_x = (self.width() - module * len(self.matrix)) // 2
        offset_y = (self.height() - module * len(self.matrix)) // 2
        dark = QColor("#000000")
        for row, cells in enumerate(self.matrix):
            for column, cell in enumerate(cells):
                if cell:
                    painter.fillRect(QRectF(offset_x + column * module, offset_y + row * module,
                                            module, module), dark)


class ConfirmationScreen(QWidget):
    """Shown once the request is committed; prints the slip when the kiosk is set to."""

    done = Signal()
    print_finished = Signal(str)  # the print state after an automatic print: printed, failed

    def __init__(self, service: RequestService, printing: TaskRunner, thumbnails: ThumbnailCache,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmation")
        self.service = service
        self.printing = printing
        self.record: RequestRecord | None = None
        self.print_state = ""  # manual, printing, printed, failed
        self.language = "en"

        self.title = PlainLabel(object_name="screenTitle")
        self.title.setWordWrap(True)
        self.number_caption = PlainLabel(object_name="numberCaption")
        self.number = PlainLabel(object_name="requestNumber")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.what = PlainLabel(object_name="bodyText")
        self.what.setWordWrap(True)
        self.where = PlainLabel(object_name="collectHint")
        self.where.setWordWrap(True)
        self.slip = PlainLabel(object_name="printStatus")
        self.slip.setWordWrap(True)
        self.picture = ItemPicture(thumbnails, QSize(320, 240))
        self.qr = QrCode(320)
        self.qr_caption = PlainLabel(object_name="fieldHint")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption.setWordWrap(True)
        self.done_button = QPushButton(objectName="primaryButton")
        self.done_button.clicked.connect(self.done)

        text = QVBoxLayout()
        text.setSpacing(18)
        for widget in (self.title, self.number_caption, self.number, self.what, self.where,
                       self.slip):
            text.addWidget(widget)
        text.addStretch(1)
        text.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        side = QVBoxLayout()
        side.setSpacing(16)
        side.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(self.qr_caption)
        side.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addStretch(1)
        card = QFrame(objectName="confirmationCard")
        columns = QHBoxLayout(card)
        columns.setContentsMargins(48, 40, 48, 40)
        columns.setSpacing(56)
        columns.addLayout(text, 1)
        columns.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 40)
        layout.addWidget(card, 1)
        self.retranslate()

    def show_record(self, record: RequestRecord, picture: Path | None = None) -> None:
        """Show a committed request; print its slip at once when printer.auto_print is set."""
        self.record = record
        self.language = record.language
        self.number.setText(record.number)
        self.qr.set_text(record.number)
        self.picture.set_path(picture if record.is_sample else None)
        if self.service.auto_print:
            self._print(record)
        else:
            self.print_state = "manual"
        self.retranslate()

    def clear(self) -> None:
        """Forget the request shown (the idle reset: the next visitor must not see it)."""
        self.record = None
        self.print_state = ""
        self.number.clear()
        self.qr.set_text("")
        self.picture.set_path(None)
        self.retranslate()

    def _print(self, record: RequestRecord) -> None:
        self.print_state = "printing"
        service = self.service
        self.printing.submit(lambda: service.print_slip(record.number),
                             lambda job: self._on_printed(record, job),
                             lambda error: self._on_print_error(record, error))

    def _on_printed(self, record: RequestRecord, job: PrintJob) -> None:
        if self.record is record:
            self.print_state = "printed"
            self.retranslate()
        self.print_finished.emit("printed")

    def _on_print_error(self, record: RequestRecord, error: BaseException) -> None:
        # The service has kept the request "not printed" with the reason; staff print it later.
        if not isinstance(error, PrinterError):
            log.error("slip of %s not printed", record.number, exc_info=error)
        if self.record is record:
            self.print_state = "failed"
            self.retranslate()
        self.print_finished.emit("failed")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        record = self.record
        self.title.setText(self.tr("Thank you! Your request is saved."))
        self.number_caption.setText(self.tr("Your request number"))
        self.qr_caption.setText(self.tr("The staff can scan this code"))
        self.done_button.setText(self.tr("Done"))
        if record is None:
            for label in (self.what, self.where, self.slip):
                label.clear()
            return
        if record.is_sample:
            self.what.setText(self.tr("%n sample(s) of %1 (No. %2)", None, record.quantity)
                              .replace("%1", record.item_name)
                              .replace("%2", record.item_number or ""))
            where = self.tr("Show this number or your slip at the sample desk to collect "
                            "your sample.")
            if record.item_stand:
                where += "\n" + self.tr("The sample stands at stand %1.").replace(
                    "%1", record.item_stand)
            self.where.setText(where)
        else:
            self.what.setText(kind_title(record.kind))
            self.where.setText(self.tr("A specialist of the centre will call you. Keep your "
                                       "request number."))
        self.slip.setText(slip_status_text(self.print_state))


def slip_status_text(state: str) -> str:
    return {
        "printing": translate("Confirmation", "Your slip is being printed below this screen…"),
        "printed": translate("Confirmation", "Take your slip from the printer below this "
                             "screen."),
        "failed": translate("Confirmation", "Your request is saved, but the slip could not be "
                            "printed. Please ask the staff for your slip."),
        "manual": translate("Confirmation", "The staff at the sample desk will print your "
                            "slip."),
    }.get(state, "")
