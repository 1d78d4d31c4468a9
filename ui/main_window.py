"""The kiosk window: a top bar with the language switch on every screen, and the screens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalog import Catalog, CategoryInfo
from kiosk.core import KioskCore
from kiosk.search import SearchFilters
from ui.i18n import LANGUAGE_NAMES, LanguageController
from ui.screens.catalog import CatalogQuery, CatalogScreen
from ui.screens.home import HomeScreen
from ui.tasks import TaskRunner
from ui.thumbnails import ThumbnailCache
from ui.widgets import PlainLabel


class LoadingScreen(QWidget):
    """Shown while the catalog is opened (or, on a new kiosk, the demo catalog is prepared)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loading")
        self.label = PlainLabel(object_name="screenSubtitle")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar(objectName="loadingProgress")
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.progress.setFixedWidth(720)
        self.retranslate()

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Preparing the catalog…"))


class TopBar(QWidget):
    home_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.home = QPushButton(objectName="homeButton")
        self.home.clicked.connect(self.home_requested)
        self.brand = PlainLabel("Cooperation LAB", object_name="brand")
        self.demo = PlainLabel(object_name="demoBadge")
        self.demo.hide()
        self.languages = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 10, 32, 10)
        layout.setSpacing(16)
        layout.addWidget(self.brand)
        layout.addWidget(self.demo)
        layout.addStretch(1)
        layout.addWidget(self.home)
        for code, name in LANGUAGE_NAMES.items():
            button = QPushButton(name, objectName="languageButton")
            button.setCheckable(True)
            button.setProperty("language", code)
            button.clicked.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            self.languages.addButton(button)
            layout.addWidget(button)
        self.retranslate()

    def show_language(self, lang: str) -> None:
        for button in self.languages.buttons():
            button.setChecked(button.property("language") == lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.home.setText(self.tr("Home"))
        self.demo.setText(self.tr("DEMO DATA: not real figures"))


class _ProgressRelay(QObject):
    """Carries progress reports from a worker thread to the GUI thread (queued signal)."""

    progress = Signal(int, int)


class MainWindow(QMainWindow):
    """The kiosk's one window."""

    catalog_ready = Signal()

    def __init__(self, core: KioskCore, languages: LanguageController) -> None:
        super().__init__()
        self.setObjectName("kioskWindow")
        self.core = core
        self.languages = languages
        self.database = TaskRunner("database", workers=1, parent=self)
        self.decoding = TaskRunner("decoding", workers=2, parent=self)
        self.thumbnails = ThumbnailCache(self.decoding, parent=self)
        self._catalog: Catalog | None = None

        self.top_bar = TopBar()
        self.stack = QStackedWidget(objectName="screens")
        self.loading = LoadingScreen()
        self.home = HomeScreen(self.thumbnails)
        self.catalog_screen = CatalogScreen(self.database, self.thumbnails, self.catalog)
        for screen in (self.loading, self.home, self.catalog_screen):
            self.stack.addWidget(screen)
        central = QWidget(objectName="central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.top_bar.home_requested.connect(self.show_home)
        self.top_bar.language_chosen.connect(languages.set_language)
        languages.changed.connect(self._on_language)
        self.home.category_chosen.connect(self.show_category)
        self.home.search_requested.connect(self.show_search)
        self.catalog_screen.back_requested.connect(self.show_home)
        self._on_language(languages.language)

    def catalog(self) -> Catalog:
        if self._catalog is None:
            raise RuntimeError("the catalog is not open yet")
        return self._catalog

    def start(self) -> None:
        """Open the catalog on the database thread; the loading screen shows meanwhile."""
        self.stack.setCurrentWidget(self.loading)

        relay = _ProgressRelay(self)
        relay.progress.connect(self.loading.set_progress)
        self.database.submit(lambda: self.core.open_catalog(relay.progress.emit),
                             self._on_catalog, self._on_catalog_error)

    def _on_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self.top_bar.demo.setVisible(catalog.info.is_demo)
        self.database.submit(catalog.categories, self._on_categories)

    def _on_categories(self, categories: list[CategoryInfo]) -> None:
        self.home.model.set_categories(categories)
        self.show_home()
        self.catalog_ready.emit()

    def _on_catalog_error(self, error: BaseException) -> None:
        self.loading.label.setText(self.tr("The catalog cannot be opened. Please call the staff."))
        self.loading.progress.hide()
        raise error

    def show_home(self) -> None:
        if self._catalog is None:
            return
        self.stack.setCurrentWidget(self.home)

    def show_category(self, code: str) -> None:
        category = self.home.model.category(code)
        title = category.name if category else None
        self.catalog_screen.show_query(CatalogQuery(filters=SearchFilters(category=code),
                                                    title=title))
        self.stack.setCurrentWidget(self.catalog_screen)

    def show_search(self, text: str) -> None:
        self.catalog_screen.show_query(CatalogQuery(text=text))
        self.stack.setCurrentWidget(self.catalog_screen)
        self.catalog_screen.search.setFocus()
        self.catalog_screen.search.end(False)

    def _on_language(self, lang: str) -> None:
        self.top_bar.show_language(lang)
        self.home.set_language(lang)
        self.catalog_screen.set_language(lang)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.database.shutdown()
        self.decoding.shutdown()
        super().closeEvent(event)
