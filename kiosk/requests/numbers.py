"""Request numbers (CL-K01-000123-7) and the slip's QR payload with its check value.

A number is "CL", the kiosk id, a sequence number of at least six digits and a check character
(Luhn mod 36 over kiosk id and sequence), so it is unique across kiosks, easy to read aloud, and
a mistyped one is caught. The QR payload adds the item number and the kiosk id, and a check value
(HMAC-SHA256 truncated to 10 decimal digits) so that a forged or mistyped slip is refused.

Everything in the payload is QR "alphanumeric" (A-Z, 0-9, "-", "*"), which keeps the code small
and survives a USB scanner typing it through a Russian keyboard layout (see `typed_variants`).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial

from kiosk.requests.errors import RequestError, RequestReason
from kiosk.text import code_key

PREFIX = "CL"
SEQ_WIDTH = 6
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CHECK_DIGITS = 10
SEPARATOR = "*"

# Always fullmatch, and ASCII digits only: \d also takes "١" (which has no check value) and "$"
# a final newline.
_NUMBER_RE = re.compile(r"CL-([A-Z0-9]{1,8})-([0-9]{6,12})-([0-9A-Z])")
# A separator is one dash or one space, never a run: one typo must not turn into a shorter
# number whose check character may fit ("CL-6G-761747383--G" is not CL-6G-761747383-G, and
# "CL- 00-..." not CL-00-..., which has the same check character as kiosk 000's).
_SEPARATOR_RE = re.compile(r"[\s\-\u2010-\u2015]")
_CHECK_RE = re.compile(rf"[0-9]{{{CHECK_DIGITS}}}")
_KEY_RE = re.compile(r"[0-9A-Z]*")

# A keyboard-wedge scanner "presses the keys" of what it reads: with a Russian layout active, the
# keys of C, L and K type С, Д and Л. These tables undo that, and undo look-alike letters typed
# by a person on a Cyrillic keyboard.
_RUSSIAN_KEYS = str.maketrans(
    "йцукенгшщзфывапролдячсмитьЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ",
    "qwertyuiopasdfghjklzxcvbnmQWERTYUIOPASDFGHJKLZXCVBNM")
_LOOK_ALIKES = str.maketrans("АВЕКМНОРСТХУаеорсхук", "ABEKMHOPCTXYAEOPCXYK")


def luhn36_check(body: str) -> str:
    """The Luhn mod 36 check character of `body` (digits and capital letters)."""
    total = 0
    factor = 2
    for char in reversed(body):
        addend = factor * ALPHABET.index(char)
        total += addend // 36 + addend % 36
        factor = 1 if factor == 2 else 2
    return ALPHABET[(36 - total % 36) % 36]


@dataclass(frozen=True)
class RequestNumber:
    kiosk_id: str
    seq: int

    @property
    def text(self) -> str:
        body = f"{self.kiosk_id}{self.seq:0{SEQ_WIDTH}d}"
        return f"{PREFIX}-{self.kiosk_id}-{self.seq:0{SEQ_WIDTH}d}-{luhn36_check(body)}"

    def __str__(self) -> str:
        return self.text


def format_request_number(kiosk_id: str, seq: int) -> str:
    return RequestNumber(kiosk_id, seq).text


def _single(char: str) -> str:
    """One character in capitals and NFKC ("ｃ" -> "C", "１" -> "1"), but left alone where that
    makes several ("㉑" -> "21", "ß" -> "SS"): one typo must not add a character."""
    for change in (partial(unicodedata.normalize, "NFKC"), str.upper):
        changed = change(char)
        if len(changed) == 1:
            char = changed
    return char


def typed_variants(text: str) -> Iterator[str]:
    """`text` as typed, in capitals, then undoing a Russian layout, then Cyrillic look-alikes."""
    base = text.strip()
    seen: set[str] = set()
    for variant in (base, base.translate(_RUSSIAN_KEYS), base.translate(_LOOK_ALIKES)):
        capitals = "".join(map(_single, variant)).strip()
        if capitals not in seen:
            seen.add(capitals)
            yield capitals


def _match_number(candidate: str) -> RequestNumber | None:
    match = _NUMBER_RE.fullmatch(_SEPARATOR_RE.sub("-", candidate).strip("-"))
    if match is None:
        return None
    kiosk_id, seq_text, check = match.groups()
    if luhn36_check(kiosk_id + seq_text) != check:
        return None
    return RequestNumber(kiosk_id, int(seq_text))


def parse_request_number(text: str) -> RequestNumber:
    """A typed request number ("cl-k01-000123-7", spaces for dashes are fine), verified.

    Raises RequestError(BAD_NUMBER) when it is not a number or its check character is wrong.
    """
    for candidate in typed_variants(text[:100]):
        number = _match_number(candidate)
        if number is not None:
            return number
    raise RequestError(RequestReason.BAD_NUMBER,
                       f"{text[:40]!r} is not a valid request number (like CL-K01-000123-7)")


def slip_key(secret: str) -> bytes:
    """The HMAC key derived from a configured pavilion secret."""
    return hashlib.sha256(b"cooplab-slip-v1\x00" + secret.encode()).digest()


def _check_value(key: bytes, message: str) -> str:
    digest = hmac.new(key, message.encode(), hashlib.sha256).digest()
    return f"{int.from_bytes(digest[:8], 'big') % 10 ** CHECK_DIGITS:0{CHECK_DIGITS}d}"


@dataclass(frozen=True)
class SlipCode:
    """What a slip's QR code says: the request number, item number and kiosk id."""

    number: str
    item_key: str  # the item number in letters and digits only ("" for a help request)
    kiosk_id: str


def slip_payload(number: str, item_number: str | None, kiosk_id: str, key: bytes) -> str:
    """The QR text: "CL-K01-000123-7*96535257*K01*0123456789"."""
    message = SEPARATOR.join((number, code_key(item_number or ""), kiosk_id))
    return f"{message}{SEPARATOR}{_check_value(key, message)}"


def verify_slip_payload(text: str, keys: Sequence[bytes]) -> SlipCode:
    """The slip code in scanned `text`, after checking its check value against `keys`.

    Raises RequestError: BAD_SCAN when the text is no slip code at all, BAD_CHECK when its
    request number or check value is wrong (a mistyped or forged slip, or another pavilion's).
    """
    shaped = False
    for candidate in typed_variants(text[:300]):
        parts = candidate.split(SEPARATOR)
        if len(parts) != 4:
            continue
        number_text, item_key, kiosk_id, check = parts
        if not (_CHECK_RE.fullmatch(check) and _KEY_RE.fullmatch(item_key)
                and _NUMBER_RE.fullmatch(number_text)):
            continue
        shaped = True
        number = _match_number(number_text)
        if number is None or number.kiosk_id != kiosk_id:
            continue
        message = SEPARATOR.join((number_text, item_key, kiosk_id))
        if any(hmac.compare_digest(_check_value(key, message), check) for key in keys):
            return SlipCode(number_text, item_key, kiosk_id)
    if not shaped:
        raise RequestError(RequestReason.BAD_SCAN, "this is not the code of a request slip")
    raise RequestError(RequestReason.BAD_CHECK,
                       "the slip's check value does not match: it is mistyped or forged")
