"""Thumbnails decoded off the GUI thread into a cache bounded by bytes."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPainter, QPainterPath, QPixmap

from ui.tasks import TaskRunner

MAX_IMAGE_BYTES = 64 * 1024 * 1024
_Key = tuple[str, int, int, float]  # path, width, height, corner radius


def decode_image(path: Path, size: QSize, corner_radius: float = 0.0) -> QImage:
    """Decode `path` scaled to cover `size` (QImage is safe to make on any thread).

    With `corner_radius`, the picture is cut to exactly `size` with its top corners rounded
    (transparent outside), so that a tile paints it as a plain copy: clipping a picture to a
    rounded path at each paint is the slowest thing a grid can do while it scrolls.
    """
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and size.isValid():
        reader.setScaledSize(original.scaled(size, Qt.AspectRatioMode.KeepAspectRatioByExpanding))
    image = reader.read()
    if image.isNull():
        return image
    if corner_radius <= 0:
        return image.convertToFormat(QImage.Format.Format_RGB32)
    shaped = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    shaped.fill(Qt.GlobalColor.transparent)
    source = QRect(QPoint(0, 0), size)
    source.moveCenter(image.rect().center())
    clip = QPainterPath()
    clip.addRoundedRect(QRectF(0, 0, size.width(), size.height() + corner_radius),
                        corner_radius, corner_radius)
    painter = QPainter(shaped)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipPath(clip)
    painter.drawImage(QPoint(0, 0), image, source)
    painter.end()
    return shaped


def _pixmap_bytes(pixmap: QPixmap) -> int:
    """What a cached picture counts against the bound: 32-bit pixels."""
    return pixmap.width() * pixmap.height() * 4


class ThumbnailCache(QObject):
    """Pictures by (path, size); asks for a decode on a miss and emits `ready` when it is in.

    Decodes run newest first, a few at a time: during a fling every tile that flies past asks
    for its picture, and only the ones still asked for when the grid stops matter. Requests
    beyond MAX_WAITING are forgotten oldest first; a tile still on screen asks again when it
    is next painted.
    """

    ready = Signal(str)

    MAX_IN_FLIGHT = 4
    MAX_WAITING = 96

    def __init__(self, runner: TaskRunner, max_bytes: int = 48 * 1024 * 1024,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._max_bytes = max_bytes
        self._bytes = 0
        self._cache: OrderedDict[_Key, QPixmap] = OrderedDict()
        self._waiting: OrderedDict[_Key, tuple[Path, QSize, float]] = OrderedDict()
        self._in_flight: set[_Key] = set()

    @property
    def loading(self) -> int:
        """Pictures asked for and not yet in (decoding or waiting for a decoder)."""
        return len(self._in_flight) + len(self._waiting)

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def has(self, path: Path, size: QSize, corner_radius: float = 0.0) -> bool:
        """The picture is decoded and kept (asks for nothing)."""
        return (str(path), size.width(), size.height(), corner_radius) in self._cache

    def get(self, path: Path, size: QSize, corner_radius: float = 0.0) -> QPixmap | None:
        """The picture if decoded, else None (and it is decoded; `ready` tells when)."""
        key = (str(path), size.width(), size.height(), corner_radius)
        pixmap = self._cache.get(key)
        if pixmap is not None:
            self._cache.move_to_end(key)
            return pixmap
        if key not in self._in_flight:
            self._waiting[key] = (path, size, corner_radius)
            self._waiting.move_to_end(key)
            while len(self._waiting) > self.MAX_WAITING:
                self._waiting.popitem(last=False)
            self._start_decodes()
        return None

    def _start_decodes(self) -> None:
        while self._waiting and len(self._in_flight) < self.MAX_IN_FLIGHT:
            key, (path, size, radius) = self._waiting.popitem(last=True)
            self._in_flight.add(key)
            self._runner.submit(lambda path=path, size=size, radius=radius:
                                decode_image(path, size, radius),
                                lambda image, key=key: self._store(key, image),
                                lambda _error, key=key: self._done(key))

    def _done(self, key: _Key) -> None:
        self._in_flight.discard(key)
        self._start_decodes()

    def _store(self, key: _Key, image: QImage) -> None:
        self._done(key)
        if image.isNull():
            return
        pixmap = QPixmap.fromImage(image)
        self._cache[key] = pixmap
        self._bytes += _pixmap_bytes(pixmap)
        while self._bytes > self._max_bytes and len(self._cache) > 1:
            _old_key, old = self._cache.popitem(last=False)
            self._bytes -= _pixmap_bytes(old)
        self.ready.emit(key[0])

    def clear(self) -> None:
        self._cache.clear()
        self._waiting.clear()
        self._bytes = 0
