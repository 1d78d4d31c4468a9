"""Texts in the three kiosk languages, with the fallback order used when one is missing."""

from __future__ import annotations

from dataclasses import dataclass

FALLBACK: dict[str, tuple[str, ...]] = {
    "uz": ("uz", "ru", "en"),
    "ru": ("ru", "uz", "en"),
    "en": ("en", "ru", "uz"),
}


@dataclass(frozen=True, slots=True)
class Texts:
    uz: str
    ru: str
    en: str

    def get(self, lang: str) -> str:
        """The text in `lang`, or in the next language that has it."""
        for candidate in FALLBACK.get(lang, FALLBACK["en"]):
            value: str = getattr(self, candidate)
            if value:
                return value
        return ""

    @classmethod
    def of(cls, row: object, prefix: str) -> Texts:
        """Texts from the attributes `<prefix>_uz`, `<prefix>_ru`, `<prefix>_en` of `row`."""
        return cls(getattr(row, f"{prefix}_uz") or "", getattr(row, f"{prefix}_ru") or "",
                   getattr(row, f"{prefix}_en") or "")
