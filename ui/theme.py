"""The kiosk's look: the QSS theme under assets/ and the application font."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

THEME = Path(__file__).resolve().parent.parent / "assets" / "theme.qss"


def apply_theme(app: QApplication) -> None:
    font = QFont("DejaVu Sans")
    font.setPixelSize(24)
    app.setFont(font)
    app.setStyleSheet(THEME.read_text(encoding="utf-8"))
