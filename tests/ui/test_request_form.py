"""The request form and confirmation in the kiosk window: typing, validation, filing, wiping."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from db.state_models import RequestKind, RequestStatus
from kiosk.core import KioskCore
from kiosk.requests.errors import FieldProblem, FieldReason
from kiosk.requests.forms import CONSENT_TEXT
from kiosk.requests.records import RequestRecord
from kiosk.requests.service import RequestService
from kiosk.slips import qr_matrix
from ui import i18n
from ui.flows import (
    RequestServices,
    VisitorRequests,
    install_staff_mode,
    install_visitor_requests,
)
from ui.i18n import LanguageController
from ui.main_window import MainWindow
from ui.screens.request_form import RequestForm, problem_text
from ui.staff.mode import StaffMode
from ui.theme import apply_theme

_LANGUAGES: list[LanguageController] = []


def kept_languages(language: str) -> LanguageController:
    """A language controller that outlives its window: ui/i18n.py keeps the installed
    translator listed application-wide, so its owner must never be deleted."""
    # Other modules' windows may have died with their translators still listed as installed.
    i18n._INSTALLED[:] = [t for t in i18n._INSTALLED if shiboken6.isValid(t)]
    _LANGUAGES.append(LanguageController(language))  # installs its own, removes the others
    return _LANGUAGES[-1]


def open_window(qtbot: QtBot, core: KioskCore) -> MainWindow:
    """The kiosk window as run_kiosk makes it, with the request flows and staff mode.

    Not qtbot.addWidget: pytest-qt would delete the window before this module's fixtures
    have waited for its threads (close_window does it all, in order)."""
    main = MainWindow(core, kept_languages("en"))
    install_visitor_requests(main, core)
    install_staff_mode(main, core)
    main.setGeometry(QGuiApplication.primaryScreen().geometry())
    main.show()
    with qtbot.waitSignal(main.catalog_ready, timeout=20_000):
        main.start()
    main.show_home()
    return main


def close_window(qtbot: QtBot, main: MainWindow) -> None:
    """Wait for the window's threads, then close it as staff mode's "Leave kiosk mode" does."""
    staff = main.findChild(StaffMode, "staffMode")
    if isinstance(staff, StaffMode):
        staff.shutdown()
    printing = main.findChild(RequestServices, "requestServices")
    qtbot.waitUntil(lambda: main.database.pending == 0, timeout=10_000)
    if isinstance(printing, RequestServices):
        qtbot.waitUntil(lambda: printing.printing.pending == 0, timeout=30_000)
    main.lockdown.allow_exit()
    main.close()
    main.deleteLater()
    qtbot.wait(1)


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    sheet, font = qapp.styleSheet(), qapp.font()
    apply_theme(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.fixture
def window(qtbot: QtBot, core: KioskCore, themed: None) -> Iterator[MainWindow]:
    main = open_window(qtbot, core)
    yield main
    close_window(qtbot, main)


def flows(window: MainWindow) -> VisitorRequests:
    found = window.findChild(VisitorRequests, "visitorRequests")
    assert isinstance(found, VisitorRequests)
    return found


def item_with_samples(core: KioskCore, at_least: int = 1) -> tuple[int, str, int]:
    with core.catalog.connect() as connection:
        row = connection.execute(text(
            "SELECT id, number, samples_on_hand FROM items WHERE samples_on_hand >= :n "
            "ORDER BY samples_on_hand, id LIMIT 1"), {"n": at_least}).one()
    return int(row.id), str(row.number), int(row.samples_on_hand)


def open_sample_form(window: MainWindow, qtbot: QtBot, item_id: int) -> RequestForm:
    form = flows(window).form
    window.sample_requested.emit(item_id)
    qtbot.waitUntil(lambda: window.current_screen() is form and form.item is not None)
    return form


def tap(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_on_screen(window: MainWindow, qtbot: QtBot, edit: QLineEdit, keys: list[str]) -> None:
    """Tap the field, then the keys of the on-screen keyboard, as a visitor does."""
    tap(qtbot, edit)
    qtbot.waitUntil(window.keyboard.isVisible)
    for key in keys:
        qtbot.mouseClick(window.keyboard.key_buttons()[key], Qt.MouseButton.LeftButton)


def choose_region(qtbot: QtBot, form: RequestForm, code: str) -> None:
    tap(qtbot, form.region_button)
    panel = form.region_panel
    qtbot.waitUntil(panel.isVisible)
    row = next(r for r in range(panel.model.rowCount())
               if panel.model.choices()[r].code == code)
    panel.list.clicked.emit(panel.model.index(row, 0))
    assert form.region == code


def fill_contact(form: RequestForm, *, company: str = "Andijon Rezina MChJ",
                 phone: str = "901234567", region: str = "andijan") -> None:
    form.company.setText(company)
    form.contact_name.setText("Karimova Nodira")
    form.phone.setText(phone)
    form.set_region(region)
    form.consent.setChecked(True)


def request_count(core: KioskCore) -> int:
    with core.state_engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM requests")).scalar_one())


def submit_and_wait_for_problems(qtbot: QtBot, form: RequestForm) -> None:
    with qtbot.waitSignal(form.problems_shown, timeout=10_000):
        tap(qtbot, form.submit_button)


def test_a_visitor_files_a_sample_request_on_the_on_screen_keyboard(
        window: MainWindow, qtbot: QtBot, core: KioskCore) -> None:
    item_id, number, on_hand = item_with_samples(core, at_least=2)
    window.languages.set_language("uz")
    form = open_sample_form(window, qtbot, item_id)
    assert form.item is not None and form.item.number == number
    assert form.item.on_hand == on_hand
    type_on_screen(window, qtbot, form.company, ["a", "v", "t", "o", "space", "oʻ", "z"])
    assert window.keyboard.digits_only is False
    type_on_screen(window, qtbot, form.contact_name, ["v", "a", "l", "i"])
    type_on_screen(window, qtbot, form.phone, list("901234567"))
    assert window.keyboard.digits_only is True
    assert form.phone.text() == "+998 90 123-45-67"
    type_on_screen(window, qtbot, form.tin, list("305123456"))
    qtbot.mouseClick(window.keyboard.key_buttons()["done"], Qt.MouseButton.LeftButton)
    assert not window.keyboard.isVisible()
    choose_region(qtbot, form, "andijan")
    tap(qtbot, form.more)
    tap(qtbot, form.consent)

    seen_by_another_connection: list[str] = []

    def check_committed(record: RequestRecord) -> None:
        # What a restarted kiosk would read: a separate connection to the state file.
        engine = create_engine(f"sqlite:///{core.data_dir / 'state.sqlite'}")
        with engine.connect() as connection:
            seen_by_another_connection.extend(connection.execute(
                text("SELECT number FROM requests WHERE number = :n"),
                {"n": record.number}).scalars())
        engine.dispose()

    flow = flows(window)
    flow.filed.connect(check_committed)
    with qtbot.waitSignal(flow.filed, timeout=10_000) as filed:
        tap(qtbot, form.submit_button)
    record = filed.args[0]
    assert seen_by_another_connection == [record.number]
    assert window.current_screen() is flow.confirmation
    stored = RequestService(core).get(record.number)
    assert (stored.kind, stored.status, stored.filed_by) == (
        RequestKind.SAMPLE, RequestStatus.NEW, "visitor")
    assert (stored.item_number, stored.quantity, stored.company, stored.contact_name) == (
        number, 2, "avto oʻz", "vali")
    assert (stored.phone, stored.tin, stored.region, stored.language) == (
        "+998901234567", "305123456", "andijan", "uz")
    confirmation = flow.confirmation
    assert confirmation.number.text() == record.number
    assert confirmation.qr.matrix == qr_matrix(record.number)
    assert confirmation.print_state == "manual"  # printer.auto_print is off by default
    assert form.company.text() == "" and form.item is None  # nothing left for the next one


def test_the_phone_is_formatted_as_it_is_typed(window: MainWindow, qtbot: QtBot,
                                               core: KioskCore) -> None:
    form = open_sample_form(window, qtbot, item_with_samples(core)[0])
    form.phone.setFocus()
    qtbot.keyClicks(form.phone, "90123")
    assert form.phone.text() == "+998 90 123"
    qtbot.keyClicks(form.phone, "456789")
    assert form.phone.text() == "+998 90 123-45-67"  # a tenth digit does not fit
    for _ in range(len("+998 90 123-45-67")):
        qtbot.keyClick(form.phone, Qt.Key.Key_Backspace)
    assert form.phone.text() == ""  # backspacing into "+998" empties the field


def test_a_bad_phone_and_a_bad_tin_are_shown_beside_their_fields(
        window: MainWindow, qtbot: QtBot, core: KioskCore) -> None:
    form = open_sample_form(window, qtbot, item_with_samples(core)[0])
    fill_contact(form, phone="")
    form.phone.setFocus()
    qtbot.keyClicks(form.phone, "9012")
    form.tin.setFocus()
    qtbot.keyClicks(form.tin, "12345678")
    submit_and_wait_for_problems(qtbot, form)
    phone, tin = form.fields["phone"], form.fields["tin"]
    assert phone.error.isVisible() and tin.error.isVisible()
    assert phone.error.text() == problem_text(FieldProblem("phone", FieldReason.PHONE, ""))
    assert tin.error.text() == problem_text(FieldProblem("tin", FieldReason.TIN, ""))
    assert not form.fields["company"].error.isVisible()
    assert window.current_screen() is form and request_count(core) == 0
    assert form.tin.text() == "12345678"  # nothing the visitor typed is lost
    qtbot.keyClicks(form.tin, "9")
    assert not tin.error.isVisible()  # typing again clears that field's message


def test_ten_thousand_characters_are_refused_with_their_limit_never_cut(
        window: MainWindow, qtbot: QtBot, core: KioskCore) -> None:
    form = open_sample_form(window, qtbot, item_with_samples(core)[0])
    fill_contact(form)
    form.company.setText("Ж" * 10_000)
    form.note.setText("n" * 10_000)
    submit_and_wait_for_problems(qtbot, form)
    assert form.fields["company"].error.text() == problem_text(
        FieldProblem("company", FieldReason.TOO_LONG, "", 200))
    assert "200" in form.fields["company"].error.text()
    assert "1000" in form.fields["note"].error.text()
    assert len(form.company.text()) == 10_000
    assert request_count(core) == 0


def test_markup_and_control_characters_are_kept_as_plain_text(
        window: MainWindow, qtbot: QtBot, core: KioskCore) -> None:
    form = open_sample_form(window, qtbot, item_with_samples(core)[0])
    fill_contact(form, company="<b>Bold</b> &amp; <a href='x'>co</a>\x07\u202e")
    form.note.setText("<script>alert(1)</script>")
    with qtbot.waitSignal(flows(window).filed, timeout=10_000) as filed:
        tap(qtbot, form.submit_button)
    record = filed.args[0]
    assert record.company == "<b>Bold</b> &amp; <a href='x'>co</a>"
    assert record.note == "<script>alert(1)</script>"
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_consent_and_required_fields_are_asked_for(window: MainWindow, qtbot: QtBot,
                                                   core: KioskCore) -> None:
    form = open_sample_form(window, qtbot, item_with_samples(core)[0])
    submit_and_wait_for_problems(qtbot, form)
    for name in ("company", "contact_name", "phone", "region", "consent"):
        assert form.fields[name].error.isVisible(), name
    assert form.fields["consent"].error.text() == problem_text(
        FieldProblem("consent", FieldReason.CONSENT, ""))
    assert not form.fields["tin"].error.isVisible()  # optional
    assert form.consent_text.text() == CONSENT_TEXT.en
    window.languages.set_language("ru")
    assert form.consent_text.text() == CONSENT_TEXT.ru
    assert request_count(core) == 0


def test_the_number_of_samples_stops_at_the_samples_on_hand(
        window: MainWindow, qtbot: QtBot, core: KioskCore) -> None:
    item_id, number, on_hand = item_with_samples(core, at_least=2)
    RequestService(core).mark_issued(RequestService(core).file_sample({
        "item_number": number, "company": "A", "contact_name": "B", "phone": "901234567",
        "region": "navoi", "consent": True}).number)  # one sample was handed over here
    form = open_sample_form(window, qtbot, item_id)
    assert form.item is not None and form.item.on_hand == on_hand - 1
    for _ in range(on_hand + 2):
        if form.more.isEnabled():
            tap(qtbot, form.more)
    assert form.quantity == on_hand - 1
    assert not form.more.isEnabled()
    assert form.quantity_value.text() == str(on_hand - 1)


def test_a_help_request_has_a_kind_and_a_description_instead_of_an_item(
        window: MainWindow, qtbot: QtBot, core: KioskCore) -> None:
    form = flows(window).form
    window.help_requested.emit("financing")
    qtbot.waitUntil(lambda: window.current_screen() is form)
    assert form.mode == "help" and form.kind is RequestKind.FINANCING
    assert not form.fields["quantity"].isVisible() and not form.item_card.isVisible()
    fill_contact(form)
    submit_and_wait_for_problems(qtbot, form)
    assert form.fields["description"].error.text() == problem_text(
        FieldProblem("description", FieldReason.REQUIRED, ""))
    tap(qtbot, form.kind_buttons[RequestKind.MARKETS])
    form.description.setText("Buyers for our rubber seals")
    with qtbot.waitSignal(flows(window).filed, timeout=10_000) as filed:
        tap(qtbot, form.submit_button)
    record = filed.args[0]
    assert (record.kind, record.item_number, record.description) == (
        RequestKind.MARKETS, None, "Buyers for our rubber seals")
    assert flows(window).confirmation.what.text() == "Finding markets"


def test_the_idle_reset_wipes_the_form_and_the_confirmation(
        window: MainWindow, qtbot: QtBot, core: KioskCore) -> None:
    form = open_sample_form(window, qtbot, item_with_samples(core)[0])
    fill_contact(form)
    form.email.setText("nodira@example.uz")
    with qtbot.waitSignal(flows(window).filed, timeout=10_000):
        tap(qtbot, form.submit_button)
    form = open_sample_form(window, qtbot, item_with_samples(core)[0])
    fill_contact(form)
    window.reset_visitor()
    assert window.current_screen() is window.attract
    assert all(edit.text() == "" for edit in form.edits)
    assert (form.region, form.consent.isChecked(), form.item) == ("", False, None)
    confirmation = flows(window).confirmation
    assert confirmation.record is None and confirmation.number.text() == ""


def test_touch_targets_are_80_px_and_text_at_least_24_px(
        window: MainWindow, qtbot: QtBot, core: KioskCore) -> None:
    form = open_sample_form(window, qtbot, item_with_samples(core, at_least=2)[0])
    form.scroll.widget().adjustSize()
    for button in form.findChildren(QPushButton):
        if button.isVisibleTo(form):
            assert button.height() >= 80 and button.width() >= 80, button.objectName()
    for edit in form.edits:
        if edit.isVisibleTo(form):
            assert edit.height() >= 80
            assert QFontInfo(edit.font()).pixelSize() >= 24
    for label in form.findChildren(QLabel):
        if label.isVisibleTo(form) and label.text():
            assert QFontInfo(label.font()).pixelSize() >= 24, label.objectName()


def test_a_second_tap_while_saving_files_one_request(window: MainWindow, qtbot: QtBot,
                                                     core: KioskCore) -> None:
    form = open_sample_form(window, qtbot, item_with_samples(core)[0])
    fill_contact(form)
    with qtbot.waitSignal(flows(window).filed, timeout=10_000):
        form.submit()
        form.submit()
        QTest.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.database.pending == 0)
    assert request_count(core) == 1
