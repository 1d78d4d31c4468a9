"""Text rules shared by the catalog builder and search: normalisation, plain-text cleaning."""

from __future__ import annotations

import re
import unicodedata

# Every way people type the Uzbek apostrophe of oʻ and gʻ (and the tutuq belgisi ʼ).
APOSTROPHES = "\u02bb\u02bc\u2018\u2019'`\u00b4\u02b9\u2032"
_APOSTROPHE_RE = re.compile(f"[{re.escape(APOSTROPHES)}]")
# Control and bidi characters, and unpaired surrogates (they cannot even be stored as UTF-8).
_CONTROL_RE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069"
    r"\ufeff\ud800-\udfff]"
)
_SPACE_RE = re.compile(r"\s+")
_NON_CODE_RE = re.compile(r"[^0-9A-Z]")


def _fold(text: str) -> str:
    # Apostrophes go before NFKC too: it turns ´ into a space and a combining accent.
    folded = unicodedata.normalize("NFKC", _APOSTROPHE_RE.sub("", text)).casefold()
    folded = _APOSTROPHE_RE.sub("", folded.replace("ё", "е"))
    return _SPACE_RE.sub(" ", folded).strip()


def search_key(text: str) -> str:
    """The form in which texts are indexed and queries are matched.

    NFKC, case-folded; ё is е; every apostrophe form is dropped, so that "oʻrindiq", "o'rindiq"
    and "o’rindiq" are the same word. Folding a key again changes nothing.
    """
    folded = _fold(text)
    if folded.isascii():
        return folded
    for _ in range(4):  # case folding can undo NFKC: "ß́" -> "sś", which composes to "sś"
        again = _fold(folded)
        if again == folded:
            break
        folded = again
    return folded


def code_key(text: str) -> str:
    """An item number or HS code as upper-case letters and digits: "87.08-30" -> "870830"."""
    return _NON_CODE_RE.sub("", unicodedata.normalize("NFKC", text).upper())


def clean_text(text: str, max_length: int) -> str:
    """Text fit to store and show: NFC, no control or bidi characters, bounded length."""
    cleaned = unicodedata.normalize("NFC", _CONTROL_RE.sub("", text))
    return cleaned.strip()[:max_length].rstrip()  # a cut can end in a space


def clean_line(text: str, max_length: int) -> str:
    """Like clean_text, with all whitespace runs (newlines too) made one space."""
    return _SPACE_RE.sub(" ", clean_text(text, max_length * 2)).strip()[:max_length].rstrip()


def format_hs_code(digits: str) -> str:
    """HS / TN VED code in the customary grouping: "8708301009" -> "8708 30 100 9"."""
    parts = [digits[:4], digits[4:6], digits[6:9], digits[9:]]
    return " ".join(p for p in parts if p)
