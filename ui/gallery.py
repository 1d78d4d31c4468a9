"""The item photo gallery: swipe between photos, double-tap or pinch to zoom, drag to pan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QGestureEvent, QPinchGesture, QWidget

from ui.thumbnails import ThumbnailCache

PICTURE = QSize(1200, 900)
SWIPE_PX = 90
MAX_ZOOM = 4.0


class PhotoGallery(QWidget):
    """Shows one photo at a time, with dots for the others."""

    photo_changed = Signal(int)

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gallery")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.setMinimumSize(320, 240)
        self._thumbnails = thumbnails
        self._paths: list[Path] = []
        self._index = 0
        self._zoom = 1.0
        self._pan = QPointF(0, 0)
        self._press: QPointF | None = None
        self._pan_start = QPointF(0, 0)
        self._moved = False
        self._last_tap: tuple[int, QPointF] | None = None  # when (ms) and where
        thumbnails.ready.connect(self._on_ready)

    @property
    def index(self) -> int:
        return self._index

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def count(self) -> int:
        return len(self._paths)

    def set_photos(self, paths: list[Path]) -> None:
        self._paths = list(paths)
        self._index = 0
        self._reset_zoom()
        self._want_current()

    @property
    def photo_ready(self) -> bool:
        """The photo shown is decoded (or there is none)."""
        return not self._paths or self._thumbnails.has(self._paths[self._index], PICTURE)

    def _want_current(self) -> None:
        """Decode the photo shown first and its neighbours once it is in: on two cores, decodes
        started beside it would slow down the one the visitor waits for."""
        if self._paths and self._thumbnails.get(self._paths[self._index], PICTURE) is not None:
            self._want_neighbours()

    def _want_neighbours(self) -> None:
        for index in (self._index + 1, self._index - 1):
            if 0 <= index < len(self._paths):
                self._thumbnails.get(self._paths[index], PICTURE)

    def show_photo(self, index: int) -> None:
        if not self._paths:
            return
        index = max(0, min(index, len(self._paths) - 1))
        if index != self._index:
            self._index = index
            self._reset_zoom()
            self._want_current()
            self.photo_changed.emit(index)

    def next(self) -> None:
        self.show_photo(self._index + 1)

    def previous(self) -> None:
        self.show_photo(self._index - 1)

    def toggle_zoom(self, at: QPointF) -> None:
        if self._zoom > 1.0:
            self._reset_zoom()
        else:
            self._zoom = 2.0
            centre = QPointF(self.width() / 2, self.height() / 2)
            self._pan = (centre - at) * (self._zoom - 1)
            self._clamp_pan()
            self.update()

    def set_zoom(self, zoom: float) -> None:
        self._zoom = max(1.0, min(MAX_ZOOM, zoom))
        if self._zoom == 1.0:
            self._pan = QPointF(0, 0)
        self._clamp_pan()
        self.update()

    def _reset_zoom(self) -> None:
        self._zoom = 1.0
        self._pan = QPointF(0, 0)
        self.update()

    def _clamp_pan(self) -> None:
        limit_x = self.width() * (self._zoom - 1) / 2
        limit_y = self.height() * (self._zoom - 1) / 2
        self._pan = QPointF(max(-limit_x, min(limit_x, self._pan.x())),
                            max(-limit_y, min(limit_y, self._pan.y())))

    def _on_ready(self, path: str) -> None:
        if self._paths and str(self._paths[self._index]) == path:
            self._want_neighbours()
            self.update()

    # Input: one finger or the mouse swipes (or pans when zoomed); a double tap zooms.
    def _begin(self, point: QPointF) -> None:
        self._press = point
        self._pan_start = QPointF(self._pan)
        self._moved = False

    def _move(self, point: QPointF) -> None:
        if self._press is None:
            return
        delta = point - self._press
        if abs(delta.x()) + abs(delta.y()) > 12:
            self._moved = True
        if self._zoom > 1.0:
            self._pan = self._pan_start + delta
            self._clamp_pan()
            self.update()

    def _end(self, point: QPointF) -> None:
        if self._press is None:
            return
        delta = point - self._press
        self._press = None
        if self._zoom == 1.0 and abs(delta.x()) > SWIPE_PX and abs(delta.x()) > abs(delta.y()):
            self.next() if delta.x() < 0 else self.previous()

    def _tapped(self, point: QPointF, timestamp: int) -> None:
        """A second tap soon after the first, close to it, zooms (the mouse has its double
        click; touch events taken here make none)."""
        last, self._last_tap = self._last_tap, (timestamp, point)
        hints = QGuiApplication.styleHints()
        if last is not None and timestamp - last[0] <= hints.mouseDoubleClickInterval() and (
                (point - last[1]).manhattanLength() <= hints.touchDoubleTapDistance()):
            self._last_tap = None
            self.toggle_zoom(point)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.set_zoom(self._zoom * pinch.scaleFactor())
                event.accept()
                return True
        if isinstance(event, QTouchEvent) and event.points():
            point = event.points()[0].position()
            if event.type() == QEvent.Type.TouchBegin:
                self._begin(point)
            elif event.type() == QEvent.Type.TouchUpdate and len(event.points()) == 1:
                self._move(point)
            elif event.type() == QEvent.Type.TouchEnd:
                self._end(point)
                if not self._moved and len(event.points()) == 1:
                    self._tapped(point, event.timestamp())
            event.accept()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._move(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._end(event.position())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.toggle_zoom(event.position())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = QRectF(self.rect())
        clip = QPainterPath()
        clip.addRoundedRect(area, 22, 22)
        painter.setClipPath(clip)
        painter.fillRect(area, QColor("#e7ecf2"))
        if not self._paths:
            return
        pixmap = self._thumbnails.get(self._paths[self._index], PICTURE)
        if pixmap is not None:
            scale = min(area.width() / pixmap.width(), area.height() / pixmap.height())
            scale *= self._zoom
            size = QSize(int(pixmap.width() * scale), int(pixmap.height() * scale))
            target = QRectF(0, 0, size.width(), size.height())
            target.moveCenter(area.center() + self._pan)
            painter.drawPixmap(target.toRect(), pixmap)
        if len(self._paths) > 1:
            self._paint_dots(painter, area)

    def _paint_dots(self, painter: QPainter, area: QRectF) -> None:
        radius, gap = 9.0, 30.0
        width = gap * (len(self._paths) - 1)
        x = area.center().x() - width / 2
        y = area.bottom() - 30
        painter.setPen(Qt.PenStyle.NoPen)
        for n in range(len(self._paths)):
            painter.setBrush(QColor("#0f2540") if n == self._index else QColor(15, 37, 64, 70))
            painter.drawEllipse(QPointF(x + n * gap, y), radius, radius)
