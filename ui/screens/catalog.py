"""The catalog grid: item tiles for a category or a search, with filter and sort chips."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from db.catalog_models import ItemKind, LocalizationStatus
from kiosk.catalog import Catalog, CategoryInfo
from kiosk.catalog import Choice as CatalogChoice
from kiosk.search import ItemSummary, SearchFilters, SortKey
from ui.choices import Choice, ChoicePanel
from ui.delegates import ItemTileDelegate
from ui.icons import icon
from ui.models import PAGE, ItemIdRole, ItemListModel
from ui.screens.detail import kind_name, status_name
from ui.tasks import TaskRunner
from ui.thumbnails import ThumbnailCache
from ui.widgets import PlainLabel, TileGrid, make_kinetic

ITEM_TILE = QSize(364, 420)
ITEM_PICTURE = QSize(340, 255)
FILTERS = ("category", "kind", "importer", "country", "localization")


@dataclass(frozen=True)
class CatalogQuery:
    text: str = ""
    filters: SearchFilters = field(default_factory=SearchFilters)
    sort: SortKey = SortKey.RELEVANCE


@dataclass
class FilterOptions:
    """What the filter chips offer, from the open catalog."""

    categories: list[CategoryInfo] = field(default_factory=list)
    importers: list[CatalogChoice] = field(default_factory=list)
    countries: list[CatalogChoice] = field(default_factory=list)


class CatalogScreen(QWidget):
    back_requested = Signal()
    item_chosen = Signal(int)
    results_shown = Signal(str, int)  # the query text and the number of items, after each update

    def __init__(self, database: TaskRunner, thumbnails: ThumbnailCache,
                 catalog: Callable[[], Catalog], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalog")
        self._database = database
        self._catalog = catalog
        self._lang = "en"
        self._query = CatalogQuery()
        self._generation = 0
        self.options = FilterOptions()
        self.back = QPushButton(objectName="backButton")
        self.back.setIcon(icon("back"))
        self.back.clicked.connect(self.back_requested)
        self.title = PlainLabel(object_name="screenTitle")
        self.count = PlainLabel(object_name="resultCount")
        self.search = QLineEdit(objectName="searchField")
        self.search.setMaxLength(200)
        self.search.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.search.addAction(icon("search", "#5b6b80"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._on_text)
        self.chips: dict[str, QPushButton] = {}
        chip_strip = QWidget(objectName="chipStrip")
        chip_row = QHBoxLayout(chip_strip)
        chip_row.setContentsMargins(0, 0, 0, 0)
        chip_row.setSpacing(12)
        for name in FILTERS:
            chip = QPushButton(objectName="chip")
            chip.clicked.connect(lambda _c=False, n=name: self._open_choices(n))
            self.chips[name] = chip
            chip_row.addWidget(chip)
        self.clear_filters = QPushButton(objectName="chip")
        self.clear_filters.clicked.connect(self._clear_filters)
        chip_row.addWidget(self.clear_filters)
        chip_row.addStretch(1)
        search_row = QHBoxLayout()
        search_row.setSpacing(12)
        search_row.addWidget(self.search, 1)
        self.sort_label = PlainLabel(object_name="chipLabel")
        search_row.addWidget(self.sort_label)
        self.sort_group = QButtonGroup(self)
        self.sort_buttons: dict[SortKey, QPushButton] = {}
        for key in SortKey:
            button = QPushButton(objectName="sortChip")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, k=key: self.set_sort(k))
            self.sort_group.addButton(button)
            self.sort_buttons[key] = button
            search_row.addWidget(button)
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
        self.panel = ChoicePanel(self)
        self.panel.chosen.connect(self._on_chosen)

        header = QHBoxLayout()
        header.setSpacing(20)
        header.addWidget(self.back)
        header.addWidget(self.title, 1)
        header.addWidget(self.count)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 20, 48, 0)
        layout.setSpacing(14)
        layout.addLayout(header)
        # The chips scroll sideways when a language makes them wider than the screen.
        self.chip_scroll = QScrollArea(objectName="chipScroll")
        self.chip_scroll.setWidget(chip_strip)
        self.chip_scroll.setWidgetResizable(True)
        self.chip_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chip_scroll.setFixedHeight(84)
        make_kinetic(self.chip_scroll)
        layout.addLayout(search_row)
        layout.addWidget(self.chip_scroll)
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
        self.panel.hide()
        self.grid.scrollToTop()
        self._refresh_labels()
        self.refresh()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.delegate.language = lang
        self.model.set_language(lang)
        self._refresh_labels()
        if self._query.sort is SortKey.NAME:
            self.refresh()

    def set_sort(self, sort: SortKey) -> None:
        self._query = replace(self._query, sort=sort)
        self._refresh_labels()
        self.refresh()

    def set_filter(self, name: str, code: str | None) -> None:
        value: object = code
        if code is not None and name == "kind":
            value = ItemKind(code)
        elif code is not None and name == "localization":
            value = LocalizationStatus(code)
        filters = replace(self._query.filters, **{name: value})
        self._query = replace(self._query, filters=filters)
        self.grid.scrollToTop()
        self._refresh_labels()
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
        self._refresh_count()
        self.results_shown.emit(self._query.text, len(ids))

    def _load_page(self, ids: list[int], deliver: Callable[[list[ItemSummary]], None]) -> None:
        catalog = self._catalog()
        self._database.submit(lambda: catalog.summaries(ids), deliver)

    def _on_text(self, text: str) -> None:
        self._query = replace(self._query, text=text)
        self._refresh_labels()
        self.refresh()

    def _on_clicked(self, index: QModelIndex) -> None:
        self.item_chosen.emit(int(index.data(ItemIdRole)))

    def _clear_filters(self) -> None:
        self._query = replace(self._query, filters=SearchFilters())
        self._refresh_labels()
        self.refresh()

    # Filter choices
    def choices(self, name: str) -> list[Choice]:
        lang = self._lang
        rows: list[Choice] = [Choice(None, self.tr("All"))]
        if name == "category":
            rows += [Choice(c.code, c.name.get(lang)) for c in self.options.categories]
        elif name == "kind":
            rows += [Choice(k.value, kind_name(k)) for k in ItemKind]
        elif name == "importer":
            rows += [Choice(c.code, c.name.get(lang)) for c in self.options.importers]
        elif name == "country":
            rows += [Choice(c.code, c.name.get(lang)) for c in self.options.countries]
        elif name == "localization":
            rows += [Choice(s.value, status_name(s)) for s in LocalizationStatus]
        return rows

    def _open_choices(self, name: str) -> None:
        self.panel.open(name, self._filter_title(name), self.choices(name), self.tr("Close"))

    def _on_chosen(self, name: str, code: object) -> None:
        self.set_filter(name, code if isinstance(code, str) else None)

    def _filter_title(self, name: str) -> str:
        return {
            "category": self.tr("Category"), "kind": self.tr("Kind"),
            "importer": self.tr("Importer"), "country": self.tr("Country of origin"),
            "localization": self.tr("Made in Uzbekistan?"),
        }[name]

    def _chosen_label(self, name: str) -> str | None:
        value = getattr(self._query.filters, name)
        if value is None:
            return None
        code = value.value if hasattr(value, "value") else str(value)
        return next((c.label for c in self.choices(name) if c.code == code), code)

    def _refresh_labels(self) -> None:
        filters = self._query.filters
        category = next((c for c in self.options.categories if c.code == filters.category), None)
        if category is not None:
            self.title.setText(category.name.get(self._lang))
        elif self._query.text.strip():
            self.title.setText(self.tr("Search results"))
        else:
            self.title.setText(self.tr("All items"))
        for name, chip in self.chips.items():
            chosen = self._chosen_label(name)
            chip.setText(f"{chosen}  ▾" if chosen else f"{self._filter_title(name)}  ▾")
            chip.setProperty("active", chosen is not None)
            chip.style().unpolish(chip)
            chip.style().polish(chip)
        self.clear_filters.setVisible(not filters.is_empty())
        searching = bool(self._query.text.strip())
        shown = self._query.sort
        if shown is SortKey.RELEVANCE and not searching:
            shown = SortKey.IMPORT_VALUE  # with nothing to match, relevance is import value
        for key, button in self.sort_buttons.items():
            button.setChecked(key is shown)
        self.sort_buttons[SortKey.RELEVANCE].setVisible(searching)

    def _refresh_count(self) -> None:
        self.count.setText(self.tr("%n item(s)", None, self.model.rowCount()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back.setText(self.tr("Back"))
        self.search.setPlaceholderText(self.tr("Search by name, item number or HS code"))
        self.empty.setText(self.tr(
            "Nothing found.\nTry a shorter word, part of an item number, or an HS code "
            "such as 8708, or clear the filters."))
        self.clear_filters.setText(self.tr("✕ Clear filters"))
        self.sort_label.setText(self.tr("Sort:"))
        self.sort_buttons[SortKey.RELEVANCE].setText(self.tr("Best match"))
        self.sort_buttons[SortKey.IMPORT_VALUE].setText(self.tr("Import value"))
        self.sort_buttons[SortKey.QUANTITY].setText(self.tr("Quantity"))
        self.sort_buttons[SortKey.NAME].setText(self.tr("Name"))
        self._refresh_labels()
        self._refresh_count()
