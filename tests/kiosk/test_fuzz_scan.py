"""Fuzzing what staff type or scan at the desk: request numbers, slip codes and the staff PIN."""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from kiosk import staff
from kiosk.config import load_config
from kiosk.core import KioskCore
from kiosk.requests.errors import RequestError, RequestReason
from kiosk.requests.numbers import (
    ALPHABET,
    SEPARATOR,
    format_request_number,
    parse_request_number,
    slip_key,
    slip_payload,
    verify_slip_payload,
)
from kiosk.requests.records import RequestRecord
from kiosk.requests.service import RequestService
from kiosk.staff import PinOutcome, StaffAuth, StaffError, StaffReason, check_new_pin
from tests.conftest import copy_store
from tests.reliability import FULL_COUNTS, count

pytestmark = pytest.mark.reliability

KEY = slip_key("pavilion secret")
RUSSIAN_LAYOUT = str.maketrans("qwertyuiopasdfghjklzxcvbnmQWERTYUIOPASDFGHJKLZXCVBNM",
                               "йцукенгшщзфывапролдячсмитьЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ")
NUMBER_SHAPE = re.compile(r"CL-[A-Z0-9]{1,8}-[0-9]{6,12}-[0-9A-Z]")


def fuzz_settings(ci: int, full: int) -> settings:
    """Reproducible in CI (no example database, derandomized); wider at full counts."""
    return settings(max_examples=count(ci, full), deadline=None, database=None,
                    derandomize=not FULL_COUNTS,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# ---- what can be typed or scanned

kiosk_ids = st.text(alphabet=ALPHABET[10:] + ALPHABET[:10], min_size=1, max_size=8)
sequences = st.integers(min_value=1, max_value=10**12 - 1)
# Characters a slip can be mistyped or misread into: the number's own, other cases and layouts,
# look-alikes from other scripts, other digits, dashes, spaces, and anything at all.
TYPOS = (ALPHABET + "abcdefghijklmnopqrstuvwxyz" + "-–—‐ \t\n*" + "йцукенгшщзфывапролдячсмить"
         + "АВЕКМНОРСТХУЁЙ" + "ΑΒΕΚΜΝΟΡΤΧ" + "٠١٢٣٤٥٦٧٨٩" + "۰۱۲" + "０１２９ＡＣＬ" + "𝟎𝟏"
         + "\x00\u200b\u202e\ufeff")
typos = st.one_of(st.sampled_from(TYPOS), st.characters())
SCAN_PIECES = ["CL", "-", "*", "K01", "K02", "000001", "١٢٣٤٥٦", "０００００１", "0123456789",
               "٠١٢٣٤٥٦٧٨٩", "96535257", "\n", " ", "сд", "СД", "\x00", "\ud800"]
scans = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(SCAN_PIECES), st.text(max_size=4)), max_size=12).map(
        "".join),
    st.lists(st.text(alphabet=TYPOS, max_size=14), min_size=4, max_size=4).map(SEPARATOR.join),
    st.sampled_from(["*" * 5000, "CL-" * 3000, "9" * 10_000]),
)


def substitute(value: str, position: int, char: str) -> str:
    position %= len(value)
    return value[:position] + char + value[position + 1:]


# ---- request numbers


@fuzz_settings(ci=1000, full=50_000)
@given(typed=scans)
# Found by this fuzzer: Arabic-Indic digits matched \d, then the check character lookup raised
# ValueError (and in a slip code's check value, hmac.compare_digest raised TypeError).
@example(typed="CL-K01-١٢٣٤٥٦-7")
def test_any_text_is_a_request_number_or_bad_number(typed: str) -> None:
    try:
        number = parse_request_number(typed)
    except RequestError as error:
        assert error.reason is RequestReason.BAD_NUMBER and error.message.strip()
        return
    assert NUMBER_SHAPE.fullmatch(number.text)
    assert parse_request_number(number.text) == number


@fuzz_settings(ci=1000, full=50_000)
@given(kiosk_id=kiosk_ids, seq=sequences, position=st.integers(min_value=0), typo=typos)
# Found by this fuzzer: an Arabic-Indic digit raised ValueError (see above); the last digit of
# the sequence typed as a dash made "--", read as one dash, and "CL-6G-761747383--G" passed as
# CL-6G-761747383-G, another valid number.
@example(kiosk_id="0", seq=1, position=5, typo="٠")
@example(kiosk_id="6G", seq=7_617_473_838, position=33, typo="-")
# Found by this fuzzer next (leading zeros add nothing to the check character):
@example(kiosk_id="000", seq=1, position=153, typo=" ")
def test_one_changed_character_is_refused_or_means_the_same_number(
        kiosk_id: str, seq: int, position: int, typo: str) -> None:
    number = format_request_number(kiosk_id, seq)
    typed = substitute(number, position, typo)
    try:
        parsed = parse_request_number(typed)
    except RequestError as error:
        assert error.reason is RequestReason.BAD_NUMBER
        return
    # Accepted only when the change is a harmless way to type the same number: another case,
    # a space for a dash, the same key in a Russian layout, a look-alike letter.
    assert parsed.text == number, f"{typed!r} was read as {parsed.text}, not {number}"


# ---- slip codes


@fuzz_settings(ci=1000, full=50_000)
@given(scanned=scans)
@example(scanned=f"{format_request_number('K01', 1)}*96535257*K01*٠١٢٣٤٥٦٧٨٩")
def test_any_scan_is_a_slip_code_or_a_reasoned_refusal(scanned: str) -> None:
    try:
        code = verify_slip_payload(scanned, [KEY])
    except RequestError as error:
        assert error.reason in (RequestReason.BAD_SCAN, RequestReason.BAD_CHECK)
        assert error.message.strip()
        return
    assert NUMBER_SHAPE.fullmatch(code.number)
    assert parse_request_number(code.number).kiosk_id == code.kiosk_id


@fuzz_settings(ci=1000, full=50_000)
@given(kiosk_id=kiosk_ids, seq=sequences,
       item=st.text(alphabet="0123456789ABCXYZ.-", max_size=12),
       position=st.integers(min_value=0), typo=typos)
# Found by this fuzzer: the same digits in the number raised ValueError, in the check value
# TypeError (hmac.compare_digest takes ASCII strings only).
@example(kiosk_id="0", seq=1, item="", position=5, typo="٠")
@example(kiosk_id="0", seq=1, item="", position=17, typo="٠")
def test_one_changed_character_in_a_slip_code_is_refused_or_reads_the_same(
        kiosk_id: str, seq: int, item: str, position: int, typo: str) -> None:
    number = format_request_number(kiosk_id, seq)
    payload = slip_payload(number, item, kiosk_id, KEY)
    original = verify_slip_payload(payload, [KEY])
    try:
        code = verify_slip_payload(substitute(payload, position, typo), [KEY])
    except RequestError as error:
        assert error.reason in (RequestReason.BAD_SCAN, RequestReason.BAD_CHECK)
        return
    assert code == original


# ---- the desk's scan field, on a real state database


@dataclass
class Desk:
    """A kiosk's request service with three filed requests (two samples and a help request)."""

    service: RequestService
    records: list[RequestRecord]

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # short in hypothesis reports
        printer.text(f"<desk with {[r.number for r in self.records]}>")


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory, demo_store_root: Path) -> Iterator[Desk]:
    data_dir = tmp_path_factory.mktemp("fuzz-scan") / "data"
    copy_store(demo_store_root, data_dir / "catalogs")
    core = KioskCore(load_config(None, data_dir=data_dir))
    core.open_catalog()
    service = RequestService(core)
    with core.catalog.connect() as connection:
        stocked = [row[0] for row in connection.execute(text(
            "SELECT number FROM items WHERE samples_on_hand > 0 ORDER BY number LIMIT 2"))]
    contact = {"company": "Avtoehtiyot MChJ", "contact_name": "Aliyev Vali",
               "phone": "+998 90 123-45-67", "region": "fergana", "consent": True}
    records = [service.file_sample({**contact, "item_number": number, "quantity": 1})
               for number in stocked]
    records.append(service.file_help({**contact, "help_kind": "markets",
                                      "description": "Buyers for seat covers"}))
    yield Desk(service, records)
    core.close()


DESK_REASONS = {RequestReason.BAD_SCAN, RequestReason.BAD_CHECK, RequestReason.OTHER_KIOSK,
                RequestReason.BAD_NUMBER, RequestReason.NOT_FOUND}


@fuzz_settings(ci=500, full=10_000)
@given(scanned=scans, pick=st.integers(min_value=0),
       typing=st.sampled_from(["as is", "lower", "russian", "spaced", "number"]))
# Found by this fuzzer: text that cannot be encoded (an unpaired surrogate, as a script's
# argument can hold) reached SQLite and raised UnicodeEncodeError.
@example(scanned="\ud800", pick=0, typing="as is")
def test_the_scan_field_finds_the_request_or_says_why_not(
        desk: Desk, scanned: str, pick: int, typing: str) -> None:
    service, records = desk.service, desk.records
    try:
        found = service.find_by_scan(scanned)
    except RequestError as error:
        assert error.reason in DESK_REASONS and error.message.strip()
    else:
        assert found.number in {r.number for r in records}
    record = records[pick % len(records)]
    payload = service.slip_payload(record)
    typed = {"as is": payload, "lower": payload.lower(), "russian": payload.translate(
        RUSSIAN_LAYOUT), "spaced": f"  {payload}\n", "number": record.number.lower()}[typing]
    assert service.find_by_scan(typed).number == record.number


# ---- the staff PIN

NOW = datetime(2026, 11, 27, 10, 0, 0)
PIN = "2580"
pins = st.one_of(
    st.text(),
    st.text(alphabet="0123456789", max_size=10),
    st.tuples(st.text(alphabet="0123456789", min_size=4, max_size=8),
              st.sampled_from(["\n", " ", "\x00", "\ud800", "٠", "０"])).map("".join),
    st.sampled_from([PIN, PIN + "\n", f" {PIN}", "٢٥٨٠", "２５８０", "\ud800" * 4, "9" * 10_000]),
)


@fuzz_settings(ci=1000, full=50_000)
@given(pin=pins)
# Found by this fuzzer: "$" also matches before a final newline, so "0000\n" passed the format
# check and then int("\n") raised ValueError.
@example(pin="0000\n")
def test_a_new_pin_is_accepted_or_refused_with_a_reason(pin: str) -> None:
    try:
        check_new_pin(pin)
    except StaffError as error:
        assert error.reason in (StaffReason.PIN_FORMAT, StaffReason.PIN_TOO_SIMPLE)
        assert error.message.strip()
        return
    assert re.fullmatch(r"[0-9]{4,8}", pin)


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@pytest.fixture(scope="module")
def staff_auth(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StaffAuth]:
    """A kiosk whose PIN hash is cheap to check (scrypt with a tiny cost), so fuzzing is fast."""
    core = KioskCore(load_config(None, data_dir=tmp_path_factory.mktemp("fuzz-pin") / "data"))
    with mock.patch.object(staff, "SCRYPT_N", 2**4):
        StaffAuth(core).set_pin(PIN)
    yield StaffAuth(core)
    core.close()


_days = itertools.count()


@fuzz_settings(ci=300, full=5_000)
@given(pin=pins)
# Found by this fuzzer: a typed PIN that cannot be encoded was reported in the log as a damaged
# stored hash ("set a new PIN"), sending staff after a problem that does not exist.
@example(pin="\ud800" * 4)
def test_any_typed_pin_is_checked_without_error(staff_auth: StaffAuth, pin: str) -> None:
    now = NOW + timedelta(days=next(_days))  # a day later: any lockout has ended
    errors = _Errors()
    logging.getLogger(staff.__name__).addHandler(errors)
    try:
        result = staff_auth.check(pin, now)
    finally:
        logging.getLogger(staff.__name__).removeHandler(errors)
    assert not errors.messages
    if pin == PIN:
        assert result.outcome is PinOutcome.OK
    else:
        assert result.outcome in (PinOutcome.WRONG, PinOutcome.LOCKED)
