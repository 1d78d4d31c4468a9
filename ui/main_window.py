"""The kiosk window: a top bar with the language switch on every screen, the screens, the
on-screen keyboard, the idle warning and the lockdown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalog import Catalog, CategoryInfo, Choice, Headline, ItemDetail
from kiosk.core import KioskCore
from kiosk.search import ItemSummary, SearchFilters
from ui.i18n import LANGUAGE_NAMES, LanguageController
from ui.icons import icon
from ui.idle import IdleWarning, IdleWatcher
from ui.keyboard import KeyboardFocusFilter, OnScreenKeyboard
from ui.lockdown import Lockdown
from ui.screens.attract import AttractScreen
from ui.screens.catalog import CatalogQuery, CatalogScreen, FilterOptions
from ui.screens.detail import DetailScreen
from ui.screens.home import HomeScreen
from ui.screens.services import ServicesScreen
from ui.tasks import TaskRunner
from ui.thumbnails import ThumbnailCache
from ui.widgets import PlainLabel

STAFF_HOLD_MS = 3000


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
        self.progress.setFixedWidth(720)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
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


class _Brand(PlainLabel):
    """The brand label; holding it for three seconds asks for staff mode (the hidden gesture).

    It works on the mouse events Qt synthesises from touch: a widget that accepted touch
    events itself would take touches meant for the rest of the window.
    """

    held = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Cooperation LAB", parent, object_name="brand")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STAFF_HOLD_MS)
        self._timer.timeout.connect(self.held)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._timer.start()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._timer.stop()
        event.accept()


class TopBar(QWidget):
    home_requested = Signal()
    services_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.brand = _Brand()
        self.demo = PlainLabel(object_name="demoBadge")
        self.demo.hide()
        self.home = QPushButton(objectName="homeButton")
        self.home.setIcon(icon("home", "#dfe8f3"))
        self.home.clicked.connect(self.home_requested)
        self.services = QPushButton(objectName="homeButton")
        self.services.setIcon(icon("help", "#dfe8f3"))
        self.services.clicked.connect(self.services_requested)
        self.languages = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 6, 32, 6)
        layout.setSpacing(14)
        layout.addWidget(self.brand)
        layout.addWidget(self.demo)
        layout.addStretch(1)
        layout.addWidget(self.home)
        layout.addWidget(self.services)
        layout.addSpacing(24)
        for code, name in LANGUAGE_NAMES.items():
            button = QPushButton(name, objectName="languageButton")
            button.setCheckable(True)
            button.setProperty("language", code)
            button.clicked.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            self.languages.addButton(button)
            layout.addWidget(button)
        self.retranslate()

    def language_button(self, lang: str) -> QPushButton:
        return next(b for b in self.languages.buttons()  # type: ignore[misc]
                    if b.property("language") == lang)

    def show_language(self, lang: str) -> None:
        for button in self.languages.buttons():
            button.setChecked(button.property("language") == lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.home.setText(self.tr("Home"))
        self.services.setText(self.tr("Centre's help"))
        self.demo.setText(self.tr("DEMO DATA: not real figures"))


class _ProgressRelay(QObject):
    """Carries progress reports from a worker thread to the GUI thread (queued signal)."""

    progress = Signal(int, int)


class MainWindow(QMainWindow):
    """The kiosk's one window."""

    catalog_ready = Signal()
    staff_requested = Signal()  # the hidden gesture; staff mode (PIN) handles it
    sample_requested = Signal(int)  # item id; the request form handles it
    help_requested = Signal(str)  # engineering, markets or financing
    item_viewed = Signal(str)  # item number (anonymous demand figures)
    searched = Signal(str, int)  # query text and number of results
    visitor_reset = Signal()

    def __init__(self, core: KioskCore, languages: LanguageController) -> None:
        super().__init__()
        self.setObjectName("kioskWindow")
        self.core = core
        self.languages = languages
        self.default_language = core.config.kiosk.default_language
        self.database = TaskRunner("database", workers=1, parent=self)
        self.decoding = TaskRunner("decoding", workers=2, parent=self)
        # About two screens of tiles and a few gallery photos; more only costs memory.
        self.thumbnails = ThumbnailCache(self.decoding, max_bytes=24 * 1024 * 1024, parent=self)
        self._catalog: Catalog | None = None
        # Samples still here, given the item number and the catalog's figure (the requests
        # flow sets it: samples handed over at this kiosk are counted in the state database).
        self.local_samples: Callable[[str, int], int] | None = None
        self._history: list[QWidget] = []
        self._reload_pending = False
        # Bumped by every change of screen and every item asked for: an item that arrives
        # after the visitor moved on (Home, Back, the idle wipe) or asked for another is
        # not shown.
        self._moves = 0

        self.top_bar = TopBar()
        self.stack = QStackedWidget(objectName="screens")
        self.loading = LoadingScreen()
        self.attract = AttractScreen(self.thumbnails)
        self.home = HomeScreen(self.thumbnails)
        self.catalog_screen = CatalogScreen(self.database, self.thumbnails, self.catalog)
        self.detail = DetailScreen(self.thumbnails)
        self.services = ServicesScreen()
        for screen in (self.loading, self.attract, self.home, self.catalog_screen, self.detail,
                       self.services):
            self.stack.addWidget(screen)
        # The screens take the height left over by the top bar and the keyboard: a screen's
        # minimum size must never push the window past the edge of the display.
        self.stack.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.hide()
        central = QWidget(objectName="central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.keyboard)
        self.setCentralWidget(central)
        self.idle_warning = IdleWarning(central)

        self.lockdown = Lockdown(self)
        config = core.config.kiosk
        self.idle = IdleWatcher(config.idle_timeout_s * 1000, config.idle_warning_s * 1000, self)
        self._keyboard_filter = KeyboardFocusFilter(self.keyboard, self)
        for line_edit in (self.home.search, self.catalog_screen.search):
            self.attach_keyboard(line_edit)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.lockdown)
            app.installEventFilter(self.idle)
        self._connect()
        self._on_language(languages.language)

    def _connect(self) -> None:
        self.top_bar.home_requested.connect(self.show_home)
        self.top_bar.services_requested.connect(lambda: self._go(self.services))
        self.top_bar.language_chosen.connect(self.languages.set_language)
        self.top_bar.brand.held.connect(self.staff_requested)
        self.languages.changed.connect(self._on_language)
        self.attract.started.connect(self._start_session)
        self.home.category_chosen.connect(self.show_category)
        self.home.search_requested.connect(self.show_search)
        self.home.services_requested.connect(lambda: self._go(self.services))
        self.catalog_screen.back_requested.connect(self.go_back)
        self.catalog_screen.item_chosen.connect(self.show_item)
        self.catalog_screen.results_shown.connect(self.searched)
        self.detail.back_requested.connect(self.go_back)
        self.detail.sample_requested.connect(self.sample_requested)
        self.services.back_requested.connect(self.go_back)
        self.services.help_requested.connect(self.help_requested)
        self.keyboard.done.connect(self._hide_keyboard)
        # While the keyboard is up the filter chips step aside, so results keep their room.
        self.keyboard.shown.connect(
            lambda shown: self.catalog_screen.chip_scroll.setVisible(not shown))
        self.idle.warn.connect(self._show_idle_warning)
        self.idle.tick.connect(self.idle_warning.show_seconds)
        self.idle.resumed.connect(self.idle_warning.resume)
        self.idle.expired.connect(self.reset_visitor)

    # The catalog
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

    def reload_catalog_when_idle(self) -> None:
        """A new catalog was installed: switch to it at the next moment no visitor is here."""
        self._reload_pending = True
        if self.stack.currentWidget() in (self.attract, self.loading):
            self._reload_now()

    def _reload_now(self) -> None:
        self._reload_pending = False
        self.database.submit(self.core.open_catalog, self._on_catalog, self._on_catalog_error)

    def _on_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self.thumbnails.clear()
        self.top_bar.demo.setVisible(catalog.info.is_demo)

        def load() -> tuple[list[CategoryInfo], list[Choice], list[Choice], Headline,
                            list[ItemSummary], dict[int, str]]:
            featured = catalog.featured(8)
            first = catalog.first_photos([item.id for item in featured])
            photos = {item_id: str(path) for item_id, path in first.items()}
            return (catalog.categories(), catalog.importers(), catalog.countries(),
                    catalog.headline(), featured, photos)

        self.database.submit(load, lambda result: self._on_catalog_content(*result))

    def _on_catalog_content(self, categories: list[CategoryInfo], importers: list[Choice],
                            countries: list[Choice], headline: Headline,
                            featured: list[ItemSummary], photos: dict[int, str]) -> None:
        self.home.model.set_categories(categories)
        self.catalog_screen.options = FilterOptions(categories, importers, countries)
        self.attract.set_content(headline, featured, photos)
        self.show_attract()
        self.catalog_ready.emit()
        if self._catalog is not None:
            self.database.submit(self._catalog.prepare_search)

    def _on_catalog_error(self, error: BaseException) -> None:
        self.loading.label.setText(self.tr("The catalog cannot be opened. Please call the staff."))
        self.loading.progress.hide()
        self.stack.setCurrentWidget(self.loading)
        raise error

    # Navigation
    def current_screen(self) -> QWidget:
        return self.stack.currentWidget()

    def _go(self, screen: QWidget, remember: bool = True) -> None:
        if self._catalog is None:
            return
        self._moves += 1
        current = self.stack.currentWidget()
        if remember and current not in (screen, self.loading, self.attract):
            self._history.append(current)
        focused = QApplication.focusWidget()
        if focused is not None and not isinstance(focused, QLineEdit) and (
                current.isAncestorOf(focused)):
            focused.clearFocus()  # a tapped button's: the stack would pass it to a search field
        self.stack.setCurrentWidget(screen)
        self.top_bar.show()
        if screen is not self.catalog_screen and screen is not self.home:
            self._hide_keyboard()

    def go_back(self) -> None:
        target = self._history.pop() if self._history else self.home
        self._go(target, remember=False)

    def show_screen(self, screen: QWidget, *, top_bar: bool = True) -> None:
        """Show a screen another module added to `stack` (request form, staff mode); go_back()
        returns from it. `top_bar` False hides the top bar (staff mode)."""
        self._go(screen)
        if self.stack.currentWidget() is screen:
            self.top_bar.setVisible(top_bar)

    def show_attract(self) -> None:
        self._moves += 1
        self._history.clear()
        self._hide_keyboard()
        self.stack.setCurrentWidget(self.attract)
        self.top_bar.hide()
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()  # Qt may leave it on a hidden top-bar button: Space would tap it
        if self._reload_pending:
            self._reload_now()

    def _start_session(self) -> None:
        self.idle.start_session()
        self.show_home()

    def show_home(self) -> None:
        if self._catalog is None:
            return
        self._moves += 1
        self._history.clear()
        self._hide_keyboard()
        self.stack.setCurrentWidget(self.home)
        self.top_bar.show()
        if not self.idle.active:
            self.idle.start_session()

    def show_category(self, code: str) -> None:
        self.catalog_screen.show_query(CatalogQuery(filters=SearchFilters(category=code)))
        self._go(self.catalog_screen)

    def show_search(self, text: str) -> None:
        self.catalog_screen.show_query(CatalogQuery(text=text))
        self._go(self.catalog_screen)
        self.catalog_screen.search.setFocus()
        self.catalog_screen.search.end(False)

    def show_item(self, item_id: int) -> None:
        catalog, local_samples = self.catalog(), self.local_samples

        def load() -> ItemDetail | None:
            detail = catalog.item(item_id)
            if detail is None or local_samples is None:
                return detail
            number = detail.summary.number
            return replace(detail, samples_on_hand=local_samples(number, detail.samples_on_hand))

        self._moves += 1
        asked = self._moves
        self.database.submit(load, lambda detail: self._on_item(asked, detail))

    def _on_item(self, asked: int, detail: ItemDetail | None) -> None:
        if detail is None or asked != self._moves:
            return
        self.detail.show_item(detail)
        self._go(self.detail)
        self.item_viewed.emit(detail.summary.number)

    # Keyboard, idle, visitor session
    def attach_keyboard(self, line_edit: QLineEdit) -> None:
        """Show the on-screen keyboard when `line_edit` gets focus (property digitsOnly: pad)."""
        line_edit.installEventFilter(self._keyboard_filter)

    def _hide_keyboard(self) -> None:
        self.keyboard.hide()
        # Also a screen's button loses the focus: when the screen changes, the stack hands a
        # focus left on the old screen to the field that had it last on the new one (the home
        # search), and the keyboard would pop up by itself. The top bar's buttons keep theirs:
        # losing it would cancel a tap under way.
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) or (
                focused is not None and self.stack.isAncestorOf(focused)):
            focused.clearFocus()

    def _show_idle_warning(self) -> None:
        self.idle_warning.setGeometry(self.centralWidget().rect())
        self.idle_warning.show()
        self.idle_warning.raise_()

    def reset_visitor(self) -> None:
        """Forget everything the visitor did or typed, and return to the attract screen."""
        self.idle.stop_session()
        self.idle_warning.hide()
        for line_edit in self.findChildren(QLineEdit):
            line_edit.clear()
        self.catalog_screen.show_query(CatalogQuery())
        self.catalog_screen.panel.hide()
        self.keyboard.set_layout_name(self.default_language)
        self.languages.set_language(self.default_language)
        self.show_attract()
        self.visitor_reset.emit()

    def _on_language(self, lang: str) -> None:
        self.top_bar.show_language(lang)
        self.keyboard.set_layout_name(lang)
        for screen in (self.home, self.catalog_screen, self.detail, self.attract):
            screen.set_language(lang)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.idle_warning.isVisible():
            self.idle_warning.setGeometry(self.centralWidget().rect())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.lockdown.exit_allowed:
            event.ignore()
            return
        self.database.shutdown()
        self.decoding.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.lockdown)
            app.removeEventFilter(self.idle)
        super().closeEvent(event)
