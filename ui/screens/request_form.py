"""The request form: samples of an item or the centre's help, with messages beside each field."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from db.state_models import RequestKind
from kiosk.localized import Texts
from kiosk.regions import REGION_BY_CODE, REGIONS
from kiosk.requests.errors import DraftError, FieldProblem, FieldReason, RequestError
from kiosk.requests.forms import (
    CONSENT_TEXT,
    HELP_KINDS,
    MAX_SAMPLES,
    NATIONAL_DIGITS,
    PHONE_PREFIX,
    format_phone,
)
from kiosk.requests.records import RequestRecord
from kiosk.requests.service import RequestService
from ui.choices import Choice, ChoicePanel
from ui.i18n import translate
from ui.tasks import TaskRunner
from ui.thumbnails import ThumbnailCache
from ui.widgets import PlainLabel

log = logging.getLogger(__name__)

PICTURE_SIZE = QSize(400, 300)
# What is left of "+998" while the visitor backspaces through it: the field is emptied.
_PHONE_PREFIX_REMAINS = ("", "+", "+9", "+99", "+998")


@dataclass(frozen=True)
class SampleItem:
    """The item a sample request is for, as the form shows it."""

    number: str
    name: Texts
    stand: str
    on_hand: int  # samples still in the pavilion: the catalog's figure less those issued here
    picture: Path | None


def kind_title(kind: RequestKind) -> str:
    return {
        RequestKind.SAMPLE: translate("RequestKind", "Samples of an item"),
        RequestKind.ENGINEERING: translate("RequestKind", "Engineering help"),
        RequestKind.MARKETS: translate("RequestKind", "Finding markets"),
        RequestKind.FINANCING: translate("RequestKind", "Financing through partner banks"),
    }[kind]


def problem_text(problem: FieldProblem) -> str:
    """What the visitor reads beside a field the service found a problem with."""
    limit = problem.limit or 0
    texts = {
        FieldReason.REQUIRED: translate("RequestForm", "Please fill this in."),
        FieldReason.TOO_LONG: translate("RequestForm", "Too long: at most %1 characters.")
        .replace("%1", str(limit)),
        FieldReason.PHONE: translate(
            "RequestForm", "Enter a phone number: +998 and 9 digits, e.g. +998 90 123-45-67."),
        FieldReason.TIN: translate(
            "RequestForm", "A TIN has 9 digits and starts with 2 to 7. Leave it empty if "
            "you do not know it."),
        FieldReason.EMAIL: translate("RequestForm", "This is not an e-mail address."),
        FieldReason.REGION: translate("RequestForm", "Choose your region."),
        FieldReason.QUANTITY: translate("RequestForm", "From 1 to %1 samples.")
        .replace("%1", str(limit or MAX_SAMPLES)),
        FieldReason.OVER_STOCK: (
            translate("RequestForm", "Only %n sample(s) on hand.", None, limit) if limit
            else translate("RequestForm", "No samples of this item are on hand.")),
        FieldReason.CONSENT: translate(
            "RequestForm", "Please agree to the processing of your data to send the request."),
        FieldReason.ITEM: translate("RequestForm", "There is no item with this number."),
        FieldReason.HELP_KIND: translate("RequestForm", "Choose the kind of help."),
    }
    return texts.get(problem.reason, translate("RequestForm", "Please check this field."))


class ItemPicture(PlainLabel):
    """A picture decoded off the GUI thread by the window's thumbnail cache."""

    def __init__(self, thumbnails: ThumbnailCache, size: QSize,
                 parent: QWidget | None = None) -> None:
        super().__init__("", parent, object_name="itemPicture")
        self._thumbnails = thumbnails
        self._size = size
        self._path: Path | None = None
        self.setFixedSize(size)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        thumbnails.ready.connect(self._on_ready)

    def set_path(self, path: Path | None) -> None:
        self._path = path
        self.clear()
        self.setVisible(path is not None)
        if path is not None:
            self._on_ready(str(path))

    def _on_ready(self, path: str) -> None:
        if self._path is None or path != str(self._path):
            return
        pixmap = self._thumbnails.get(self._path, self._size)
        if pixmap is not None:
            self.setPixmap(pixmap.scaled(self._size, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))


class _Field(QWidget):
    """A label, the control, and the message about it (hidden while there is none)."""

    def __init__(self, name: str, control: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.control = control
        self.label = PlainLabel(object_name="fieldLabel")
        self.error = PlainLabel(object_name="fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(control)
        layout.addWidget(self.error)

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.control.setProperty("invalid", bool(text))
        self.control.style().unpolish(self.control)
        self.control.style().polish(self.control)


class _FormScroll(QScrollArea):
    """Keeps the focused field in view, also when the on-screen keyboard takes space."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.show_focused)

    def show_focused(self) -> None:
        focused = QApplication.focusWidget()
        content = self.widget()
        if focused is not None and content is not None and content.isAncestorOf(focused):
            field = focused.parentWidget()
            self.ensureWidgetVisible(field if isinstance(field, _Field) else focused, 40, 40)


def _line_edit(object_name: str = "formField") -> QLineEdit:
    edit = QLineEdit(objectName=object_name)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    edit.setMinimumHeight(80)
    return edit


class RequestForm(QWidget):
    """One form for the three ways a request is made.

    "sample": a visitor asks for samples of an item; "help": a visitor asks for the centre's
    help; "staff": staff file either kind on behalf of a visitor who phoned. The service
    validates; its reason codes come back per field and are shown beside the fields.
    """

    filed = Signal(object)  # RequestRecord, once it is committed
    back_requested = Signal()
    problems_shown = Signal()  # the service refused the form; the messages are showing

    def __init__(self, service: RequestService, runner: TaskRunner, thumbnails: ThumbnailCache,
                 *, attach_keyboard: Callable[[QLineEdit], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestForm")
        self.service = service
        self.runner = runner
        self.mode = "sample"
        self.language = "en"
        self.item: SampleItem | None = None
        self.region = ""
        self.quantity = 1
        self.busy = False
        self._generation = 0  # bumped by clear(): answers for a wiped form are dropped

        self.back = QPushButton(objectName="backButton")
        self.back.clicked.connect(self.back_requested)
        self.title = PlainLabel(object_name="screenTitle")
        self.subtitle = PlainLabel(object_name="screenSubtitle")
        self.subtitle.setWordWrap(True)

        self.company = _line_edit()
        self.contact_name = _line_edit()
        self.phone = _line_edit()
        self.phone.setProperty("digitsOnly", True)
        self.phone.setPlaceholderText("+998 __ ___-__-__")
        self.phone.textEdited.connect(self._on_phone_edited)
        self.tin = _line_edit()
        self.tin.setProperty("digitsOnly", True)
        self.email = _line_edit()
        self.note = _line_edit()
        self.description = _line_edit()
        self.item_number = _line_edit()
        self.edits = (self.item_number, self.company, self.contact_name, self.phone, self.tin,
                      self.email, self.description, self.note)
        for position, edit in enumerate(self.edits):
            if attach_keyboard is not None:
                attach_keyboard(edit)
            edit.textEdited.connect(lambda _text, e=edit: self._field_of(e).show_problem(""))
            edit.returnPressed.connect(lambda p=position: self._focus_next(p))

        self.region_button = QPushButton(objectName="regionButton")
        self.region_button.clicked.connect(self._choose_region)
        self.kinds = QButtonGroup(self)
        kind_box = QWidget(objectName="kindChoice")
        kind_column = QVBoxLayout(kind_box)
        kind_column.setContentsMargins(0, 0, 0, 0)
        kind_column.setSpacing(12)
        self.kind_buttons: dict[RequestKind, QPushButton] = {}
        for kind in (RequestKind.SAMPLE, *HELP_KINDS):
            button = QPushButton(objectName="kindButton")
            button.setCheckable(True)
            button.setProperty("kind", kind.value)
            button.clicked.connect(self._on_kind_chosen)
            self.kinds.addButton(button)
            self.kind_buttons[kind] = button
            kind_column.addWidget(button)

        self.less = QPushButton("−", objectName="quantityLess")
        self.more = QPushButton("+", objectName="quantityMore")
        self.less.clicked.connect(lambda: self._step_quantity(-1))
        self.more.clicked.connect(lambda: self._step_quantity(+1))
        self.quantity_value = PlainLabel(object_name="quantityValue")
        self.quantity_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.quantity_value.setMinimumWidth(120)
        self.on_hand = PlainLabel(object_name="fieldHint")
        quantity_box = QWidget()
        quantity_row = QHBoxLayout(quantity_box)
        quantity_row.setContentsMargins(0, 0, 0, 0)
        quantity_row.setSpacing(12)
        for widget in (self.less, self.quantity_value, self.more):
            quantity_row.addWidget(widget)
        quantity_row.addWidget(self.on_hand, 1)

        self.consent_text = PlainLabel(object_name="consentText")
        self.consent_text.setWordWrap(True)
        self.consent = QPushButton(objectName="consentToggle")
        self.consent.setCheckable(True)
        self.consent.toggled.connect(self._on_consent)

        self.fields: dict[str, _Field] = {
            "help_kind": _Field("help_kind", kind_box),
            "item_number": _Field("item_number", self.item_number),
            "quantity": _Field("quantity", quantity_box),
            "company": _Field("company", self.company),
            "contact_name": _Field("contact_name", self.contact_name),
            "phone": _Field("phone", self.phone),
            "region": _Field("region", self.region_button),
            "tin": _Field("tin", self.tin),
            "email": _Field("email", self.email),
            "description": _Field("description", self.description),
            "note": _Field("note", self.note),
            "consent": _Field("consent", self.consent),
        }

        self.picture = ItemPicture(thumbnails, PICTURE_SIZE)
        self.item_title = PlainLabel(object_name="cardTitle")
        self.item_title.setWordWrap(True)
        self.item_details = PlainLabel(object_name="bodyText")
        self.item_details.setWordWrap(True)
        self.item_card = QWidget(objectName="itemCard")
        card = QVBoxLayout(self.item_card)
        card.setContentsMargins(0, 0, 0, 0)
        card.setSpacing(10)
        card.addWidget(self.picture)
        card.addWidget(self.item_title)
        card.addWidget(self.item_details)

        self.submit_button = QPushButton(objectName="primaryButton")
        self.submit_button.clicked.connect(self.submit)
        self.message = PlainLabel(object_name="formMessage")
        self.message.setWordWrap(True)
        self.region_panel = ChoicePanel(self)
        self.region_panel.chosen.connect(lambda _name, code: self.set_region(str(code or "")))

        left = QVBoxLayout()
        left.setSpacing(20)
        for widget in (self.item_card, self.fields["help_kind"], self.fields["item_number"],
                       self.fields["quantity"]):
            left.addWidget(widget)
        left.addStretch(1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(16)
        for row, names in enumerate((("company", "contact_name", "phone"),
                                     ("region", "tin", "email"))):
            for column, name in enumerate(names):
                grid.addWidget(self.fields[name], row, column, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.fields["description"], 2, 0, 1, 3)
        grid.addWidget(self.fields["note"], 3, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self.consent_title = PlainLabel(object_name="fieldLabel")
        consent_box = QFrame(objectName="consentBox")
        consent_layout = QVBoxLayout(consent_box)
        consent_layout.setContentsMargins(24, 16, 24, 16)
        consent_layout.setSpacing(10)
        consent_layout.addWidget(self.consent_title)
        consent_layout.addWidget(self.consent_text)
        submit_row = QHBoxLayout()
        submit_row.setSpacing(24)
        submit_row.addWidget(self.fields["consent"], 0, Qt.AlignmentFlag.AlignTop)
        submit_row.addWidget(self.message, 1)
        submit_row.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignTop)
        consent_layout.addLayout(submit_row)
        self.fields["consent"].label.hide()
        right = QVBoxLayout()
        right.setSpacing(20)
        right.addLayout(grid)
        right.addWidget(consent_box)
        right.addStretch(1)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(48)
        self.columns.addLayout(left, 1)
        self.columns.addLayout(right, 2)
        content = QWidget(objectName="requestFormContent")
        content.setLayout(self.columns)
        self.columns.setContentsMargins(0, 0, 24, 32)
        self.scroll = _FormScroll(objectName="requestFormScroll")
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Touch only: a mouse-drag scroller would delay the taps on the fields.
        QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)

        header = QHBoxLayout()
        header.setSpacing(20)
        header.addWidget(self.back)
        titles = QVBoxLayout()
        titles.setSpacing(4)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 20, 24, 0)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addWidget(self.scroll, 1)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.clear()

    # ---- opening and wiping

    @property
    def filed_by(self) -> str:
        return "staff" if self.mode == "staff" else "visitor"

    @property
    def kind(self) -> RequestKind | None:
        button = self.kinds.checkedButton()
        return RequestKind(str(button.property("kind"))) if button is not None else None

    def open_sample(self, item: SampleItem, language: str) -> None:
        """A visitor's sample request for `item` (samples on hand already counted)."""
        self.clear()
        self.mode = "sample"
        self.item = item
        self.kind_buttons[RequestKind.SAMPLE].setChecked(True)
        self.set_language(language)

    def open_help(self, kind: str, language: str) -> None:
        """A visitor's request for help; `kind` (engineering, markets, financing) is preset."""
        self.clear()
        self.mode = "help"
        button = next((b for k, b in self.kind_buttons.items() if k.value == kind), None)
        if button is not None and kind != RequestKind.SAMPLE.value:
            button.setChecked(True)
        self.set_language(language)

    def open_staff(self, language: str) -> None:
        """Staff file a request on behalf of a visitor who phoned (either kind)."""
        self.clear()
        self.mode = "staff"
        self.kind_buttons[RequestKind.SAMPLE].setChecked(True)
        self.set_language(language)

    def clear(self) -> None:
        """Forget everything typed or chosen (the idle reset, and after a request is filed)."""
        self._generation += 1
        self.busy = False
        for edit in self.edits:
            edit.clear()
        self.item = None
        self.region = ""
        self.quantity = 1
        self.kinds.setExclusive(False)
        for button in self.kind_buttons.values():
            button.setChecked(False)
        self.kinds.setExclusive(True)
        self.consent.setChecked(False)
        self.region_panel.hide()
        for field in self.fields.values():
            field.show_problem("")
        self.message.clear()
        self.scroll.verticalScrollBar().setValue(0)
        self._update()

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    # ---- what was typed

    def values(self) -> dict[str, Any]:
        """The form as the service takes it."""
        values: dict[str, Any] = {
            "language": self.language, "company": self.company.text(),
            "contact_name": self.contact_name.text(), "phone": self.phone.text(),
            "region": self.region, "tin": self.tin.text(), "email": self.email.text(),
            "note": self.note.text(), "consent": self.consent.isChecked(),
        }
        if self.kind is RequestKind.SAMPLE:
            values["item_number"] = (self.item.number if self.mode == "sample" and self.item
                                     else self.item_number.text())
            values["quantity"] = self.quantity
        else:
            values["help_kind"] = self.kind.value if self.kind is not None else ""
            values["description"] = self.description.text()
        return values

    def set_region(self, code: str) -> None:
        self.region = code if code in REGION_BY_CODE else ""
        self.fields["region"].show_problem("")
        self._show_region()

    def _max_quantity(self) -> int:
        if self.mode == "sample":
            return min(MAX_SAMPLES, self.item.on_hand) if self.item is not None else 0
        return MAX_SAMPLES

    def _step_quantity(self, step: int) -> None:
        self.quantity = max(1, min(self._max_quantity(), self.quantity + step))
        self.fields["quantity"].show_problem("")
        self._show_quantity()

    def _on_kind_chosen(self) -> None:
        self.fields["help_kind"].show_problem("")
        self._update()

    def _choose_region(self) -> None:
        choices = [Choice(region.code, region.name(self.language)) for region in REGIONS]
        self.region_panel.open("region", self.tr("Your region"), choices, self.tr("Close"))

    def _on_phone_edited(self, text: str) -> None:
        if text.strip() in _PHONE_PREFIX_REMAINS:
            shown = ""
        else:
            shown = format_phone(text)
            digits = re.sub(r"[^0-9]", "", text)
            national = digits[3:] if text.startswith(PHONE_PREFIX) else digits
            if len(national) > NATIONAL_DIGITS and national.startswith("998"):
                # Typed with the country code again ("998 93 ..."): the first three digits
                # after the shown "+998" were that code, not the number.
                shown = format_phone(national[3:])
        if shown != text:
            self.phone.setText(shown)

    def _on_consent(self, checked: bool) -> None:
        self.fields["consent"].show_problem("")
        self.consent.setText(("☑  " if checked else "☐  ") + self.tr("I agree"))

    def _field_of(self, edit: QLineEdit) -> _Field:
        field = edit.parentWidget()
        assert isinstance(field, _Field)
        return field

    def _focus_next(self, position: int) -> None:
        for edit in self.edits[position + 1:]:
            if edit.isVisibleTo(self):
                edit.setFocus()
                return

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.isAncestorOf(new):
            QTimer.singleShot(0, self.scroll.show_focused)

    # ---- submitting

    def submit(self) -> None:
        """File the request on the database thread; `filed` is emitted once it is committed."""
        if self.busy:
            return  # one tap, one request: a second tap while saving does nothing
        if self.mode == "sample" and self._max_quantity() < 1:
            return
        for field in self.fields.values():
            field.show_problem("")
        values = self.values()
        filed_by = self.filed_by
        service = self.service
        work: Callable[[], RequestRecord]
        if self.kind is RequestKind.SAMPLE:
            def work() -> RequestRecord:
                return service.file_sample(values, filed_by=filed_by)
        else:
            def work() -> RequestRecord:
                return service.file_help(values, filed_by=filed_by)
        self.busy = True
        self.submit_button.setEnabled(False)
        self.message.setProperty("tone", "")
        self.message.setText(self.tr("Saving your request…"))
        generation = self._generation
        self.runner.submit(work, lambda record: self._on_filed(generation, record),
                           lambda error: self._on_error(generation, error))

    def _on_filed(self, generation: int, record: RequestRecord) -> None:
        if generation != self._generation:
            return  # the form was wiped meanwhile: the request is stored, nobody waits for it
        self.busy = False
        self.submit_button.setEnabled(True)
        self.message.clear()
        self.filed.emit(record)

    def _on_error(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy = False
        self.submit_button.setEnabled(True)
        self._show_tone("error")
        if isinstance(error, DraftError):
            self.show_problems(error.problems)
            return
        if isinstance(error, RequestError):
            log.warning("request not filed: %s", error.message)
        else:
            log.error("request not filed", exc_info=error)
        self.message.setText(self.tr(
            "Your request could not be saved. Please ask the staff at the sample desk."))

    def show_problems(self, problems: tuple[FieldProblem, ...] | list[FieldProblem]) -> None:
        first: _Field | None = None
        shown = 0
        for problem in problems:
            field = self.fields.get(problem.field)
            if field is None or not field.isVisibleTo(self):
                continue
            if not field.error.text():
                field.show_problem(problem_text(problem))
                shown += 1
            first = first or field
        self._show_tone("error")
        if shown:
            self.message.setText(self.tr("Please check the fields marked in red."))
        else:
            self.message.setText(self.tr("This request cannot be sent. Please ask the staff."))
        if first is not None:
            self.scroll.ensureWidgetVisible(first, 40, 40)
        self.problems_shown.emit()

    def _show_tone(self, tone: str) -> None:
        self.message.setProperty("tone", tone)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    # ---- showing

    def _update(self) -> None:
        kind = self.kind
        sample = kind is RequestKind.SAMPLE
        self.item_card.setVisible(self.mode == "sample" and self.item is not None)
        self.fields["help_kind"].setVisible(self.mode != "sample")
        self.kind_buttons[RequestKind.SAMPLE].setVisible(self.mode == "staff")
        self.fields["item_number"].setVisible(self.mode == "staff" and sample)
        self.fields["quantity"].setVisible(sample)
        self.fields["description"].setVisible(self.mode == "help"
                                              or (kind is not None and not sample))
        self.quantity = max(1, min(self.quantity, max(1, self._max_quantity())))
        self._show_quantity()
        self._show_region()
        self._show_titles()

    def _show_quantity(self) -> None:
        top = self._max_quantity()
        self.quantity_value.setText(str(self.quantity) if top else "0")
        self.less.setEnabled(self.quantity > 1)
        self.more.setEnabled(self.quantity < top)
        if self.mode == "sample" and self.item is not None:
            self.on_hand.setText(self.tr("%n sample(s) on hand", None, self.item.on_hand)
                                 if top else self.tr("No samples on hand: ask the staff"))
        else:
            self.on_hand.clear()
        self.submit_button.setEnabled(not self.busy and (self.mode != "sample" or top > 0))

    def _show_region(self) -> None:
        region = REGION_BY_CODE.get(self.region)
        self.region_button.setText(region.name(self.language) if region
                                   else self.tr("Choose…"))
        self.region_button.setProperty("chosen", region is not None)
        self.region_button.style().unpolish(self.region_button)
        self.region_button.style().polish(self.region_button)

    def _show_titles(self) -> None:
        if self.mode == "sample":
            self.title.setText(self.tr("Request a sample"))
            self.subtitle.setText(self.tr(
                "Tell us who you are; the staff will hand you the sample with your slip."))
        elif self.mode == "help":
            self.title.setText(self.tr("Ask the centre for help"))
            self.subtitle.setText(self.tr(
                "Tell us who you are and what you need; a specialist will contact you."))
        else:
            self.title.setText(self.tr("New request for a visitor who phoned"))
            self.subtitle.setText(self.tr(
                "Read the consent text to the visitor and tick it only if they agree."))
        item = self.item
        if item is not None:
            self.picture.set_path(item.picture)
            self.item_title.setText(item.name.get(self.language))
            details = [self.tr("No. %1").replace("%1", item.number)]
            if item.stand:
                details.append(self.tr("Stand %1").replace("%1", item.stand))
            self.item_details.setText("\n".join(details))

    def resizeEvent(self, event: QResizeEvent) -> None:
        portrait = event.size().height() > event.size().width()
        self.columns.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                  else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back.setText(self.tr("‹  Back"))
        labels = {
            "help_kind": self.tr("What do you need?"),
            "item_number": self.tr("Item number"),
            "quantity": self.tr("Number of samples"),
            "company": self.tr("Company"),
            "contact_name": (self.tr("Visitor's name") if self.mode == "staff"
                             else self.tr("Your name")),
            "phone": self.tr("Phone"),
            "region": self.tr("Region"),
            "tin": self.tr("TIN (optional)"),
            "email": self.tr("E-mail (optional)"),
            "description": self.tr("What is it about? (a few words)"),
            "note": self.tr("Note (optional)"),
        }
        for name, text in labels.items():
            self.fields[name].label.setText(text)
        for kind, button in self.kind_buttons.items():
            button.setText(kind_title(kind))
        self.consent_title.setText(self.tr("Consent to the processing of personal data"))
        self.consent_text.setText(CONSENT_TEXT.get(self.language))
        self._on_consent(self.consent.isChecked())
        self.submit_button.setText(self.tr("Send request"))
        self._update()
