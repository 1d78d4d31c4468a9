"""Painting the touch tiles of the category and item grids."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kiosk.search import ItemSummary
from ui.i18n import format_money
from ui.models import CountRole, PictureRole, SummaryRole
from ui.thumbnails import ThumbnailCache

ModelIndex = QModelIndex | QPersistentModelIndex
CARD = QColor("#ffffff")
CARD_PRESSED = QColor("#dbe7f3")
INK = QColor("#14233a")
MUTED = QColor("#5b6b80")
ACCENT = QColor("#0b6e4f")
PLACEHOLDER = QColor("#e7ecf2")
RADIUS = 18.0
MARGIN = 12
SHADOW = 4  # px the card's shadow falls below it


def _card_path(rect: QRect) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(rect), RADIUS, RADIUS)
    return path


def _font(base: QFont, pixels: int, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class _TileDelegate(QStyledItemDelegate):
    def __init__(self, thumbnails: ThumbnailCache, tile: QSize, picture: QSize,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self.tile = tile
        self.picture = picture
        self.language = "en"
        self._cards: dict[tuple[int, int, bool, float], QPixmap] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        return self.tile

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem) -> tuple[QRect, bool]:
        rect = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)  # type: ignore[attr-defined]
        pressed = bool(option.state & QStyle.StateFlag.State_Sunken) or bool(  # type: ignore[attr-defined]
            option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(rect.topLeft(), self._card(rect.size(), pressed,
                                                      painter.device().devicePixelRatioF()))
        return rect, pressed

    def _card(self, size: QSize, pressed: bool, ratio: float) -> QPixmap:
        """The card with its shadow, drawn once: antialiased rounded paths are slow to fill,
        and a grid paints every tile again at each scroll step and each new result."""
        key = (size.width(), size.height(), pressed, ratio)
        card = self._cards.get(key)
        if card is None:
            card = QPixmap(round(size.width() * ratio), round((size.height() + SHADOW) * ratio))
            card.setDevicePixelRatio(ratio)
            card.fill(Qt.GlobalColor.transparent)
            painter = QPainter(card)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(20, 35, 58, 28))
            painter.drawPath(_card_path(QRect(0, SHADOW, size.width(), size.height())))
            painter.setBrush(CARD_PRESSED if pressed else CARD)
            painter.drawPath(_card_path(QRect(QPoint(0, 0), size)))
            painter.end()
            if len(self._cards) > 8:  # tiles change size only with the window
                self._cards.clear()
            self._cards[key] = card
        return card

    def _paint_picture(self, painter: QPainter, rect: QRect, path: str | None) -> None:
        exact = rect.size() == self.picture
        pixmap = None
        if path:
            pixmap = (self._thumbnails.get(Path(path), self.picture, RADIUS) if exact
                      else self._thumbnails.get(Path(path), self.picture))
        if pixmap is not None and exact:
            painter.drawPixmap(rect.topLeft(), pixmap)  # already cut and rounded off-thread
            return
        painter.save()
        clip = QPainterPath()
        clip.addRoundedRect(QRectF(rect.adjusted(0, 0, 0, int(RADIUS))), RADIUS, RADIUS)
        painter.setClipPath(clip)
        if pixmap is None:
            painter.fillRect(rect, PLACEHOLDER)
        else:
            source = QRect(0, 0, rect.width(), rect.height())
            source.moveCenter(pixmap.rect().center())
            painter.drawPixmap(rect, pixmap, source)
        painter.restore()


class CategoryTileDelegate(_TileDelegate):
    """A category: picture, name and the number of items."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        if option.rect.isEmpty():  # type: ignore[attr-defined]
            return  # a batched layout has not placed this tile yet
        painter.save()
        rect, _pressed = self._paint_card(painter, option)
        picture = QRect(rect.left(), rect.top(), rect.width(), self.picture.height())
        self._paint_picture(painter, picture, index.data(PictureRole))
        base = option.font  # type: ignore[attr-defined]
        text_rect = QRect(rect.left() + 20, picture.bottom() + 12, rect.width() - 40, 64)
        painter.setPen(INK)
        painter.setFont(_font(base, 28, bold=True))
        name = painter.fontMetrics().elidedText(str(index.data() or ""),
                                                Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name)
        painter.setPen(MUTED)
        painter.setFont(_font(base, 24))
        items = int(index.data(CountRole) or 0)
        count = self.tr("%n item(s)", None, items)
        painter.drawText(text_rect.adjusted(0, 42, 0, 42),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, count)
        painter.restore()


class ItemTileDelegate(_TileDelegate):
    """A catalog item: photo, name (two lines), item number and yearly import value."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        if option.rect.isEmpty():  # type: ignore[attr-defined]
            return  # a batched layout has not placed this tile yet
        painter.save()
        rect, _pressed = self._paint_card(painter, option)
        summary: ItemSummary | None = index.data(SummaryRole)
        picture = QRect(rect.left(), rect.top(), rect.width(), self.picture.height())
        self._paint_picture(painter, picture, index.data(PictureRole) if summary else None)
        if summary is None:
            painter.restore()
            return
        base = option.font  # type: ignore[attr-defined]
        inner = QRect(rect.left() + 18, picture.bottom() + 10, rect.width() - 36,
                      rect.bottom() - picture.bottom() - 16)
        painter.setPen(INK)
        painter.setFont(_font(base, 24, bold=True))
        metrics = painter.fontMetrics()
        name = summary.name.get(self.language)
        lines = _two_lines(name, metrics, inner.width())
        for n, line in enumerate(lines):
            painter.drawText(QRect(inner.left(), inner.top() + n * metrics.height(),
                                   inner.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        bottom = QRect(inner.left(), inner.bottom() - 34, inner.width(), 34)
        painter.setFont(_font(base, 22))
        painter.setPen(MUTED)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         summary.number)
        if summary.import_value_usd:
            painter.setPen(QPen(ACCENT))
            painter.setFont(_font(base, 24, bold=True))
            painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             format_money(summary.import_value_usd, self.language))
        painter.restore()


def _two_lines(text: str, metrics: object, width: int) -> list[str]:
    """Word-wrap `text` into at most two lines, eliding the second."""
    from PySide6.QtGui import QFontMetrics

    assert isinstance(metrics, QFontMetrics)
    words, first = text.split(), ""
    while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first:  # one very long word
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words)
    if not rest:
        return [first]
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
