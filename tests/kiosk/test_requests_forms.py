"""The request form's rules: phone, TIN, e-mail, regions, consent, lengths, hostile text."""

from __future__ import annotations

import pytest

from kiosk.regions import REGIONS
from kiosk.requests.errors import DraftError, FieldReason
from kiosk.requests.forms import (
    CONSENT_TEXT,
    LIMITS,
    HelpDraft,
    SampleDraft,
    format_phone,
    normalise_phone,
    normalise_tin,
    parse_draft,
)

GOOD = {"item_number": "96535257", "quantity": 2, "company": "Avtoehtiyot MChJ",
        "contact_name": "Aliyev Vali", "phone": "+998 90 123-45-67", "region": "andijan",
        "consent": True, "language": "uz"}


def reasons(values: dict[str, object], model: type[SampleDraft] | type[HelpDraft] = SampleDraft
            ) -> dict[str, FieldReason]:
    with pytest.raises(DraftError) as caught:
        parse_draft(model, values)
    return {problem.field: problem.reason for problem in caught.value.problems}


@pytest.mark.parametrize(("typed", "stored"), [
    ("+998 90 123-45-67", "+998901234567"),
    ("+998901234567", "+998901234567"),
    ("998901234567", "+998901234567"),
    ("90 123 45 67", "+998901234567"),
    ("(71) 234-56-78", "+998712345678"),
    ("+998 99 812 34 56", "+998998123456"),
])
def test_uzbek_numbers_in_any_usual_form_are_stored_as_plus_998_and_9_digits(
        typed: str, stored: str) -> None:
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize("typed", [
    "", "123", "+998 90 123 45 6", "+998 90 123 45 678", "+7 901 234 56 78",
    "+998 09 123 45 67", "90 123 45 6x", "+998 90 123 45 67\u202e", "9".ljust(10_000, "9"),
    "+998 ٩٠ 123 45 67",
])
def test_anything_else_is_not_a_phone(typed: str) -> None:
    assert normalise_phone(typed) is None


def test_phone_is_formatted_as_it_is_typed_and_stops_at_nine_digits() -> None:
    shown = [format_phone("+998 " + "901234567"[:n]) for n in range(10)]
    assert shown == ["+998", "+998 9", "+998 90", "+998 90 1", "+998 90 12", "+998 90 123",
                     "+998 90 123-4", "+998 90 123-45", "+998 90 123-45-6",
                     "+998 90 123-45-67"]
    assert format_phone("+998 90 123-45-67 8 9") == "+998 90 123-45-67"
    assert format_phone("901234567") == "+998 90 123-45-67"


@pytest.mark.parametrize(("typed", "stored"), [
    ("301234567", "301234567"), ("201 234 567", "201234567"), ("612-345-678", "612345678")])
def test_a_tin_is_nine_digits_starting_2_to_7(typed: str, stored: str) -> None:
    assert normalise_tin(typed) == stored


@pytest.mark.parametrize("typed", ["12345678", "1234567890", "101234567", "901234567",
                                   "30123456a", "３01234567", "30１234567"])
def test_other_tins_are_refused(typed: str) -> None:
    assert normalise_tin(typed) is None


def test_a_good_sample_draft_is_cleaned_and_normalised() -> None:
    draft = parse_draft(SampleDraft, {**GOOD, "tin": "301 234 567", "email": "Ali@Example.UZ",
                                      "company": "  Avtoehtiyot\tMChJ \n"})
    assert (draft.phone, draft.tin, draft.email, draft.company) == (
        "+998901234567", "301234567", "Ali@example.uz", "Avtoehtiyot MChJ")


def test_every_problem_is_reported_at_once_with_its_reason() -> None:
    assert reasons({"phone": "123", "tin": "123", "email": "a@", "region": "mars",
                    "quantity": "many", "language": "de"}) == {
        "company": FieldReason.REQUIRED, "contact_name": FieldReason.REQUIRED,
        "phone": FieldReason.PHONE, "tin": FieldReason.TIN, "email": FieldReason.EMAIL,
        "region": FieldReason.REGION, "quantity": FieldReason.QUANTITY,
        "language": FieldReason.LANGUAGE, "consent": FieldReason.CONSENT,
        "item_number": FieldReason.REQUIRED}


def test_consent_is_required() -> None:
    assert reasons({**GOOD, "consent": False}) == {"consent": FieldReason.CONSENT}


@pytest.mark.parametrize("quantity", [0, -1, 100, "1.5"])
def test_quantity_is_a_whole_number_from_1_to_99(quantity: object) -> None:
    assert reasons({**GOOD, "quantity": quantity}) == {"quantity": FieldReason.QUANTITY}


@pytest.mark.parametrize("field", ["company", "contact_name", "note", "email"])
def test_ten_thousand_characters_are_refused_with_the_limit_not_cut(field: str) -> None:
    with pytest.raises(DraftError) as caught:
        parse_draft(SampleDraft, {**GOOD, field: "ы" * 10_000})
    problem = caught.value.for_field(field)
    assert problem is not None
    assert (problem.reason, problem.limit) == (FieldReason.TOO_LONG, LIMITS[field])


def test_text_at_the_limit_is_kept_whole() -> None:
    draft = parse_draft(SampleDraft, {**GOOD, "company": "ʻ" * LIMITS["company"]})
    assert draft.company == "ʻ" * LIMITS["company"]


def test_markup_is_kept_literally_and_control_characters_are_dropped() -> None:
    draft = parse_draft(SampleDraft, {
        **GOOD, "company": "<b>Acme</b> & <font size=40>Co</font>",
        "contact_name": "Ali\x00\x07 \u202eVali\u200b", "note": "line 1\nline 2\x1b[31m"})
    assert draft.company == "<b>Acme</b> & <font size=40>Co</font>"
    assert draft.contact_name == "Ali Vali"
    assert draft.note == "line 1\nline 2[31m"


def test_text_of_only_spaces_or_control_characters_is_missing() -> None:
    assert reasons({**GOOD, "company": " \x00\u200b\n "}) == {"company": FieldReason.REQUIRED}


def test_every_region_code_is_accepted() -> None:
    assert len(REGIONS) == 14
    for region in REGIONS:
        assert parse_draft(SampleDraft, {**GOOD, "region": region.code}).region == region.code


def test_help_draft_needs_a_kind_and_a_description_but_no_item() -> None:
    contact = {k: v for k, v in GOOD.items() if k not in ("item_number", "quantity")}
    draft = parse_draft(HelpDraft, {**contact, "help_kind": "financing",
                                    "description": "A loan for a stamping line"})
    assert draft.kind.value == "financing"
    assert reasons({**contact, "help_kind": "cooking"}, HelpDraft) == {
        "help_kind": FieldReason.HELP_KIND, "description": FieldReason.REQUIRED}
    assert reasons({**contact, "help_kind": "markets", "description": "x" * 10_000},
                   HelpDraft) == {"description": FieldReason.TOO_LONG}


def test_none_from_an_empty_widget_counts_as_empty() -> None:
    draft = parse_draft(SampleDraft, {**GOOD, "tin": None, "email": None, "note": None})
    assert (draft.tin, draft.email, draft.note) == ("", "", "")


def test_the_consent_text_exists_in_the_three_languages() -> None:
    assert all(len(CONSENT_TEXT.get(lang)) > 200 for lang in ("uz", "ru", "en"))
    assert "персональных данных" in CONSENT_TEXT.ru and "oʻ" in CONSENT_TEXT.uz.lower()
