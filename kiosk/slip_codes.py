"""Slip QR codes, paper names for CUPS and the slip error: what screens need without reportlab."""

from __future__ import annotations

from typing import Literal

import qrcode
from qrcode.constants import ERROR_CORRECT_M

Paper = Literal["80mm", "A6", "A4"]
# What CUPS is told the paper is (lp -o media=...); a roll is left to the queue's own size.
MEDIA: dict[str, str | None] = {"80mm": None, "A6": "A6", "A4": "A4"}


class SlipError(Exception):
    """A slip cannot be made (the font is missing); `reason` is "font_missing"."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of `text` (error correction M, no quiet zone) as rows of dark modules."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]
