"""What the centre offers besides samples: engineering help, markets, financing of proposals."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.icons import icon
from ui.widgets import PlainLabel

SERVICES = ("engineering", "markets", "financing")


class _ServiceCard(QFrame):
    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceCard")
        self.kind = kind
        self.picture = PlainLabel(object_name="cardIcon")
        self.picture.setPixmap(icon(kind, "#0b6e4f", 112).pixmap(112, 112))
        self.title = PlainLabel(object_name="cardTitle")
        self.title.setWordWrap(True)
        self.text = PlainLabel(object_name="bodyText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.button = QPushButton(objectName="primaryButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(20)
        layout.addWidget(self.picture)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)


class ServicesScreen(QWidget):
    back_requested = Signal()
    help_requested = Signal(str)  # engineering, markets or financing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("services")
        self.back = QPushButton(objectName="backButton")
        self.back.setIcon(icon("back"))
        self.back.clicked.connect(self.back_requested)
        self.title = PlainLabel(object_name="screenTitle")
        self.subtitle = PlainLabel(object_name="screenSubtitle")
        self.subtitle.setWordWrap(True)
        self.cards = {kind: _ServiceCard(kind) for kind in SERVICES}
        cards = QHBoxLayout()
        cards.setSpacing(28)
        for kind, card in self.cards.items():
            card.button.clicked.connect(lambda _c=False, k=kind: self.help_requested.emit(k))
            cards.addWidget(card)
        header = QHBoxLayout()
        header.setSpacing(20)
        header.addWidget(self.back)
        header.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 40)
        layout.setSpacing(20)
        layout.addLayout(header)
        layout.addWidget(self.subtitle)
        layout.addLayout(cards, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back.setText(self.tr("Back"))
        self.title.setText(self.tr("How the centre can help"))
        self.subtitle.setText(self.tr(
            "Cooperation LAB takes a proposal from idea to the counter: with engineering, "
            "with buyers, and with money."))
        texts = {
            "engineering": (
                self.tr("Engineering and technical help"),
                self.tr("Drawings, materials, tooling and processes: the centre's engineers "
                        "and partner designers help you prepare production of a part.")),
            "markets": (
                self.tr("Finding markets"),
                self.tr("Meet the car plants that import the part today, learn their volumes "
                        "and requirements, and find buyers for what you make.")),
            "financing": (
                self.tr("Financing through partner banks"),
                self.tr("The \"project factory\" turns your idea into a proposal that partner "
                        "commercial banks can finance.")),
        }
        for kind, card in self.cards.items():
            title, text = texts[kind]
            card.title.setText(title)
            card.text.setText(text)
            card.button.setText(self.tr("Ask for help"))
