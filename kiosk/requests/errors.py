"""Domain errors of requests: a machine-readable reason code plus an English message."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass


class RequestReason(enum.StrEnum):
    INVALID = "invalid"  # a draft or a staff input has field problems (DraftError)
    NOT_FOUND = "not_found"  # no request with that number on this kiosk
    BAD_NUMBER = "bad_number"  # not a request number, or its check character is wrong
    BAD_SCAN = "bad_scan"  # scanned text is not a slip code
    BAD_CHECK = "bad_check"  # slip code whose check value is wrong: mistyped or forged
    OTHER_KIOSK = "other_kiosk"  # the slip belongs to another kiosk's queue
    WRONG_STATUS = "wrong_status"  # e.g. cancelling a request whose sample was issued
    NOT_A_SAMPLE = "not_a_sample"  # issuing a sample for a help request
    NO_ITEM = "no_item"  # the item is not in the catalog


class FieldReason(enum.StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"  # limit: the most characters allowed
    PHONE = "phone"  # not +998 and 9 digits
    TIN = "tin"  # not 9 digits starting 2-7
    EMAIL = "email"
    REGION = "region"  # not one of kiosk.regions
    QUANTITY = "quantity"  # not a whole number from 1 to the limit
    OVER_STOCK = "over_stock"  # more samples than on hand (limit: how many are)
    CONSENT = "consent"  # consent to the processing of personal data not given
    ITEM = "item"  # no such item in the catalog
    HELP_KIND = "help_kind"  # not engineering, markets or financing
    LANGUAGE = "language"
    INVALID = "invalid"  # anything else (wrong type)


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong with one field; the GUI shows a translated text for `reason` beside it."""

    field: str
    reason: FieldReason
    message: str
    limit: int | None = None


class RequestError(Exception):
    """A request operation that cannot be done; nothing was changed."""

    def __init__(self, reason: RequestReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


class DraftError(RequestError):
    """A draft (or a staff input such as a cancel reason) has problems; all of them are listed."""

    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        self.problems = tuple(problems)
        summary = "; ".join(f"{p.field}: {p.message}" for p in self.problems)
        super().__init__(RequestReason.INVALID, f"the request is not valid: {summary}")

    def for_field(self, field: str) -> FieldProblem | None:
        return next((p for p in self.problems if p.field == field), None)
