"""What a visitor types into the request form, validated: phone, TIN, e-mail, region, consent.

Every text is cleaned (kiosk.text: no control or bidi characters) and bounded; too long a text is
refused with its limit rather than cut, so nothing the visitor typed is silently lost. Markup is
kept literally: it is only ever shown as plain text, and escaped before reaching a PDF.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeVar

from db.state_models import RequestKind
from email_validator import EmailNotValidError, validate_email
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator
from pydantic_core import PydanticCustomError

from kiosk.config import LANGUAGES
from kiosk.localized import Texts
from kiosk.regions import REGION_BY_CODE
from kiosk.requests.errors import DraftError, FieldProblem, FieldReason
from kiosk.text import clean_line, clean_text

PHONE_PREFIX = "+998"
NATIONAL_DIGITS = 9
TIN_DIGITS = 9
MAX_SAMPLES = 99  # per request, whatever the stock
MAX_TYPED_NUMBER = 100  # characters of a typed phone or TIN; a longer text is not one

# Most characters kept per field (the state database's column sizes bound the first ones).
LIMITS: dict[str, int] = {
    "company": 200, "contact_name": 200, "email": 254, "note": 1000, "description": 2000,
    "item_number": 60, "cancel_reason": 500,
}

HELP_KINDS: tuple[RequestKind, ...] = (RequestKind.ENGINEERING, RequestKind.MARKETS,
                                       RequestKind.FINANCING)
KIND_NAMES: dict[RequestKind, Texts] = {
    RequestKind.SAMPLE: Texts("Namuna", "Образец", "Sample"),
    RequestKind.ENGINEERING: Texts("Muhandislik yordami", "Инжиниринговая помощь",
                                   "Engineering support"),
    RequestKind.MARKETS: Texts("Sotish bozorlarini topish", "Поиск рынков сбыта",
                               "Finding markets"),
    RequestKind.FINANCING: Texts("Hamkor banklar orqali moliyalashtirish",
                                 "Финансирование через банки-партнёры",
                                 "Financing through partner banks"),
}

CONSENT_VERSION = "2026-11"
CONSENT_TEXT = Texts(
    uz=("Men Cooperation LAB markaziga (Oʻzavtosanoat AJ) ushbu shaklda kiritgan shaxsiy "
        "maʼlumotlarimni (ism, telefon, elektron pochta, korxona, hudud, STIR) soʻrovimni "
        "bajarish va shu haqda men bilan bogʻlanish uchun “Shaxsga doir maʼlumotlar "
        "toʻgʻrisida”gi Oʻzbekiston Respublikasi Qonuniga muvofiq qayta ishlashga rozilik "
        "beraman. Maʼlumotlar Oʻzbekistonda saqlanadi va uchinchi shaxslarga berilmaydi, "
        "moliyalashtirish soʻrovida esa uni koʻrib chiqadigan hamkor bankka beriladi. "
        "Rozilikni markazga murojaat qilib qaytarib olishim mumkin."),
    ru=("Я даю согласие центру Cooperation LAB (АО «Узавтосаноат») на обработку введённых "
        "мной в этой форме персональных данных (имя, телефон, электронная почта, компания, "
        "регион, ИНН) для исполнения моей заявки и связи со мной по ней в соответствии с "
        "Законом Республики Узбекистан «О персональных данных». Данные хранятся в "
        "Узбекистане и не передаются третьим лицам, кроме банка-партнёра, который "
        "рассматривает заявку на финансирование. Я могу отозвать согласие, обратившись в "
        "центр."),
    en=("I consent to the Cooperation LAB centre (Uzavtosanoat JSC) processing the personal "
        "data I have entered in this form (name, phone, e-mail, company, region, TIN) to "
        "handle my request and to contact me about it, under the Law of the Republic of "
        "Uzbekistan “On Personal Data”. The data are kept in Uzbekistan and are not passed to "
        "third parties, except to the partner bank that reviews a financing request. I may "
        "withdraw my consent by contacting the centre."),
)

_PHONE_ALLOWED_RE = re.compile(r"^[0-9\s()+.\-]*$")
_NON_DIGIT_RE = re.compile(r"[^0-9]")
_TIN_RE = re.compile(r"^[2-7][0-9]{8}$")


def _national_digits(text: str) -> str:
    """The digits after +998 in what was typed (all digits when there is no country code)."""
    digits = _NON_DIGIT_RE.sub("", text)
    has_plus = text.strip().startswith("+")
    if digits.startswith("998") and (has_plus or len(digits) > NATIONAL_DIGITS):
        return digits[3:]
    return digits


def normalise_phone(text: str) -> str | None:
    """`text` as "+998XXXXXXXXX", or None when it is not an Uzbek number.

    Accepted: "+998 90 123-45-67", "998901234567", "90 123 45 67" (9 digits: +998 is added).
    """
    if not _PHONE_ALLOWED_RE.match(text):
        return None
    stripped = text.strip()
    digits = _NON_DIGIT_RE.sub("", stripped)
    if stripped.startswith("+") and not digits.startswith("998"):
        return None  # another country's code
    national = _national_digits(stripped)
    if len(national) != NATIONAL_DIGITS or national[0] == "0":
        return None
    return PHONE_PREFIX + national


def format_phone(text: str) -> str:
    """What the phone field shows as it is typed: "+998 90 123-45-67" (partial while typing).

    Digits past the ninth are dropped, so the field cannot grow beyond a whole number.
    """
    national = _national_digits(text)[:NATIONAL_DIGITS]
    shown = PHONE_PREFIX
    for start, end, separator in ((0, 2, " "), (2, 5, " "), (5, 7, "-"), (7, 9, "-")):
        part = national[start:end]
        if not part:
            break
        shown += separator + part
    return shown


def normalise_tin(text: str) -> str | None:
    """A TIN (STIR / INN) as 9 digits, or None.

    The State Tax Committee gives legal entities TINs starting with 2 or 3 and individual
    entrepreneurs 4 to 7; the last digit is a check digit whose algorithm is not published, so
    only the length and the first digit can be checked.
    """
    digits = re.sub(r"[\s\-]", "", text)
    return digits if _TIN_RE.match(digits) else None


def _error(reason: FieldReason, message: str, **context: Any) -> PydanticCustomError:
    return PydanticCustomError(reason.value, message, context or None)


def _bounded(value: str, field: str, *, required: bool, multiline: bool = False) -> str:
    limit = LIMITS[field]
    if len(value) > limit * 20:  # do not even clean a pasted book
        raise _error(FieldReason.TOO_LONG, "at most {limit} characters", limit=limit)
    cleaned = (clean_text if multiline else clean_line)(value, limit + 1)
    if len(cleaned) > limit:
        raise _error(FieldReason.TOO_LONG, "at most {limit} characters", limit=limit)
    if required and not cleaned:
        raise _error(FieldReason.REQUIRED, "required")
    return cleaned


class ContactDraft(BaseModel):
    """The fields every request has: who asks, how to reach them, and their consent."""

    # validate_default: a field left out is checked too (required, consent...).
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)

    language: str = "uz"
    company: str = ""
    contact_name: str = ""
    phone: str = ""
    region: str = ""
    tin: str = ""
    email: str = ""
    note: str = ""
    consent: bool = False

    @model_validator(mode="before")
    @classmethod
    def _none_is_empty(cls, data: Any) -> Any:
        if isinstance(data, Mapping):
            return {key: ("" if value is None else value) for key, value in data.items()}
        return data

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise _error(FieldReason.LANGUAGE, "language must be uz, ru or en")
        return value

    @field_validator("company", "contact_name")
    @classmethod
    def _required_line(cls, value: str, info: Any) -> str:
        return _bounded(value, info.field_name, required=True)

    @field_validator("note")
    @classmethod
    def _note(cls, value: str) -> str:
        return _bounded(value, "note", required=False, multiline=True)

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        typed = value.strip()
        if not typed:
            raise _error(FieldReason.REQUIRED, "required")
        # Not cut to the first characters: that would keep a number the visitor did not type.
        phone = normalise_phone(typed) if len(typed) <= MAX_TYPED_NUMBER else None
        if phone is None:
            raise _error(FieldReason.PHONE, "phone must be +998 and 9 digits")
        return phone

    @field_validator("region")
    @classmethod
    def _region(cls, value: str) -> str:
        if not value.strip():
            raise _error(FieldReason.REQUIRED, "required")
        if value.strip() not in REGION_BY_CODE:
            raise _error(FieldReason.REGION, "unknown region")
        return value.strip()

    @field_validator("tin")
    @classmethod
    def _tin(cls, value: str) -> str:
        typed = value.strip()
        if not typed:
            return ""
        tin = normalise_tin(typed) if len(typed) <= MAX_TYPED_NUMBER else None
        if tin is None:
            raise _error(FieldReason.TIN, "TIN must be 9 digits, the first from 2 to 7")
        return tin

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        cleaned = _bounded(value, "email", required=False)
        if not cleaned:
            return ""
        try:
            return validate_email(cleaned, check_deliverability=False).normalized
        except EmailNotValidError as error:
            raise _error(FieldReason.EMAIL, "not an e-mail address: {detail}",
                         detail=str(error)) from None

    @field_validator("consent")
    @classmethod
    def _consent(cls, value: bool) -> bool:
        if not value:
            raise _error(FieldReason.CONSENT,
                         "consent to the processing of personal data is required")
        return value


class SampleDraft(ContactDraft):
    """A request for samples of one catalog item."""

    item_number: str = ""
    quantity: int = 1

    @field_validator("item_number")
    @classmethod
    def _item(cls, value: str) -> str:
        return _bounded(value, "item_number", required=True)

    @field_validator("quantity")
    @classmethod
    def _quantity(cls, value: int) -> int:
        if not 1 <= value <= MAX_SAMPLES:
            raise _error(FieldReason.QUANTITY, "from 1 to {limit} samples", limit=MAX_SAMPLES)
        return value


class HelpDraft(ContactDraft):
    """A request for the centre's help: engineering, finding markets, or financing."""

    help_kind: str = ""
    description: str = ""

    @field_validator("help_kind")
    @classmethod
    def _kind(cls, value: str) -> str:
        if not value.strip():
            raise _error(FieldReason.REQUIRED, "required")
        if value.strip() not in {k.value for k in HELP_KINDS}:
            raise _error(FieldReason.HELP_KIND, "engineering, markets or financing")
        return value.strip()

    @field_validator("description")
    @classmethod
    def _description(cls, value: str) -> str:
        return _bounded(value, "description", required=True, multiline=True)

    @property
    def kind(self) -> RequestKind:
        return RequestKind(self.help_kind)


# A failure of pydantic's own type checks gets the field's usual reason.
_TYPE_REASONS = {"quantity": FieldReason.QUANTITY, "consent": FieldReason.CONSENT}
_REASON_VALUES = {reason.value for reason in FieldReason}

DraftT = TypeVar("DraftT", bound=ContactDraft)


def problems_of(error: ValidationError) -> list[FieldProblem]:
    problems = []
    for detail in error.errors():
        field = str(detail["loc"][0]) if detail["loc"] else "form"
        kind = detail["type"]
        if kind in _REASON_VALUES:
            reason = FieldReason(kind)
        elif kind == "missing":
            reason = FieldReason.REQUIRED
        else:
            reason = _TYPE_REASONS.get(field, FieldReason.INVALID)
        context = detail.get("ctx") or {}
        limit = context.get("limit")
        problems.append(FieldProblem(field, reason, detail["msg"],
                                     limit if isinstance(limit, int) else None))
    return problems


def parse_draft(model: type[DraftT], values: Mapping[str, object]) -> DraftT:
    """`values` validated as `model`; DraftError lists every problem at once."""
    try:
        return model.model_validate(dict(values))
    except ValidationError as error:
        raise DraftError(problems_of(error)) from None
