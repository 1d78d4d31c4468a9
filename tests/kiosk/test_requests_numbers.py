"""Request numbers and slip codes: check characters catch typing errors, check values forgeries."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.requests.errors import RequestError, RequestReason
from kiosk.requests.numbers import (
    ALPHABET,
    format_request_number,
    luhn36_check,
    parse_request_number,
    slip_key,
    slip_payload,
    verify_slip_payload,
)

KEY = slip_key("pavilion secret")
RUSSIAN_LAYOUT = str.maketrans("qwertyuiopasdfghjklzxcvbnmQWERTYUIOPASDFGHJKLZXCVBNM",
                               "йцукенгшщзфывапролдячсмитьЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ")
kiosk_ids = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=8)
sequences = st.integers(min_value=1, max_value=999_999)


def test_number_format() -> None:
    assert format_request_number("K01", 123) == "CL-K01-000123-" + luhn36_check("K01000123")
    assert format_request_number("K01", 1_234_567).startswith("CL-K01-1234567-")


@given(kiosk_ids, sequences)
def test_numbers_read_back(kiosk_id: str, seq: int) -> None:
    number = parse_request_number(format_request_number(kiosk_id, seq))
    assert (number.kiosk_id, number.seq) == (kiosk_id, seq)


@given(kiosk_ids, sequences, st.data())
def test_every_single_character_typo_is_caught(kiosk_id: str, seq: int, data: st.DataObject
                                               ) -> None:
    number = format_request_number(kiosk_id, seq)
    positions = [i for i, c in enumerate(number) if c != "-" and i > 2]
    position = data.draw(st.sampled_from(positions))
    wrong = data.draw(st.sampled_from([c for c in ALPHABET if c != number[position]]))
    typo = number[:position] + wrong + number[position + 1:]
    try:
        parsed = parse_request_number(typo)
    except RequestError as error:
        assert error.reason is RequestReason.BAD_NUMBER
    else:  # a letter typed in the digits cannot parse; anything that parses must differ
        pytest.fail(f"{typo} was accepted as {parsed}")


def test_swapped_neighbour_digits_are_caught() -> None:
    number = format_request_number("K01", 123456)
    body = number[7:13]
    for i in range(len(body) - 1):
        if body[i] == body[i + 1]:
            continue
        swapped = body[:i] + body[i + 1] + body[i] + body[i + 2:]
        with pytest.raises(RequestError):
            parse_request_number(number[:7] + swapped + number[13:])


def test_typed_numbers_are_forgiving_about_case_spaces_and_keyboard_layout() -> None:
    number = format_request_number("K01", 42)
    for typed in (number.lower(), number.replace("-", " "), f"  {number}  ",
                  number.translate(RUSSIAN_LAYOUT)):
        assert parse_request_number(typed).text == number


@pytest.mark.parametrize("typed", ["", "CL-K01-123-7", "hello", "CL-K01-000123", "x" * 10_000])
def test_not_a_number(typed: str) -> None:
    with pytest.raises(RequestError) as caught:
        parse_request_number(typed)
    assert caught.value.reason is RequestReason.BAD_NUMBER


def test_slip_payload_holds_number_item_kiosk_and_a_check_value() -> None:
    number = format_request_number("K01", 123)
    payload = slip_payload(number, "9653-5257", "K01", KEY)
    text, item, kiosk, check = payload.split("*")
    assert (text, item, kiosk) == (number, "96535257", "K01")
    assert len(check) == 10 and check.isdigit()
    code = verify_slip_payload(payload, [KEY])
    assert (code.number, code.item_key, code.kiosk_id) == (number, "96535257", "K01")


def test_a_scanner_typing_through_a_russian_layout_still_reads() -> None:
    payload = slip_payload(format_request_number("K01", 7), "AB-12", "K01", KEY)
    scanned = payload.translate(RUSSIAN_LAYOUT)
    assert scanned != payload
    assert verify_slip_payload(scanned, [KEY]).item_key == "AB12"


@pytest.mark.parametrize("change", ["check", "item", "number", "kiosk", "key"])
def test_forged_or_mistyped_slips_are_refused(change: str) -> None:
    number = format_request_number("K01", 123)
    payload = slip_payload(number, "96535257", "K01", KEY)
    text, item, kiosk, check = payload.split("*")
    key = KEY
    if change == "check":
        check = f"{(int(check) + 1) % 10**10:010d}"
    elif change == "item":
        item = "96535258"
    elif change == "number":  # another valid number, as a forger would make
        text = format_request_number("K01", 124)
    elif change == "kiosk":
        text, kiosk = format_request_number("K02", 123), "K02"
    else:
        key = slip_key("another pavilion")
    with pytest.raises(RequestError) as caught:
        verify_slip_payload("*".join((text, item, kiosk, check)), [key])
    assert caught.value.reason is RequestReason.BAD_CHECK


def test_a_slip_checks_with_any_of_the_keys() -> None:
    payload = slip_payload(format_request_number("K01", 1), "", "K01", KEY)
    assert verify_slip_payload(payload, [slip_key("new"), KEY]).item_key == ""


@pytest.mark.parametrize("scanned", ["", "hello world", "96535257", "a*b*c*d", "*" * 5000])
def test_text_that_is_no_slip_code(scanned: str) -> None:
    with pytest.raises(RequestError) as caught:
        verify_slip_payload(scanned, [KEY])
    assert caught.value.reason is RequestReason.BAD_SCAN
