"""The catalog grid: item tiles for a category or a search, updated as the visitor types."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalog import Catalog
from kiosk.localized import Texts
from kiosk.search import ItemSummary, SearchFilters, SortKey
from ui.delegates import ItemTileDelegate
from ui.models import PAGE, ItemIdRole, ItemListModel
from ui.tasks import TaskRunner
from ui.thumbnails import ThumbnailCache
from ui.widgets import PlainLabel, TileGrid

ITEM_TILE = QSize(364, 420)
ITEM_PICTURE = QSize(340, 255)


@dataclass(frozen=True)
class CatalogQuery:
    text: str = ""
    filters: SearchFilters = field(default_factory=SearchFilters)
    sort: SortKey = SortKey.RELEVANCE
    title: Texts | None = None  # e.g. the category's name


class CatalogScreen(QWidget):
    back_requested = Signal()
    item_chosen = Signal(int)
    results_shown = Signal(int)  # the number of items, after every update

    def __init__(self, database: TaskRunner, thumbnails: ThumbnailCache,
                 catalog: Callable[[], Catalog], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalog")
        self._database = database
        self._catalog = catalog
        self._lang = "en"
        self._query = CatalogQuery()
        self._generation = 0
        self.back = QPushButton(objectName="backButton")
        self.back.clicked.connect(self.back_requested)
        self.title = PlainLabel(object_name="screenTitle")
        self.count = PlainLabel(object_name="resultCount")
        self.search = QLineEdit(objectName="searchField")
        self.search.setMaxLength(200)
        self.search.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.search.textChanged.connect(self._on_text)
        self.model = ItemListModel(self._load_page, self)
        self.delegate = ItemTileDelegate(thumbnails, ITEM_TILE, ITEM_PICTURE, self)
        self.grid = TileGrid(ITEM_TILE, self)
        self.grid.setObjectName("itemGrid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(self.delegate)
        self.grid.clicked.connect(self._on_clicked)
        thumbnails.ready.connect(lambda _path: self.grid.viewport().update())
        self.empty = PlainLabel(object_name="emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        header = QHBoxLayout()
        header.setSpacing(20)
        header.addWidget(self.back)
        header.addWidget(self.title, 1)
        header.addWidget(self.count)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 0)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addWidget(self.search)
        layout.addLayout(self.stack, 1)
        self.retranslate()

    @property
    def query(self) -> CatalogQuery:
        return self._query

    def show_query(self, query: CatalogQuery) -> None:
        self._query = query
        self.search.blockSignals(True)
        self.search.setText(query.text)
        self.search.blockSignals(False)
        self.grid.scrollToTop()
        self._refresh_title()
        self.refresh()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.delegate.language = lang
        self.model.set_language(lang)
        self._refresh_title()
        if self._query.sort is SortKey.NAME:
            self.refresh()

    def refresh(self) -> None:
        """Run the query on the database thread; only the newest answer is shown."""
        self._generation += 1
        generation, query, lang = self._generation, self._query, self._lang
        catalog = self._catalog()

        def work() -> tuple[list[int], list[ItemSummary]]:
            ids = catalog.search_ids(query.text, query.filters, query.sort, lang)
            return ids, catalog.summaries(ids[:PAGE])

        self._database.submit(work, lambda result: self._show(generation, catalog, *result))

    def _show(self, generation: int, catalog: Catalog, ids: list[int],
              first: list[ItemSummary]) -> None:
        if generation != self._generation:
            return
        self.model.set_results(ids, first, catalog.photos_dir)
        self.stack.setCurrentWidget(self.grid if ids else self.empty)
        self.count.setText(self.tr("%n item(s)", None, len(ids)))
        self.results_shown.emit(len(ids))

    def _load_page(self, ids: list[int], deliver: Callable[[list[ItemSummary]], None]) -> None:
        catalog = self._catalog()
        self._database.submit(lambda: catalog.summaries(ids), deliver)

    def _on_text(self, text: str) -> None:
        self._query = CatalogQuery(text, self._query.filters, self._query.sort, self._query.title)
        self._refresh_title()
        self.refresh()

    def _on_clicked(self, index: QModelIndex) -> None:
        self.item_chosen.emit(int(index.data(ItemIdRole)))

    def _refresh_title(self) -> None:
        if self._query.title is not None:
            self.title.setText(self._query.title.get(self._lang))
        elif self._query.text.strip():
            self.title.setText(self.tr("Search results"))
        else:
            self.title.setText(self.tr("All items"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back.setText(self.tr("‹  Back"))
        self.search.setPlaceholderText(self.tr("Search by name, item number or HS code"))
        self.empty.setText(self.tr(
            "Nothing found.\nTry a shorter word, part of an item number, or an HS code "
            "such as 8708."))
        self._refresh_title()
        self.count.setText(self.tr("%n item(s)", None, self.model.rowCount()))
