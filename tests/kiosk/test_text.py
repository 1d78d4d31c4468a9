"""Search normalisation and plain-text cleaning."""

from __future__ import annotations

import pytest

from kiosk.text import clean_line, clean_text, code_key, format_hs_code, search_key


@pytest.mark.parametrize("typed", ["oʻrindiq", "o'rindiq", "o’rindiq", "o‘rindiq", "o`rindiq",
                                   "Oʼrindiq", "O'RINDIQ"])
def test_every_uzbek_apostrophe_form_gives_the_same_key(typed: str) -> None:
    assert search_key(typed) == "orindiq"


def test_yo_is_ye_and_cyrillic_case_folds() -> None:
    assert search_key("ЁМКОСТЬ Топливная") == search_key("емкость топливная")


def test_code_key_keeps_letters_and_digits_only() -> None:
    assert code_key("81.50803-6115") == "81508036115"
    assert code_key(" rm-stl 0012 ") == "RMSTL0012"


def test_clean_text_removes_control_and_bidi_characters_and_bounds_length() -> None:
    dirty = "Bolt\x00 M8\u202e\u200b" + "x" * 50
    cleaned = clean_text(dirty, 20)
    assert "\x00" not in cleaned and "\u202e" not in cleaned and "\u200b" not in cleaned
    assert len(cleaned) == 20


def test_clean_line_makes_newlines_spaces() -> None:
    assert clean_line("a\n\n b\tc", 100) == "a b c"


def test_hs_code_grouping() -> None:
    assert format_hs_code("8708301009") == "8708 30 100 9"
    assert format_hs_code("870830") == "8708 30"
