"""The attract screen: featured items in a loop with headline figures; any touch starts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QPainter, QPainterPath, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.catalog import Headline
from kiosk.search import ItemSummary
from ui.i18n import format_money, translate
from ui.thumbnails import ThumbnailCache
from ui.widgets import PlainLabel

SLIDE_MS = 6000
PICTURE = QSize(1100, 825)
# Shown in all three languages at once: the visitor has not chosen one yet.
TOUCH_TO_START = "Boshlash uchun ekranga teging  ·  Нажмите, чтобы начать  ·  Touch to start"


class _Picture(QWidget):
    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self.path: str | None = None
        thumbnails.ready.connect(lambda p: self.update() if p == self.path else None)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.path:
            return
        pixmap = self._thumbnails.get(Path(self.path), PICTURE)
        if pixmap is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scaled = pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF((self.width() - scaled.width()) / 2, (self.height() - scaled.height()) / 2,
                        scaled.width(), scaled.height())
        clip = QPainterPath()
        clip.addRoundedRect(target, 36, 36)
        painter.setClipPath(clip)
        painter.drawPixmap(target.toRect(), pixmap)


class AttractScreen(QWidget):
    """Loops over featured items; a touch anywhere emits `started`."""

    started = Signal()

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attract")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self._items: list[ItemSummary] = []
        self._photos: dict[int, str] = {}
        self._headline: Headline | None = None
        self._slide = 0
        self._lang = "uz"
        self.brand = PlainLabel("Cooperation LAB", object_name="attractBrand")
        self.tagline = PlainLabel(object_name="attractTagline")
        self.tagline.setWordWrap(True)
        self.figure = PlainLabel(object_name="attractFigure")
        self.figure_caption = PlainLabel(object_name="attractCaption")
        self.figure_caption.setWordWrap(True)
        self.item_name = PlainLabel(object_name="attractItem")
        self.item_name.setWordWrap(True)
        self.item_value = PlainLabel(object_name="attractCaption")
        self.item_value.setWordWrap(True)
        self.picture = _Picture(thumbnails)
        self.touch = PlainLabel(TOUCH_TO_START, object_name="attractTouch")
        self.touch.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QVBoxLayout()
        text.setSpacing(18)
        text.addWidget(self.brand)
        text.addWidget(self.tagline)
        text.addSpacing(30)
        text.addWidget(self.figure)
        text.addWidget(self.figure_caption)
        text.addStretch(1)
        text.addWidget(self.item_name)
        text.addWidget(self.item_value)
        row = QHBoxLayout()
        row.setSpacing(40)
        row.addLayout(text, 4)
        row.addWidget(self.picture, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 60, 80, 40)
        layout.addLayout(row, 1)
        layout.addWidget(self.touch)
        self._timer = QTimer(self)
        self._timer.setInterval(SLIDE_MS)
        self._timer.timeout.connect(self.next_slide)
        for child in self.findChildren(QWidget):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_content(self, headline: Headline, featured: list[ItemSummary],
                    photos: dict[int, str]) -> None:
        self._headline, self._items, self._photos = headline, featured, photos
        self._slide = 0
        self._fill()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._fill()

    @property
    def slide(self) -> int:
        return self._slide

    def next_slide(self) -> None:
        if self._items:
            self._slide = (self._slide + 1) % len(self._items)
            self._fill()

    def showEvent(self, event: QShowEvent) -> None:
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def _fill(self) -> None:
        lang = self._lang
        self.tagline.setText(translate(
            "AttractScreen", "The car industry imports these parts and materials. "
            "Find the ones your plant could make."))
        if self._headline is not None:
            self.figure.setText(format_money(self._headline.not_localized_value_usd, lang))
            self.figure_caption.setText(translate(
                "AttractScreen", "of imports a year that could be made in Uzbekistan"))
        if self._items:
            item = self._items[self._slide]
            self.item_name.setText(item.name.get(lang))
            self.item_value.setText(translate("AttractScreen", "Imported for %1 a year").replace(
                "%1", format_money(item.import_value_usd, lang)))
            self.picture.path = self._photos.get(item.id)
            self.picture.update()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress):
            event.accept()
            self.started.emit()
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)
