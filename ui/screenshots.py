"""`--screenshot DIR`: renders the main screens in each language into 1920x1080 PNG files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.config import LANGUAGES
from ui.main_window import MainWindow

SEARCH_EXAMPLES = {"uz": "oʻrindiq", "ru": "тормоз", "en": "brake"}


class ScreenshotDirector(QObject):
    """Walks through the screens and saves a PNG of each once its pictures are in."""

    finished = Signal()

    def __init__(self, window: MainWindow, folder: Path) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder
        self.saved: list[Path] = []
        self._steps: list[tuple[str, Callable[[], None]]] = []
        for lang in LANGUAGES:
            self._steps += [
                (f"home-{lang}", lambda lang=lang: self._home(lang)),
                (f"catalog-{lang}", lambda: self.window.show_search("")),
                (f"category-{lang}", lambda: self.window.show_category("brakes")),
                (f"search-{lang}", lambda lang=lang: self.window.show_search(
                    SEARCH_EXAMPLES[lang])),
            ]
        self._timer = QTimer(self)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self._poll)
        self._quiet_polls = 0

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._next()

    def _home(self, lang: str) -> None:
        self.window.languages.set_language(lang)
        self.window.show_home()

    def _next(self) -> None:
        if not self._steps:
            self.finished.emit()
            return
        _name, action = self._steps[0]
        action()
        self._quiet_polls = 0
        self._timer.start()

    def _busy(self) -> bool:
        window = self.window
        return bool(window.database.pending or window.decoding.pending
                    or window.thumbnails.loading)

    def _poll(self) -> None:
        # Three quiet polls in a row: queries answered, pictures decoded and painted.
        self.window.repaint()
        self._quiet_polls = 0 if self._busy() else self._quiet_polls + 1
        if self._quiet_polls < 3:
            return
        self._timer.stop()
        name, _action = self._steps.pop(0)
        path = self.folder / f"{name}.png"
        self.window.grab().save(str(path))
        self.saved.append(path)
        print(path)
        self._next()
