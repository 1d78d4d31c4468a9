"""Home: a welcome line, the search field, the categories as picture tiles, the centre's help."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.delegates import CategoryTileDelegate
from ui.icons import icon
from ui.models import CategoryModel, CodeRole
from ui.thumbnails import ThumbnailCache
from ui.widgets import PlainLabel, TileGrid

CATEGORY_TILE = QSize(356, 348)
CATEGORY_PICTURE = QSize(332, 210)


class HomeScreen(QWidget):
    category_chosen = Signal(str)
    search_requested = Signal(str)
    services_requested = Signal()

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.title = PlainLabel(object_name="screenTitle")
        self.subtitle = PlainLabel(object_name="screenSubtitle")
        self.subtitle.setWordWrap(True)
        self.search = QLineEdit(objectName="searchField")
        self.search.setMaxLength(200)
        self.search.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.search.textEdited.connect(self._on_text)
        self.search.returnPressed.connect(lambda: self.search_requested.emit(self.search.text()))
        self.services = QPushButton(objectName="servicesButton")
        self.services.setIcon(icon("help", "#ffffff"))
        self.search.addAction(icon("search", "#5b6b80"), QLineEdit.ActionPosition.LeadingPosition)
        self.services.clicked.connect(self.services_requested)
        self.model = CategoryModel(self)
        self.delegate = CategoryTileDelegate(thumbnails, CATEGORY_TILE, CATEGORY_PICTURE, self)
        self.grid = TileGrid(CATEGORY_TILE, self)
        self.grid.setObjectName("categoryGrid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(self.delegate)
        self.grid.clicked.connect(self._on_clicked)
        thumbnails.ready.connect(lambda _path: self.grid.viewport().update())
        search_row = QHBoxLayout()
        search_row.setSpacing(16)
        search_row.addWidget(self.search, 3)
        search_row.addWidget(self.services, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 0)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(search_row)
        layout.addWidget(self.grid, 1)
        self.retranslate()

    def set_language(self, lang: str) -> None:
        self.delegate.language = lang
        self.model.set_language(lang)

    def _on_text(self, text: str) -> None:
        if text.strip():
            self.search_requested.emit(text)
            self.search.clear()

    def _on_clicked(self, index: QModelIndex) -> None:
        self.category_chosen.emit(str(index.data(CodeRole)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Made abroad today. Made in Uzbekistan tomorrow?"))
        self.subtitle.setText(self.tr(
            "Parts, raw materials and consumables that the car industry imports. "
            "Open one to see import volumes and who could make it, and take a sample."))
        self.search.setPlaceholderText(self.tr("Search by name, item number or HS code"))
        self.services.setText(self.tr("Engineering, markets, financing ›"))
