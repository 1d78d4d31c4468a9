"""Staff mode in the kiosk window: the PIN and its lockout, the request desk, scans, idle end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from db.state_models import RequestKind, RequestStatus
from kiosk.core import KioskCore
from kiosk.requests.errors import RequestError, RequestReason
from kiosk.requests.numbers import format_request_number, slip_payload
from kiosk.requests.records import RequestRecord
from kiosk.requests.service import RequestService
from kiosk.staff import PinOutcome, StaffAuth
from tests.ui.test_request_form import (
    close_window,
    flows,
    item_with_samples,
    open_window,
    tap,
    themed,  # noqa: F401 (a fixture)
)
from tests.ui.test_text_fits import cut_texts, pseudo_locale  # noqa: F401 (a fixture)
from ui.main_window import MainWindow
from ui.staff.desk import COLUMNS, request_error_text
from ui.staff.mode import StaffMode

PIN = "2580"


@pytest.fixture
def window(qtbot: QtBot, core: KioskCore, request: pytest.FixtureRequest
           ) -> Iterator[MainWindow]:
    request.getfixturevalue("themed")
    StaffAuth(core).set_pin(PIN)
    main = open_window(qtbot, core)
    yield main
    close_window(qtbot, main)


def staff_mode(window: MainWindow) -> StaffMode:
    found = window.findChild(StaffMode, "staffMode")
    assert isinstance(found, StaffMode)
    return found


def file_sample(core: KioskCore, company: str = "Qoʻqon Metall MChJ", quantity: int = 1,
                **extra: object) -> RequestRecord:
    _, number, _ = item_with_samples(core, at_least=3)
    return RequestService(core).file_sample({
        "item_number": number, "quantity": quantity, "company": company,
        "contact_name": "Rustam Tursunov", "phone": "+998 91 234 56 78", "region": "fergana",
        "consent": True, "language": "uz", **extra})


def type_pin(qtbot: QtBot, staff: StaffMode, pin: str) -> object:
    for digit in pin:
        tap(qtbot, staff.pin.keys[digit])
    with qtbot.waitSignal(staff.pin.checked, timeout=10_000) as checked:
        tap(qtbot, staff.pin.keys["ok"])
    return checked.args[0]


def unlock(qtbot: QtBot, window: MainWindow) -> StaffMode:
    staff = staff_mode(window)
    window.top_bar.brand.held.emit()  # the 3-second hold on the brand label
    qtbot.waitUntil(lambda: window.current_screen() is staff.pin)
    with qtbot.waitSignal(staff.desk.loaded, timeout=10_000):
        type_pin(qtbot, staff, PIN)
    assert staff.active and window.current_screen() is staff.screen
    return staff


def scan(window: MainWindow, text: str) -> None:
    """What a USB barcode scanner does: types the code, then Enter, into whatever has focus."""
    target = QApplication.focusWidget() or window
    QTest.keyClicks(target, text)
    QTest.keyClick(target, Qt.Key.Key_Return)


def test_the_right_pin_opens_staff_mode_and_back_wipes_it(window: MainWindow,
                                                          qtbot: QtBot) -> None:
    staff = unlock(qtbot, window)
    assert not window.top_bar.isVisible()
    assert not window.idle.active  # the visitor's idle clock does not run in staff mode
    staff.desk.search.setText("something typed by staff")
    tap(qtbot, staff.screen.back)
    assert not staff.active
    assert window.current_screen() is window.attract
    assert staff.desk.search.text() == ""


def test_cancel_on_the_pin_pad_returns_where_the_visitor_was(window: MainWindow,
                                                             qtbot: QtBot) -> None:
    window.top_bar.services.click()
    staff = staff_mode(window)
    window.top_bar.brand.held.emit()
    qtbot.waitUntil(lambda: window.current_screen() is staff.pin)
    tap(qtbot, staff.pin.keys["1"])
    assert staff.pin.dots.text() == "●"
    tap(qtbot, staff.pin.cancel)
    assert window.current_screen() is window.services and not staff.active


def test_five_wrong_pins_lock_staff_mode_also_for_the_right_pin(
        window: MainWindow, qtbot: QtBot, core: KioskCore) -> None:
    staff = staff_mode(window)
    window.top_bar.brand.held.emit()
    qtbot.waitUntil(lambda: window.current_screen() is staff.pin)
    for attempt in range(1, 5):
        result = type_pin(qtbot, staff, "1397")
        assert result.outcome is PinOutcome.WRONG  # type: ignore[attr-defined]
        assert str(5 - attempt) in staff.pin.message.text()
    result = type_pin(qtbot, staff, "1397")
    assert result.outcome is PinOutcome.LOCKED  # type: ignore[attr-defined]
    assert "locked" in staff.pin.message.text()
    assert not any(key.isEnabled() for key in staff.pin.keys.values())
    staff.pin.press("2")  # even a USB keyboard gets nowhere while locked
    assert staff.pin.pin == ""
    # The lockout is in the state database: a fresh look (as after a restart) still sees it.
    assert StaffAuth(core).check(PIN).outcome is PinOutcome.LOCKED
    tap(qtbot, staff.pin.cancel)
    window.top_bar.brand.held.emit()
    qtbot.waitUntil(lambda: window.current_screen() is staff.pin)
    qtbot.waitUntil(lambda: staff.pin.locked_until is not None)
    assert not staff.pin.keys["ok"].isEnabled() and not staff.active


def test_staff_mode_ends_itself_after_the_idle_time(window: MainWindow, qtbot: QtBot,
                                                    core: KioskCore) -> None:
    now = [1000.0]
    staff = staff_mode(window)
    staff.clock = lambda: now[0]
    unlock(qtbot, window)
    timeout = core.config.kiosk.staff_idle_timeout_s
    now[0] += timeout - 1
    QTest.mouseClick(staff.screen.tab_buttons["printer"], Qt.MouseButton.LeftButton)
    now[0] += timeout - 1  # touched a moment ago: still open
    with qtbot.waitSignal(staff.printer.state_shown, timeout=15_000):
        pass
    assert staff.active
    now[0] += 2
    qtbot.waitUntil(lambda: not staff.active, timeout=3000)
    assert window.current_screen() is window.attract


def test_the_queue_model_passes_the_qt_model_tester(window: MainWindow, qtbot: QtBot,
                                                   core: KioskCore, qtmodeltester: object) -> None:
    for company in ("Alpha <b>LLC</b>", "Beta", "Gamma"):
        file_sample(core, company)
    staff = unlock(qtbot, window)
    model = staff.desk.model
    assert model.rowCount() == 3 and model.columnCount() == len(COLUMNS)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, COLUMNS.index("company")).data() == "Gamma"  # newest first


def test_search_and_status_chips_filter_the_queue(window: MainWindow, qtbot: QtBot,
                                                 core: KioskCore) -> None:
    service = RequestService(core)
    first = file_sample(core, "Samarqand Plast")
    file_sample(core, "Buxoro Rezina")
    third = file_sample(core, "Samarqand Metall")
    service.mark_issued(third.number)
    staff = unlock(qtbot, window)
    desk = staff.desk
    numbers = lambda: [desk.model.record(r).number  # noqa: E731
                       for r in range(desk.model.rowCount())]
    desk.search.setFocus()
    qtbot.keyClicks(desk.search, "samarqand")
    qtbot.waitUntil(lambda: numbers() == [third.number, first.number])
    tap(qtbot, desk.chip_buttons[RequestStatus.ISSUED])
    qtbot.waitUntil(lambda: numbers() == [third.number])
    assert desk.chip_buttons[RequestStatus.ISSUED].text().endswith("· 1")
    assert desk.chip_buttons[None].text().endswith("· 3")


def test_opening_issuing_and_cancelling_from_the_desk(window: MainWindow, qtbot: QtBot,
                                                     core: KioskCore) -> None:
    service = RequestService(core)
    to_issue = file_sample(core, quantity=2)
    to_cancel = file_sample(core, "Cancel Me")
    item = service.item_snapshot(to_issue.item_number or "")
    assert item is not None
    before = service.samples_on_hand(item.number, item.catalog_on_hand)
    staff = unlock(qtbot, window)
    desk = staff.desk
    row = desk.model.row_of(to_issue.number)
    with qtbot.waitSignal(desk.opened, timeout=10_000):
        QTest.mouseClick(desk.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=desk.table.visualRect(desk.model.index(row, 0)).center())
    assert desk.panel.number.text() == to_issue.number
    with qtbot.waitSignal(desk.message_shown, timeout=10_000):
        tap(qtbot, desk.panel.issue_button)
    qtbot.waitUntil(lambda: desk.record is not None
                    and desk.record.status is RequestStatus.ISSUED)
    assert service.samples_on_hand(item.number, item.catalog_on_hand) == before - 2
    assert not desk.panel.issue_button.isEnabled() and not desk.panel.cancel_button.isEnabled()

    desk.open_number(to_cancel.number)
    qtbot.waitUntil(lambda: desk.record is not None and desk.record.number == to_cancel.number)
    tap(qtbot, desk.panel.cancel_button)
    with qtbot.waitSignal(desk.message_shown, timeout=10_000):
        tap(qtbot, desk.panel.confirm_cancel)  # no reason typed yet
    assert desk.panel.message.text() == "Type the reason first."
    assert service.get(to_cancel.number).status is RequestStatus.NEW
    tap(qtbot, desk.panel.reason)
    qtbot.waitUntil(window.keyboard.isVisible)
    for key in ("d", "u", "p", "l", "i", "c", "a", "t", "e"):
        qtbot.mouseClick(window.keyboard.key_buttons()[key], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(desk.message_shown, timeout=10_000):
        tap(qtbot, desk.panel.confirm_cancel)
    cancelled = service.get(to_cancel.number)
    assert (cancelled.status, cancelled.cancel_reason) == (RequestStatus.CANCELLED, "duplicate")
    qtbot.waitUntil(lambda: desk.panel.values["cancel"].text() == "duplicate")


def test_a_scanned_slip_opens_its_request(window: MainWindow, qtbot: QtBot,
                                          core: KioskCore) -> None:
    record = file_sample(core)
    file_sample(core, "Another")
    staff = unlock(qtbot, window)
    assert not staff.desk.search.hasFocus()
    with qtbot.waitSignal(staff.desk.opened, timeout=10_000) as opened:
        scan(window, RequestService(core).slip_payload(record))
    assert opened.args[0].number == record.number
    assert staff.desk.banner.text() == f"Scanned: request {record.number}."
    assert staff.desk.search.text() == ""  # the scanner's keys went nowhere else


def test_a_scan_from_the_settings_tab_switches_to_the_desk(window: MainWindow, qtbot: QtBot,
                                                           core: KioskCore) -> None:
    record = file_sample(core)
    staff = unlock(qtbot, window)
    tap(qtbot, staff.screen.tab_buttons["settings"])
    with qtbot.waitSignal(staff.desk.opened, timeout=10_000):
        scan(window, RequestService(core).slip_payload(record))
    assert staff.screen.current_section() == "desk"


@pytest.mark.parametrize("damage", ["check_value", "number", "other_kiosk", "not_a_slip"])
def test_a_forged_or_mistyped_scan_is_refused_with_a_clear_message(
        window: MainWindow, qtbot: QtBot, core: KioskCore, damage: str) -> None:
    record = file_sample(core)
    payload = RequestService(core).slip_payload(record)
    number, item, kiosk, check = payload.split("*")
    reason = RequestReason.BAD_CHECK
    if damage == "check_value":
        scanned = f"{number}*{item}*{kiosk}*{(int(check) + 1) % 10**10:010d}"
    elif damage == "number":
        scanned = f"{number[:-3]}{'8' if number[-3] != '8' else '7'}{number[-2:]}*{item}*" \
                  f"{kiosk}*{check}"
    elif damage == "other_kiosk":
        other = format_request_number("K07", 12)
        scanned = slip_payload(other, item, "K07", b"another pavilion's key")
        reason = RequestReason.OTHER_KIOSK
    else:
        scanned = "4780000123456"  # a product's barcode
        reason = RequestReason.BAD_NUMBER
    staff = unlock(qtbot, window)
    with qtbot.waitSignal(staff.desk.message_shown, timeout=10_000) as shown:
        scan(window, scanned)
    assert shown.args[0] == request_error_text(RequestError(reason, ""), scanned)
    assert staff.desk.banner.isVisible()
    assert staff.desk.record is None  # nothing was opened
    if damage == "other_kiosk":
        assert "K07" in shown.args[0]


def test_staff_file_a_request_for_a_visitor_who_phoned(window: MainWindow, qtbot: QtBot,
                                                      core: KioskCore) -> None:
    _, item_number, on_hand = item_with_samples(core, at_least=2)
    staff = unlock(qtbot, window)
    tap(qtbot, staff.desk.new_request)
    form = staff.form
    assert staff.screen.current_section() == "form" and form.mode == "staff"
    assert form.kind is RequestKind.SAMPLE and form.item_number.isVisible()
    form.item_number.setText(item_number)
    form.company.setText("Telefon orqali MChJ")
    form.contact_name.setText("Dilshod")
    form.phone.setText("+998 99 765 43 21")
    form.set_region("khorezm")
    for _ in range(on_hand):
        tap(qtbot, form.more)
    tap(qtbot, form.consent)
    with qtbot.waitSignal(form.problems_shown, timeout=10_000):
        tap(qtbot, form.submit_button)  # more samples than on hand
    assert "on hand" in form.fields["quantity"].error.text()
    for _ in range(on_hand):
        tap(qtbot, form.less)
    with qtbot.waitSignal(staff.desk.opened, timeout=10_000) as opened:
        tap(qtbot, form.submit_button)
    record = opened.args[0]
    assert (record.filed_by, record.item_number, record.region) == (
        "staff", item_number, "khorezm")
    assert staff.screen.current_section() == "desk"
    assert staff.desk.panel.number.text() == record.number


def test_markup_from_visitors_is_shown_literally_on_the_desk(window: MainWindow, qtbot: QtBot,
                                                             core: KioskCore) -> None:
    record = file_sample(core, "<b>Bold</b> &lt;LLC&gt;", note="<img src=x onerror=alert(1)>")
    staff = unlock(qtbot, window)
    with qtbot.waitSignal(staff.desk.opened, timeout=10_000):
        staff.desk.open_number(record.number)
    panel = staff.desk.panel
    assert panel.values["company"].text() == "<b>Bold</b> &lt;LLC&gt;"
    assert panel.values["text"].text() == "<img src=x onerror=alert(1)>"
    for label in staff.screen.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_every_section_opens_from_its_tab(window: MainWindow, qtbot: QtBot,
                                           core: KioskCore) -> None:
    staff = unlock(qtbot, window)
    with qtbot.waitSignal(staff.health.loaded, timeout=15_000):
        tap(qtbot, staff.screen.tab_buttons["health"])
    assert staff.health.health is not None and core.kiosk_id in staff.health.facts.text()
    with qtbot.waitSignal(staff.figures.loaded, timeout=15_000):
        tap(qtbot, staff.screen.tab_buttons["figures"])
    tap(qtbot, staff.screen.tab_buttons["settings"])
    assert staff.screen.current_section() == "settings" and staff.settings.isVisible()
    tap(qtbot, staff.settings.back)
    assert staff.screen.current_section() == "desk"


def test_saved_settings_are_in_force_at_once(window: MainWindow, qtbot: QtBot) -> None:
    staff = unlock(qtbot, window)
    tap(qtbot, staff.screen.tab_buttons["settings"])
    assert not staff.service.auto_print
    tap(qtbot, staff.settings.auto_print)
    tap(qtbot, staff.settings.idle_more)
    tap(qtbot, staff.settings.save)
    assert staff.service.auto_print and window.core.config.printer.auto_print
    assert flows(window).confirmation.service.auto_print  # the visitor's side: same service
    assert window.idle.idle_ms == window.core.config.kiosk.idle_timeout_s * 1000 > 60_000


def test_leaving_kiosk_mode_takes_two_taps_and_closes_the_window(window: MainWindow,
                                                                 qtbot: QtBot) -> None:
    staff = unlock(qtbot, window)
    tap(qtbot, staff.screen.exit)
    assert window.isVisible() and not window.lockdown.exit_allowed
    assert staff.screen.exit.text() == "Tap again to leave kiosk mode"
    tap(qtbot, staff.screen.exit)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.lockdown.exit_allowed and not staff.active


def visit_request_screens(window: MainWindow, qtbot: QtBot, core: KioskCore) -> Iterator[str]:
    """Every screen of the request flows and staff mode, as full as it gets."""
    visitor = flows(window)
    form = visitor.form
    window.sample_requested.emit(item_with_samples(core, at_least=2)[0])
    qtbot.waitUntil(lambda: window.current_screen() is form and form.item is not None)
    yield "sample form"
    with qtbot.waitSignal(form.problems_shown, timeout=10_000):
        form.submit()
    yield "sample form with every message"
    window.help_requested.emit("financing")
    with qtbot.waitSignal(form.problems_shown, timeout=10_000):
        form.submit()
    yield "help form with every message"
    form.company.setText("Navoiy Kabel MChJ")
    form.contact_name.setText("Sardor")
    form.phone.setText("+998 90 000 11 22")
    form.set_region("karakalpakstan")
    form.description.setText("Kredit")
    form.consent.setChecked(True)
    with qtbot.waitSignal(visitor.filed, timeout=10_000):
        form.submit()
    yield "help confirmation"
    record = file_sample(core, quantity=2, note="Qoʻshimcha izoh")
    window.show_home()
    window.top_bar.brand.held.emit()
    qtbot.waitUntil(lambda: window.current_screen() is staff_mode(window).pin)
    staff = staff_mode(window)
    staff.pin.press("1")
    yield "pin pad"
    staff.pin.press("back")
    with qtbot.waitSignal(staff.desk.loaded, timeout=10_000):
        type_pin(qtbot, staff, PIN)
    with qtbot.waitSignal(staff.desk.opened, timeout=10_000):
        staff.desk.open_number(record.number)
    tap(qtbot, staff.desk.panel.cancel_button)
    yield "desk with a request"
    with qtbot.waitSignal(staff.printer.state_shown, timeout=15_000):
        tap(qtbot, staff.screen.tab_buttons["printer"])
    yield "printer"
    with qtbot.waitSignal(staff.health.loaded, timeout=15_000):
        tap(qtbot, staff.screen.tab_buttons["health"])
    yield "health"
    tap(qtbot, staff.screen.tab_buttons["desk"])
    tap(qtbot, staff.desk.new_request)
    tap(qtbot, staff.form.kind_buttons[RequestKind.SAMPLE])
    yield "form for a caller"


@pytest.mark.parametrize("lang", ["uz", "ru", "en"])
def test_texts_fit_in_every_language(window: MainWindow, qtbot: QtBot, core: KioskCore,
                                     lang: str) -> None:
    window.languages.set_language(lang)
    problems = []
    for screen in visit_request_screens(window, qtbot, core):
        problems += [f"{screen}: {p}" for p in cut_texts(window)]
    assert problems == []


@pytest.mark.usefixtures("pseudo_locale")
def test_texts_fit_when_every_string_grows_by_40_percent(
        window: MainWindow, qtbot: QtBot, core: KioskCore) -> None:
    problems = []
    for screen in visit_request_screens(window, qtbot, core):
        problems += [f"{screen}: {p}" for p in cut_texts(window)]
    assert problems == []
