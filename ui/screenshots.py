"""`--screenshot DIR`: renders every visitor screen in each language into 1920x1080 PNG files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.config import LANGUAGES
from ui.main_window import MainWindow

SEARCH_EXAMPLES = {"uz": "oʻrindiq", "ru": "тормоз", "en": "brake"}
DETAIL_EXAMPLE = "96535257"


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
            self.add_step(f"attract-{lang}", lambda lang=lang: self._attract(lang))
            self.add_step(f"home-{lang}", self.window.show_home)
            self.add_step(f"catalog-{lang}", lambda: self.window.show_search(""))
            self.add_step(f"search-{lang}", lambda lang=lang: self._search(lang))
            self.add_step(f"category-{lang}", lambda: self.window.show_category("brakes"))
            self.add_step(f"filter-{lang}", self.window.catalog_screen.chips["country"].click)
            self.add_step(f"detail-{lang}", self._detail)
            self.add_step(f"services-{lang}", self.window.top_bar.services.click)
            self.add_step(f"idle-{lang}", self._idle)
        self._timer = QTimer(self)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self._poll)
        self._quiet_polls = 0

    def add_step(self, name: str, action: Callable[[], None]) -> None:
        """Another screen to render: `action` brings it up, then it is saved as NAME.png."""
        self._steps.append((name, action))

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._next()

    def _attract(self, lang: str) -> None:
        self.window.reset_visitor()
        self.window.languages.set_language(lang)

    def _search(self, lang: str) -> None:
        self.window.show_search("")
        search = self.window.catalog_screen.search
        search.setFocus()
        search.setText(SEARCH_EXAMPLES[lang])

    def _detail(self) -> None:
        self.window.catalog_screen.panel.hide()
        catalog = self.window.catalog()
        item_id = catalog.item_id(DETAIL_EXAMPLE) or catalog.search_ids()[0]
        self.window.show_item(item_id)

    def _idle(self) -> None:
        self.window.idle.start_session()
        self.window.idle._start_warning()

    def _next(self) -> None:
        if not self._steps:
            self.window.reset_visitor()
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
