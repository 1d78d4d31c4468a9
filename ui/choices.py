"""Touch filter choices: a chip that shows the current choice, and the list to pick from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QFrame, QListView, QPushButton, QVBoxLayout, QWidget

from ui.widgets import PlainLabel, make_kinetic

ModelIndex = QModelIndex | QPersistentModelIndex
ChoiceCodeRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Choice:
    code: str | None  # None: no filter ("All")
    label: str


class ChoiceModel(QAbstractListModel):
    """The options of one filter, "All" first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Choice] = []

    def set_choices(self, rows: list[Choice]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def choices(self) -> list[Choice]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.label
        if role == ChoiceCodeRole:
            return row.code
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(560, 84)
        return None


class ChoicePanel(QFrame):
    """A panel over the screen listing the options of one filter; a tap picks one."""

    chosen = Signal(str, object)  # filter name, code (None: all)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choicePanel")
        self.filter_name = ""
        self.title = PlainLabel(object_name="panelTitle")
        self.model = ChoiceModel(self)
        self.list = QListView(objectName="choiceList")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        make_kinetic(self.list)
        self.list.clicked.connect(self._on_clicked)
        self.close_button = QPushButton(objectName="closeButton")
        self.close_button.clicked.connect(self.hide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def open(self, filter_name: str, title: str, choices: list[Choice], close_text: str) -> None:
        self.filter_name = filter_name
        self.title.setText(title)
        self.close_button.setText(close_text)
        self.model.set_choices(choices)
        parent = self.parentWidget()
        if parent is not None:
            width = min(680, parent.width() - 80)
            height = min(parent.height() - 80, 190 + 90 * len(choices))
            self.setGeometry((parent.width() - width) // 2, 40, width, height)
        self.show()
        self.raise_()

    def _on_clicked(self, index: QModelIndex) -> None:
        self.hide()
        self.chosen.emit(self.filter_name, index.data(ChoiceCodeRole))
