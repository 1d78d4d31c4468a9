"""Item models of the visitor screens: categories and catalog items."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kiosk.catalog import CategoryInfo
from kiosk.search import ItemSummary

ModelIndex = QModelIndex | QPersistentModelIndex
CodeRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2
PictureRole = Qt.ItemDataRole.UserRole + 3
SummaryRole = Qt.ItemDataRole.UserRole + 4
ItemIdRole = Qt.ItemDataRole.UserRole + 5

PAGE = 120


class CategoryModel(QAbstractListModel):
    """The catalog's categories, with item counts and pictures."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CategoryInfo] = []
        self._lang = "en"

    def set_categories(self, rows: Sequence[CategoryInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def category(self, code: str) -> CategoryInfo | None:
        return next((row for row in self._rows if row.code == code), None)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.name.get(self._lang)
        if role == CodeRole:
            return row.code
        if role == CountRole:
            return row.item_count
        if role == PictureRole:
            return str(row.picture) if row.picture else None
        return None


class ItemListModel(QAbstractListModel):
    """Ordered search results: all ids at once, summaries fetched page by page off the GUI thread.

    `load_page(ids, deliver)` must fetch the summaries of `ids` asynchronously and call
    `deliver(summaries)` on the GUI thread.
    """

    def __init__(
        self,
        load_page: Callable[[list[int], Callable[[list[ItemSummary]], None]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_page = load_page
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._summaries: dict[int, ItemSummary] = {}
        self._requested: set[int] = set()
        self._generation = 0
        self._lang = "en"
        self._photos_dir = Path()

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def set_results(self, ids: Sequence[int], first: Sequence[ItemSummary],
                    photos_dir: Path) -> None:
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._row_of = {item_id: row for row, item_id in enumerate(self._ids)}
        self._summaries = {s.id: s for s in first}
        self._requested = set()
        self._photos_dir = photos_dir
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    def summary(self, row: int) -> ItemSummary | None:
        if not 0 <= row < len(self._ids):
            return None
        return self._summaries.get(self._ids[row])

    def thumbnail_path(self, summary: ItemSummary) -> Path | None:
        return self._photos_dir / summary.thumbnail if summary.thumbnail else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        item_id = self._ids[index.row()]
        if role == ItemIdRole:
            return item_id
        summary = self._summaries.get(item_id)
        if summary is None:
            self._request(index.row())
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return summary.name.get(self._lang)
        if role == SummaryRole:
            return summary
        if role == PictureRole:
            path = self.thumbnail_path(summary)
            return str(path) if path else None
        return None

    def _request(self, row: int) -> None:
        page = row // PAGE
        if page in self._requested:
            return
        self._requested.add(page)
        ids = self._ids[page * PAGE:(page + 1) * PAGE]
        generation = self._generation
        self._load_page(ids, lambda rows: self._deliver(generation, rows))

    def _deliver(self, generation: int, rows: list[ItemSummary]) -> None:
        if generation != self._generation or not rows:
            return
        self._summaries.update((s.id, s) for s in rows)
        changed = [self._row_of[s.id] for s in rows if s.id in self._row_of]
        if changed:
            self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))
