"""RequestService: filing, numbering, the staff queue, stock, scans, on a real state database."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from db.state_models import RequestKind, RequestStatus
from kiosk.config import KioskConfig, KioskSection, PrinterSection
from kiosk.core import KioskCore
from kiosk.requests.errors import DraftError, FieldReason, RequestError, RequestReason
from kiosk.requests.numbers import parse_request_number
from kiosk.requests.service import RequestService

CONTACT = {"company": "Avtoehtiyot MChJ", "contact_name": "Aliyev Vali",
           "phone": "+998 90 123-45-67", "region": "fergana", "consent": True,
           "language": "uz"}


@pytest.fixture
def service(core: KioskCore) -> RequestService:
    return RequestService(core)


def stocked_item(core: KioskCore, at_least: int = 2) -> tuple[str, int]:
    with core.catalog.connect() as connection:
        row = connection.execute(text(
            "SELECT number, samples_on_hand FROM items WHERE samples_on_hand >= :n "
            "ORDER BY number LIMIT 1"), {"n": at_least}).one()
    return str(row[0]), int(row[1])


def sample(service: RequestService, quantity: int = 1, **extra: object) -> dict[str, object]:
    number, _ = stocked_item(service.core)
    return {**CONTACT, "item_number": number, "quantity": quantity, **extra}


def help_request(kind: str = "engineering") -> dict[str, object]:
    return {**CONTACT, "help_kind": kind, "description": "Moulds for a door handle"}


@pytest.fixture
def other_kiosk(kiosk_config: KioskConfig) -> Iterator[KioskCore]:
    config = kiosk_config.model_copy(update={"kiosk": KioskSection(id="K02")})
    core = KioskCore(config)
    yield core
    core.close()


def test_filing_stores_a_snapshot_of_the_item_and_the_cleaned_contact(
        service: RequestService) -> None:
    values = sample(service, 2, note="<b>Quickly</b>\x00 please", tin="301234567")
    record = service.file_sample(values)
    assert parse_request_number(record.number).kiosk_id == "K01"
    assert record.status is RequestStatus.NEW and record.filed_by == "visitor"
    item = service.item_snapshot(str(values["item_number"]), "uz")
    assert item is not None
    assert (record.item_number, record.item_name, record.item_name_ru, record.item_hs_code) == (
        item.number, item.name, item.name_ru, item.hs_code)
    assert (record.phone, record.note, record.quantity) == ("+998901234567",
                                                            "<b>Quickly</b> please", 2)
    assert service.get(record.number) == record


def test_numbers_follow_each_other_and_survive_a_restart(kiosk_config: KioskConfig) -> None:
    first = KioskCore(kiosk_config)
    numbers = [RequestService(first).file_help(help_request()).number for _ in range(2)]
    first.close()
    again = KioskCore(kiosk_config)
    numbers.append(RequestService(again).file_help(help_request()).number)
    assert [parse_request_number(n).seq for n in numbers] == [1, 2, 3]
    assert RequestService(again).get(numbers[0]).description == "Moulds for a door handle"
    again.close()


def test_two_kiosks_never_give_the_same_number(service: RequestService,
                                               other_kiosk: KioskCore) -> None:
    mine = service.file_help(help_request()).number
    theirs = RequestService(other_kiosk).file_help(help_request()).number
    assert mine.startswith("CL-K01-000001-") and theirs.startswith("CL-K02-000001-")


def test_filing_from_many_threads_gives_unique_numbers(service: RequestService) -> None:
    numbers: list[str] = []
    lock = threading.Lock()

    def file_some() -> None:
        for _ in range(5):
            number = service.file_help(help_request()).number
            with lock:
                numbers.append(number)

    threads = [threading.Thread(target=file_some) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(parse_request_number(n).seq for n in numbers) == list(range(1, 21))


def test_a_bad_draft_stores_nothing_and_says_what_is_wrong(service: RequestService) -> None:
    with pytest.raises(DraftError) as caught:
        service.file_sample({**sample(service), "phone": "12", "item_number": "NO-SUCH-ITEM"})
    assert {p.field: p.reason for p in caught.value.problems} == {
        "phone": FieldReason.PHONE, "item_number": FieldReason.ITEM}
    assert service.list_requests() == []
    assert service.check_sample(sample(service)) == []


def test_an_item_number_typed_without_separators_is_found(service: RequestService) -> None:
    with service.core.catalog.connect() as connection:
        number = connection.execute(text(
            "SELECT number FROM items WHERE number != number_key AND samples_on_hand > 0 "
            "LIMIT 1")).scalar_one()
    record = service.file_sample({**sample(service), "item_number": number.replace("-", "")
                                  .replace(".", "").replace(" ", "").lower()})
    assert record.item_number == number


def test_no_more_samples_than_on_hand(service: RequestService) -> None:
    _, on_hand = stocked_item(service.core)
    with pytest.raises(DraftError) as caught:
        service.file_sample({**sample(service), "quantity": on_hand + 1})
    problem = caught.value.for_field("quantity")
    assert problem is not None
    assert (problem.reason, problem.limit) == (FieldReason.OVER_STOCK, on_hand)


def test_issuing_lowers_samples_on_hand_locally_until_the_catalog_counts_again(
        service: RequestService) -> None:
    number, on_hand = stocked_item(service.core)
    record = service.file_sample(sample(service, 2))
    assert service.samples_on_hand(number, on_hand) == on_hand  # asked for, not yet given
    issued = service.mark_issued(record.number)
    assert issued.status is RequestStatus.ISSUED and issued.issued_at is not None
    assert service.samples_on_hand(number, on_hand) == on_hand - 2
    assert service.samples_on_hand(number, on_hand + 5) == on_hand + 5  # HQ's new count
    if on_hand - 2 < 1:
        return
    with pytest.raises(DraftError):
        service.file_sample(sample(service, on_hand - 1))
    service.file_sample(sample(service, on_hand - 2))


def test_the_staff_queue_searches_and_filters(service: RequestService) -> None:
    first = service.file_sample(sample(service, company="Oʻzbek Metall"))
    second = service.file_help({**help_request("markets"), "company": "Toshkent Plast",
                                "phone": "+998 71 234 56 78"})
    third = service.file_help(help_request("financing"), filed_by="staff")
    service.cancel(third.number, "Duplicate")
    assert [r.number for r in service.list_requests()] == [third.number, second.number,
                                                           first.number]
    assert [r.number for r in service.list_requests(search="o'zbek")] == [first.number]
    assert [r.number for r in service.list_requests(search="71 234")] == [second.number]
    assert [r.number for r in service.list_requests(search=first.number.lower())] == [
        first.number]
    assert [r.number for r in service.list_requests(statuses=[RequestStatus.NEW])] == [
        second.number, first.number]
    assert [r.number for r in service.list_requests(kinds=[RequestKind.FINANCING])] == [
        third.number]
    assert [r.number for r in service.list_requests(limit=1, offset=1)] == [second.number]
    assert service.counts()[RequestStatus.CANCELLED] == 1
    assert service.get(third.number).filed_by == "staff"


def test_cancel_needs_a_reason_and_only_undelivered_requests(service: RequestService) -> None:
    record = service.file_sample(sample(service))
    with pytest.raises(DraftError):
        service.cancel(record.number, " \x00 ")
    with pytest.raises(DraftError):
        service.cancel(record.number, "x" * 10_000)
    assert service.get(record.number).status is RequestStatus.NEW
    cancelled = service.cancel(record.number, "Visitor <left>")
    assert (cancelled.status, cancelled.cancel_reason) == (RequestStatus.CANCELLED,
                                                           "Visitor <left>")
    for action in (lambda: service.mark_issued(record.number),
                   lambda: service.cancel(record.number, "again")):
        with pytest.raises(RequestError) as caught:
            action()
        assert caught.value.reason is RequestReason.WRONG_STATUS


def test_help_requests_have_no_samples_to_issue(service: RequestService) -> None:
    record = service.file_help(help_request())
    with pytest.raises(RequestError) as caught:
        service.mark_issued(record.number)
    assert caught.value.reason is RequestReason.NOT_A_SAMPLE


def test_unknown_and_malformed_numbers(service: RequestService) -> None:
    with pytest.raises(RequestError) as caught:
        service.get("CL-K01-000999-" + "0")
    assert caught.value.reason in (RequestReason.NOT_FOUND, RequestReason.BAD_NUMBER)
    from kiosk.requests.numbers import format_request_number

    with pytest.raises(RequestError) as caught:
        service.get(format_request_number("K01", 999))
    assert caught.value.reason is RequestReason.NOT_FOUND


def test_a_scanned_slip_opens_its_request(service: RequestService) -> None:
    record = service.file_sample(sample(service))
    payload = service.slip_payload(record)
    assert service.find_by_scan(payload + "\n") == record
    assert service.find_by_scan(record.number.lower()) == record  # typed by hand


def test_a_forged_or_mistyped_scan_gets_a_clear_reason(service: RequestService) -> None:
    record = service.file_sample(sample(service))
    number, item, kiosk, check = service.slip_payload(record).split("*")
    cases = {
        "*".join((number, item, kiosk, check[:-1] + str((int(check[-1]) + 1) % 10))):
            RequestReason.BAD_CHECK,
        "*".join((number, item + "1", kiosk, check)): RequestReason.BAD_CHECK,
        "just some text": RequestReason.BAD_NUMBER,
        "a*b": RequestReason.BAD_SCAN,
    }
    for scanned, reason in cases.items():
        with pytest.raises(RequestError) as caught:
            service.find_by_scan(scanned)
        assert caught.value.reason is reason, scanned


def test_a_slip_of_another_kiosk_is_recognised(service: RequestService,
                                               other_kiosk: KioskCore) -> None:
    theirs = RequestService(other_kiosk)
    record = theirs.file_help(help_request())
    with pytest.raises(RequestError) as caught:
        service.find_by_scan(theirs.slip_payload(record))
    assert caught.value.reason is RequestReason.OTHER_KIOSK
    assert "K02" in caught.value.message


def test_with_a_pavilion_secret_any_kiosk_checks_any_slip(kiosk_config: KioskConfig) -> None:
    shared = PrinterSection(slip_secret="pavilion 2026")
    k01 = KioskCore(kiosk_config.model_copy(update={"printer": shared}))
    k02 = KioskCore(kiosk_config.model_copy(update={"printer": shared,
                                                    "kiosk": KioskSection(id="K02")}))
    try:
        record = RequestService(k02).file_help(help_request())
        payload = RequestService(k02).slip_payload(record)
        with pytest.raises(RequestError) as caught:
            RequestService(k01).find_by_scan(payload)
        assert caught.value.reason is RequestReason.OTHER_KIOSK  # verified, but not ours
    finally:
        k01.close()
        k02.close()


def test_the_kiosk_slip_key_survives_a_restart(kiosk_config: KioskConfig) -> None:
    first = KioskCore(kiosk_config)
    service = RequestService(first)
    record = service.file_help(help_request())
    payload = service.slip_payload(record)
    first.close()
    again = KioskCore(kiosk_config)
    assert RequestService(again).find_by_scan(payload).number == record.number
    again.close()
